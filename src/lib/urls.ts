import type { SectionId } from '../schemas/sections.ts';
import { formatLongDate } from './dates.ts';

/**
 * Every URL and anchor of the site is built here, so routes, links, feeds and cross-references agree
 * (references.ts reads links back with patterns derived from these builders).
 */

/**
 * A site path (`/articles/…/`, `/_astro/x.webp`) as an absolute URL on the public address `site`, for whatever
 * is read away from the site: canonical links, Open Graph, feeds, robots.txt. An absolute URL stays as it is.
 */
export const absoluteUrl = (path: string, site: string) => new URL(path, site).href;

/** The home page: the latest edition. */
export const homeUrl = '/';

export const editionUrl = (edition: string) => `/editions/${edition}/`;

/** The title of an edition, wherever it is named or linked: "Weekly edition for March 27, 2008". */
export const editionTitle = (edition: string) => `Weekly edition for ${formatLongDate(edition)}`;

/** A page of an edition; the front page is the edition's own URL. */
export const pageUrl = (edition: string, section: SectionId) =>
  section === 'front' ? editionUrl(edition) : `/editions/${edition}/${section}/`;

/** The whole edition on one page. */
export const bigPageUrl = (edition: string) => `/editions/${edition}/all/`;

/** The permanent page of an item (`<edition>/<slug>`). */
export const itemUrl = (itemId: string) => `/articles/${itemId}/`;

/** An item's place on its edition page or the big page. */
export const itemAnchor = (itemId: string) => `item-${itemId.split('/')[1]}`;

/**
 * An author's page, or one year of their articles. Without a year: the newest year, at the author's own URL
 * (lists are paged by year, see src/lib/year-pages.ts).
 */
export const authorUrl = (author: string, year?: number) =>
  year === undefined ? `/authors/${author}/` : `/authors/${author}/${year}/`;

/** A topic's page, or one year of its articles; without a year, the newest year (as `authorUrl`). */
export const topicUrl = (topic: string, year?: number) =>
  year === undefined ? `/topics/${topic}/` : `/topics/${topic}/${year}/`;

export const releasesUrl = '/kernel/releases/';

/** A release's row on the releases page. */
export const releaseAnchor = (version: string) => `v${version}`;

export const releaseUrl = (version: string) => `${releasesUrl}#${releaseAnchor(version)}`;

/** The feeds (RSS 2.0); the feeds page is /feeds/. */
export const headlinesFeedUrl = '/feeds/headlines.xml';
export const editionsFeedUrl = '/feeds/editions.xml';
export const sectionFeedUrl = (section: SectionId) => `/feeds/sections/${section}.xml`;
export const topicFeedUrl = (topic: string) => `/feeds/topics/${topic}.xml`;

/** The editions index: every edition, by year (named `archiveUrl` for now; "archive" is the loaded content). */
export const archiveUrl = '/editions/';
export const kernelIndexUrl = '/kernel/index/';
export const feedsUrl = '/feeds/';
export const searchUrl = '/search/';
/** A file of the search index (Pagefind's bundles), which the build writes below /pagefind/. */
export const searchIndexUrl = (file: string) => `/pagefind/${file}`;
export const authorsUrl = '/authors/';

/** The quotes of the week on an edition's kernel page. */
export const quotesOfTheWeekAnchor = 'quotes-of-the-week';
export const quotesOfTheWeekUrl = (edition: string) => `${pageUrl(edition, 'kernel')}#${quotesOfTheWeekAnchor}`;

/** The place of a quote (`<edition>/<n>`) on the quotes page. */
export const quoteAnchor = (quoteId: string) => `quote-${quoteId.replace('/', '-')}`;

/** The quotes of the week of one year, or (no year) the quotes index: years and speakers. */
export const quotesUrl = (year?: number) => (year === undefined ? '/quotes/' : `/quotes/${year}/`);

/** The place of one quote (`<edition>/<n>`) on its year's quotes page. */
export const quoteUrl = (quoteId: string) => `${quotesUrl(Number(quoteId.slice(0, 4)))}#${quoteAnchor(quoteId)}`;
