import { getRssString } from '@astrojs/rss';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { assembleEdition } from '../../src/lib/edition.ts';
import { editionFeedEntry, escapeMarkup, FEEDS, feedOptions, itemFeedEntry } from '../../src/lib/feeds.ts';
import type { Author, Topic } from '../../src/lib/types.ts';
import { edition, item } from './factories.ts';

const SITE = 'https://weekly.example.net';
const lookups = {
  authors: new Map<string, Author>([['ada', { id: 'ada', name: `Ada "Quotes" O'Brien & Co`, guest: false }]]),
  topics: new Map<string, Topic>([['locking', { id: 'locking', name: 'Locking' }]]),
};
const tricky = item('2008-03-27/tricky', {
  title: 'Fish & <chips> "quoted"',
  summary: "It's <b>not</b> HTML & never was",
  author: 'ada',
  topics: ['locking'],
});

describe('escapeMarkup', () => {
  it('escapes the characters that are special in markup and attributes', () => {
    expect(escapeMarkup(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;',
    );
  });
});

describe('itemFeedEntry', () => {
  it('takes title, permanent link, edition date, summary, topic names and author from the item', () => {
    expect(itemFeedEntry(tricky, lookups)).toEqual({
      title: tricky.title,
      link: '/articles/2008-03-27/tricky/',
      pubDate: new Date('2008-03-27T00:00:00Z'),
      // Readers take a description as HTML: the plain-text summary arrives escaped.
      description: 'It&#39;s &lt;b&gt;not&lt;/b&gt; HTML &amp; never was',
      categories: ['Locking'],
      customData: `<dc:creator>Ada "Quotes" O'Brien &amp; Co</dc:creator>`,
    });
  });

  it('puts the lead image above the summary, at an absolute URL, with its alt text and size', () => {
    const image = { src: '/_astro/diagram.abc.webp', alt: 'A "diagram" & more', width: 720, height: 260 };
    expect(itemFeedEntry(tricky, lookups, { image, site: SITE }).description).toBe(
      `<p><img src="${SITE}/_astro/diagram.abc.webp" alt="A &quot;diagram&quot; &amp; more" width="720" height="260"></p>` +
        '<p>It&#39;s &lt;b&gt;not&lt;/b&gt; HTML &amp; never was</p>',
    );
  });

  it('has no creator for an item without an author', () => {
    expect(itemFeedEntry(item('2008-03-27/brief', { kind: 'brief' }), lookups).customData).toBeUndefined();
  });
});

describe('editionFeedEntry', () => {
  const e = edition('2008-03-27', { summary: 'A week & more.' });
  const pages = assembleEdition(e, [
    tricky,
    item('2008-03-27/welcome', { section: 'front', kind: 'brief', title: 'Welcome' }),
  ]);
  const entry = editionFeedEntry(e, pages, SITE);

  it('links the edition and dates it', () => {
    expect(entry.link).toBe('/editions/2008-03-27/');
    expect(entry.title).toBe('Weekly edition for March 27, 2008');
    expect(entry.pubDate).toEqual(new Date('2008-03-27T00:00:00Z'));
  });

  it('describes the contents page by page, with escaped text and absolute links', () => {
    expect(entry.description).toBe(
      '<p>A week &amp; more.</p>' +
        `<h2>Front page</h2><ul><li><a href="${SITE}/articles/2008-03-27/welcome/">Welcome</a>: s</li></ul>` +
        `<h2>Kernel development</h2><ul><li><a href="${SITE}/articles/2008-03-27/tricky/">Fish &amp; &lt;chips&gt; &quot;quoted&quot;</a>: It&#39;s &lt;b&gt;not&lt;/b&gt; HTML &amp; never was</li></ul>`,
    );
  });
});

describe('a feed rendered by @astrojs/rss', async () => {
  const info = FEEDS.topic('Weekly & Co', { id: 'locking', name: 'Locking' });
  const xml = await getRssString(feedOptions({ ...info, site: SITE, items: [itemFeedEntry(tricky, lookups)] }));
  const parsed = new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(xml);
  const channel = parsed.rss.channel;

  it('is well-formed RSS 2.0', () => {
    expect(SyntaxValidator.validate(xml)).toBe(true);
    expect(parsed.rss['@_version']).toBe('2.0');
  });

  it('names itself and its own absolute address', () => {
    expect(channel.title).toBe('Weekly & Co: Locking');
    expect(channel.link).toBe(`${SITE}/`);
    expect(channel['atom:link']['@_href']).toBe(`${SITE}/feeds/topics/locking.xml`);
    expect(channel['atom:link']['@_rel']).toBe('self');
  });

  it('carries escaped text that reads back as written, an absolute permalink guid and an RFC 822 date', () => {
    const entry = channel.item;
    expect(xml).toContain('<title>Fish &amp; &lt;chips&gt; &quot;quoted&quot;</title>');
    expect(entry.link).toBe(`${SITE}/articles/2008-03-27/tricky/`);
    expect(entry.guid['#text']).toBe(entry.link);
    expect(entry.guid['@_isPermaLink']).toBe('true');
    expect(entry.pubDate).toBe('Thu, 27 Mar 2008 00:00:00 GMT');
    expect(entry.category).toBe('Locking');
    expect(entry['dc:creator']).toBe(`Ada "Quotes" O'Brien & Co`);
    expect(entry.title).toBe(tricky.title);
    // The description is HTML whose text is the summary: decoding it once more gives the summary back.
    expect(entry.description).toBe('It&#39;s &lt;b&gt;not&lt;/b&gt; HTML &amp; never was');
    const asHtmlText = entry.description.replace(
      /&(lt|gt|amp|#39);/g,
      (_: string, e: string) => ({ lt: '<', gt: '>', amp: '&', '#39': "'" })[e]!,
    );
    expect(asHtmlText).toBe(tricky.summary);
  });
});
