import { getCollection, type CollectionEntry } from 'astro:content';
import { assembleEdition, type EditionPage } from '../lib/edition.ts';
import { isEditionPublished, isItemPublished, type PublicationPolicy } from '../lib/publication.ts';
import type { Author, Edition, Item, Topic } from '../lib/types.ts';
import type { SectionId } from '../schemas/sections.ts';
import { BUILD_DATE } from '../settings.ts';

/**
 * The published archive, loaded once per build and shared by every page: the one place where publication
 * rules are applied, so no page, list, link or count can show a draft or a scheduled edition.
 */
export interface Archive {
  policy: PublicationPolicy;
  /** Published editions, newest first. */
  editions: Edition[];
  editionById: Map<string, Edition>;
  /** Published items, newest edition first. */
  items: Item[];
  itemById: Map<string, Item>;
  itemsByEdition: Map<string, Item[]>;
  /** Published items per topic id, per author id and per section, each newest first. */
  itemsByTopic: Map<string, Item[]>;
  itemsByAuthor: Map<string, Item[]>;
  itemsBySection: Map<SectionId, Item[]>;
  authors: Map<string, Author>;
  topics: Map<string, Topic>;
  /** The pages of a published edition, in reading order. */
  pagesOf(editionId: string): EditionPage[];
  /** The collection entry of a published item, for rendering its body. */
  entryOf(itemId: string): CollectionEntry<'items'>;
}

let archive: Promise<Archive> | undefined;

/** The archive of this build (memoised: collections are read and indexed once). */
export function getArchive(): Promise<Archive> {
  archive ??= loadArchive();
  return archive;
}

const idOf = (ref: { id: string } | undefined) => ref?.id;

async function loadArchive(): Promise<Archive> {
  const policy: PublicationPolicy = { buildDate: BUILD_DATE, showUnpublished: import.meta.env.SHOW_UNPUBLISHED === true };
  const [editionEntries, itemEntries, authorEntries, topicEntries] = await Promise.all([
    getCollection('editions'),
    getCollection('items'),
    getCollection('authors'),
    getCollection('topics'),
  ]);

  const editions = editionEntries
    .map(({ id, data }): Edition => ({
      id,
      summary: data.summary,
      draft: data.draft,
      editors: Object.fromEntries(Object.entries(data.editors).map(([section, ref]) => [section, idOf(ref)])),
    }))
    .filter((e) => isEditionPublished(e, policy))
    .sort((a, b) => b.id.localeCompare(a.id));
  const editionById = new Map(editions.map((e) => [e.id, e]));

  const entries = new Map<string, CollectionEntry<'items'>>();
  const items: Item[] = [];
  for (const entry of itemEntries) {
    const [edition, slug] = entry.id.split('/');
    const section = entry.filePath!.split('/').at(-2) as SectionId;
    const { data } = entry;
    const item: Item = {
      id: entry.id,
      edition,
      section,
      slug,
      title: data.title,
      kind: data.kind,
      author: idOf(data.author),
      topics: data.topics.map((t) => t.id),
      summary: data.summary,
      order: data.order,
      draft: data.draft,
    };
    if (!isItemPublished(item, editionById.get(edition), policy)) continue;
    items.push(item);
    entries.set(item.id, entry);
  }
  items.sort((a, b) => b.edition.localeCompare(a.edition) || a.id.localeCompare(b.id));

  const itemsByEdition = Map.groupBy(items, (item) => item.edition);
  const itemsByTopic = new Map<string, Item[]>();
  for (const item of items) {
    for (const topic of item.topics) {
      const list = itemsByTopic.get(topic);
      if (list) list.push(item);
      else itemsByTopic.set(topic, [item]);
    }
  }

  const pages = new Map<string, EditionPage[]>();
  return {
    policy,
    editions,
    editionById,
    items,
    itemById: new Map(items.map((i) => [i.id, i])),
    itemsByEdition,
    itemsByTopic,
    itemsByAuthor: Map.groupBy(items.filter((i) => i.author !== undefined), (i) => i.author!),
    itemsBySection: Map.groupBy(items, (i) => i.section),
    authors: new Map(authorEntries.map(({ data }) => [data.id, data])),
    topics: new Map(topicEntries.map(({ data }) => [data.id, { ...data, parent: idOf(data.parent) }])),
    pagesOf(editionId) {
      let list = pages.get(editionId);
      if (!list) {
        list = assembleEdition(editionById.get(editionId)!, itemsByEdition.get(editionId) ?? []);
        pages.set(editionId, list);
      }
      return list;
    },
    entryOf(itemId) {
      return entries.get(itemId)!;
    },
  };
}
