import type { AstroIntegration } from 'astro';

const ID = 'virtual:kernel-weekly/site-url.css';

/**
 * Provides the stylesheet `virtual:kernel-weekly/site-url.css`, which sets `--site-url` to the configured
 * site address as a CSS string. The print styles put it before a link's path, so a printed page shows
 * absolute URLs; it lands in the shared stylesheet, so no page carries it in its HTML.
 */
export function siteUrlCss(siteUrl: string): AstroIntegration {
  const origin = new URL(siteUrl).origin;
  return {
    name: 'kernel-weekly:site-url-css',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'kernel-weekly:site-url-css',
                resolveId: (id: string) => (id === ID ? ID : undefined),
                load: (id: string) => (id === ID ? `:root { --site-url: ${JSON.stringify(origin)}; }\n` : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
