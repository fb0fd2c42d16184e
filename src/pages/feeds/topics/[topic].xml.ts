import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getArchive } from '../../../data/archive.ts';
import { itemFeedEntries } from '../../../data/item-feeds.ts';
import { FEEDS, feedOptions } from '../../../lib/feeds.ts';
import { SITE } from '../../../settings.ts';

/** One feed per topic of the kernel index: the items filed under it. */
export async function getStaticPaths() {
  const { topics } = await getArchive();
  return [...topics.keys()].map((topic) => ({ params: { topic } }));
}

export async function GET({ params }: APIContext) {
  const archive = await getArchive();
  const topic = archive.topics.get(params.topic!)!;
  const items = await itemFeedEntries(archive, archive.itemsByTopic.get(topic.id) ?? []);
  return rss(feedOptions({ ...FEEDS.topic(SITE.title, topic), site: SITE.url, items }));
}
