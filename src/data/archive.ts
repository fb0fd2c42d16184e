import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { getImage } from 'astro:assets';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { editionDigestInput } from '../lib/cache-key-inputs.ts';
import { editionCacheKeys } from '../lib/cache-keys.ts';
import { assembleEdition, type EditionPage } from '../lib/edition.ts';
import {
  isEditionPublished,
  isItemPublished,
  recordPublicationSummary,
  summarizePublication,
  type PublicationPolicy,
} from '../lib/publication.ts';
import type { Author, Edition, Item, ItemImage, Patch, Quote, Topic } from '../lib/types.ts';
import { bodyOnly } from '../lib/frontmatter.ts';
import { isSectionId, placementOf } from '../lib/placement.ts';
import { htmlBodyText, mdxBodyText, type BodyText } from '../lib/search-text.ts';
import { findReferences, type BodyReference } from '../lib/references.ts';
import { normalizeReleases, releaseMentions, type Release } from '../lib/releases.ts';
import type { SectionId } from '../schemas/sections.ts';
import { bodyFile, IMAGE_MARKER, readKnownItems } from '../loaders/item-loader.ts';
import { leadImageOf } from '../loaders/lead-image.ts';
import { BODIES_DIR, BUILD_DATE, EDITIONS_DIR } from '../settings.ts';

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
  /** The body of a published item. */
  bodyOf(itemId: string): Promise<ItemBody>;
  /**
   * An item's lead image (its body's first image, see src/loaders/lead-image.ts) as the image service made
   * it, for link previews and feeds: a site path, alt text and size. Undefined for an item without one.
   */
  imageOf(itemId: string): Promise<ItemImage | undefined>;
  /** An item's text for the search index's kernel tokens: a Markdown body's rendered HTML, an MDX body's source. */
  bodyTextOf(itemId: string): BodyText;
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
type ItemEntry = CollectionEntry<'items'> | CollectionEntry<'mdxItems'>;

/** An item's body: Markdown as the HTML the item loader rendered once, MDX as the component Astro compiled. */
export type ItemBody = { html: string } | { Content: Awaited<ReturnType<typeof render>>['Content'] };

/** What the archive keeps of a published item's file: its entry, the links of its body, its digest. */
interface ItemFile {
  entry: ItemEntry;
  links: BodyReference[];
  digest: string;
}

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

/** `map.get(key)`, for a key the archive itself handed out: a miss is a bug, named in the error. */
function known<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`no published ${what} "${String(key)}" in the archive`);
  return value;
}

/** Groups items under each of their keys (an item may have several, or none). */
function indexBy<K>(items: readonly Item[], keysOf: (item: Item) => readonly K[]): Map<K, Item[]> {
  const index = new Map<K, Item[]>();
  for (const item of items)
    for (const key of keysOf(item)) {
      const list = index.get(key);
      if (list) list.push(item);
      else index.set(key, [item]);
    }
  return index;
}

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

  const allEditions = editionEntries.map(({ id, data }): Edition => ({
    id,
    summary: data.summary,
    draft: data.draft,
    editors: Object.fromEntries(Object.entries(data.editors).map(([section, ref]) => [section, idOf(ref)])),
  }));
  const editions = allEditions.filter((e) => isEditionPublished(e, policy)).sort((a, b) => b.id.localeCompare(a.id));
  const editionById = new Map(editions.map((e) => [e.id, e]));

  const knownItems = readKnownItems(BODIES_DIR);
  const files = new Map<string, ItemFile>();
  const items: Item[] = [];
  const allItems: Item[] = [];
  for (const entry of itemEntries) {
    const { filePath = '' } = entry;
    const placement = placementOf(relative(EDITIONS_DIR, resolve(filePath)));
    // The content check runs first and refuses a file filed anywhere else.
    if (!placement || !isSectionId(placement.section))
      throw new Error(`${filePath}: expected an item filed as editions/<date>/<section>/<slug>.md[x]`);
    const { edition, section, slug } = placement;
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
    allItems.push(item);
    if (!isItemPublished(item, editionById.get(edition), policy)) continue;
    items.push(item);
    // What each body links to (release mentions, the titles its links show): the item loader keeps it for
    // Markdown items, so an unchanged body is not read again; MDX bodies are read here.
    const links =
      knownItems.get(item.id)?.references ?? findReferences(bodyOnly(readFileSync(filePath, 'utf8'))).references;
    files.set(item.id, { entry, links, digest: String(entry.digest ?? JSON.stringify(entry.data)) });
  }
  items.sort((a, b) => b.edition.localeCompare(a.edition) || a.id.localeCompare(b.id));
  // What the build publishes and holds back, for its closing line (scripts/build.ts).
  if (!policy.showUnpublished) recordPublicationSummary(summarizePublication(allEditions, allItems, BUILD_DATE));
  const linksOf = (item: Item) => known(files, item.id, 'item').links;

  const itemsByEdition = Map.groupBy(items, (item) => item.edition);

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
  const mentions = releaseMentions(items, linksOf, releases);
  const itemById = new Map(items.map((i) => [i.id, i]));

  const people = JSON.stringify([authorEntries.map((a) => a.data), topicEntries.map((t) => t.data)]);
  const cacheKeys = editionCacheKeys(
    editions.map((edition) =>
      editionDigestInput(
        {
          edition,
          items: (itemsByEdition.get(edition.id) ?? []).map((item) => ({
            item,
            digest: known(files, item.id, 'item').digest,
          })),
          quotes: quotesByEdition.get(edition.id),
          patches: patchesByEdition.get(edition.id),
        },
        linksOf,
        (id) => itemById.get(id)?.title,
      ),
    ),
    people,
    releases,
  );

  const pages = new Map<string, EditionPage[]>();
  return {
    cacheKeyOf(editionId) {
      return known(cacheKeys, editionId, 'edition');
    },
    policy,
    editions,
    editionById,
    items,
    itemById,
    itemsByEdition,
    itemsByTopic: indexBy(items, (i) => i.topics),
    itemsByAuthor: indexBy(items, (i) => (i.author === undefined ? [] : [i.author])),
    itemsBySection: Map.groupBy(items, (i) => i.section),
    authors: new Map(authorEntries.map(({ data }) => [data.id, data])),
    topics: new Map(topicEntries.map(({ data }) => [data.id, { ...data, parent: idOf(data.parent) }])),
    pagesOf(editionId) {
      let list = pages.get(editionId);
      if (!list) {
        list = assembleEdition(
          known(editionById, editionId, 'edition'),
          itemsByEdition.get(editionId) ?? [],
          withKernelExtras.has(editionId) ? ['kernel'] : [],
        );
        pages.set(editionId, list);
      }
      return list;
    },
    async bodyOf(itemId) {
      const { entry } = known(files, itemId, 'item');
      if (entry.collection === 'mdxItems') return { Content: (await render(entry)).Content };
      const html = readFileSync(bodyFile(BODIES_DIR, entry.id), 'utf8');
      if (!html.includes(IMAGE_MARKER)) return { html };
      // Images leave Astro's markers in the HTML: render() resolves them through the image service, as for
      // Astro's own Markdown entries (the item loader registered the images as the entry's assets).
      // The loader stores them as the entry's `assetImports`, which the collection's entry type does not name.
      const imagePaths = 'assetImports' in entry && Array.isArray(entry.assetImports) ? entry.assetImports : [];
      return { Content: (await render({ ...entry, rendered: { html, metadata: { imagePaths } } })).Content };
    },
    async imageOf(itemId) {
      const lead = leadImageOf(known(files, itemId, 'item').entry.data);
      if (!lead) return undefined;
      // As the body shows it: the same file, WebP from a raster image, an SVG passed through as it is.
      const image = await getImage({ src: lead.src });
      return {
        src: image.src,
        alt: lead.alt,
        width: Number(image.attributes.width),
        height: Number(image.attributes.height),
      };
    },
    bodyTextOf(itemId) {
      const { entry } = known(files, itemId, 'item');
      return entry.collection === 'items'
        ? htmlBodyText(readFileSync(bodyFile(BODIES_DIR, entry.id), 'utf8'))
        : mdxBodyText(bodyOnly(readFileSync(entry.filePath ?? '', 'utf8')));
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
