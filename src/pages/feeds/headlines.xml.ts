import rss from '@astrojs/rss';
import { getArchive } from '../../data/archive.ts';
import { itemFeedEntries } from '../../data/item-feeds.ts';
import { FEEDS, feedOptions } from '../../lib/feeds.ts';
import { SITE } from '../../settings.ts';

/** The site's headlines: the newest published items. */
export async function GET() {
  const archive = await getArchive();
  const items = await itemFeedEntries(archive, archive.items);
  return rss(feedOptions({ ...FEEDS.headlines(SITE.title), site: SITE.url, items }));
}
