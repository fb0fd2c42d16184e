/**
 * The content check: every file of a content folder against the schemas, and the references between files.
 * It does what Astro does (schemas) and what Astro only logs or cannot see (dangling references, items filed
 * in a folder their frontmatter contradicts, duplicate ids, pages without an editor, files the loaders would
 * skip). Never throws for bad content: returns every problem, so an editor sees them all at once.
 *
 * One job per module: `problems` (messages, "did you mean"), `files` (what may sit in the folder, encoding,
 * YAML), `shared-files` (authors, topics, releases), `editions` (edition folders), `items`, `lists` (quotes,
 * patches), `cross-references`; `fact-cache` keeps what was found in each unchanged file between runs. `content-fs` and `fact-cache-fs`
 * are the only ones that touch the disk.
 */
import { resolve } from 'node:path';
import { today } from '../dates.ts';
import type { PublicationPolicy } from '../publication.ts';
import { folderSource } from './content-fs.ts';
import { checkCrossReferences } from './cross-references.ts';
import { checkEditions } from './editions.ts';
import { factCache, type FactsOf } from './fact-cache.ts';
import { checkCodeDigest, readFactCache, writeFactCache } from './fact-cache-fs.ts';
import type { Problem } from './problems.ts';
import { checkSharedFiles } from './shared-files.ts';
import type { ContentSource } from './source.ts';

export { formatProblem, type Problem } from './problems.ts';

/** What the check learned about the archive. */
export interface CheckedArchive {
  problems: Problem[];
  authors: Set<string>;
  topics: Set<string>;
  releases: Set<string>;
  editions: Set<string>;
  /** Item id -> file (as messages name it), for every valid item. */
  items: Map<string, string>;
}

const PRODUCTION_TODAY = (): PublicationPolicy => ({ buildDate: today(), showUnpublished: false });

/**
 * Checks a content folder on disk.
 *
 * @param root the content folder (`content/` or `CONTENT_DIR`)
 * @param cwd paths in messages are relative to this folder
 * @param policy what this build publishes: cross-references must point to what it publishes
 * @param cacheFile where what was found in unchanged files is kept between runs (fact-cache.ts); none: every
 *   file is checked anew
 */
export function checkContent(
  root: string,
  cwd: string = process.cwd(),
  policy: PublicationPolicy = PRODUCTION_TODAY(),
  cacheFile?: string,
): CheckedArchive {
  const source = folderSource(root, cwd);
  if (cacheFile === undefined) return checkSource(source, policy);
  const key = `${checkCodeDigest()} ${resolve(root)}`;
  const cache = factCache(readFactCache(cacheFile, key));
  const result = checkSource(source, policy, cache.factsOf);
  if (cache.changed()) writeFactCache(cacheFile, key, cache.entries);
  return result;
}

/** Checks content from any source (a folder on disk, or one held in memory by tests). */
export function checkSource(
  source: ContentSource,
  policy: PublicationPolicy = PRODUCTION_TODAY(),
  factsOf?: FactsOf,
): CheckedArchive {
  const problems: Problem[] = [];
  const report = (file: string, field: string, message: string) => problems.push({ file, field, message });
  const shared = checkSharedFiles(source, report);
  const { editions, items } = checkEditions(source, shared, policy, report, factsOf);
  checkCrossReferences(editions, items, shared, policy, report);
  return {
    problems,
    authors: shared.authors,
    topics: shared.topics,
    releases: shared.releaseIds,
    editions: new Set(editions.keys()),
    items: new Map(items.map((item) => [item.id, item.file])),
  };
}
