import { absoluteUrl } from '../lib/urls.ts';
import { SITE } from '../settings.ts';

/** robots.txt: everything may be crawled; the sitemap (from @astrojs/sitemap) is named with the configured site URL. */
export function GET() {
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml', SITE.url)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
