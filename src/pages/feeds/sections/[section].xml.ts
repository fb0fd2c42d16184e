import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getArchive } from '../../../data/archive.ts';
import { itemFeedEntries } from '../../../data/item-feeds.ts';
import { FEEDS, feedOptions } from '../../../lib/feeds.ts';
import { SECTIONS, type SectionId } from '../../../schemas/sections.ts';
import { SITE } from '../../../settings.ts';

/** One feed per section (page) of the weekly edition, whether or not it has items yet. */
export function getStaticPaths() {
  return SECTIONS.map((s) => ({ params: { section: s.id } }));
}

export async function GET({ params }: APIContext) {
  const section = params.section as SectionId;
  const archive = await getArchive();
  const items = await itemFeedEntries(archive, archive.itemsBySection.get(section) ?? []);
  return rss(feedOptions({ ...FEEDS.section(SITE.title, section), site: SITE.url, items }));
}
