import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import {
  PARTS_MANIFEST,
  partSize,
  SEARCH_INDEX_DIR,
  planParts,
  type PartsManifest,
  type SearchPart,
} from '../lib/search-parts.ts';

/** The pages that are indexed: only the permanent item pages, so every item is found once. */
export const INDEXED_PAGES = 'articles/**/index.html';

/** How Pagefind indexes: the article only (see ItemArticle.astro), code blocks left out. Part of every digest. */
const INDEX_CONFIG = { excludeSelectors: ['pre'], forceLanguage: 'en' };

/** Pagefind's version, also part of every digest: a new indexer rebuilds every part. */
const PAGEFIND_VERSION: string = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8'),
).version;

const UNUSED_FILES = ['ui', 'modular-ui', 'component-ui'].flatMap((ui) => [`pagefind-${ui}.js`, `pagefind-${ui}.css`]);

/** Kept at /pagefind/ itself: article pages load it when opened from a result (see ItemArticle.astro). */
const HIGHLIGHTER = 'pagefind-highlight.js';

/** The file of a bundle Pagefind's client starts from; a bundle indexed anew is a new file. */
const ENTRY = 'pagefind-entry.json';

/**
 * Builds the search index after every `astro build`, in parts (src/lib/search-parts.ts): one Pagefind bundle per
 * run of SEARCH_PART_EDITIONS editions, into `<outDir>/pagefind/<part>/`, with the manifest
 * `<outDir>/pagefind/parts.json`. Parts are indexed one after another, the indexer closed between them, so its
 * memory is bounded by a part. A part whose pages are byte for byte those of the last build is reused from the
 * build cache (`<cacheDir>/search-parts/`) instead of indexed again.
 *
 * Only item pages are read (a glob, so edition pages, big pages and lists are never even parsed) and within them
 * only the `data-pagefind-body` article; code blocks are left out, as their identifiers swell the index for
 * little gain (inline code stays). `astro dev` has no index of its own: see `./dev-search-index.ts`.
 */
export function searchIndex(): AstroIntegration {
  let cacheDir: string;
  return {
    name: 'kernel-weekly:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(new URL('search-parts/', config.cacheDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchParts(fileURLToPath(dir), {
          cacheDir,
          partEditions: partSize(process.env.SEARCH_PART_EDITIONS),
          logger,
        });
      },
    },
  };
}

interface PartsOptions {
  /** Where built parts and their digests are kept between builds. */
  cacheDir: string;
  /** Editions per part. */
  partEditions: number;
  /** Where the bundle goes: `pagefind` below the site unless given. */
  outputPath?: string;
  logger?: Pick<AstroIntegrationLogger, 'info'>;
}

/** The digests of the parts in the cache, by part id. */
type Digests = Record<string, { digest: string; pages: number }>;

/**
 * Indexes the item pages of a built site in parts, reusing unchanged parts from the cache, and writes the
 * parts and their manifest below `<site>/pagefind/`. Exported for the merged-equals-single test.
 */
export async function buildSearchParts(site: string, options: PartsOptions): Promise<PartsManifest> {
  const started = performance.now();
  const output = options.outputPath ?? join(site, SEARCH_INDEX_DIR);
  const digestsFile = join(options.cacheDir, 'digests.json');
  const cached: Digests = existsSync(digestsFile) ? JSON.parse(readFileSync(digestsFile, 'utf8')) : {};
  const current: Digests = {};
  const articles = join(site, 'articles');
  const editions = existsSync(articles) ? readdirSync(articles) : [];
  const plan = planParts(editions, options.partEditions);
  mkdirSync(options.cacheDir, { recursive: true });
  let indexed = 0;
  const parts: SearchPart[] = [];
  for (const part of plan) {
    const pages = part.editions.flatMap((edition) =>
      readdirSync(join(articles, edition))
        .map((slug) => `articles/${edition}/${slug}/index.html`)
        .filter((page) => existsSync(join(site, page))),
    );
    const digest = digestOf(site, pages);
    const bundle = join(options.cacheDir, part.id);
    if (cached[part.id]?.digest !== digest || !existsSync(bundle)) {
      // Forget the old part before touching it, so a build that stops half way never reuses half a part.
      delete cached[part.id];
      writeFileSync(digestsFile, JSON.stringify(cached));
      await indexPart(site, part.editions, bundle, pages.length);
      indexed += 1;
    }
    current[part.id] = { digest, pages: pages.length };
    cached[part.id] = current[part.id];
    writeFileSync(digestsFile, JSON.stringify(cached));
    // A part already linked from this very bundle (a build over an earlier output) stays as it is.
    if (!sameFile(join(bundle, ENTRY), join(output, part.id, ENTRY))) {
      rmSync(join(output, part.id), { recursive: true, force: true });
      linkTree(bundle, join(output, part.id));
    }
    parts.push({ id: part.id, from: part.editions[0], to: part.editions.at(-1)!, pages: pages.length });
  }
  // Parts of other cuts or of editions since removed would only grow the cache.
  for (const id of Object.keys(cached))
    if (!current[id]) rmSync(join(options.cacheDir, id), { recursive: true, force: true });
  writeFileSync(digestsFile, JSON.stringify(current));
  const manifest: PartsManifest = { parts };
  mkdirSync(output, { recursive: true });
  const kept = new Set([...parts.map((p) => p.id), PARTS_MANIFEST, HIGHLIGHTER]);
  for (const name of readdirSync(output)) if (!kept.has(name)) rmSync(join(output, name), { recursive: true });
  writeFileSync(join(output, PARTS_MANIFEST), JSON.stringify(manifest));
  if (parts.length) copyFileSync(join(output, parts[0].id, HIGHLIGHTER), join(output, HIGHLIGHTER));
  const total = parts.reduce((sum, p) => sum + p.pages, 0);
  options.logger?.info(
    `indexed ${total} item pages in ${Math.round(performance.now() - started)} ms ` +
      `(${parts.length} parts of up to ${options.partEditions} editions: ${indexed} indexed, ${parts.length - indexed} reused)`,
  );
  return manifest;
}

/** A digest of what Pagefind would read for a part: the index configuration and every page's path and bytes. */
function digestOf(site: string, pages: string[]): string {
  const hash = createHash('sha256').update(`${PAGEFIND_VERSION}\0${JSON.stringify(INDEX_CONFIG)}\0`);
  for (const page of [...pages].sort())
    hash
      .update(`${page}\0`)
      .update(readFileSync(join(site, page)))
      .update('\0');
  return hash.digest('hex');
}

/**
 * Indexes one part's item pages into a bundle of its own, then stops the indexer, which gives its memory back
 * before the next part starts.
 */
async function indexPart(site: string, editions: string[], bundle: string, expected: number) {
  rmSync(bundle, { recursive: true, force: true });
  try {
    const { index, errors } = await pagefind.createIndex(INDEX_CONFIG);
    if (!index) throw new Error(errors.join('\n'));
    const glob = `articles/{${editions.join(',')}}/*/index.html`;
    const added = await index.addDirectory({ path: site, glob });
    if (added.errors.length) throw new Error(added.errors.join('\n'));
    if (added.page_count !== expected)
      throw new Error(`search part ${editions[0]}: indexed ${added.page_count} pages, expected ${expected}`);
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length) throw new Error(written.errors.join('\n'));
    // Pagefind always writes its ready-made UIs too; the search page has its own, so they would be dead weight.
    for (const ui of UNUSED_FILES) rmSync(join(bundle, ui), { force: true });
    await index.deleteIndex();
  } finally {
    await pagefind.close();
  }
}

/** Whether two paths are one file (hard links of one another). */
function sameFile(a: string, b: string): boolean {
  const [x, y] = [statSync(a, { throwIfNoEntry: false }), statSync(b, { throwIfNoEntry: false })];
  return !!x && !!y && x.ino === y.ino && x.dev === y.dev;
}

/** Puts a copy of a folder in place by hard links (the cache and the output share a disk), else by copying. */
function linkTree(from: string, to: string) {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    else
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
  }
}
