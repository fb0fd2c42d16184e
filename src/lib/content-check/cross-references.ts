import { referenceProblem, type Availability, type TargetIndex, type TargetKind } from '../references.ts';
import type { PublicationPolicy } from '../publication.ts';
import { didYouMean, nearest, type Report } from './problems.ts';
import type { CheckedItem } from './items.ts';
import type { SharedData } from './shared-files.ts';

/** An edition as the cross-reference check sees it: its draft flag, or undefined when its edition.yaml is missing or invalid. */
export type EditionState = { draft: boolean } | undefined;

/** An item with the edition it is filed in. */
export type FiledItem = CheckedItem & { edition: string };

/**
 * Resolves the cross-references of every body that will be published against what is published with it.
 * A published item's links are judged as of the build date; a scheduled edition's as of its own date, so a
 * link that would dangle on publication day (to a draft, or to an edition scheduled after it) fails now.
 * Drafts are not judged (they may point anywhere), except under dev, where everything is shown.
 */
export function checkCrossReferences(
  editions: ReadonlyMap<string, EditionState>,
  items: readonly FiledItem[],
  shared: SharedData,
  policy: PublicationPolicy,
  report: Report,
): void {
  const targetsAsOf = new Map<string, TargetIndex>();
  const targets = (asOf: string) => {
    let index = targetsAsOf.get(asOf);
    if (!index) targetsAsOf.set(asOf, (index = targetIndex(editions, items, shared, policy, asOf)));
    return index;
  };
  const suggestion = (kind: TargetKind, id: string): string => {
    if (kind !== 'item') return didYouMean(id, candidates(kind));
    // Items are suggested from the same edition, by slug: the shared date would make any two ids look alike.
    const [edition, slug = ''] = id.split('/');
    const found = nearest(
      slug,
      items.filter((i) => i.edition === edition).map((i) => i.id.slice(edition.length + 1)),
    );
    return found === undefined ? '' : `; did you mean "${edition}/${found}"?`;
  };
  const candidates = (kind: Exclude<TargetKind, 'item'>): Iterable<string> => {
    switch (kind) {
      case 'edition':
        return editions.keys();
      case 'topic':
        return shared.topics;
      case 'release':
        return shared.releaseIds;
      case 'author':
        return shared.authors;
    }
  };

  for (const item of items) {
    const edition = editions.get(item.edition);
    if (!policy.showUnpublished && (!edition || edition.draft || item.draft)) continue;
    const index = targets(item.edition > policy.buildDate ? item.edition : policy.buildDate);
    for (const m of item.malformed) report(item.file, `line ${m.line}`, m.message);
    for (const ref of item.references) {
      const problem = referenceProblem(ref, index);
      if (!problem) continue;
      // An id that exists but is not published needs no suggestion; an unknown one may be a typo.
      const exists =
        ref.kind === 'item' ? index.items.has(ref.id) : ref.kind === 'edition' && index.editions.has(ref.id);
      report(item.file, `line ${ref.line}`, exists ? problem : `${problem}${suggestion(ref.kind, ref.id)}`);
    }
  }
}

/** What can be linked to from a body published on `asOf`. */
function targetIndex(
  editions: ReadonlyMap<string, EditionState>,
  items: readonly FiledItem[],
  shared: SharedData,
  policy: PublicationPolicy,
  asOf: string,
): TargetIndex {
  const editionAvailability = new Map<string, Availability>();
  for (const [date, edition] of editions)
    editionAvailability.set(
      date,
      !edition
        ? 'its edition.yaml is missing or invalid'
        : policy.showUnpublished ||
            (edition.draft
              ? 'a draft edition'
              : date <= asOf ||
                (asOf === policy.buildDate
                  ? `scheduled for ${date}`
                  : `scheduled for ${date}, after this edition of ${asOf}`)),
    );
  const itemAvailability = new Map<string, Availability>();
  for (const item of items) {
    const edition = editionAvailability.get(item.edition) ?? 'its edition.yaml is missing or invalid';
    itemAvailability.set(item.id, edition !== true ? edition : !item.draft || policy.showUnpublished || 'a draft');
  }
  return {
    items: itemAvailability,
    editions: editionAvailability,
    topics: shared.topics,
    releases: shared.releaseIds,
    authors: shared.authors,
  };
}
