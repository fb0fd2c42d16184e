/**
 * Astro empties the output folder before every build, then copies back every page its incremental cache
 * restores: at 1,000 editions that is 30,000 files deleted and 30,000 copied for a weekly build that renders a
 * few hundred. The site builds over an earlier output instead (`vite.build.emptyOutDir: false`; see
 * src/lib/staged-output-fs.ts for which one): Astro leaves unchanged pages where they are. What this build did
 * not produce must then go, or a deleted item would stay published: that is this rule.
 */

/** A file of the output folder: its path relative to the folder, and when it was last written. */
export interface OutputFile {
  path: string;
  mtimeMs: number;
}

/**
 * The files of the last output that this build did not produce: neither a page or endpoint of this build
 * (`produced`: those Astro kept in place are not rewritten) nor written since the build started (assets,
 * copies of `public/`, the sitemap). The search index, written after this, is rebuilt whole.
 */
export function staleOutputFiles(
  files: readonly OutputFile[],
  produced: ReadonlySet<string>,
  buildStartMs: number,
): string[] {
  return files.filter(({ path, mtimeMs }) => mtimeMs < buildStartMs && !produced.has(path)).map(({ path }) => path);
}

/** The folders (relative, `/`-separated) left empty when `removed` files are gone, deepest first. */
export function emptiedFolders(removed: readonly string[], remaining: readonly string[]): string[] {
  const parents = (path: string) => {
    const parts = path.split('/').slice(0, -1);
    return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
  };
  const occupied = new Set(remaining.flatMap(parents));
  const emptied = new Set(removed.flatMap(parents).filter((folder) => !occupied.has(folder)));
  return [...emptied].sort((a, b) => b.split('/').length - a.split('/').length || a.localeCompare(b));
}
