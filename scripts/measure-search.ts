/**
 * Measures search on a built site served by `astro preview`: the size of dist/pagefind/, then, in headless
 * Chromium, the bytes a first search fetches and the time until its first results show. Figures for reports,
 * never for tests.
 *
 *   npx node scripts/measure-search.ts http://127.0.0.1:4321 workqueues [dist]
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const [base = 'http://127.0.0.1:4321', query = 'kernel', dist = 'dist'] = process.argv.slice(2);

const files = readdirSync(join(dist, 'pagefind'), { recursive: true, encoding: 'utf8' }).filter((f) =>
  statSync(join(dist, 'pagefind', f)).isFile(),
);
const bytes = (list: string[]) => list.reduce((sum, f) => sum + statSync(join(dist, 'pagefind', f)).size, 0);
const indexFiles = files.filter((f) => /\.pf_|pagefind-entry/.test(f));
console.log(
  `bundle: ${files.length} files, ${bytes(files)} bytes; index alone (entry, meta, index, filter, fragment): ${indexFiles.length} files, ${bytes(indexFiles)} bytes`,
);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/**
 * Opens the search page, runs `act`, waits for a result, and sums what was fetched until then (the older parts
 * of the index, merged after the first results, are counted apart).
 */
async function measure(label: string, act: (page: import('@playwright/test').Page) => Promise<number>) {
  const page = await browser.newPage();
  const finished: Promise<{ url: string; size: number }>[] = [];
  page.on('requestfinished', (request) =>
    finished.push(request.sizes().then((s) => ({ url: request.url().replace(base, ''), size: s.responseBodySize }))),
  );
  const ms = await act(page);
  const fetched = await Promise.all(finished);
  const pagefind = fetched.filter((f) => f.url.startsWith('/pagefind/'));
  const sum = (list: typeof fetched) => list.reduce((s, f) => s + f.size, 0);
  console.log(`\n${label}: first results after ${ms.toFixed(0)} ms`);
  console.log(
    `  fetched until then: ${fetched.length} requests, ${kb(sum(fetched))}; Pagefind files: ${pagefind.length}, ${kb(sum(pagefind))}`,
  );
  for (const f of pagefind) console.log(`    ${f.size.toString().padStart(8)}  ${f.url}`);
  await page.locator('#search-status', { hasText: /^(\d+ results?|No results) / }).waitFor({ timeout: 120_000 });
  const later = (await Promise.all(finished)).slice(fetched.length);
  console.log(`  then, merging the older parts: ${later.length} requests, ${kb(sum(later))}`);
  await page.close();
}

await measure(`cold load of /search/?q=${query}`, async (page) => {
  await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`);
  await page.locator('#search-results li').first().waitFor();
  return page.evaluate(() => performance.now());
});

await measure(`typing "${query}" once the page has loaded (includes the 200 ms debounce)`, async (page) => {
  await page.goto(`${base}/search/`);
  await page.locator('#search-form:not([hidden])').waitFor();
  const start = await page.evaluate(() => performance.now());
  await page.locator('#search-q').fill(query);
  await page.locator('#search-results li').first().waitFor();
  return (await page.evaluate(() => performance.now())) - start;
});

await browser.close();
