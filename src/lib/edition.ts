import { SECTIONS, type ItemKind, type SectionId } from '../schemas/sections.ts';
import type { Edition, Item } from './types.ts';
import { yearOf } from './dates.ts';

/** One page of an edition: a section and its items, in reading order. */
export interface EditionPage {
  section: SectionId;
  title: string;
  items: Item[];
  /** Author id of the page editor. */
  editor?: string;
}

const KIND_ORDER = { brief: 0, feature: 1 } as const;

/** Reading order within a page: briefs first, then features; within a kind by `order`, then title. */
export function compareItems(a: Item, b: Item): number {
  return (
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) ||
    a.title.localeCompare(b.title, 'en') ||
    a.id.localeCompare(b.id, 'en')
  );
}

/**
 * Assembles an edition's pages in the fixed section order. The front page is always there; another
 * section gets a page when it has items or other content of its own (`alsoShown`, e.g. the kernel page's
 * patch list).
 */
export function assembleEdition(
  edition: Edition,
  items: readonly Item[],
  alsoShown: Iterable<SectionId> = [],
): EditionPage[] {
  const shown = new Set<SectionId>(['front', ...alsoShown]);
  const bySection = new Map<SectionId, Item[]>();
  for (const item of items) {
    if (item.edition !== edition.id) continue;
    shown.add(item.section);
    const list = bySection.get(item.section) ?? [];
    list.push(item);
    bySection.set(item.section, list);
  }
  return SECTIONS.filter((s) => shown.has(s.id)).map((s) => ({
    section: s.id,
    title: s.title,
    items: (bySection.get(s.id) ?? []).sort(compareItems),
    editor: edition.editors[s.id],
  }));
}

/** The elements before and after position `index` of a list. */
export function neighbours<T>(list: readonly T[], index: number): { prev?: T; next?: T } {
  if (index < 0) return {};
  return { prev: index > 0 ? list[index - 1] : undefined, next: list[index + 1] };
}

/** Previous and next page of an edition, in the fixed page order. */
export function pageNeighbours(pages: readonly EditionPage[], section: SectionId) {
  return neighbours(
    pages,
    pages.findIndex((p) => p.section === section),
  );
}

/** Every item of an edition in reading order: page by page, then within each page. */
export function readingOrder(pages: readonly EditionPage[]): Item[] {
  return pages.flatMap((p) => p.items);
}

/** Previous and next item of the edition, across page boundaries. */
export function itemNeighbours(pages: readonly EditionPage[], itemId: string) {
  const order = readingOrder(pages);
  return neighbours(
    order,
    order.findIndex((i) => i.id === itemId),
  );
}

/** Editions grouped by year, newest year and newest edition first. */
export function editionsByYear<E extends { id: string }>(editions: readonly E[]): { year: number; editions: E[] }[] {
  const newestFirst = [...editions].sort((a, b) => b.id.localeCompare(a.id));
  return [...Map.groupBy(newestFirst, (e) => yearOf(e.id))].map(([year, list]) => ({ year, editions: list }));
}

/** A heading on a page and the items under it. */
export interface ItemGroup {
  kind: ItemKind;
  heading: string;
  items: Item[];
  /** The quotes of the week open this group (the features of the kernel page). */
  withQuotes: boolean;
}

/** The blocks of a page, in reading order: item groups, then "Patches and updates" if shown. */
export interface PageLayout {
  groups: ItemGroup[];
  withPatches: boolean;
}

/**
 * The block order of an edition page, defined once for the section page and the big page: "Brief items",
 * then the section's features heading, empty groups left out; on the kernel page the quotes of the week
 * open the features group (kept for them even without features) and "Patches and updates" close the page.
 * `extras` says whether the edition has quotes and patches at all.
 */
export function pageLayout(page: EditionPage, extras: { quotes: boolean; patches: boolean }): PageLayout {
  const kernel = page.section === 'kernel';
  const withQuotes = kernel && extras.quotes;
  const featuresHeading = SECTIONS.find((s) => s.id === page.section)!.featuresHeading;
  const groups: ItemGroup[] = [
    { kind: 'brief', heading: 'Brief items', items: page.items.filter((i) => i.kind === 'brief'), withQuotes: false },
    { kind: 'feature', heading: featuresHeading, items: page.items.filter((i) => i.kind === 'feature'), withQuotes },
  ];
  return {
    groups: groups.filter((g) => g.items.length > 0 || g.withQuotes),
    withPatches: kernel && extras.patches,
  };
}
