import type { EditionDigestInput } from './cache-keys.ts';
import type { Edition, Item, Patch, Quote } from './types.ts';

/** What one edition's pages and its items' pages show, as the archive holds it. */
export interface EditionShown {
  edition: Edition;
  /** Its published items, each with a digest of its file (frontmatter and body). */
  items: readonly { item: Item; digest: string }[];
  quotes?: readonly Quote[];
  patches?: readonly Patch[];
}

/**
 * The input of an edition's cache key (see cache-keys.ts): everything its pages show, and the titles of the
 * items its bodies link to (`linksOf`), since a link shows its target's title whichever edition the target
 * is in.
 */
export function editionDigestInput(
  { edition, items, quotes, patches }: EditionShown,
  linksOf: (item: Item) => readonly { kind: string; id: string }[],
  titleOf: (itemId: string) => string | undefined,
): EditionDigestInput {
  const bodies = items.map(({ item, digest }) => [item, digest]);
  const linkedTitles = items.flatMap(({ item }) =>
    linksOf(item)
      .filter((link) => link.kind === 'item')
      .map((link) => titleOf(link.id)),
  );
  return { id: edition.id, content: JSON.stringify([edition, bodies, [quotes, patches], linkedTitles]) };
}
