import { readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { emptiedFolders, staleOutputFiles } from '../lib/stale-output.ts';

/**
 * Builds over an earlier output instead of emptying it (see src/lib/stale-output.ts), then removes what this
 * build did not produce, and the folders that leaves empty (a static host would answer those with a listing
 * or a 403 instead of the 404 page).
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
        const files = readdirSync(root, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => {
            const full = join(entry.parentPath, entry.name);
            return { path: relative(root, full), mtimeMs: statSync(full).mtimeMs };
          });
        const stale = staleOutputFiles(files, produced, started);
        if (stale.length === 0) return;
        for (const path of stale) rmSync(join(root, path));
        const gone = new Set(stale);
        const remaining = files.map((f) => f.path).filter((path) => !gone.has(path));
        for (const folder of emptiedFolders(stale, remaining)) rmSync(join(root, folder), { recursive: true });
        logger.info(`removed ${stale.length} file(s) of the last build that this one did not produce`);
      },
    },
  };
}
