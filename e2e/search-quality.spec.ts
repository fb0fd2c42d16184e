import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateArchive } from '../bench/generate.ts';
import { buildSite, serveStatic } from '../bench/site.ts';
import * as judged from '../test/search-judgements.ts';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * The judged query set (test/search-judgements.ts), run through the search page: over the sample, and over a
 * small archive written by the benchmark's generator and built here. Every judgement must hold.
 */

async function failures(page: Page, judgements: judged.Judgement[]): Promise<string[]> {
  await page.goto('/search/');
  return (await judged.runJudgements(page, judgements)).filter((o) => !o.verdict.pass).map(judged.describeMiss);
}

test('the judged queries over the sample find their items in the top three, or nothing', async ({ page }) => {
  test.setTimeout(120_000);
  expect(await failures(page, judged.SAMPLE_JUDGEMENTS)).toEqual([]);
});

test.describe('over a generated archive', () => {
  test.describe.configure({ timeout: 300_000 });
  const root = mkdtempSync(join(tmpdir(), 'kw-search-'));
  let server: Server;
  let baseURL: string;

  test.beforeAll(async () => {
    generateArchive(join(root, 'content'), 4);
    buildSite(join(root, 'content'), join(root, 'dist'));
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
    const judgements = judged.generatedJudgements(join(root, 'content'));
    expect(judgements.length).toBeGreaterThan(15);
    expect(await failures(page, judgements)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
