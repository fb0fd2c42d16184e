import rss from '@astrojs/rss';
import { getArchive } from '../../data/archive.ts';
import { EDITION_FEED_LIMIT, editionFeedEntry, FEEDS, feedOptions } from '../../lib/feeds.ts';
import { SITE } from '../../settings.ts';

/** The weekly editions: one entry per edition, with its contents. */
export async function GET() {
  const archive = await getArchive();
  const items = archive.editions
    .slice(0, EDITION_FEED_LIMIT)
    .map((edition) => editionFeedEntry(edition, archive.pagesOf(edition.id), SITE.url));
  return rss(feedOptions({ ...FEEDS.editions(SITE.title), site: SITE.url, items }));
}
