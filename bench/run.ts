/**
 * `npm run bench -- --editions N [--seed S]`
 *
 * Generates (or reuses) a synthetic archive of N editions, builds it from cold with `astro build`, and
 * prints one table: items, pages, wall time of the build and of search indexing, peak RSS of the whole
 * build process tree, output size and file count, search index size, and median/maximum page weight (HTML +
 * linked CSS + JS, gzip) per page type. Then a rebuild with nothing changed (so that, as on a live site, an
 * output and the one before it exist), and the weekly case: one more edition added to the built archive and
 * built again with the caches of the first build. Results also go to bench/results/<date>-e<N>.json.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { addDays } from '../src/lib/dates.ts';
import { generateArchive } from './generate.ts';
import { filesUnder, gzipBytes, medianMax, runMeasured, type RunCost } from './measure.ts';

const { values } = parseArgs({ options: { editions: { type: 'string' }, seed: { type: 'string', default: '1' } } });
const editions = Number(values.editions);
const seed = Number(values.seed);
if (!Number.isInteger(editions) || editions < 1) {
  console.error('usage: npm run bench -- --editions N [--seed S]');
  process.exit(2);
}

const ROOT = resolve(import.meta.dirname, '..');
const archive = join(ROOT, 'bench/archive', `e${editions}-s${seed}`);
const outDir = join(ROOT, 'bench/dist');
const FIRST_EDITION = '1998-01-22';
const weeklyEdition = addDays(FIRST_EDITION, editions * 7);

// A weekly run left over from an interrupted benchmark would make this archive one edition too long.
rmSync(join(archive, 'editions', weeklyEdition), { recursive: true, force: true });
const generated = performance.now();
const written = generateArchive(archive, editions, seed);
console.error(
  `archive ${archive}: ${written} edition(s) generated in ${((performance.now() - generated) / 1000).toFixed(1)} s`,
);

const env = { ...process.env, CONTENT_DIR: archive, BUILD_DATE: '2100-01-01', NODE_ENV: 'production' };

const results = join(ROOT, 'bench/results');
mkdirSync(results, { recursive: true });
const runName = `${new Date().toISOString().slice(0, 10)}-e${editions}`;

/**
 * Runs `npm run build` (astro build, staged) on the archive and fails loudly if it fails. Its log (Astro's
 * timed phases: the profile) goes to bench/results/<date>-e<N>-<label>.log.
 */
async function build(label: string): Promise<RunCost> {
  console.error(`${label}: building...`);
  const cost = await runMeasured('npx', ['node', 'scripts/build.ts', '--outDir', outDir], env);
  writeFileSync(join(results, `${runName}-${label.replace(/\W+/g, '-')}.log`), cost.output);
  if (cost.status !== 0) {
    console.error(cost.output.slice(-4000));
    throw new Error(`${label}: astro build failed (exit ${cost.status})`);
  }
  return cost;
}

/** Seconds the search indexing took, as the search integration reports it. */
function indexingSeconds(output: string): number {
  const match = /indexed \d+ item pages in ([\d.]+) (ms|s)\b/.exec(output);
  return match ? Number(match[1]) / (match[2] === 'ms' ? 1000 : 1) : NaN;
}

const PAGE_TYPES: [string, RegExp][] = [
  ['article', /^articles\/.+\/index\.html$/],
  ['edition front page', /^editions\/\d{4}-\d{2}-\d{2}\/index\.html$/],
  ['big page', /^editions\/[^/]+\/all\/index\.html$/],
  ['edition page', /^editions\/[^/]+\/[a-z]+\/index\.html$/],
  ['topic', /^topics\/.+\/index\.html$/],
  ['author', /^authors\/.+\/index\.html$/],
  ['home', /^index\.html$/],
  ['archive', /^editions\/index\.html$/],
  ['search', /^search\/index\.html$/],
];

/** Median and maximum page weight per page type: gzip of the HTML plus the CSS and JS it links. */
function pageWeights(html: string[]) {
  const assetCache = new Map<string, number>();
  const asset = (href: string) => {
    if (!assetCache.has(href)) assetCache.set(href, existsSync(join(outDir, href)) ? gzipBytes(join(outDir, href)) : 0);
    return assetCache.get(href)!;
  };
  const typeOf = (page: string) => PAGE_TYPES.find(([, pattern]) => pattern.test(page))?.[0] ?? 'other';
  return [...PAGE_TYPES.map(([type]) => type), 'other'].map((type) => {
    const pages = html.filter((p) => typeOf(p) === type);
    // An even sample of at most 400 pages keeps this fast at 20,000 articles.
    const step = Math.max(1, Math.floor(pages.length / 400));
    const weights = pages
      .filter((_, i) => i % step === 0)
      .map((page) => {
        const text = readFileSync(join(outDir, page), 'utf8');
        const linked = [...text.matchAll(/<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"/g)].map(
          (m) => m[1],
        );
        return (
          gzipBytes(join(outDir, page)) +
          linked.filter((href) => href.startsWith('/')).reduce((sum, href) => sum + asset(href), 0)
        );
      });
    return { type, pages: pages.length, ...medianMax(weights) };
  });
}

function outputFigures() {
  const files = filesUnder(outDir);
  const html = files.filter((f) => f.path.endsWith('.html')).map((f) => f.path);
  const index = files.filter((f) => f.path.startsWith('pagefind/'));
  return {
    pages: html.length,
    outputMB: files.reduce((s, f) => s + f.bytes, 0) / 2 ** 20,
    outputFiles: files.length,
    indexMB: index.reduce((s, f) => s + f.bytes, 0) / 2 ** 20,
    indexFiles: index.length,
    weights: pageWeights(html),
  };
}

// Cold build: no output (nor the one kept for the next build) and no Astro cache for this archive.
rmSync(outDir, { recursive: true, force: true });
rmSync(`${outDir}.previous`, { recursive: true, force: true });
rmSync(join(ROOT, 'node_modules/.astro'), { recursive: true, force: true });
const check = await runMeasured('npx', ['node', 'scripts/check-content.ts'], env);
const items = Number(/(\d+) items/.exec(check.output)?.[1] ?? NaN);
const full = await build('full build');
const fullFigures = outputFigures();

// A live site has its output and the one before it (the weekly build starts from that, see
// docs/publishing.md): a rebuild with nothing changed makes the second, as the week before would have.
const rebuild = await build('rebuild, nothing changed');

// The weekly case: one more edition, built with the caches and outputs of the builds before.
generateArchive(archive, editions + 1, seed);
const weekly = await build('weekly build');
const weeklyFigures = outputFigures();
rmSync(join(archive, 'editions', weeklyEdition), { recursive: true, force: true });

const mb = (n: number) => `${n.toFixed(0)} MB`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const rows: [string, string, string][] = [
  ['editions / items', `${editions} / ${items}`, `${editions + 1}`],
  ['pages (HTML files)', `${fullFigures.pages}`, `${weeklyFigures.pages}`],
  ['content check', `${check.wallSeconds.toFixed(1)} s`, ''],
  [
    'astro build, wall (incl. check and indexing)',
    `${full.wallSeconds.toFixed(1)} s`,
    `${weekly.wallSeconds.toFixed(1)} s`,
  ],
  [
    'search indexing, wall',
    `${indexingSeconds(full.output).toFixed(1)} s`,
    `${indexingSeconds(weekly.output).toFixed(1)} s`,
  ],
  ['peak RSS, whole process tree', mb(full.peakRssMB), mb(weekly.peakRssMB)],
  ['  of which Pagefind (its own peak)', mb(full.peakPagefindMB), mb(weekly.peakPagefindMB)],
  ['  the rest (Astro, Node; its own peak)', mb(full.peakOthersMB), mb(weekly.peakOthersMB)],
  [
    'output size / files',
    `${mb(fullFigures.outputMB)} / ${fullFigures.outputFiles}`,
    `${mb(weeklyFigures.outputMB)} / ${weeklyFigures.outputFiles}`,
  ],
  [
    'search index size / files',
    `${mb(fullFigures.indexMB)} / ${fullFigures.indexFiles}`,
    `${mb(weeklyFigures.indexMB)} / ${weeklyFigures.indexFiles}`,
  ],
  ...fullFigures.weights
    .filter((w) => w.pages > 0)
    .map((w): [string, string, string] => [
      `page weight, ${w.type} (${w.pages}), median / max gzip`,
      `${kb(w.median)} / ${kb(w.max)}`,
      '',
    ]),
];
rows.splice(4, 0, [
  'rebuild, nothing changed, no earlier output yet: wall / peak RSS',
  '',
  `${rebuild.wallSeconds.toFixed(1)} s / ${mb(rebuild.peakRssMB)}`,
]);
const width = Math.max(...rows.map((r) => r[0].length));
console.log(`\n| ${'measure'.padEnd(width)} | full build | weekly (+1 edition) |`);
console.log(`|${'-'.repeat(width + 2)}|------------|---------------------|`);
for (const [name, a, b] of rows) console.log(`| ${name.padEnd(width)} | ${a} | ${b} |`);

const file = join(results, `${runName}.json`);
writeFileSync(
  file,
  JSON.stringify(
    {
      editions,
      seed,
      items,
      check: check.wallSeconds,
      full: { ...full, output: undefined, indexingSeconds: indexingSeconds(full.output), ...fullFigures },
      rebuild: { ...rebuild, output: undefined },
      weekly: { ...weekly, output: undefined, indexingSeconds: indexingSeconds(weekly.output), ...weeklyFigures },
    },
    null,
    2,
  ),
);
console.log(`\nwritten to ${file}`);
