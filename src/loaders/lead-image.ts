import type { ImageMetadata } from 'astro';
import { leadImage, type BodyImage } from '../lib/content-check/images.ts';

/**
 * An item's lead image, its body's first image (see `leadImage`), kept in the item's data by the loaders so
 * pages and feeds can show it without rendering the body: Open Graph's `og:image`, a feed entry's picture.
 *
 * The address is stored as `image()` of a content schema stores one (astro/dist/content/utils.js): with this
 * prefix the data store imports the file beside the item, and `getCollection()` hands back its ImageMetadata,
 * ready for `getImage()`.
 */
const IMAGE_IMPORT_PREFIX = '__ASTRO_IMAGE_';
const FIELD = 'leadImage';

/** An item's data with its lead image added, when its body has one. */
export function withLeadImage<T extends Record<string, unknown>>(data: T, body: string, mdx: boolean): T {
  const image = leadImage(body, mdx);
  if (!image) return data;
  // A path the way Vite imports it from the item: decoded, and relative even when written `x.png`.
  const path = decodeURI(image.url);
  const stored: BodyImage = {
    url: `${IMAGE_IMPORT_PREFIX}${path.startsWith('.') ? path : `./${path}`}`,
    alt: image.alt,
  };
  return { ...data, [FIELD]: stored };
}

/** The lead image of an item's data as `getCollection()` resolves it: the image file's metadata and alt text. */
export function leadImageOf(data: object): { src: ImageMetadata; alt: string } | undefined {
  if (!(FIELD in data)) return undefined;
  const { url, alt } = data[FIELD] as { url: ImageMetadata | string; alt: string };
  // A file the data store could not import stays a string; the content check names it first.
  return typeof url === 'string' ? undefined : { src: url, alt };
}
