import { sectionTitle, type ItemKind } from '../schemas/sections.ts';
import { yearOf } from './dates.ts';
import type { BodyText } from './search-text.ts';
import { tokenMeta, type TokenField } from './search-tokens.ts';
import type { Item } from './types.ts';

/**
 * What the search index knows about an item besides its text: the values readers filter by, the sort key and
 * the metadata a result shows. Derived here, rendered into the item's permanent page as Pagefind attributes.
 */

/** The filters of the search page, in the order it shows them. */
export const SEARCH_FILTERS = ['section', 'kind', 'author', 'topic', 'year'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** The sort keys every indexed page carries (Pagefind leaves pages without one out of sorted results). */
export const SEARCH_SORTS = ['date'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** How a kind is named in filters. */
export const KIND_LABELS: Record<ItemKind, string> = { feature: 'Feature', brief: 'Brief item' };

export interface SearchRecord {
  /** Filter values are what readers see: section titles, author and topic names. */
  filters: Record<SearchFilter, string[]>;
  sort: Record<SearchSort, string>;
  /**
   * Returned with each result and searchable: what a result line needs, and the item's kernel tokens
   * (`search-tokens.ts`), which only queries for them match.
   */
  meta: { date: string; summary: string } & Partial<Record<TokenField, string>>;
}

/**
 * How Pagefind weighs a match in each metadata field against one in the body text (its `ranking.metaWeights`;
 * body words count 1, a title match 5 by Pagefind's default). Words of the title and summary first, then an
 * exact kernel token in the title, the summary, the prose, code.
 */
export const SEARCH_RANKING = {
  metaWeights: { title: 6, summary: 4, kt_title: 8, kt_summary: 5, kt_text: 3, kt_code: 1.5 } satisfies Record<
    'title' | 'summary' | TokenField,
    number
  >,
};

/** Looks up display names; the archive's author and topic maps satisfy it. */
export interface SearchNames {
  author(id: string): string;
  topic(id: string): string;
}

/** The search record of an item; its body text, when given, adds the body's kernel tokens. */
export function searchRecord(item: Item, names: SearchNames, body: BodyText = { prose: '', code: '' }): SearchRecord {
  return {
    filters: {
      section: [sectionTitle(item.section)],
      kind: [KIND_LABELS[item.kind]],
      author: item.author ? [names.author(item.author)] : [],
      topic: item.topics.map((t) => names.topic(t)),
      year: [String(yearOf(item.edition))],
    },
    sort: { date: item.edition },
    meta: {
      date: item.edition,
      summary: oneLine(item.summary),
      ...tokenMeta({ title: item.title, summary: item.summary, ...body }),
    },
  };
}

/**
 * The record as Pagefind attribute values, one `key:value` per element: Pagefind reads an inline value to the
 * end of the attribute, so a value may hold commas only when it stands alone.
 */
export function pagefindAttributes(record: SearchRecord): { filter: string[]; sort: string[]; meta: string[] } {
  const pairs = (entries: [string, string][]) => entries.map(([key, value]) => `${key}:${value}`);
  return {
    filter: pairs(
      Object.entries(record.filters).flatMap(([key, values]) => values.map((v): [string, string] => [key, oneLine(v)])),
    ),
    sort: pairs(Object.entries(record.sort)),
    meta: pairs(Object.entries(record.meta)),
  };
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
