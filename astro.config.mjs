// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { SITE, CONTENT_DIR, CACHE_DIR } from './src/settings.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';

export default defineConfig({
  site: SITE.url,
  cacheDir: CACHE_DIR,
  trailingSlash: 'always',
  integrations: [contentCheck(CONTENT_DIR), mdx(), searchIndex()],
  prerenderConflictBehavior: 'error',
  markdown: {
    shikiConfig: {
      themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
      defaultColor: false,
    },
  },
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // Every MDX module carries a directive that the bundler reports once per file; it is harmless.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
