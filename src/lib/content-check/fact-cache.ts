import { editionFacts, type EditionFacts } from './editions.ts';
import { itemFacts, type ItemFacts, type ItemFactsOf } from './items.ts';
import { listFacts, type ListFacts } from './lists.ts';
import type { ContentSource } from './source.ts';

/**
 * The content check's cache of file facts. Reading, parsing, validating and body-checking the files of the
 * editions is most of the check's time, and what it finds in an item file (ItemFacts), an edition.yaml
 * (EditionFacts) or an edition's quotes.yaml or patches.yaml (ListFacts) depends only on the file's bytes, its
 * path and the check's own code. So a run reuses the facts of every file whose stamp (modification time and
 * size) is the one seen when they were found, and finds them anew for the rest. Judging an item's facts against
 * the archive (authors, topics, releases, whether its images exist), and an edition's page editors against the
 * authors, is cheap and happens on every run: an author removed from authors.yaml is reported for an item
 * unchanged since. The cache file, and the digest of the check's code that keys it as a whole, are in
 * fact-cache-fs.ts.
 */

/** One file's entry: the stamp the file had when its facts were found, and the facts (which kind, its path says). */
export type CachedFacts = [stamp: string, facts: Facts];

type Facts = ItemFacts | ListFacts | EditionFacts;

/** Where the check gets the facts of item, list and edition.yaml files: found anew, or from the cache. */
export interface FactsOf {
  item: ItemFactsOf;
  list: typeof listFacts;
  edition: typeof editionFacts;
}

export interface FactCache {
  /** Facts from the cache when the file's stamp matches, else found anew. */
  factsOf: FactsOf;
  /** The entries of this run: the files asked about, so none for a file gone since. */
  entries: ReadonlyMap<string, CachedFacts>;
  /** Whether `entries` differ from those the cache started with (else there is nothing to write). */
  changed(): boolean;
}

/** A cache starting from the entries of an earlier run, by path (empty for a first run). */
export function factCache(previous: ReadonlyMap<string, CachedFacts>): FactCache {
  const entries = new Map<string, CachedFacts>();
  let found = 0;
  const cached = <T extends Facts>(source: ContentSource, path: string, find: () => T): T => {
    // Stamped before reading, so a file written meanwhile is found changed next time.
    const stamp = source.stamp?.(path);
    if (stamp === undefined) return find();
    const entry = previous.get(path);
    if (entry?.[0] === stamp) {
      entries.set(path, entry);
      return entry[1] as T; // a path is always the same kind of file
    }
    found++;
    const facts = find();
    entries.set(path, [stamp, facts]);
    return facts;
  };
  return {
    factsOf: {
      item: (source, path, edition, section) => cached(source, path, () => itemFacts(source, path, edition, section)),
      list: (source, path, edition) => cached(source, path, () => listFacts(source, path, edition)),
      edition: (source, path) => cached(source, path, () => editionFacts(source, path)),
    },
    entries,
    changed: () => found > 0 || entries.size !== previous.size,
  };
}
