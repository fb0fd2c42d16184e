import type { RSSFeedItem } from '@astrojs/rss';
import type { Archive } from './archive.ts';
import { ITEM_FEED_LIMIT, itemFeedEntry } from '../lib/feeds.ts';
import type { Item } from '../lib/types.ts';
import { SITE } from '../settings.ts';

/** The entries of an item feed (headlines, section, topic): the newest items, each with its lead image. */
export function itemFeedEntries(archive: Archive, items: readonly Item[]): Promise<RSSFeedItem[]> {
  return Promise.all(
    items.slice(0, ITEM_FEED_LIMIT).map(async (item) => {
      const image = await archive.imageOf(item.id);
      return itemFeedEntry(item, archive, image && { image, site: SITE.url });
    }),
  );
}
