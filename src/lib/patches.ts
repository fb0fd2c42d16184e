import { PATCH_CATEGORIES } from '../schemas/patch.ts';
import type { Patch } from './types.ts';

/** One category of "Patches and updates" and its entries. */
export interface PatchGroup {
  category: (typeof PATCH_CATEGORIES)[number];
  patches: Patch[];
}

/**
 * Groups an edition's patches under the fixed categories, in the fixed order; entries keep the order of
 * patches.yaml within their category, and categories without entries are left out.
 */
export function groupPatches(patches: readonly Patch[]): PatchGroup[] {
  const byCategory = Map.groupBy(patches, (p) => p.category);
  return PATCH_CATEGORIES.flatMap((category) => {
    const list = byCategory.get(category);
    return list ? [{ category, patches: list }] : [];
  });
}
