import { describe, expect, it } from 'vitest';
import { REF_KINDS, refUrl, targetOfPath } from '../../src/lib/references.ts';
import {
  absoluteUrl,
  authorUrl,
  bigPageUrl,
  editionTitle,
  editionUrl,
  itemUrl,
  pageUrl,
  quotesOfTheWeekAnchor,
  quotesOfTheWeekUrl,
  releaseAnchor,
  releaseUrl,
  topicUrl,
} from '../../src/lib/urls.ts';
import { SECTION_IDS } from '../../src/schemas/sections.ts';

/** Every URL a link can be written with reads back as the target it was built for (references.ts). */
describe('URLs read back as their targets', () => {
  it('an item page', () => {
    expect(targetOfPath(itemUrl('2008-03-27/predictive-elf-bitmaps'))).toEqual({
      kind: 'item',
      id: '2008-03-27/predictive-elf-bitmaps',
    });
  });

  it('an edition, each of its pages and its big page', () => {
    const urls = [
      editionUrl('2008-03-27'),
      bigPageUrl('2008-03-27'),
      ...SECTION_IDS.map((s) => pageUrl('2008-03-27', s)),
    ];
    for (const url of urls) expect(targetOfPath(url), url).toEqual({ kind: 'edition', id: '2008-03-27' });
  });

  it('a topic, an author and a release', () => {
    expect(targetOfPath(topicUrl('markers'))).toEqual({ kind: 'topic', id: 'markers' });
    expect(targetOfPath(authorUrl('ada-sample'))).toEqual({ kind: 'author', id: 'ada-sample' });
    expect(targetOfPath(releaseUrl('2.6.25-rc7'))).toEqual({ kind: 'release', id: '2.6.25-rc7' });
  });

  it('every reference kind, through refUrl', () => {
    const ids = { item: '2008-03-27/x', edition: '2008-03-27', topic: 'elf', release: '2.6.25' };
    for (const kind of REF_KINDS) expect(targetOfPath(refUrl(kind, ids[kind]))).toEqual({ kind, id: ids[kind] });
  });

  it('without the trailing slash too', () => {
    expect(targetOfPath(itemUrl('2008-03-27/x').replace(/\/$/, ''))).toEqual({ kind: 'item', id: '2008-03-27/x' });
    expect(targetOfPath(topicUrl('elf').replace(/\/$/, ''))).toEqual({ kind: 'topic', id: 'elf' });
  });
});

describe('anchors and titles', () => {
  it('point into the pages that carry them', () => {
    expect(releaseUrl('2.6.25')).toBe(`/kernel/releases/#${releaseAnchor('2.6.25')}`);
    expect(quotesOfTheWeekUrl('2008-03-27')).toBe(`${pageUrl('2008-03-27', 'kernel')}#${quotesOfTheWeekAnchor}`);
  });

  it('names an edition by its long date', () => {
    expect(editionTitle('2008-03-27')).toBe('Weekly edition for March 27, 2008');
  });
});

describe('absoluteUrl', () => {
  it('puts a site path on the public address, with or without a path of its own', () => {
    expect(absoluteUrl('/_astro/diagram.abc.webp', 'https://weekly.example.net')).toBe(
      'https://weekly.example.net/_astro/diagram.abc.webp',
    );
    expect(absoluteUrl(itemUrl('2008-03-27/x'), 'https://example.net/weekly/')).toBe(
      'https://example.net/articles/2008-03-27/x/',
    );
  });

  it('keeps an absolute URL as it is', () => {
    expect(absoluteUrl('https://lore.kernel.org/r/1@x', 'https://weekly.example.net')).toBe(
      'https://lore.kernel.org/r/1@x',
    );
  });
});
