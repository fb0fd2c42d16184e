import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateArchive } from '../bench/generate.ts';
import { serveStatic } from '../bench/serve-static.ts';
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
  let baseURL: string;

  test.beforeAll(async () => {
    generateArchive(join(root, 'content'), 4);
    const build = spawnSync('npx', ['astro', 'build', '--outDir', join(root, 'dist')], {
      env: { ...process.env, CONTENT_DIR: join(root, 'content'), BUILD_DATE: '2100-01-01' },
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`build of the generated archive failed:\n${build.stdout}${build.stderr}`);
    ({ server, url: baseURL } = await serveStatic(join(root, 'dist')));
  });

  test.afterAll(() => {
    server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  test('the judged queries find their items in the top three, or nothing', async ({ browser }) => {
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
