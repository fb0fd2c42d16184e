import { describe, expect, it } from 'vitest';
import { pagesByYear, yearLinks } from '../../src/lib/year-pages.ts';

const item = (edition: string, id = edition) => ({ id, edition });
// Newest first, as the archive's lists are.
const list = [item('2009-06-11'), item('2009-01-15'), item('2008-04-17'), item('2008-03-27'), item('2005-02-03')];
const url = (year?: number) => (year === undefined ? '/topics/x/' : `/topics/x/${year}/`);

describe('pagesByYear', () => {
  it('makes one page a year, newest year first, each in list order', () => {
    const pages = pagesByYear(list);
    expect(pages.map((p) => [p.year, p.items.map((i) => i.edition)])).toEqual([
      [2009, ['2009-06-11', '2009-01-15']],
      [2008, ['2008-04-17', '2008-03-27']],
      [2005, ['2005-02-03']],
    ]);
  });

  it('puts the newest year at the list’s own URL and every older year at its own', () => {
    expect(pagesByYear(list).map((p) => p.urlYear)).toEqual([undefined, 2008, 2005]);
  });

  it('keeps the URLs of older years when a newer year begins', () => {
    const grown = pagesByYear([item('2010-01-07'), ...list]);
    expect(grown.map((p) => [p.year, p.urlYear])).toEqual([
      [2010, undefined],
      [2009, 2009],
      [2008, 2008],
      [2005, 2005],
    ]);
  });

  it('leaves older pages as they were when the newest year grows', () => {
    const before = pagesByYear(list);
    const after = pagesByYear([item('2009-12-31'), ...list]);
    expect(after.slice(1)).toEqual(before.slice(1));
    expect(after[0].items).toHaveLength(3);
  });

  it('gives an empty list one page without a year', () => {
    expect(pagesByYear([])).toEqual([{ items: [] }]);
  });
});

describe('yearLinks', () => {
  const pages = pagesByYear(list);

  it('links every year newest first and marks the page shown', () => {
    const { years } = yearLinks(pages, pages[1], url);
    expect(years).toEqual([
      { year: 2009, href: '/topics/x/', current: false },
      { year: 2008, href: '/topics/x/2008/', current: true },
      { year: 2005, href: '/topics/x/2005/', current: false },
    ]);
  });

  it('names the next newer and older years, none past either end', () => {
    expect(yearLinks(pages, pages[1], url)).toMatchObject({ newer: { year: 2009 }, older: { year: 2005 } });
    expect(yearLinks(pages, pages[0], url).newer).toBeUndefined();
    expect(yearLinks(pages, pages[0], url).older).toMatchObject({ href: '/topics/x/2008/' });
    expect(yearLinks(pages, pages[2], url).older).toBeUndefined();
  });

  it('has no links for an empty list', () => {
    const empty = pagesByYear([]);
    expect(yearLinks(empty, empty[0], url)).toEqual({ years: [], newer: undefined, older: undefined });
  });
});
