import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import {
  authorSchema,
  editionSchema,
  itemSchema,
  patchSchema,
  quoteSchema,
  releaseSchema,
  topicSchema,
} from './schemas/index.ts';
import { parseYaml } from './lib/content-text.ts';
import { bodyOnly, splitFrontmatter } from './lib/frontmatter.ts';
import { placementOf } from './lib/placement.ts';
import { editionListLoader } from './loaders/edition-lists.ts';
import { itemLoader } from './loaders/item-loader.ts';
import { mayBeEmpty } from './loaders/may-be-empty.ts';
import { readAsChecked } from './loaders/read-as-checked.ts';
import { withLeadImage } from './loaders/lead-image.ts';
import { BODIES_DIR, CONTENT_DIR, EDITIONS_DIR } from './settings.ts';

/**
 * The content collections, read from the top-level `content/` folder (or CONTENT_DIR). The schemas live in
 * `src/schemas/`; `src/integrations/content-check.ts` checks what Astro does not (references, placement).
 */
const editionsBase = pathToFileURL(`${EDITIONS_DIR}/`);
const contentFile = (name: string) => join(CONTENT_DIR, name);

// glob() finds the files (and compiles MDX); their YAML is read as the content check reads it (see the wrapper).
const yamlData = (text: string) => (parseYaml(text) ?? {}) as Record<string, unknown>;
const frontmatterOf = (text: string) => (splitFrontmatter(text).frontmatter ?? {}) as Record<string, unknown>;

const editions = defineCollection({
  loader: readAsChecked(
    glob({ pattern: '*/edition.yaml', base: editionsBase, generateId: ({ entry }) => entry.split('/')[0] }),
    yamlData,
  ),
  schema: editionSchema(reference),
});

// Items in Markdown: frontmatter in the store, bodies rendered once into BODIES_DIR (see the loader).
const items = defineCollection({
  loader: itemLoader(EDITIONS_DIR, BODIES_DIR),
  schema: itemSchema(reference),
});

// Items in MDX, which may use components: Astro compiles each into a module.
const mdxItems = defineCollection({
  loader: mayBeEmpty(
    readAsChecked(
      glob({
        pattern: '*/*/*.mdx',
        base: editionsBase,
        // The content check reports files outside this pattern, so the fallback never names a page.
        generateId: ({ entry }) => placementOf(entry)?.id ?? entry,
        retainBody: false,
      }),
      frontmatterOf,
      (data, text) => withLeadImage(data, bodyOnly(text), true),
    ),
  ),
  schema: itemSchema(reference),
});

// YAML files are read with the core schema, as the content check reads them: dates stay strings for the
// schemas to judge (2008-02-30 is refused, never turned into March 1).
const yamlList = (text: string) => parseYaml(text) as Record<string, unknown>[];
const authors = defineCollection({
  loader: file(contentFile('authors.yaml'), { parser: yamlList }),
  schema: authorSchema,
});

const topics = defineCollection({
  loader: file(contentFile('topics.yaml'), { parser: yamlList }),
  schema: topicSchema(reference),
});

const releases = defineCollection({
  // Keyed by version, so a release's id is its version.
  loader: file(contentFile('releases.yaml'), {
    parser: (text) => Object.fromEntries((yamlList(text) as { version: string }[]).map((r) => [r.version, r])),
  }),
  schema: releaseSchema,
});

const editionRef = z.object({ edition: reference('editions') });

const quotes = defineCollection({
  loader: mayBeEmpty(editionListLoader(EDITIONS_DIR, 'quotes.yaml')),
  schema: quoteSchema.extend(editionRef.shape),
});

const patches = defineCollection({
  loader: mayBeEmpty(editionListLoader(EDITIONS_DIR, 'patches.yaml')),
  schema: patchSchema.extend(editionRef.shape),
});

export const collections = { editions, items, mdxItems, authors, topics, releases, quotes, patches };
