import type { z } from 'astro/zod';
import type {
  authorSchema,
  editionSchema,
  itemSchema,
  patchSchema,
  quoteSchema,
  topicSchema,
} from '../schemas/index.ts';
import type { SectionId } from '../schemas/sections.ts';

/**
 * The domain model the pages are built from: plain data, independent of how content is loaded. Each type
 * is its schema's output with links as plain ids (what `idRef` yields); only what the files' places give
 * (ids, edition, section) is written here.
 */

export type Edition = z.output<ReturnType<typeof editionSchema<string>>> & {
  /** The edition's date, YYYY-MM-DD; also its id and folder name. */
  id: string;
};

export type Item = Omit<z.output<ReturnType<typeof itemSchema<string>>>, 'edition' | 'section'> & {
  /** `<edition>/<slug>`. */
  id: string;
  edition: string;
  section: SectionId;
  slug: string;
};

/** An item's lead image (its body's first image) as the image service made it: `src` is a site path. */
export interface ItemImage {
  src: string;
  alt: string;
  width: number;
  height: number;
}

export type Author = z.output<typeof authorSchema>;

export type Topic = z.output<ReturnType<typeof topicSchema<string>>>;

/** A quote of the week, from an edition's quotes.yaml. */
export type Quote = z.output<typeof quoteSchema> & {
  /** `<edition>/<n>`, n counting from 1 in file order. */
  id: string;
  edition: string;
};

/** An entry of an edition's "Patches and updates" list (patches.yaml). */
export type Patch = z.output<typeof patchSchema>;
