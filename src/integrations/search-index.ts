import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** The pages that are indexed: only the permanent item pages, so every item is found once. */
export const INDEXED_PAGES = 'articles/**/index.html';

const UNUSED_FILES = ['ui', 'modular-ui', 'component-ui'].flatMap((ui) => [`pagefind-${ui}.js`, `pagefind-${ui}.css`]);

/**
 * Builds the Pagefind search index after every `astro build`, into `<outDir>/pagefind/`, where the search page
 * loads it from and `astro preview` or any static host serves it.
 *
 * Only item pages are read (a glob, so edition pages, big pages and lists are never even parsed) and within them
 * only the `data-pagefind-body` article; code blocks are left out, as their identifiers swell the index for
 * little gain (inline code stays). `astro dev` has no index of its own: see `./dev-search-index.ts`.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'kernel-weekly:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['pre'], forceLanguage: 'en' });
          if (!index) throw new Error(errors.join('\n'));
          const added = await index.addDirectory({ path: site, glob: INDEXED_PAGES });
          if (added.errors.length) throw new Error(added.errors.join('\n'));
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length) throw new Error(written.errors.join('\n'));
          // Pagefind always writes its ready-made UIs too; the search page has its own, so they would be dead weight.
          for (const ui of UNUSED_FILES) rmSync(join(site, 'pagefind', ui), { force: true });
          logger.info(`indexed ${added.page_count} item pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
