import type { AstroUserConfig } from 'astro';
import { INLINE_SCRIPT_HASHES } from './lib/inline-scripts.ts';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/**
 * The site's Content Security Policy, for Astro's `security.csp`: Astro adds `script-src` and `style-src-elem`
 * with the hash of every script and style it bundles, and the hashes of our few inline scripts
 * (src/lib/inline-scripts.ts), so only the site's own code runs; nothing is loaded
 * from another host. `'wasm-unsafe-eval'` lets Pagefind compile its WebAssembly (it allows no JavaScript eval).
 * Style attributes are allowed (`style-src-attr`): Shiki colours code with them, and the body policy keeps
 * editors' bodies free of them. docs/publishing.md gives the same policy as HTTP headers.
 */
export const CSP: CspConfig = {
  directives: [
    "default-src 'none'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "object-src 'none'",
  ],
  scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: INLINE_SCRIPT_HASHES },
  styleDirective: {
    resources: [
      { resource: "'self'", kind: 'element' },
      { resource: "'unsafe-inline'", kind: 'attribute' },
    ],
  },
};
