import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getArchive } from '../../../data/archive.ts';
import { FEEDS, feedOptions, ITEM_FEED_LIMIT, itemFeedEntry } from '../../../lib/feeds.ts';
import { SECTIONS, type SectionId } from '../../../schemas/sections.ts';
import { SITE } from '../../../settings.ts';

/** One feed per section (page) of the weekly edition, whether or not it has items yet. */
export function getStaticPaths() {
  return SECTIONS.map((s) => ({ params: { section: s.id } }));
}

export async function GET({ params }: APIContext) {
  const section = params.section as SectionId;
  const archive = await getArchive();
  const items = (archive.itemsBySection.get(section) ?? [])
    .slice(0, ITEM_FEED_LIMIT)
    .map((item) => itemFeedEntry(item, archive));
  return rss(feedOptions({ ...FEEDS.section(SITE.title, section), site: SITE.url, items }));
}
