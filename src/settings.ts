import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { today } from './lib/dates.ts';

/**
 * Site-wide settings, read once. Each can be overridden from the environment, so a build of another
 * archive (the benchmark's) or another host needs no code change.
 */
export const SITE = {
  title: 'Kernel Weekly',
  description: 'A weekly of Linux kernel development news: release status, feature articles, quotes and patches.',
  /** The public address of the site; absolute links in feeds, sitemap and canonical tags use it. */
  url: process.env.SITE_URL ?? 'https://kernel-weekly.example.org',
};

/** The content folder: `content/`, or the folder named by CONTENT_DIR. */
export const CONTENT_DIR = resolve(process.env.CONTENT_DIR ?? 'content');

/** The editions folder of the content folder: one folder per edition. */
export const EDITIONS_DIR = join(CONTENT_DIR, 'editions');

/** The day the build publishes up to (YYYY-MM-DD): today, or BUILD_DATE for reproducible builds and tests. */
export const BUILD_DATE = process.env.BUILD_DATE ?? today();

/**
 * Astro's build cache (content store included), one per content folder: a store filled from one archive
 * must never serve entries of another.
 */
export const CACHE_DIR = `./node_modules/.astro/${createHash('sha256').update(CONTENT_DIR).digest('hex').slice(0, 12)}/`;

/** The rendered HTML of Markdown item bodies, kept with the build cache (see src/loaders/item-loader.ts). */
export const BODIES_DIR = resolve(CACHE_DIR, 'item-bodies');

/** What the content check found in each unchanged file (items, edition.yaml, quotes, patches), shared by `npm run check` and the build's check (see src/lib/content-check/fact-cache.ts). */
export const CONTENT_CHECK_CACHE = resolve(CACHE_DIR, 'content-check.json');

/**
 * The public-inbox archive `npm run import:patches` links messages to, by Message-ID
 * (`<base><message-id>`); PATCH_ARCHIVE_URL for another archive.
 */
export const PATCH_ARCHIVE_URL = process.env.PATCH_ARCHIVE_URL ?? 'https://lore.kernel.org/r/';
