import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { editionCacheKeys } from '../lib/cache-keys.ts';
import { assembleEdition, type EditionPage } from '../lib/edition.ts';
import { isEditionPublished, isItemPublished, type PublicationPolicy } from '../lib/publication.ts';
import type { Author, Edition, Item, Patch, Quote, Topic } from '../lib/types.ts';
import { bodyOnly } from '../lib/frontmatter.ts';
import { findReferences, type BodyReference } from '../lib/references.ts';
import { normalizeReleases, statusAsOf, versionsIn, type Release } from '../lib/releases.ts';
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
  /** Astro's incremental-build key of an edition's pages and its items' pages (see src/lib/cache-keys.ts). */
  cacheKeyOf(editionId: string): string;
  /** The collection entry of a published item: Markdown items are rendered from BODIES_DIR, MDX by Astro. */
  entryOf(itemId: string): ItemEntry;
  /** Quotes of the week of published editions, newest edition first, in file order within an edition. */
  quotes: Quote[];
  quotesByEdition: Map<string, Quote[]>;
  /** "Patches and updates" of published editions, in file order. */
  patchesByEdition: Map<string, Patch[]>;
  /** Every kernel release, in version order. */
  releases: Release[];
  /**
   * Published items that mention a release, newest first: a release-status brief that shows it, an item
   * naming it in its title or summary, or a cross-reference to it in a body.
   */
  mentionsOf(version: string): Item[];
}

/** An item's entry in the Markdown (`items`) or the MDX (`mdxItems`) collection. */
export type ItemEntry = CollectionEntry<'items'> | CollectionEntry<'mdxItems'>;

let archive: Promise<Archive> | undefined;

/**
 * The archive of this build, read and indexed once. Under `astro dev` it is read anew for every call, so an
 * edited file shows on the next page load.
 */
export function getArchive(): Promise<Archive> {
  if (import.meta.env.SHOW_UNPUBLISHED) return loadArchive();
  archive ??= loadArchive();
  return archive;
}

const idOf = (ref: { id: string } | undefined) => ref?.id;

async function loadArchive(): Promise<Archive> {
  const policy: PublicationPolicy = {
    buildDate: BUILD_DATE,
    showUnpublished: import.meta.env.SHOW_UNPUBLISHED === true,
  };
  const [editionEntries, itemEntries, authorEntries, topicEntries, quoteEntries, patchEntries, releaseEntries] =
    await Promise.all([
      getCollection('editions'),
      Promise.all([getCollection('items'), getCollection('mdxItems')]).then(([md, mdx]) => [...md, ...mdx]),
      getCollection('authors'),
      getCollection('topics'),
      getCollection('quotes'),
      getCollection('patches'),
      getCollection('releases'),
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

  const entries = new Map<string, ItemEntry>();
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
      releaseStatus: data.releaseStatus,
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

  // Loader ids are `<edition>/<n>`: sorting by edition, then n, keeps file order within an edition.
  const position = (id: string) => Number(id.split('/')[1]);
  const quotes = quoteEntries
    .filter((q) => editionById.has(q.data.edition.id))
    .sort((a, b) => b.data.edition.id.localeCompare(a.data.edition.id) || position(a.id) - position(b.id))
    .map(({ id, data }): Quote => ({ ...data, id, edition: data.edition.id }));
  const quotesByEdition = Map.groupBy(quotes, (q) => q.edition);
  const patchesByEdition = new Map<string, Patch[]>();
  for (const { data } of patchEntries.sort((a, b) => position(a.id) - position(b.id))) {
    const { edition, ...patch } = data;
    if (!editionById.has(edition.id)) continue;
    const list = patchesByEdition.get(edition.id) ?? [];
    list.push(patch);
    patchesByEdition.set(edition.id, list);
  }
  // A kernel page shows quotes and patches even in a week without kernel items.
  const withKernelExtras = new Set([...quotesByEdition.keys(), ...patchesByEdition.keys()]);

  const releases = normalizeReleases(releaseEntries.map((r) => r.data));
  // Each body is read once, for what it links to: release mentions and the titles its links show.
  const references = new Map(
    items.map((item) => [
      item.id,
      findReferences(bodyOnly(readFileSync(entries.get(item.id)!.filePath!, 'utf8'))).references,
    ]),
  );
  const mentions = releaseMentions(items, references, releases);
  const itemById = new Map(items.map((i) => [i.id, i]));

  const people = JSON.stringify([authorEntries.map((a) => a.data), topicEntries.map((t) => t.data)]);
  const cacheKeys = editionCacheKeys(
    editions.map((edition) => {
      const own = itemsByEdition.get(edition.id) ?? [];
      const bodies = own.map((item) => [
        item,
        entries.get(item.id)!.digest ?? JSON.stringify(entries.get(item.id)!.data),
      ]);
      const extras = [quotesByEdition.get(edition.id), patchesByEdition.get(edition.id)];
      // A link shows its target's title, whichever edition the target is in.
      const linkedTitles = own.flatMap((item) =>
        references
          .get(item.id)!
          .filter((r) => r.kind === 'item')
          .map((r) => itemById.get(r.id)?.title),
      );
      return { id: edition.id, content: JSON.stringify([edition, bodies, extras, linkedTitles]) };
    }),
    people,
    releases,
  );

  const pages = new Map<string, EditionPage[]>();
  return {
    cacheKeyOf(editionId) {
      return cacheKeys.get(editionId)!;
    },
    policy,
    editions,
    editionById,
    items,
    itemById,
    itemsByEdition,
    itemsByTopic,
    itemsByAuthor: Map.groupBy(
      items.filter((i) => i.author !== undefined),
      (i) => i.author!,
    ),
    itemsBySection: Map.groupBy(items, (i) => i.section),
    authors: new Map(authorEntries.map(({ data }) => [data.id, data])),
    topics: new Map(topicEntries.map(({ data }) => [data.id, { ...data, parent: idOf(data.parent) }])),
    pagesOf(editionId) {
      let list = pages.get(editionId);
      if (!list) {
        list = assembleEdition(
          editionById.get(editionId)!,
          itemsByEdition.get(editionId) ?? [],
          withKernelExtras.has(editionId) ? ['kernel'] : [],
        );
        pages.set(editionId, list);
      }
      return list;
    },
    entryOf(itemId) {
      return entries.get(itemId)!;
    },
    quotes,
    quotesByEdition,
    patchesByEdition,
    releases,
    mentionsOf(version) {
      return mentions.get(version) ?? [];
    },
  };
}

/** Which published items mention each release (see `Archive.mentionsOf`), from their titles, summaries, status and links. */
function releaseMentions(
  items: Item[],
  references: Map<string, BodyReference[]>,
  releases: Release[],
): Map<string, Item[]> {
  const known = new Set(releases.map((r) => r.version));
  const mentions = new Map<string, Item[]>();
  for (const item of items) {
    const versions = new Set(versionsIn(`${item.title} ${item.summary}`, known));
    if (item.releaseStatus) {
      const { mainline, stable } = statusAsOf(releases, item.edition);
      for (const release of [mainline, stable]) if (release) versions.add(release.version);
    }
    for (const ref of references.get(item.id)!) if (ref.kind === 'release') versions.add(ref.id);
    for (const version of versions) {
      const list = mentions.get(version) ?? [];
      list.push(item);
      mentions.set(version, list);
    }
  }
  return mentions;
}
