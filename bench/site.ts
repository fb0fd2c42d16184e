import { spawnSync } from 'node:child_process';
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

/** Builds a content folder into an output folder as a dated build of the benchmark does, or fails loudly. */
export function buildSite(contentDir: string, outDir: string) {
  const run = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    cwd: resolve(import.meta.dirname, '..'),
    env: { ...process.env, CONTENT_DIR: contentDir, BUILD_DATE: '2100-01-01' },
    encoding: 'utf8',
  });
  if (run.status !== 0)
    throw new Error(`build of ${contentDir} failed:\n${run.stdout.slice(-3000)}${run.stderr.slice(-3000)}`);
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** Serves a built site as plain files (no compression, like the simplest static host), on `port` or a free one. */
export async function serveStatic(dir: string, port = 0): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    let file = normalize(join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(dir) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
