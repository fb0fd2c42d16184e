import { itemFacts, type ItemFacts, type ItemFactsOf } from './items.ts';

/**
 * The content check's cache of item facts. Reading, parsing, validating and body-checking an item file is most
 * of the check's time, and its result (ItemFacts) depends only on the file's bytes, its path and the check's
 * own code; so a run reuses the facts of every file whose stamp (modification time and size) is the one seen
 * when they were found, and finds them anew for the rest. Judging facts against the archive (authors, topics,
 * releases, whether images exist) is cheap and happens on every run, so an author removed from authors.yaml is
 * reported for an item unchanged since. The cache on disk, and the digest of the check's code that keys it as
 * a whole, are in item-cache-fs.ts.
 */

/** One file's entry: the stamp the file had when its facts were found, and the facts. */
export type CachedFacts = [stamp: string, facts: ItemFacts];

export interface ItemCache {
  /** Facts from the cache when the file's stamp matches, else found anew (see checkItem). */
  factsOf: ItemFactsOf;
  /** The entries of this run: the files asked about, so none for a file gone since. */
  entries: ReadonlyMap<string, CachedFacts>;
  /** Whether `entries` differ from those the cache started with (else there is nothing to write). */
  changed(): boolean;
}

/** A cache starting from the entries of an earlier run, by path (empty for a first run). */
export function itemCache(previous: ReadonlyMap<string, CachedFacts>): ItemCache {
  const entries = new Map<string, CachedFacts>();
  let found = 0;
  return {
    factsOf(source, path, edition, section) {
      // Stamped before reading, so a file written meanwhile is found changed next time.
      const stamp = source.stamp?.(path);
      if (stamp === undefined) return itemFacts(source, path, edition, section);
      const cached = previous.get(path);
      if (cached?.[0] === stamp) {
        entries.set(path, cached);
        return cached[1];
      }
      found++;
      const facts = itemFacts(source, path, edition, section);
      entries.set(path, [stamp, facts]);
      return facts;
    },
    entries,
    changed: () => found > 0 || entries.size !== previous.size,
  };
}
