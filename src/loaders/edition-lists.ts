import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parseYaml } from '../lib/content-text.ts';

/**
 * Loads a YAML list kept in each edition folder (`editions/<date>/<fileName>`), one entry per list element,
 * with the id `<date>/<n>` (n from 1, in file order) and the edition date added as `edition`.
 */
export function editionListLoader(editionsDir: string, fileName: string): Loader {
  return {
    name: `edition-list:${fileName}`,
    async load({ store, parseData, watcher, config }) {
      const root = fileURLToPath(config.root);
      async function loadAll() {
        store.clear();
        const editions = existsSync(editionsDir) ? readdirSync(editionsDir) : [];
        for (const edition of editions.sort()) {
          const filePath = join(editionsDir, edition, fileName);
          if (!existsSync(filePath)) continue;
          // Core schema, as the content check reads it: dates stay strings for the schema to judge.
          const list = parseYaml(readFileSync(filePath, 'utf8')) ?? [];
          if (!Array.isArray(list)) throw new Error(`${filePath}: expected a YAML list`);
          for (const [index, entry] of list.entries()) {
            const id = `${edition}/${index + 1}`;
            const data = await parseData({ id, data: { ...entry, edition }, filePath });
            store.set({ id, data, filePath: relative(root, filePath) });
          }
        }
      }
      await loadAll();
      watcher?.on('all', async (_event, path) => {
        if (path.startsWith(editionsDir) && path.endsWith(fileName)) await loadAll();
      });
    },
  };
}
