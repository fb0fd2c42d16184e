import { spawnSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { generateArchive } from '../bench/generate.ts';
import {
  generatedJudgements,
  judge,
  SAMPLE_JUDGEMENTS,
  searchResults,
  type Judgement,
} from '../test/search-judgements.ts';
import { expect, test } from './fixtures.ts';

/**
 * The judged query set (test/search-judgements.ts), run through the search page: over the sample, and over a
 * small archive written by the benchmark's generator and built here. Every judgement must hold.
 */

async function failures(page: import('@playwright/test').Page, judgements: Judgement[]): Promise<string[]> {
  await page.goto('/search/');
  const failed: string[] = [];
  for (const judgement of judgements) {
    const results = await searchResults(page, judgement.query);
    if (!judge(judgement, results).pass)
      failed.push(
        `${judgement.query}: wanted ${judgement.relevant.join(', ') || 'nothing'}; top three ${results.slice(0, 3).join(', ') || 'empty'}`,
      );
  }
  return failed;
}

test('the judged queries over the sample find their items in the top three, or nothing', async ({ page }) => {
  test.setTimeout(120_000);
  expect(await failures(page, SAMPLE_JUDGEMENTS)).toEqual([]);
});

test.describe('over a generated archive', () => {
  test.describe.configure({ timeout: 300_000 });
  const root = mkdtempSync(join(tmpdir(), 'kw-search-'));
  let server: Server;

  test.beforeAll(() => {
    generateArchive(join(root, 'content'), 4);
    const build = spawnSync('npx', ['astro', 'build', '--outDir', join(root, 'dist')], {
      env: { ...process.env, CONTENT_DIR: join(root, 'content'), BUILD_DATE: '2100-01-01' },
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`build of the generated archive failed:\n${build.stdout}${build.stderr}`);
    server = serveStatic(join(root, 'dist'));
  });

  test.afterAll(() => {
    server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  test('the judged queries find their items in the top three, or nothing', async ({ browser }) => {
    const baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    const judgements = generatedJudgements(join(root, 'content'));
    expect(judgements.length).toBeGreaterThan(15);
    expect(await failures(page, judgements)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** The built site as plain files, on a free port. */
function serveStatic(dir: string): Server {
  return createServer((req, res) => {
    let file = normalize(join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(dir) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    createReadStream(file).pipe(res);
  }).listen(0, '127.0.0.1');
}
