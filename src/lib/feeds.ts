import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import type { EditionPage } from './edition.ts';
import { toDate } from './dates.ts';
import type { Author, Item, ItemImage, Topic } from './types.ts';
import {
  absoluteUrl,
  editionsFeedUrl,
  editionTitle,
  editionUrl,
  headlinesFeedUrl,
  itemUrl,
  sectionFeedUrl,
  topicFeedUrl,
} from './urls.ts';
import { sectionTitle, type SectionId } from '../schemas/sections.ts';

/**
 * Feeds are RSS 2.0 built by @astrojs/rss. Entries carry an item's summary (and its lead image), never its
 * body: a feed route then renders no Markdown at all, which keeps feed builds cheap at any archive size, and
 * the summary is what the tables of contents already show. Readers follow the link for the article.
 */

/** Entries in an item feed (headlines, section, topic): the newest ones. */
export const ITEM_FEED_LIMIT = 50;
/** Entries in the editions feed: about the last five months of editions. */
export const EDITION_FEED_LIMIT = 20;

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML or XML markup (element content and quoted attributes). */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** Escapes text for an XML text node: only &, < and >. */
export function escapeXmlText(text: string): string {
  return text.replace(/[&<>]/g, (c) => HTML_ESCAPES[c]);
}

/** What an item entry needs to know besides the item: names of authors and topics. */
export interface FeedLookups {
  authors: ReadonlyMap<string, Author>;
  topics: ReadonlyMap<string, Topic>;
}

/**
 * The feed entry of an item: its title, permanent link (also its guid), edition date, summary, topics and
 * author, and its lead image above the summary when it has one, at an absolute URL on `site` (feed readers
 * resolve relative addresses unreliably).
 */
export function itemFeedEntry(
  item: Item,
  { authors, topics }: FeedLookups,
  image?: { image: ItemImage; site: string },
): RSSFeedItem {
  const author = item.author ? authors.get(item.author) : undefined;
  // Feed readers read a description as HTML: plain text is escaped once here, once more as XML.
  const summary = escapeMarkup(item.summary);
  return {
    title: item.title,
    link: itemUrl(item.id),
    pubDate: toDate(item.edition),
    description: image ? `${imageMarkup(image.image, image.site)}<p>${summary}</p>` : summary,
    categories: item.topics.map((id) => topics.get(id)?.name ?? id),
    // Raw XML that @astrojs/rss re-parses and escapes again: only what XML requires is escaped here, so a
    // name like O'Brien does not come out as O&#39;Brien.
    customData: author && `<dc:creator>${escapeXmlText(author.name)}</dc:creator>`,
  };
}

/** An image as HTML in a feed entry, its address absolute. */
function imageMarkup({ src, alt, width, height }: ItemImage, site: string): string {
  return `<p><img src="${escapeMarkup(absoluteUrl(src, site))}" alt="${escapeMarkup(alt)}" width="${width}" height="${height}"></p>`;
}

/**
 * The feed entry of a weekly edition: its link, date and, as HTML, its summary and contents page by page,
 * each item linked with an absolute URL (feed readers resolve relative links unreliably).
 */
export function editionFeedEntry(
  edition: { id: string; summary?: string },
  pages: readonly EditionPage[],
  site: string,
): RSSFeedItem {
  const abs = (path: string) => escapeMarkup(absoluteUrl(path, site));
  const contents = pages
    .filter((page) => page.items.length > 0)
    .map(
      (page) =>
        `<h2>${escapeMarkup(page.title)}</h2><ul>${page.items
          .map(
            (item) =>
              `<li><a href="${abs(itemUrl(item.id))}">${escapeMarkup(item.title)}</a>: ${escapeMarkup(item.summary)}</li>`,
          )
          .join('')}</ul>`,
    )
    .join('');
  return {
    title: editionTitle(edition.id),
    link: editionUrl(edition.id),
    pubDate: toDate(edition.id),
    description: `${edition.summary ? `<p>${escapeMarkup(edition.summary)}</p>` : ''}${contents}`,
  };
}

/** The options of one feed: channel title and description, absolute links, and the feed's own address (atom:link rel=self). */
export function feedOptions(feed: FeedInfo & { site: string; items: RSSFeedItem[] }): RSSOptions {
  return {
    title: feed.title,
    description: feed.description,
    site: feed.site,
    items: feed.items,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<language>en</language><atom:link href="${escapeMarkup(absoluteUrl(feed.path, feed.site))}" rel="self" type="application/rss+xml"/>`,
  };
}

/** A feed as the feeds page, `<head>` links and the feed itself name it. */
export interface FeedInfo {
  path: string;
  title: string;
  description: string;
}

/** Every feed of the site, by kind; `siteTitle` prefixes each title so a feed reader's list stays clear. */
export const FEEDS = {
  headlines: (siteTitle: string): FeedInfo => ({
    path: headlinesFeedUrl,
    title: `${siteTitle}: headlines`,
    description: `The newest ${ITEM_FEED_LIMIT} articles and brief items, newest first.`,
  }),
  editions: (siteTitle: string): FeedInfo => ({
    path: editionsFeedUrl,
    title: `${siteTitle}: weekly editions`,
    description: `One entry per weekly edition with its contents, the last ${EDITION_FEED_LIMIT} editions.`,
  }),
  section: (siteTitle: string, section: SectionId): FeedInfo => ({
    path: sectionFeedUrl(section),
    title: `${siteTitle}: ${sectionTitle(section)}`,
    description: `The newest ${ITEM_FEED_LIMIT} items of the ${sectionTitle(section)} page of each edition.`,
  }),
  topic: (siteTitle: string, topic: Topic): FeedInfo => ({
    path: topicFeedUrl(topic.id),
    title: `${siteTitle}: ${topic.name}`,
    description: `The newest ${ITEM_FEED_LIMIT} articles in the kernel index under ${topic.name}.`,
  }),
};
