import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CachedFacts } from './fact-cache.ts';

/** The project folder, from this file's place in it (src/lib/content-check/). */
const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * What file facts depend on besides the content: the check's code and schemas (all of src/lib/ and
 * src/schemas/, more than it imports, so no import can be missed) and the libraries it runs (by the lock file).
 */
const CHECK_CODE = ['src/lib', 'src/schemas', 'package-lock.json'];

/** A digest of the check's code: any change to it makes every cached fact stale. Reads about 60 small files. */
export function checkCodeDigest(root: string = PROJECT_ROOT): string {
  const hash = createHash('sha256');
  for (const path of CHECK_CODE) {
    const full = join(root, path);
    const files = statSync(full).isDirectory()
      ? readdirSync(full, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => join(entry.parentPath, entry.name))
          .sort()
      : [full];
    for (const file of files)
      hash
        .update(`${relative(root, file)}\0`)
        .update(readFileSync(file))
        .update('\0');
  }
  return hash.digest('hex');
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The entries of the cache file when it was written under `key` (the code digest and the content folder), else
 * none: a missing, unreadable, truncated or edited file is no cache, never an error. The file is the sha256 of
 * its JSON on the first line, then the JSON: `{ key, entries: [[path, stamp, facts], …] }`.
 */
export function readFactCache(file: string, key: string): Map<string, CachedFacts> {
  try {
    const text = readFileSync(file, 'utf8');
    const newline = text.indexOf('\n');
    const json = text.slice(newline + 1);
    if (newline < 0 || text.slice(0, newline) !== sha256(json)) return new Map();
    const data = JSON.parse(json) as { key: string; entries: [string, ...CachedFacts][] };
    if (data.key !== key) return new Map();
    return new Map(data.entries.map(([path, stamp, facts]) => [path, [stamp, facts]]));
  } catch {
    return new Map();
  }
}

/**
 * Writes the cache file whole (a temporary file renamed over it, so a reader never sees half of one). A cache
 * that cannot be written (a read-only folder) only means the next run checks every file again.
 */
export function writeFactCache(file: string, key: string, entries: ReadonlyMap<string, CachedFacts>): void {
  const json = JSON.stringify({ key, entries: [...entries].map(([path, [stamp, facts]]) => [path, stamp, facts]) });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temporary, `${sha256(json)}\n${json}`);
    renameSync(temporary, file);
  } catch {
    rmSync(temporary, { force: true });
  }
}
