// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { SITE, CONTENT_DIR, CACHE_DIR } from './src/settings.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { siteUrlCss } from './src/integrations/site-url-css.ts';
import { diffTransformer, fullTokenizeTransformer, markdownProcessor, mdxProcessor } from './src/lib/markdown.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { devSearchIndex } from './src/integrations/dev-search-index.ts';
import { devPreview } from './src/integrations/dev-preview.ts';
import { CSP } from './src/csp.ts';
import { pruneOutput } from './src/integrations/prune-output.ts';

export default defineConfig({
  site: SITE.url,
  cacheDir: CACHE_DIR,
  trailingSlash: 'always',
  // pruneOutput: builds over an earlier output and removes what this build did not produce (before the index).
  integrations: [
    contentCheck(CONTENT_DIR),
    mdx({ processor: mdxProcessor }),
    sitemap(),
    siteUrlCss(SITE.url),
    pruneOutput(),
    searchIndex(),
    devSearchIndex(),
    devPreview(CONTENT_DIR),
  ],
  prerenderConflictBehavior: 'error',
  // A Content Security Policy on every page (a <meta> tag; docs/publishing.md gives the same as HTTP headers).
  security: { csp: CSP },
  // Pages of unchanged editions are reused from the last build (cache keys: src/lib/cache-keys.ts).
  experimental: { incrementalBuild: true },
  markdown: {
    // The body policy's sanitiser and the item-body plugin (src/lib/markdown.ts); MDX has its own processor.
    processor: markdownProcessor,
    shikiConfig: {
      themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
      defaultColor: false,
      transformers: [fullTokenizeTransformer, diffTransformer],
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
