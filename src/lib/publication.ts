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
