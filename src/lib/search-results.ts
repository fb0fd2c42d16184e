import { SECTIONS } from '../schemas/sections.ts';
import { formatLongDate } from './dates.ts';
import { SEARCH_RANKING, type SearchFilter } from './search-record.ts';
import { searchQuery } from './search-tokens.ts';
import { pagefindOptions, type SearchState } from './search-state.ts';

/**
 * The pure parts of the search page (src/components/search-app.ts): how the reader's words become Pagefind's
 * query, the options of each filter, and the sentence the live region reads out.
 */

/** Pagefind's options for every part alike: excerpts of 24 words, result links that highlight the words, the ranking weights. */
export const PAGEFIND_OPTIONS = { highlightParam: 'highlight', excerptLength: 24, ranking: SEARCH_RANKING };

/**
 * The query handed to Pagefind for the reader's words, or null to list by filters alone. The one place where
 * the typed words become the index's query: kernel tokens in their indexed form (src/lib/search-tokens.ts).
 */
export function pagefindQuery(words: string): string | null {
  return words.trim() ? searchQuery(words) : null;
}

/** One option of a filter's select. */
export interface FilterOption {
  value: string;
  label: string;
}

const sectionIndex = (title: string) => SECTIONS.findIndex((s) => s.title === title);

/**
 * The options of a filter, ordered as readers expect (sections in edition order, years newest first, the rest
 * alphabetically), each with its count; values that no result has are left out, except the selected one.
 */
export function filterOptions(key: SearchFilter, counts: Record<string, number>, selected: string): FilterOption[] {
  const order = (a: string, b: string) =>
    key === 'section' ? sectionIndex(a) - sectionIndex(b) : key === 'year' ? b.localeCompare(a) : a.localeCompare(b);
  const values = Object.keys(counts)
    .filter((v) => counts[v] > 0 || v === selected)
    .sort(order);
  if (selected && !values.includes(selected)) values.push(selected);
  return values.map((value) => ({ value, label: `${value} (${counts[value] ?? 0})` }));
}

/** What the live region says once results are shown; empty when there is nothing to search for. */
export function statusMessage(state: SearchState, count: number): string {
  const words = state.q.trim();
  const subject = words ? ` for “${words}”` : '';
  const narrowed = Object.keys(pagefindOptions(state).filters).length ? ' with these filters' : '';
  if (!words && !narrowed) return '';
  if (count === 0) return `No results${subject}${narrowed}.`;
  return `${count} result${count === 1 ? '' : 's'}${subject}${narrowed}.`;
}

/**
 * What the live region says while only the newest parts are searched: the results so far cover editions since
 * `since`; the count comes once every part is in.
 */
export function partialStatus(state: SearchState, since: string): string {
  if (!state.q.trim() && !Object.keys(pagefindOptions(state).filters).length) return '';
  return `Results from editions since ${formatLongDate(since)}; searching older editions…`;
}
