import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getArchive } from '../../../data/archive.ts';
import { FEEDS, feedOptions, ITEM_FEED_LIMIT, itemFeedEntry } from '../../../lib/feeds.ts';
import { SITE } from '../../../settings.ts';

/** One feed per topic of the kernel index: the items filed under it. */
export async function getStaticPaths() {
  const { topics } = await getArchive();
  return [...topics.keys()].map((topic) => ({ params: { topic } }));
}

export async function GET({ params }: APIContext) {
  const archive = await getArchive();
  const topic = archive.topics.get(params.topic!)!;
  const items = (archive.itemsByTopic.get(topic.id) ?? [])
    .slice(0, ITEM_FEED_LIMIT)
    .map((item) => itemFeedEntry(item, archive));
  return rss(feedOptions({ ...FEEDS.topic(SITE.title, topic), site: SITE.url, items }));
}
