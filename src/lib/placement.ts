import { SECTION_IDS, type SectionId } from '../schemas/sections.ts';

/** Where an item is filed: `<edition>/<section>/<slug>.md[x]`, relative to the editions folder. */
export interface Placement {
  id: string;
  edition: string;
  section: string;
  slug: string;
}

const ITEM_PATH = /^([^/]+)\/([^/]+)\/([^/]+)\.mdx?$/;

/**
 * Reads an item's edition, section and slug from its path relative to the editions folder.
 * Returns undefined for a path that is not `<edition>/<section>/<slug>.md[x]`.
 */
export function placementOf(relativePath: string): Placement | undefined {
  const match = ITEM_PATH.exec(relativePath.replaceAll('\\', '/'));
  if (!match) return undefined;
  const [, edition, section, slug] = match;
  return { id: `${edition}/${slug}`, edition, section, slug };
}

/** True when a folder name is one of the edition's sections. */
export function isSectionId(name: string): name is SectionId {
  return (SECTION_IDS as readonly string[]).includes(name);
}
