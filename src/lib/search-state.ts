import { SEARCH_FILTERS, SEARCH_SORTS, type SearchFilter, type SearchSort } from './search-record.ts';

/**
 * The state of the search page, kept in its URL (`/search/?q=markers&section=Kernel+development&sort=date`) so
 * a search can be reloaded, bookmarked and shared. One value per filter; no sort means relevance.
 */
export interface SearchState {
  q: string;
  filters: Partial<Record<SearchFilter, string>>;
  sort?: SearchSort;
}

/** Reads the state from a query string; unknown parameters and sorts are ignored, blanks dropped. */
export function parseSearchState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of SEARCH_FILTERS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  const sort = params.get('sort');
  return {
    q: params.get('q')?.trim() ?? '',
    filters,
    sort: SEARCH_SORTS.find((s) => s === sort),
  };
}

/** Writes the state as a query string (without `?`), in a stable order, leaving out empty parts. */
export function formatSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const key of SEARCH_FILTERS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.sort) params.set('sort', state.sort);
  return params.toString();
}

/** The state as Pagefind search options: filters as exact values, date sort newest first. */
export function pagefindOptions(state: SearchState): {
  filters: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
} {
  return {
    filters: Object.fromEntries(Object.entries(state.filters).filter(([, v]) => v)) as Record<string, string>,
    ...(state.sort && { sort: { [state.sort]: 'desc' } }),
  };
}
