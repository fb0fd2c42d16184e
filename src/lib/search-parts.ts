/**
 * The search index in parts: each part is a whole Pagefind bundle over a run of consecutive editions, built on
 * its own so that the indexer's memory depends on the part, not the archive. A manifest lists the parts newest
 * first; the search page opens the newest and merges the older ones as they arrive. Pure: the build side is
 * src/integrations/search-index.ts, the page src/components/search-app.ts.
 */

/** A part as the manifest describes it. */
export interface SearchPart {
  /** Its folder below /pagefind/: the date of its first edition. */
  id: string;
  /** Its first and last edition. */
  from: string;
  to: string;
  /** Item pages indexed. */
  pages: number;
}

/** The search index's folder in the output: Pagefind's bundles, one folder per part, and the manifest. */
export const SEARCH_INDEX_DIR = 'pagefind';

/** The manifest's file name below /pagefind/. */
export const PARTS_MANIFEST = 'parts.json';

/** The manifest the build writes and the page reads. */
export interface PartsManifest {
  /** Newest first. */
  parts: SearchPart[];
}

/** Editions per part unless the build says otherwise: about 2,000 items, under 1 GB for Pagefind to index. */
export const DEFAULT_PART_EDITIONS = 100;

/** A planned part: which editions it covers. */
export interface PartPlan {
  id: string;
  editions: string[];
}

/**
 * Cuts the editions (any order) into parts of at most `size` editions, counted from the oldest, so a part's
 * bounds never move as new editions are added: each week only the newest part changes. Newest part first.
 */
export function planParts(editions: string[], size: number): PartPlan[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`A search part needs at least one edition, not ${size}`);
  const sorted = [...editions].sort();
  const parts: PartPlan[] = [];
  for (let start = 0; start < sorted.length; start += size) {
    const slice = sorted.slice(start, start + size);
    parts.push({ id: slice[0], editions: slice });
  }
  return parts.reverse();
}

/** Reads the part size from the environment's SEARCH_PART_EDITIONS, if set. */
export function partSize(setting: string | undefined): number {
  if (setting === undefined || setting === '') return DEFAULT_PART_EDITIONS;
  const size = Number(setting);
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`SEARCH_PART_EDITIONS must be a whole number of editions, at least 1; it is "${setting}"`);
  return size;
}

/** Counts per filter value, as Pagefind returns them: `{ year: { '2008': 3 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;

/** The counts of several parts added up, value by value. */
export function sumCounts(counts: FilterCounts[]): FilterCounts {
  const sum: FilterCounts = {};
  for (const part of counts)
    for (const [key, values] of Object.entries(part))
      for (const [value, count] of Object.entries(values)) {
        sum[key] ??= {};
        sum[key][value] = (sum[key][value] ?? 0) + count;
      }
  return sum;
}

/**
 * The synthetic filter that tells the parts apart in the browser: each part is merged with `part: <its id>` on
 * every page, so a search can be held to one part.
 */
export const PART_FILTER = 'part';

/** A search's answer from one part (or several): its results in order and its filter counts. */
export interface PartResults<R> {
  results: R[];
  filters: FilterCounts;
}

/**
 * Date order across parts ("newest first"). Pagefind sorts each part by date on its own, but a merged search
 * orders everything by score, and under a sort a result's score is its place within its own part, which
 * interleaves the parts. Parts cover consecutive runs of editions, so the parts' own date orders, newest part
 * first, are together in date order; the counts are the parts' counts added up.
 */
export function inDateOrder<R>(newestFirst: PartResults<R>[]): PartResults<R> {
  return {
    results: newestFirst.flatMap((part) => part.results),
    filters: sumCounts(newestFirst.map((part) => part.filters)),
  };
}
