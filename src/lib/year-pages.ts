import { yearOf } from './dates.ts';

/**
 * Long lists (a topic's articles, an author's) are paged by year, so no list page grows with the archive:
 * a page holds one year, newest year first. The newest year is shown at the list's own URL (`/topics/<id>/`,
 * which every link to the list uses); each older year has a page of its own (`/topics/<id>/<year>/`). A year's
 * URL appears once the next year has begun and never changes after that, so links to it stay good.
 */
export interface YearPage<T> {
  /** The year listed; undefined only on the one page of an empty list. */
  year?: number;
  /** The year in the page's URL: undefined for the newest year, which lives at the list's own URL. */
  urlYear?: number;
  /** The list's entries of that year, in list order. */
  items: T[];
}

/** Splits a newest-first list of dated entries (`edition`: YYYY-MM-DD) into one page a year, newest first; an empty list still has one page. */
export function pagesByYear<T extends { edition: string }>(items: readonly T[]): YearPage<T>[] {
  const years = [...Map.groupBy(items, (item) => yearOf(item.edition))].sort(([a], [b]) => b - a);
  if (years.length === 0) return [{ items: [] }];
  return years.map(([year, list], index) => ({ year, urlYear: index === 0 ? undefined : year, items: list }));
}

/** A link to one year of a paged list, as the year navigation shows it. */
export interface YearLink {
  year: number;
  href: string;
  /** The page being shown. */
  current: boolean;
}

/**
 * The links to every year of a paged list (newest first) from one of its pages, and the next newer and older
 * years, for the page's previous/next links. `urlOf` builds a page's URL from its `urlYear`.
 */
export function yearLinks<T>(
  pages: readonly YearPage<T>[],
  current: YearPage<T>,
  urlOf: (urlYear?: number) => string,
): { years: YearLink[]; newer?: YearLink; older?: YearLink } {
  const years = pages
    .filter((page) => page.year !== undefined)
    .map((page) => ({ year: page.year!, href: urlOf(page.urlYear), current: page.year === current.year }));
  const at = years.findIndex((link) => link.current);
  return { years, newer: at > 0 ? years[at - 1] : undefined, older: at >= 0 ? years[at + 1] : undefined };
}
