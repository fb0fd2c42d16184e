import { describe, expect, it } from 'vitest';
import { formatSearchState, pagefindOptions, parseSearchState } from '../../src/lib/search-state.ts';

const parse = (query: string) => parseSearchState(new URLSearchParams(query));

describe('search state in the URL', () => {
  it('reads the query, known filters and the date sort', () => {
    expect(parse('q=in_atomic%28%29&section=Kernel+development&year=2008&sort=date&page=3')).toEqual({
      q: 'in_atomic()',
      filters: { section: 'Kernel development', year: '2008' },
      sort: 'date',
    });
  });

  it('ignores blanks and unknown sorts (relevance is the default)', () => {
    expect(parse('q=++&author=&sort=title')).toEqual({ q: '', filters: {}, sort: undefined });
  });

  it('writes a stable, minimal query string that reads back the same', () => {
    const state = { q: ' markers ', filters: { year: '2008', topic: 'Tracing', kind: '' }, sort: 'date' as const };
    const query = formatSearchState(state);
    expect(query).toBe('q=markers&topic=Tracing&year=2008&sort=date');
    expect(parse(query)).toEqual({ q: 'markers', filters: { topic: 'Tracing', year: '2008' }, sort: 'date' });
    expect(formatSearchState({ q: '', filters: {} })).toBe('');
  });

  it('turns the state into Pagefind options: exact filter values, newest first', () => {
    expect(pagefindOptions({ q: 'x', filters: { section: 'Security', author: '' }, sort: 'date' })).toEqual({
      filters: { section: 'Security' },
      sort: { date: 'desc' },
    });
    expect(pagefindOptions({ q: 'x', filters: {} })).toEqual({ filters: {} });
  });
});
