import { createHash } from 'node:crypto';

/**
 * The site's only inline scripts, each where a bundled module would come too late or is not wanted. Astro's
 * Content Security Policy hashes the scripts it bundles, not inline ones, so their hashes are computed here and
 * allowed on every page (src/csp.ts): an inline script not listed here cannot run.
 */
export const INLINE_SCRIPTS = {
  /** The search page: hide the "needs JavaScript" notice and show the form before the first paint. */
  startSearchPage:
    "document.getElementById('search-needs-js').hidden = true; document.getElementById('search-form').hidden = false;",
  /** Item pages, arriving from a search result (?highlight=): mark the matched words; loads nothing otherwise. */
  searchHighlight:
    "if (/[?&]highlight=/.test(location.search)) import('/pagefind/pagefind-highlight.js').then(() => new PagefindHighlight({ highlightParam: 'highlight', addStyles: false }));",
} as const;

export type InlineScriptName = keyof typeof INLINE_SCRIPTS;

/** The CSP source expression of each inline script. */
export const INLINE_SCRIPT_HASHES = Object.values(INLINE_SCRIPTS).map(
  (code) => `sha256-${createHash('sha256').update(code).digest('base64')}` as const,
);
