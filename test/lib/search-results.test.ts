import { describe, expect, it } from 'vitest';
import { searchQuery } from '../../src/lib/search-tokens.ts';
import { filterOptions, pagefindQuery, partialStatus, statusMessage } from '../../src/lib/search-results.ts';

describe('search page logic', () => {
  it('hands Pagefind the words in their indexed form, or null to list by filters alone', () => {
    expect(pagefindQuery('  in_atomic() ')).toBe(searchQuery('in_atomic()'));
    expect(pagefindQuery('in_atomic()')).not.toBe('in_atomic()');
    expect(pagefindQuery('   ')).toBeNull();
  });

  it('orders filter options as readers expect, each with its count, the selected one kept', () => {
    const labels = (o: { label: string }[]) => o.map((x) => x.label);
    expect(labels(filterOptions('section', { Security: 2, 'Front page': 1, 'Kernel development': 0 }, ''))).toEqual([
      'Front page (1)',
      'Security (2)',
    ]);
    expect(labels(filterOptions('year', { '2008': 1, '2009': 4 }, ''))).toEqual(['2009 (4)', '2008 (1)']);
    expect(labels(filterOptions('author', { Zed: 1, Ada: 2 }, 'Nobody'))).toEqual(['Ada (2)', 'Zed (1)', 'Nobody (0)']);
    expect(filterOptions('kind', { Feature: 0 }, 'Feature')).toEqual([{ value: 'Feature', label: 'Feature (0)' }]);
  });

  it('says how many results there are, for which words and whether filters narrow them', () => {
    expect(statusMessage({ q: ' kernel ', filters: {} }, 3)).toBe('3 results for “kernel”.');
    expect(statusMessage({ q: 'kernel', filters: { year: '2008' } }, 1)).toBe(
      '1 result for “kernel” with these filters.',
    );
    expect(statusMessage({ q: '', filters: { author: 'Ada' } }, 0)).toBe('No results with these filters.');
    expect(statusMessage({ q: '  ', filters: {} }, 0)).toBe('');
  });

  it('says while older parts are still searched which editions the results so far cover', () => {
    expect(partialStatus({ q: 'kernel', filters: {} }, '2009-01-15')).toBe(
      'Results from editions since January 15, 2009; searching older editions…',
    );
    expect(partialStatus({ q: '', filters: {} }, '2009-01-15')).toBe('');
  });
});
