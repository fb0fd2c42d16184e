import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AstroIntegration } from 'astro';
import { checkContent, type Problem } from '../lib/content-check/index.ts';
import { devErrorPage } from '../lib/dev-error-page.ts';
import { BUILD_DATE, CONTENT_CHECK_CACHE } from '../settings.ts';

/**
 * `npm run dev` shows content errors in the browser: while the content check finds problems, every page is
 * answered with status 500 and the list of problems (file, field, what was expected), never with a page cut
 * off half-way and status 200. The check runs again after a file under the content folder changes.
 */
export function devPreview(contentDir: string): AstroIntegration {
  return {
    name: 'kernel-weekly:dev-preview',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'dev') return;
        let problems: Problem[] | undefined;
        const current = () =>
          (problems ??= checkContent(
            contentDir,
            process.cwd(),
            { buildDate: BUILD_DATE, showUnpublished: true },
            CONTENT_CHECK_CACHE,
          ).problems);
        const handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
          if (!isPageRequest(req) || current().length === 0) return next();
          res.writeHead(500, { 'Content-Type': 'text/html; charset=utf-8' }).end(devErrorPage(current()));
        };
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'kernel-weekly:dev-preview',
                enforce: 'post',
                configureServer: (server) => {
                  server.watcher.add(contentDir);
                  server.watcher.on('all', (_event, path) => {
                    if (path.startsWith(contentDir)) problems = undefined;
                  });
                  // In front of Astro's own middleware, as the /pagefind/ handler (dev-search-index.ts).
                  return () => void server.middlewares.stack.unshift({ route: '', handle: handler });
                },
              },
            ],
          },
        });
      },
    },
  };
}

/** A browser asking for a page, not for a module, an asset or Vite's own endpoints. */
function isPageRequest(req: IncomingMessage): boolean {
  const path = req.url ?? '/';
  return (
    (req.method === 'GET' || req.method === 'HEAD') &&
    (req.headers.accept ?? '').includes('text/html') &&
    !/^\/(@|_astro\/|node_modules\/|src\/|pagefind\/|__)/.test(path)
  );
}
