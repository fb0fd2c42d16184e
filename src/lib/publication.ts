import type { Edition, Item } from './types.ts';

/**
 * Publication rules. In a production build an edition is public when it is not a draft and its date is
 * not after the build date; an item when it is not a draft and its edition is public. `npm run dev`
 * shows everything, so editors can preview drafts and scheduled editions.
 */
export interface PublicationPolicy {
  /** YYYY-MM-DD: editions dated after this day are scheduled, not published. */
  buildDate: string;
  /** When true (dev), drafts and scheduled editions are shown too. */
  showUnpublished: boolean;
}

export function isEditionPublished(edition: Edition, policy: PublicationPolicy): boolean {
  return policy.showUnpublished || (!edition.draft && edition.id <= policy.buildDate);
}

export function isItemPublished(item: Item, edition: Edition | undefined, policy: PublicationPolicy): boolean {
  if (!edition) return false;
  return policy.showUnpublished || (!item.draft && isEditionPublished(edition, policy));
}

/** Why a preview marks an edition or item that a production build would hold back. */
export type UnpublishedMark = { kind: 'draft' } | { kind: 'scheduled'; date: string };

/** The mark of an item (or, without one, of its edition) under the production rules; none when published. */
export function unpublishedMark(
  edition: Edition,
  item: Item | undefined,
  buildDate: string,
): UnpublishedMark | undefined {
  if (item?.draft || edition.draft) return { kind: 'draft' };
  if (edition.id > buildDate) return { kind: 'scheduled', date: edition.id };
  return undefined;
}

/** What a production build published and held back. */
export interface PublicationSummary {
  editions: number;
  items: number;
  /** Draft editions, and draft items of published editions (an item of a held-back edition goes with it). */
  drafts: string[];
  /** Editions dated after the build date that are not drafts. */
  scheduled: string[];
}

export function summarizePublication(editions: Edition[], items: Item[], buildDate: string): PublicationSummary {
  const policy = { buildDate, showUnpublished: false };
  const byId = new Map(editions.map((e) => [e.id, e]));
  const published = editions.filter((e) => isEditionPublished(e, policy));
  const sorted = (ids: string[]) => ids.sort((a, b) => a.localeCompare(b));
  return {
    editions: published.length,
    items: items.filter((i) => isItemPublished(i, byId.get(i.edition), policy)).length,
    drafts: sorted([
      ...editions.filter((e) => e.draft).map((e) => e.id),
      ...items.filter((i) => i.draft && published.includes(byId.get(i.edition)!)).map((i) => i.id),
    ]),
    scheduled: sorted(editions.filter((e) => !e.draft && e.id > buildDate).map((e) => e.id)),
  };
}

/** Ids are listed when there are at most this many of a kind. */
const LISTED_IDS = 5;

/** The one line a build ends with: `published 4 editions and 24 items; held back 1 draft (…) and 0 scheduled`. */
export function formatPublicationSummary(s: PublicationSummary): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const ids = (list: string[]) => (list.length > 0 && list.length <= LISTED_IDS ? ` (${list.join(', ')})` : '');
  return (
    `published ${count(s.editions, 'edition', 'editions')} and ${count(s.items, 'item', 'items')}; ` +
    `held back ${count(s.drafts.length, 'draft', 'drafts')}${ids(s.drafts)} and ${s.scheduled.length} scheduled${ids(s.scheduled)}`
  );
}

const SUMMARY = Symbol.for('kernel-weekly:publication-summary');

/** Hands the summary from the archive the pages load to `scripts/build.ts`, which runs Astro in its process. */
export function recordPublicationSummary(summary: PublicationSummary): void {
  (globalThis as Record<symbol, unknown>)[SUMMARY] = summary;
}

export function recordedPublicationSummary(): PublicationSummary | undefined {
  return (globalThis as Record<symbol, unknown>)[SUMMARY] as PublicationSummary | undefined;
}
