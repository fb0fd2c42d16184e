import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SEARCH_INDEX_DIR } from '../lib/search-parts.ts';
import { WRITTEN_LIST_VARIABLE } from '../lib/staged-output-fs.ts';
import { emptiedFolders, staleOutputFiles, type OutputFile } from '../lib/stale-output.ts';

/**
 * Builds over an earlier output instead of emptying it (see src/lib/stale-output.ts), then removes what this
 * build did not produce, and the folders that leaves empty (a static host would answer those with a listing
 * or a 403 instead of the 404 page). Under `npm run build` it also lists the files this build wrote, for the
 * publication step (see `WRITTEN_LIST_VARIABLE`). The search index, written after this, keeps its own folder
 * up to date.
 */
export function pruneOutput(): AstroIntegration {
  let started = 0;
  return {
    name: 'kernel-weekly:prune-output',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:build:start': () => {
        // File times are compared with the clock, which may be coarser than performance.now().
        started = Date.now() - 1000;
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const root = fileURLToPath(dir);
        const produced = new Set([...assets.values()].flat().map((url) => relative(root, fileURLToPath(url))));
        const files = outputFiles(root);
        const stale = staleOutputFiles(files, produced, started);
        for (const path of stale) rmSync(join(root, path));
        const gone = new Set(stale);
        const remaining = files.map((f) => f.path).filter((path) => !gone.has(path));
        for (const folder of emptiedFolders(stale, remaining)) rmSync(join(root, folder), { recursive: true });
        if (stale.length)
          logger.info(`removed ${stale.length} file(s) of the last build that this one did not produce`);
        const list = process.env[WRITTEN_LIST_VARIABLE];
        const written = files.filter((f) => f.mtimeMs >= started).map((f) => f.path);
        if (list) writeFileSync(list, JSON.stringify(written));
      },
    },
  };
}

/** The files of the output with their times, but for the search index's folder. */
function outputFiles(root: string): OutputFile[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((top) => top.name !== SEARCH_INDEX_DIR)
    .flatMap((top) =>
      top.isDirectory()
        ? readdirSync(join(root, top.name), { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
        : top.isFile()
          ? [top]
          : [],
    )
    .map((entry) => {
      const full = join(entry.parentPath, entry.name);
      return { path: relative(root, full), mtimeMs: statSync(full).mtimeMs };
    });
}
