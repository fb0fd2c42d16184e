import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { generateArchive } from '../bench/generate.ts';
import { buildSearchParts } from '../src/integrations/search-index.ts';
import { SEARCH_FILTERS } from '../src/lib/search-record.ts';
import { filterOptions, PAGEFIND_OPTIONS } from '../src/lib/search-results.ts';
import type { FilterCounts, PartsManifest } from '../src/lib/search-parts.ts';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

/**
 * The search index in parts, on a generated archive of 8 editions cut into parts of 3 editions (3 parts), beside
 * one index over the same pages: the search page's merged results must be those of the single index.
 *
 * - Date order ("Newest first"): the same pages in the same order.
 * - Relevance: the same pages. The order follows Pagefind's own rule for merged indexes: every result by the
 *   score it has within its own part, highest first, ties to the newer part. (Pagefind's scores are BM25 over
 *   each part's own statistics, so they are not those of one index; the test checks the rule exactly.)
 * - Filter counts: those of the single index, for every filter.
 */

const ROOT = resolve(import.meta.dirname, '..');
const PORT = 4365;
const base = `http://127.0.0.1:${PORT}`;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};
const QUERIES = ['scheduler', 'ext4 writeback', 'hugepage', 'lockdep', 'memory', 'kernel release'];

let work: string;
let out: string;
let server: Server;
let manifest: PartsManifest;
let single: PartsManifest;

test.use({ baseURL: base });
test.describe.configure({ mode: 'serial', timeout: 120_000 });

test.beforeAll(async () => {
  test.setTimeout(900_000);
  work = mkdtempSync(join(tmpdir(), 'kw-parts-'));
  out = join(work, 'dist');
  generateArchive(join(work, 'content'), 8, 1);
  const env = {
    ...process.env,
    CONTENT_DIR: join(work, 'content'),
    BUILD_DATE: '2100-01-01',
    SEARCH_PART_EDITIONS: '3',
  };
  const build = spawnSync('npx', ['astro', 'build', '--outDir', out], { cwd: ROOT, env, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`${build.stdout}\n${build.stderr}`);
  manifest = JSON.parse(readFileSync(join(out, 'pagefind/parts.json'), 'utf8'));
  single = await buildSearchParts(out, {
    cacheDir: join(work, 'single-cache'),
    partEditions: 1000,
    outputPath: join(out, 'pagefind-single'),
  });
  // A plain static server: astro preview runs once per project, and the sample's is already up.
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', base).pathname);
    const file = join(out, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(out) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(PORT, '127.0.0.1', done));
});

test.afterAll(() => {
  server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** What one Pagefind bundle, searched on its own in the browser, returns: URLs with scores, and counts. */
async function searchBundle(page: Page, bundle: string, q: string, sort: boolean) {
  return page.evaluate(
    async ({ bundle, q, sort, options }) => {
      const pagefind = await import(bundle);
      await pagefind.options(options);
      // Pagefind counts filter values only once their files are loaded, as the search page does first.
      await pagefind.filters();
      const search = await pagefind.search(q, sort ? { sort: { date: 'desc' } } : {});
      const results: { url: string; score: number }[] = await Promise.all(
        search.results.map(async (r: { score: number; data(): Promise<{ url: string }> }) => ({
          // The page's links are compared by path: the highlight parameter is the page's business.
          url: new URL((await r.data()).url, location.href).pathname,
          score: r.score,
        })),
      );
      return { results, filters: search.filters as FilterCounts };
    },
    { bundle, q, sort, options: PAGEFIND_OPTIONS },
  );
}

/** The search page's whole result list for a query ("Show more" until it goes), and its filter options. */
async function searchPage(page: Page, q: string, sort: boolean) {
  await page.goto(`/search/?q=${encodeURIComponent(q)}${sort ? '&sort=date' : ''}`);
  await expect(page.getByRole('status')).toHaveText(/^(\d+ results?|No results) for/, { timeout: 30_000 });
  const more = page.getByRole('button', { name: 'Show more results' });
  while (await more.isVisible()) {
    const shown = await page.locator('#search-results > li').count();
    await more.click();
    await expect(page.locator('#search-results > li')).not.toHaveCount(shown);
  }
  const urls = await page
    .locator('#search-results h2 a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const options: Record<string, string[]> = {};
  for (const key of SEARCH_FILTERS)
    options[key] = (await page.locator(`select[name="${key}"] option`).allTextContents()).slice(1);
  return { urls, options };
}

test('the archive is cut into several parts, newest first, covering every item once', () => {
  expect(manifest.parts.length).toBeGreaterThanOrEqual(3);
  expect(manifest.parts.map((p) => p.from)).toEqual([...manifest.parts.map((p) => p.from)].sort().reverse());
  expect(single.parts).toHaveLength(1);
  expect(manifest.parts.reduce((sum, p) => sum + p.pages, 0)).toBe(single.parts[0].pages);
});

for (const q of QUERIES) {
  test(`"${q}": merged parts give the single index's pages, newest first, and its counts`, async ({ page }) => {
    const merged = await searchPage(page, q, true);
    await page.goto('/');
    const one = await searchBundle(page, `/pagefind-single/${single.parts[0].id}/pagefind.js`, q, true);
    expect(one.results.length).toBeGreaterThan(0);
    // The same pages, newest first: edition dates in the single index's order. Within one edition (a sort tie)
    // each index orders by its own relevance scores, which differ between a part and the whole.
    const dateOf = (url: string) => url.split('/')[2];
    expect([...merged.urls].sort()).toEqual(one.results.map((r) => r.url).sort());
    expect(merged.urls.map(dateOf)).toEqual(one.results.map((r) => dateOf(r.url)));
    for (const key of SEARCH_FILTERS)
      expect(merged.options[key], key).toEqual(filterOptions(key, one.filters[key] ?? {}, '').map((o) => o.label));
  });

  test(`"${q}": merged relevance has the single index's pages, ordered by each part's own scores`, async ({ page }) => {
    const merged = await searchPage(page, q, false);
    await page.goto('/');
    const one = await searchBundle(page, `/pagefind-single/${single.parts[0].id}/pagefind.js`, q, false);
    expect([...merged.urls].sort()).toEqual(one.results.map((r) => r.url).sort());
    const parts = [];
    for (const part of manifest.parts)
      parts.push(...(await searchBundle(page, `/pagefind/${part.id}/pagefind.js`, q, false)).results);
    // Stable: among equal scores the newer part, listed first, stays first.
    const rule = parts.sort((a, b) => b.score - a.score).map((r) => r.url);
    expect(merged.urls).toEqual(rule);
  });
}

test('no layout shift while the parts arrive and merge', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: number[] };
    w.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) w.shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/search/?q=kernel');
  await expect(page.getByRole('status')).toHaveText(/^\d+ results for “kernel”\.$/, { timeout: 30_000 });
  expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
});

test('a visit fetches the newest part only; the older parts come once the reader searches', async ({ page }) => {
  const fetched: string[] = [];
  page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
  const ofPart = (id: string) => fetched.filter((path) => path.startsWith(`/pagefind/${id}/`));
  const [newest, ...older] = manifest.parts;
  await page.goto('/search/');
  await expect(page.locator('#search-form')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(ofPart(newest.id).length).toBeGreaterThan(0);
  for (const part of older) expect(ofPart(part.id), part.id).toEqual([]);
  await page.getByRole('searchbox', { name: 'Search for' }).fill('kernel');
  await expect(page.getByRole('status')).toHaveText(/^\d+ results for “kernel”\.$/, { timeout: 30_000 });
  for (const part of older) expect(ofPart(part.id).length, part.id).toBeGreaterThan(0);
});
