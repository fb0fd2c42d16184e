import { describe, expect, it } from 'vitest';
import {
  assembleEdition,
  editionsByYear,
  itemNeighbours,
  neighbours,
  pageLayout,
  pageNeighbours,
  readingOrder,
} from '../../src/lib/edition.ts';
import { edition, item } from './factories.ts';

const e = edition('2008-03-27', { editors: { kernel: 'ed', front: 'chief' } });
const items = [
  item('2008-03-27/elf', { title: 'Predictive ELF bitmaps', order: 20 }),
  item('2008-03-27/status', { title: 'Kernel release status', kind: 'brief', order: 1 }),
  item('2008-03-27/markers', { title: 'Kernel markers', order: 10 }),
  item('2008-03-27/atomic', { title: 'Atomic context' }),
  item('2008-03-27/distro', { title: 'A distribution brief', kind: 'brief', section: 'distributions' }),
  item('2008-03-27/hello', { title: 'Welcome', kind: 'brief', section: 'front' }),
  item('2008-04-03/other', { title: 'From another edition', section: 'security' }),
];

describe('assembleEdition', () => {
  const pages = assembleEdition(e, items);

  it('puts pages in the fixed section order and leaves out empty sections', () => {
    expect(pages.map((p) => p.section)).toEqual(['front', 'kernel', 'distributions']);
  });

  it('always has a front page, even with no front items', () => {
    expect(assembleEdition(e, []).map((p) => p.section)).toEqual(['front']);
  });

  it('shows a section that has other content of its own', () => {
    expect(assembleEdition(e, [], ['kernel']).map((p) => p.section)).toEqual(['front', 'kernel']);
  });

  it('orders items briefs first, then by order, then by title', () => {
    const kernel = pages.find((p) => p.section === 'kernel')!;
    expect(kernel.items.map((i) => i.slug)).toEqual(['status', 'markers', 'elf', 'atomic']);
  });

  it('carries the page editor of each page', () => {
    expect(pages.map((p) => p.editor)).toEqual(['chief', 'ed', undefined]);
  });

  it('keeps items of other editions out', () => {
    expect(readingOrder(pages).some((i) => i.edition !== e.id)).toBe(false);
  });
});

describe('navigation', () => {
  const pages = assembleEdition(e, items);

  it('links pages to their neighbours in page order', () => {
    expect(pageNeighbours(pages, 'kernel').prev?.section).toBe('front');
    expect(pageNeighbours(pages, 'kernel').next?.section).toBe('distributions');
    expect(pageNeighbours(pages, 'front').prev).toBeUndefined();
    expect(pageNeighbours(pages, 'distributions').next).toBeUndefined();
  });

  it('walks items across page boundaries', () => {
    expect(itemNeighbours(pages, '2008-03-27/hello')).toMatchObject({ prev: undefined, next: { slug: 'status' } });
    expect(itemNeighbours(pages, '2008-03-27/atomic')).toMatchObject({
      prev: { slug: 'elf' },
      next: { slug: 'distro' },
    });
  });

  it('has no neighbours for something not in the list', () => {
    expect(neighbours([1, 2, 3], -1)).toEqual({});
  });
});

describe('pageLayout', () => {
  const none = { quotes: false, patches: false };
  const both = { quotes: true, patches: true };
  const pageOf = (section: string, list = items) =>
    assembleEdition(e, list, ['kernel']).find((p) => p.section === section)!;

  it('splits a page into brief items and the section news heading', () => {
    expect(pageLayout(pageOf('kernel'), none).groups.map((g) => [g.heading, g.items.length])).toEqual([
      ['Brief items', 1],
      ['Kernel development news', 3],
    ]);
  });

  it('leaves out an empty group', () => {
    expect(pageLayout(pageOf('front'), none).groups.map((g) => g.heading)).toEqual(['Brief items']);
  });

  it('opens the kernel page features with the quotes of the week and closes the page with the patches', () => {
    const layout = pageLayout(pageOf('kernel'), both);
    expect(layout.groups.map((g) => [g.kind, g.withQuotes])).toEqual([
      ['brief', false],
      ['feature', true],
    ]);
    expect(layout.withPatches).toBe(true);
  });

  it('keeps the features group for the quotes even when the kernel page has no features', () => {
    expect(pageLayout(pageOf('kernel', []), both).groups.map((g) => [g.kind, g.heading, g.items.length])).toEqual([
      ['feature', 'Kernel development news', 0],
    ]);
  });

  it('shows quotes and patches on the kernel page only', () => {
    const front = pageLayout(pageOf('front'), both);
    expect(front.groups.some((g) => g.withQuotes)).toBe(false);
    expect(front.withPatches).toBe(false);
  });
});

describe('editionsByYear', () => {
  it('groups editions by year, newest first', () => {
    const years = editionsByYear([edition('2008-03-27'), edition('2009-01-15'), edition('2008-04-17')]);
    expect(years.map((y) => [y.year, y.editions.map((x) => x.id)])).toEqual([
      [2009, ['2009-01-15']],
      [2008, ['2008-04-17', '2008-03-27']],
    ]);
  });
});
