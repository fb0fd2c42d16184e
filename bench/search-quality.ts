/**
 * `npm run bench:search -- [--editions N] [--seed S] [--dist DIR --content DIR] [--no-sample]`
 *
 * How well and how fast search answers, through the search page in headless Chromium:
 * - quality: the judged query set (test/search-judgements.ts) over the sample and over a generated archive of
 *   N editions (default 10), with precision at 3 and mean reciprocal rank, and every query that misses;
 * - speed, over the generated archive: for a fixed list of queries (a common word, a kernel term, a rare
 *   word, an identifier, a version, a phrase), the time to first results after typing on a loaded page and from a cold
 *   load of `/search/?q=`, and what the page fetched for them;
 * - the size of the search index.
 * `--dist` and `--content` measure an archive already built (say the 1,000-edition build of `npm run bench`).
 * Builds of more than 50 editions go under the shared lock: `flock /work/bench.lock npm run bench:search ...`.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page, type Request } from '@playwright/test';
import {
  describeMiss,
  generatedJudgements,
  runJudgements,
  SAMPLE_JUDGEMENTS,
  type Judgement,
} from '../test/search-judgements.ts';
import { generateArchive, rng, vocabulary } from './generate.ts';
import { buildSite, serveStatic } from './site.ts';

const { values } = parseArgs({
  options: {
    editions: { type: 'string', default: '10' },
    seed: { type: 'string', default: '1' },
    dist: { type: 'string' },
    content: { type: 'string' },
    'no-sample': { type: 'boolean', default: false },
  },
});
const ROOT = resolve(import.meta.dirname, '..');
const editions = Number(values.editions);
const seed = Number(values.seed);

function indexSize(dist: string) {
  const dir = join(dist, 'pagefind');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile());
  const bytes = files.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
  return `${files.length} files, ${(bytes / 2 ** 20).toFixed(2)} MB`;
}

const browser: Browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});

/** Runs a judged set through the search page of a served site; prints the misses and the two measures. */
async function quality(label: string, url: string, judgements: Judgement[]) {
  const page = await browser.newPage();
  await page.goto(`${url}/search/`);
  const outcomes = await runJudgements(page, judgements);
  await page.close();
  const mean = (measure: (o: (typeof outcomes)[number]) => number) =>
    (outcomes.reduce((sum, o) => sum + measure(o), 0) / outcomes.length).toFixed(3);
  const misses = outcomes.filter((o) => !o.verdict.pass);
  console.log(
    `${label}: ${outcomes.length} queries (${judgements.filter((j) => !j.relevant.length).length} must find nothing), ` +
      `${outcomes.length - misses.length} pass; precision at 3 ${mean((o) => o.verdict.precisionAt3)}, ` +
      `MRR ${mean((o) => o.verdict.reciprocalRank)}`,
  );
  for (const miss of misses) console.log(`  miss: ${describeMiss(miss)}`);
}

/** What a page had fetched when the first result showed (`act` returns then), and how long that took. */
async function timed(act: (page: Page) => Promise<number>) {
  const page = await browser.newPage();
  const finished: Request[] = [];
  page.on('requestfinished', (request) => finished.push(request));
  const ms = await act(page);
  // The older parts go on loading after the first results: they are not what the first results cost.
  const before = [...finished];
  const bytes = (await Promise.all(before.map((r) => r.sizes()))).reduce((sum, s) => sum + s.responseBodySize, 0);
  await page.close();
  return { ms, kb: bytes / 1024, requests: before.length };
}

const firstResult = (page: Page) => page.locator('#search-results li').first().waitFor({ timeout: 60_000 });

/** Cold load of a results URL, and typing the query on a loaded page (its 200 ms debounce included). */
async function speed(url: string, queries: [string, string][]) {
  console.log('\n| query | kind | typing: first results | fetched | cold load: first results | fetched |');
  console.log('|---|---|---|---|---|---|');
  for (const [kind, query] of queries) {
    const typing = await timed(async (page) => {
      await page.goto(`${url}/search/`);
      await page.locator('#search-form:not([hidden])').waitFor();
      await page.waitForLoadState('networkidle');
      const start = await page.evaluate(() => performance.now());
      await page.getByRole('searchbox', { name: 'Search for' }).fill(query);
      await firstResult(page);
      return (await page.evaluate(() => performance.now())) - start;
    });
    const cold = await timed(async (page) => {
      await page.goto(`${url}/search/?q=${encodeURIComponent(query)}`);
      await firstResult(page);
      return page.evaluate(() => performance.now());
    });
    const row = (m: { ms: number; kb: number; requests: number }) =>
      `${Math.round(m.ms)} ms | ${m.kb.toFixed(0)} KB in ${m.requests} requests`;
    console.log(`| \`${query}\` | ${kind} | ${row(typing)} | ${row(cold)} |`);
  }
}

if (!values['no-sample']) {
  const dist = join(ROOT, 'bench/archive/sample-dist');
  console.error('building the sample...');
  buildSite(join(ROOT, 'content'), dist);
  const { server, url } = await serveStatic(dist);
  await quality('sample', url, SAMPLE_JUDGEMENTS);
  server.close();
}

const content = resolve(values.content ?? join(ROOT, 'bench/archive', `e${editions}-s${seed}`));
const dist = resolve(values.dist ?? `${content}-dist`);
if (!values.dist) {
  generateArchive(content, editions, seed);
  console.error(`building ${content}...`);
  buildSite(content, dist);
}
console.log(`\ngenerated archive ${content}: search index ${indexSize(dist)}`);
const { server, url } = await serveStatic(dist);
const judgements = generatedJudgements(content);
await quality('generated', url, judgements);
const identifier = judgements.find((j) => j.query.includes('_'))?.query ?? 'sched_page_lock';
const version = judgements.find((j) => /^\d+\.\d+/.test(j.query))?.query ?? '2.6.20';
await speed(url, [
  ['common word', 'kernel'],
  ['kernel term', 'scheduler'],
  ['rare word', vocabulary(rng(seed))[20_000]],
  ['identifier', identifier],
  ['version', version],
  ['phrase', '"this concerns"'],
]);
server.close();
await browser.close();
