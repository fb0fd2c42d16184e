import rss from '@astrojs/rss';
import { getArchive } from '../../data/archive.ts';
import { FEEDS, feedOptions, ITEM_FEED_LIMIT, itemFeedEntry } from '../../lib/feeds.ts';
import { SITE } from '../../settings.ts';

/** The site's headlines: the newest published items. */
export async function GET() {
  const archive = await getArchive();
  const items = archive.items.slice(0, ITEM_FEED_LIMIT).map((item) => itemFeedEntry(item, archive));
  return rss(feedOptions({ ...FEEDS.headlines(SITE.title), site: SITE.url, items }));
}
