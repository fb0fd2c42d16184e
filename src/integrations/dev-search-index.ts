import { createReadStream, realpathSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { resolveStaticPath } from '../lib/static-path.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
};

/**
 * `astro dev` builds no search index: it serves the last build's, `<outDir>/pagefind/`, under `/pagefind/`, so
 * search in dev finds the content of the last `npm run build` (or says the index could not be loaded).
 * Requests are answered here and never passed on: a malformed or escaping path gets a bare 400 or 404, never a
 * stack trace or a path of the machine. Astro puts its own dev middleware at the head of the stack, and that
 * answers an undecodable path (`%ff`) with a 500 and a stack trace; so this handler goes in front of it, the
 * way Astro does it, from a Vite plugin that runs after Astro's.
 */
export function devSearchIndex(): AstroIntegration {
  return {
    name: 'kernel-weekly:dev-search-index',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'dev') return;
        const root = fileURLToPath(new URL('pagefind/', config.outDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'kernel-weekly:dev-search-index',
                enforce: 'post',
                configureServer: (server) => () => {
                  server.middlewares.stack.unshift({ route: '/pagefind', handle: serveLastIndex(root) });
                },
              },
            ],
          },
        });
      },
    },
  };
}

function serveLastIndex(root: string) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const refuse = (status: number, text: string) => {
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`${text}\n`);
    };
    const resolved = resolveStaticPath(req.url ?? '/');
    if (!resolved.ok) return refuse(resolved.status, resolved.status === 400 ? 'Bad request' : 'Not found');
    const file = join(root, resolved.path);
    // A symlink inside the index must not lead out of it either.
    let real: string;
    try {
      real = realpathSync(file);
    } catch {
      return refuse(404, 'Not found');
    }
    if (!real.startsWith(realpathSync(root) + sep) || !statSync(real).isFile()) return refuse(404, 'Not found');
    res.setHeader('Content-Type', CONTENT_TYPES[extname(real)] ?? 'application/octet-stream');
    createReadStream(real)
      .on('error', () => (res.headersSent ? res.destroy() : refuse(500, 'Could not read the file')))
      .pipe(res);
  };
}
