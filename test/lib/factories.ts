import type { Edition, Item } from '../../src/lib/types.ts';

/** Builds a test item; only what a test cares about needs to be given. */
export function item(id: string, overrides: Partial<Item> = {}): Item {
  const [edition, slug] = id.split('/');
  return {
    id,
    edition,
    slug,
    section: 'kernel',
    title: slug,
    kind: 'feature',
    topics: [],
    summary: 's',
    draft: false,
    releaseStatus: false,
    ...overrides,
  };
}

export function edition(id: string, overrides: Partial<Edition> = {}): Edition {
  return { id, draft: false, editors: {}, ...overrides };
}
