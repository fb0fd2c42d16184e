import { describe, expect, it } from 'vitest';
import { inDateOrder, partSize, planParts, sumCounts } from '../../src/lib/search-parts.ts';

describe('search index parts', () => {
  const editions = ['2008-01-03', '2008-01-10', '2008-01-17', '2008-01-24', '2008-01-31'];

  it('cuts editions into runs counted from the oldest, newest part first', () => {
    expect(planParts([...editions].reverse(), 2)).toEqual([
      { id: '2008-01-31', editions: ['2008-01-31'] },
      { id: '2008-01-17', editions: ['2008-01-17', '2008-01-24'] },
      { id: '2008-01-03', editions: ['2008-01-03', '2008-01-10'] },
    ]);
    expect(planParts(editions, 100)).toEqual([{ id: '2008-01-03', editions }]);
    expect(planParts([], 3)).toEqual([]);
  });

  it('keeps the bounds of older parts when an edition is added: only the newest part changes', () => {
    const before = planParts(editions, 2);
    const after = planParts([...editions, '2008-02-07'], 2);
    expect(after.slice(1)).toEqual(before.slice(1));
    expect(after[0]).toEqual({ id: '2008-01-31', editions: ['2008-01-31', '2008-02-07'] });
  });

  it('reads the part size from the environment, refusing nonsense', () => {
    expect(partSize(undefined)).toBe(100);
    expect(partSize('3')).toBe(3);
    expect(() => partSize('0')).toThrow(/at least 1; it is "0"/);
    expect(() => partSize('two')).toThrow(/SEARCH_PART_EDITIONS/);
    expect(() => planParts(editions, 0)).toThrow();
  });

  it('adds up filter counts value by value', () => {
    expect(sumCounts([{ year: { '2009': 2 } }, { year: { '2009': 1, '2008': 4 }, kind: { Feature: 1 } }])).toEqual({
      year: { '2009': 3, '2008': 4 },
      kind: { Feature: 1 },
    });
  });

  it('puts date-sorted parts together newest part first, counts added up', () => {
    const merged = inDateOrder([
      { results: ['2009-06-11/a', '2009-06-04/b'], filters: { year: { '2009': 2 } } },
      { results: [], filters: {} },
      { results: ['2008-12-25/c'], filters: { year: { '2008': 1 } } },
    ]);
    expect(merged).toEqual({
      results: ['2009-06-11/a', '2009-06-04/b', '2008-12-25/c'],
      filters: { year: { '2009': 2, '2008': 1 } },
    });
  });
});
