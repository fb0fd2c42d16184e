import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { bodyOnly, splitFrontmatter } from '../lib/frontmatter.ts';
import { fileStamp } from '../lib/file-stamp-fs.ts';
import { BODY_PIPELINE_VERSION } from '../lib/markdown.ts';
import { placementOf } from '../lib/placement.ts';
import { findReferences, type BodyReference } from '../lib/references.ts';
import { withLeadImage } from './lead-image.ts';

/** Where the rendered HTML of a Markdown item is kept between builds. */
export const bodyFile = (bodiesDir: string, itemId: string) => join(bodiesDir, `${itemId}.html`);

/** What the loader keeps of each Markdown item between builds, beside the rendered bodies. */
export interface KnownItem {
  /** The file's modification time and size when it was last read: while they stay, the file is not read again. */
  stamp: string;
  /** The digest of the store entry made from that reading: a store not saved since (a killed build) differs. */
  digest: string;
  /** What the body links to (see src/lib/references.ts), so that the archive need not read the body. */
  references: BodyReference[];
}

const knownFile = (bodiesDir: string) => join(bodiesDir, 'items.json');

/** The loader's record of the Markdown items of the last build (empty when there is none). */
export function readKnownItems(bodiesDir: string): Map<string, KnownItem> {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(knownFile(bodiesDir), 'utf8')) as Record<string, KnownItem>));
  } catch {
    return new Map();
  }
}

function writeKnownItems(bodiesDir: string, known: Map<string, KnownItem>) {
  mkdirSync(bodiesDir, { recursive: true });
  writeFileSync(knownFile(bodiesDir), JSON.stringify(Object.fromEntries(known)));
}

/**
 * Loads the Markdown items (`<edition>/<section>/<slug>.md`) of the editions folder.
 *
 * Why not Astro's glob() loader: it keeps every rendered body in the content store, which Astro serialises
 * as one string and bundles into the build; at 20,000 items that store passes 700 MB and the build fails
 * or needs 10 GB. Here the store holds only each item's frontmatter; each body is rendered once, through
 * the site's Markdown pipeline (`renderMarkdown`: Sätteri, Shiki, our plugins), into an HTML file under
 * `bodiesDir`, which pages read. An item whose file has not changed since the last build (same digest)
 * is not rendered again, so a weekly build renders only the new edition; one whose modification time and
 * size are those of the last build is not even read (`items.json` beside the bodies, which also keeps what
 * each body links to for the archive).
 *
 * MDX items, which may use components, are loaded by glob() in their own collection.
 */
export function itemLoader(editionsDir: string, bodiesDir: string): Loader {
  return {
    name: 'kernel-weekly:items',
    async load(context) {
      const { store, watcher } = context;
      const root = fileURLToPath(context.config.root);
      const found = new Set<string>();
      const known = readKnownItems(bodiesDir);
      let rendered = 0;

      const sync = async (path: string) => {
        const placement = placementOf(relative(editionsDir, path));
        if (!placement) return;
        const { id } = placement;
        found.add(id);
        // A new pipeline renders every body again (see syncItem's digest).
        const stamp = `${BODY_PIPELINE_VERSION}:${fileStamp(path)}`;
        const last = known.get(id);
        if (last?.stamp === stamp && store.get(id)?.digest === last.digest && existsSync(bodyFile(bodiesDir, id)))
          return;
        const {
          digest,
          references,
          rendered: fresh,
        } = await syncItem(context, path, id, relative(root, path), bodiesDir);
        known.set(id, { stamp, digest, references });
        if (fresh) rendered++;
      };

      const files = listItemFiles(editionsDir);
      // A few renders in flight at once overlap file I/O with rendering.
      for (let i = 0; i < files.length; i += 8) await Promise.all(files.slice(i, i + 8).map(sync));
      for (const id of store.keys()) if (!found.has(id)) store.delete(id);
      for (const id of known.keys()) if (!found.has(id)) known.delete(id);
      writeKnownItems(bodiesDir, known);
      context.logger.info(`${files.length} Markdown items, ${rendered} rendered, ${files.length - rendered} unchanged`);

      watcher?.on('all', async (event, path) => {
        if (!path.startsWith(editionsDir) || !path.endsWith('.md')) return;
        const placement = placementOf(relative(editionsDir, path));
        if (!placement) return;
        if (event === 'unlink') {
          store.delete(placement.id);
          known.delete(placement.id);
        } else await sync(path);
        writeKnownItems(bodiesDir, known);
      });
    },
  };
}

/** The `.md` files two folders below the editions folder (`<edition>/<section>/<slug>.md`). */
function listItemFiles(editionsDir: string): string[] {
  if (!existsSync(editionsDir)) return [];
  const files: string[] = [];
  for (const edition of readdirSync(editionsDir, { withFileTypes: true })) {
    if (!edition.isDirectory()) continue;
    for (const section of readdirSync(join(editionsDir, edition.name), { withFileTypes: true })) {
      if (!section.isDirectory()) continue;
      const dir = join(editionsDir, edition.name, section.name);
      for (const file of readdirSync(dir)) if (file.endsWith('.md')) files.push(join(dir, file));
    }
  }
  return files;
}

/**
 * Validates and renders one item unless its text is unchanged (same digest as in the store); returns whether
 * it was rendered, the entry's digest, and what its body links to.
 */
async function syncItem(
  context: LoaderContext,
  path: string,
  id: string,
  filePath: string,
  bodiesDir: string,
): Promise<{ rendered: boolean; digest: string; references: BodyReference[] }> {
  const text = readFileSync(path, 'utf8');
  const { references } = findReferences(bodyOnly(text));
  // The path is part of the digest: the same text in another content folder (dev keeps one store for all)
  // is another entry, and Astro's store ignores a set() whose digest it already has. So is the pipeline's
  // version: a body rendered before a change of the pipeline (say, before it sanitised) is never reused.
  const digest = context.generateDigest(`${filePath}\n${BODY_PIPELINE_VERSION}\n${text}`);
  const html = bodyFile(bodiesDir, id);
  if (context.store.get(id)?.digest === digest && existsSync(html)) return { rendered: false, digest, references };
  const { frontmatter, body } = splitFrontmatter(text);
  const data = await context.parseData({ id, data: (frontmatter ?? {}) as Record<string, unknown>, filePath });
  const { html: rendered, metadata } = await context.renderMarkdown(body, { fileURL: pathToFileURL(path) });
  mkdirSync(dirname(html), { recursive: true });
  writeFileSync(html, rendered);
  // The images beside the item, as Astro's own Markdown loader registers them: Vite imports each, and
  // `render()` swaps the body's image markers for optimised <img> tags (see ItemBody.astro).
  const assetImports = (metadata?.localImagePaths as string[] | undefined) ?? [];
  context.store.set({ id, data: withLeadImage(data, body, false), digest, filePath, assetImports });
  return { rendered: true, digest, references };
}

/** The attribute Astro's Markdown pipeline leaves on a local image for the image service to fill in. */
export const IMAGE_MARKER = '__ASTRO_IMAGE_=';
