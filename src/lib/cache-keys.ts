import { createHash } from 'node:crypto';

/** What one edition's pages show, reduced to strings for hashing. */
export interface EditionDigestInput {
  /** The edition date. */
  id: string;
  /** Everything the edition's pages show: its data, items (with body digests), quotes, patches, and the titles of the items its bodies link to. */
  content: string;
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);

/**
 * Keys for Astro's incremental build, one per edition: the pages of an edition and of its items are
 * re-rendered only when their key changes. A key covers what those pages can show: the edition's own
 * content (including the titles its links show), the people and topics (`shared`), and the releases dated up
 * to the edition (its release status). So publishing a new edition, or a release after an edition's date,
 * leaves the keys of older editions as they were.
 */
export function editionCacheKeys(
  editions: readonly EditionDigestInput[],
  shared: string,
  releases: readonly { version: string; date: string }[],
): Map<string, string> {
  const keys = new Map<string, string>();
  const byDate = [...releases].sort((a, b) => a.date.localeCompare(b.date) || a.version.localeCompare(b.version));
  const releaseHash = createHash('sha256');
  let next = 0;
  for (const edition of [...editions].sort((a, b) => a.id.localeCompare(b.id))) {
    while (next < byDate.length && byDate[next].date <= edition.id) releaseHash.update(JSON.stringify(byDate[next++]));
    keys.set(edition.id, sha([shared, sha(edition.content), releaseHash.copy().digest('hex')].join('\n')));
  }
  return keys;
}

/**
 * The key of a list page (a year of a topic's or an author's articles): a digest of everything the page shows,
 * so it is re-rendered only when that changes. Older years show nothing that a new edition changes, so a weekly
 * build restores them.
 */
export function listPageCacheKey(shown: unknown): string {
  return sha(JSON.stringify(shown));
}
