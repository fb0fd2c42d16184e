import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { test, expect, expectNoAxeViolations, scanPagesWithAxe, REFERENCE_EDITION } from './fixtures.ts';
import { SITE } from '../src/settings.ts';

/** Readers' ways in: kernel and author indexes, feeds, discovery tags, reading keys, print. */

const ARTICLE = `/articles/${REFERENCE_EDITION}/predictive-elf-bitmaps/`;
const KERNEL_PAGE = `/editions/${REFERENCE_EDITION}/kernel/`;
const site = (path: string) => new URL(path, SITE.url).href;

test.describe('the kernel index', () => {
  test('shows every topic with its subtopics and newest articles, dated', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Kernel index' }).click();
    await expect(page).toHaveURL('/kernel/index/');
    await expect(page.locator('h1')).toHaveText('Kernel index');
    // A subtopic follows its topic, one heading level down.
    const topic = (name: string) =>
      page.locator('section.index-topic').filter({ has: page.getByRole('heading', { name, exact: true }) });
    const memory = topic('Memory management');
    await expect(memory.locator('.meta')).toHaveText('Subtopics: Memory allocation, Page cache');
    const headings = await page
      .locator('section.index-topic > :is(h2, h3)')
      .evaluateAll((els) => els.map((e) => `${e.tagName} ${e.textContent}`));
    const at = headings.indexOf('H2 Memory management');
    expect(headings.slice(at, at + 4)).toEqual([
      'H2 Memory management',
      'H3 Memory allocation',
      'H3 Page cache',
      'H2 Modules',
    ]);
    const releases = topic('Releases').locator('.item-list li');
    await expect(releases.first()).toHaveText('A week of releases (June 11, 2009)');
    await expect(releases.last()).toHaveText('Kernel release status (March 27, 2008)');
    await page.getByRole('link', { name: 'Page cache', exact: true }).last().click();
    await expect(page).toHaveURL('/topics/page-cache/');
  });

  test('has a page per topic, reached from an article’s index entries', async ({ page }) => {
    await page.goto(ARTICLE);
    await page.locator('.index-entries').getByRole('link', { name: 'ELF' }).click();
    await expect(page).toHaveURL('/topics/elf/');
    await expect(page.locator('h1')).toHaveText('ELF');
    await expect(page.locator('.item-list a')).toHaveText(['Predictive ELF bitmaps']);
    await expect(page.locator('link[rel=alternate][href="/feeds/topics/elf.xml"]')).toHaveCount(1);
    await page.locator('.kicker').getByRole('link', { name: 'Binary formats' }).click();
    await expect(page).toHaveURL('/topics/binary-formats/');
    await expect(page.getByRole('link', { name: 'ELF', exact: true })).toBeVisible();
  });

  test('pages a topic by year: the newest year first, every other year a link away', async ({ page }) => {
    await page.goto('/kernel/index/');
    await page.getByRole('heading', { name: 'Releases', exact: true }).getByRole('link').click();
    await expect(page).toHaveURL('/topics/releases/');
    await expect(page.locator('h1')).toHaveText('Releases');
    await expect(page.getByRole('heading', { name: 'Articles of 2009' })).toBeVisible();
    const years = page.getByRole('navigation', { name: 'Years of Releases', exact: true });
    await expect(years.getByRole('link')).toHaveText(['2009', '2008']);
    await expect(years.getByRole('link', { name: '2009' })).toHaveAttribute('aria-current', 'page');
    const datesShown = () =>
      page.locator('.item-list time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
    expect(new Set(await datesShown())).toEqual(new Set(['2009-06-11', '2009-01-15']));
    // Each year links the next older and newer one (rel=next/prev).
    await page.getByRole('navigation', { name: 'Newer and older years of Releases' }).getByRole('link').click();
    await expect(page).toHaveURL('/topics/releases/2008/');
    await expect(page.locator('h1')).toHaveText('Releases, 2008');
    await expect(years.getByRole('link', { name: '2008' })).toHaveAttribute('aria-current', 'page');
    expect(new Set(await datesShown())).toEqual(new Set(['2008-04-17', '2008-03-27']));
    await expect(page.locator('.item-list li').last()).toHaveText('Kernel release status (March 27, 2008)');
    await page.locator('a[rel=prev]').click();
    await expect(page).toHaveURL('/topics/releases/');
  });
});

test.describe('the author index', () => {
  test('lists staff, and guest authors apart with their articles', async ({ page }) => {
    await page.goto('/authors/');
    await expect(page.locator('#staff + ul > li > a')).toHaveText([
      'Ignatius Wrenfield',
      'Mara Quillfeather',
      'Odile Brackenridge',
      'Tobias Fernhollow',
    ]);
    const guests = page.locator('section:has(#guests)');
    await expect(guests.locator('h3')).toHaveText(['Halvard Inkwell', 'Sunniva Marchbank']);
    await expect(guests.locator('.item-list').first()).toHaveText('Predictive ELF bitmaps (March 27, 2008)');
  });

  test('has a page per author, a year a page, reached from a byline', async ({ page }) => {
    await page.goto(`/articles/${REFERENCE_EDITION}/atomic-context-api-design/`);
    await page.locator('.byline').getByRole('link').click();
    // The author's own URL shows their newest year; the older years are a link away.
    await expect(page).toHaveURL('/authors/ignatius-wrenfield/');
    await expect(page.locator('h1')).toHaveText('Ignatius Wrenfield');
    await expect(page.locator('.item-list li')).toHaveText(['Threaded interrupt handlers (June 11, 2009)']);
    const years = page.getByRole('navigation', { name: 'Years of articles by Ignatius Wrenfield', exact: true });
    await expect(years.getByRole('link')).toHaveText(['2009', '2008']);
    await expect(years.getByRole('link', { name: '2009' })).toHaveAttribute('aria-current', 'page');
    await years.getByRole('link', { name: '2008' }).click();
    await expect(page).toHaveURL('/authors/ignatius-wrenfield/2008/');
    await expect(page.locator('h1')).toHaveText('Ignatius Wrenfield, 2008');
    const dates = await page
      .locator('.item-list time')
      .evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
    expect(dates).toEqual(['2008-04-17', '2008-03-27']);
    await expect(page.locator('.item-list a')).toContainText(['Atomic context and kernel API design']);
  });
});

/** Every feed listed on the feeds page, as site paths. */
async function listedFeeds(page: import('@playwright/test').Page): Promise<string[]> {
  await page.goto('/feeds/');
  return page.locator('main a[href$=".xml"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}

const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

test.describe('feeds', () => {
  test('the feeds page lists the site, section and topic feeds, each announced in <head>', async ({ page }) => {
    const feeds = await listedFeeds(page);
    expect(feeds.slice(0, 2)).toEqual(['/feeds/headlines.xml', '/feeds/editions.xml']);
    expect(feeds.filter((f) => f.startsWith('/feeds/sections/'))).toHaveLength(6);
    expect(feeds).toContain('/feeds/topics/page-cache.xml');
    await expect(page.getByRole('link', { name: 'Memory management › Page cache' })).toHaveAttribute(
      'href',
      '/feeds/topics/page-cache.xml',
    );
    // Every page announces the headlines; edition and item pages their section's feed.
    for (const [path, feed] of [
      ['/', '/feeds/headlines.xml'],
      [KERNEL_PAGE, '/feeds/sections/kernel.xml'],
      [KERNEL_PAGE, '/feeds/editions.xml'],
      [ARTICLE, '/feeds/sections/kernel.xml'],
    ]) {
      await page.goto(path);
      await expect(
        page.locator(`head link[rel=alternate][type="application/rss+xml"][href="${feed}"]`),
        `${path} announces ${feed}`,
      ).toHaveAttribute('title', /\S/);
    }
  });

  test('every feed is well-formed RSS 2.0 with absolute links to pages that exist', async ({ page, request }) => {
    const parser = new XMLParser({
      ignoreAttributes: false,
      parseTagValue: false,
      isArray: (name) => name === 'item' || name === 'category',
    });
    const linked = new Set<string>();
    for (const feed of await listedFeeds(page)) {
      const response = await request.get(feed);
      expect(response.status(), feed).toBe(200);
      const xml = await response.text();
      expect(SyntaxValidator.validate(xml), feed).toBe(true);
      const { rss } = parser.parse(xml);
      expect(rss['@_version']).toBe('2.0');
      const { channel } = rss;
      expect(channel.title, feed).toMatch(/^Kernel Weekly: \S/);
      expect(channel.description, feed).not.toBe('');
      expect(channel.link).toBe(site('/'));
      expect(channel['atom:link']['@_href']).toBe(site(feed));
      for (const item of channel.item ?? []) {
        expect(item.title, feed).not.toBe('');
        expect(item.description, feed).not.toBe('');
        expect(item.link.startsWith(site('/')), `${feed}: ${item.link}`).toBe(true);
        expect(item.guid['#text']).toBe(item.link);
        expect(item.pubDate).toMatch(RFC_822);
        linked.add(new URL(item.link).pathname);
      }
    }
    expect(linked.size).toBeGreaterThan(20);
    for (const path of linked) expect((await request.get(path)).status(), path).toBe(200);
  });

  test('the headlines are newest first; the editions feed has one entry per edition with its contents', async ({
    request,
  }) => {
    const parser = new XMLParser({ parseTagValue: false });
    const headlines = parser.parse(await (await request.get('/feeds/headlines.xml')).text()).rss.channel.item;
    const dates = headlines.map((i: { pubDate: string }) => Date.parse(i.pubDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const editions = parser.parse(await (await request.get('/feeds/editions.xml')).text()).rss.channel.item;
    expect(editions.map((e: { title: string }) => e.title)).toEqual([
      'Weekly edition for June 11, 2009',
      'Weekly edition for January 15, 2009',
      'Weekly edition for April 17, 2008',
      'Weekly edition for March 27, 2008',
    ]);
    const reference = editions.at(-1).description as string;
    expect(reference).toContain(`<a href="${site(ARTICLE)}">Predictive ELF bitmaps</a>`);
    expect(reference).toContain('<h2>Kernel development</h2>');
  });
});

test.describe('discovery', () => {
  test('robots.txt names the sitemap, which lists the pages by absolute URL', async ({ request }) => {
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toContain(`Sitemap: ${site('/sitemap-index.xml')}`);
    const index = await (await request.get('/sitemap-index.xml')).text();
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(sitemaps.length).toBeGreaterThan(0);
    const urls = (await Promise.all(sitemaps.map(async (s) => (await request.get(new URL(s).pathname)).text()))).join(
      '',
    );
    for (const path of [ARTICLE, '/kernel/index/', '/authors/halvard-inkwell/', '/topics/elf/', '/feeds/'])
      expect(urls).toContain(`<loc>${site(path)}</loc>`);
    expect(urls).not.toContain('.xml</loc>');
  });

  test('an item page has its canonical URL, description and Open Graph tags', async ({ page }) => {
    await page.goto(ARTICLE);
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', site(ARTICLE));
    const summary = await page.locator('meta[name=description]').getAttribute('content');
    expect(summary).toMatch(/\S{10}/);
    const og = (property: string) => page.locator(`meta[property="${property}"]`);
    await expect(og('og:type')).toHaveAttribute('content', 'article');
    await expect(og('og:title')).toHaveAttribute('content', 'Predictive ELF bitmaps');
    await expect(og('og:description')).toHaveAttribute('content', summary!);
    await expect(og('og:url')).toHaveAttribute('content', site(ARTICLE));
    await expect(og('article:published_time')).toHaveAttribute('content', REFERENCE_EDITION);
    await expect(og('article:author')).toHaveAttribute('content', site('/authors/halvard-inkwell/'));
  });
});

test.describe('reading keys', () => {
  test('on an item page, j/k follow the next/previous item and n/p the next/previous page', async ({ page }) => {
    for (const [key, url] of [
      ['j', `/articles/${REFERENCE_EDITION}/atomic-context-api-design/`],
      ['k', `/articles/${REFERENCE_EDITION}/kernel-markers-binary-modules/`],
      ['n', `/editions/${REFERENCE_EDITION}/distributions/`],
      ['p', `/editions/${REFERENCE_EDITION}/security/`],
    ]) {
      await page.goto(ARTICLE);
      await page.keyboard.press(key);
      await expect(page, `key ${key}`).toHaveURL(url);
    }
  });

  test('on an edition page, j/k move between the items on it and n/p follow the page links', async ({ page }) => {
    await page.goto(KERNEL_PAGE);
    const titles = page.locator('article.item h3 a');
    await page.keyboard.press('j');
    await expect(titles.nth(0)).toBeFocused();
    await page.keyboard.press('j');
    await expect(titles.nth(1)).toBeFocused();
    await expect(titles.nth(1)).toBeInViewport();
    await page.keyboard.press('k');
    await expect(titles.nth(0)).toBeFocused();
    await page.keyboard.press('n');
    await expect(page).toHaveURL(`/editions/${REFERENCE_EDITION}/distributions/`);
    await page.keyboard.press('p');
    await expect(page).toHaveURL(KERNEL_PAGE);
  });

  test('never fire while typing in a field or with a modifier held', async ({ page }) => {
    await page.goto(ARTICLE);
    const search = page.getByRole('searchbox', { name: 'Search the archive' });
    await search.click();
    await page.keyboard.type('jknp?');
    await expect(search).toHaveValue('jknp?');
    await expect(page.getByRole('dialog')).toBeHidden();
    await search.blur();
    await page.keyboard.press('Alt+j');
    await page.keyboard.press('Control+n');
    await expect(page).toHaveURL(ARTICLE);
  });

  test('? opens an accessible help that Escape closes, returning focus', async ({ page }) => {
    await page.goto(ARTICLE);
    const link = page.locator('.byline a');
    await link.focus();
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help).toBeVisible();
    await expect(help.getByRole('button', { name: 'Close' })).toBeFocused();
    await expect(help.locator('dt')).toHaveText(['j / k', 'n / p', '?', 'Esc']);
    await expectNoAxeViolations(page);
    // Keys do nothing while the help is open.
    await page.keyboard.press('j');
    await expect(page).toHaveURL(ARTICLE);
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
    await expect(link).toBeFocused();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the same destinations are links, marked rel=prev/next', async ({ page }) => {
      await page.goto(ARTICLE);
      await expect(page.locator('link[rel=next]')).toHaveAttribute(
        'href',
        `/articles/${REFERENCE_EDITION}/atomic-context-api-design/`,
      );
      const items = page.getByRole('navigation', { name: 'Items of this edition' });
      await expect(items.locator('a[rel=next]')).toHaveAttribute(
        'href',
        `/articles/${REFERENCE_EDITION}/atomic-context-api-design/`,
      );
      const pages = page.getByRole('navigation', { name: 'Pages of this edition' });
      await expect(pages.getByRole('link')).toHaveText(['« Security page', 'Distributions page »']);
      await expect(page.getByRole('dialog')).toBeHidden();
    });
  });
});

test.describe('print', () => {
  for (const path of [
    ARTICLE,
    `/articles/${REFERENCE_EDITION}/atomic-context-api-design/`,
    `/editions/${REFERENCE_EDITION}/all/`,
  ]) {
    test(`${path} prints without navigation, with absolute link URLs and whole code`, async ({ page }) => {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      for (const chrome of ['.site-header', '.site-footer', '.page-nav', '.skip-link', '.page-foot-next']) {
        for (const el of await page.locator(chrome).all()) await expect(el, chrome).toBeHidden();
      }
      const afters = await page
        .locator('main a[href^="/"]')
        .evaluateAll((links) =>
          links.map(
            (a) =>
              [
                a.getAttribute('href'),
                getComputedStyle(a, '::after').content,
                a.closest('header, .toc, .kicker') !== null,
              ] as const,
          ),
        );
      const inText = afters.filter(([, , chrome]) => !chrome);
      expect(inText.length).toBeGreaterThan(0);
      for (const [href, content] of inText) expect(content).toBe(`" <${new URL(SITE.url).origin}${href}>"`);
      for (const [, content] of afters.filter(([, , chrome]) => chrome)) expect(content).toBe('none');
      // Code wraps instead of running off the page.
      for (const pre of await page.locator('main pre').all()) {
        expect(await pre.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      }
    });
  }
});

const NEW_PAGES = {
  'kernel index': '/kernel/index/',
  'topic page': '/topics/memory-management/',
  'topic page, an older year': '/topics/releases/2008/',
  'author index': '/authors/',
  'author page': '/authors/halvard-inkwell/',
  'author page, an older year': '/authors/ignatius-wrenfield/2008/',
  'feeds page': '/feeds/',
};

scanPagesWithAxe(NEW_PAGES);

test('every internal link on every built page resolves', () => {
  const dist = join(import.meta.dirname, '..', 'dist');
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  const files = new Set(readdirSync(dist, { recursive: true, encoding: 'utf8' }));
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file))
      ids.set(file, new Set([...readFileSync(join(dist, file), 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
    return ids.get(file)!;
  };
  const broken: string[] = [];
  let checked = 0;
  for (const file of pages) {
    const html = readFileSync(join(dist, file), 'utf8');
    const here = `/${file.replace(/index\.html$/, '')}`;
    for (const [, raw] of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const href = raw.replaceAll('&amp;', '&');
      if (/^[a-z]+:/i.test(href) || href.startsWith('//')) continue;
      const url = new URL(href, `http://site${here}`);
      const target = url.pathname.endsWith('/') ? `${url.pathname.slice(1)}index.html` : url.pathname.slice(1);
      checked++;
      if (!files.has(target)) broken.push(`${file}: ${href}`);
      else if (url.hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1))))
        broken.push(`${file}: ${href} (no such id)`);
    }
  }
  expect(checked).toBeGreaterThan(pages.length);
  expect(broken).toEqual([]);
});

test('every article page, reading keys included, stays under 14 KB gzip of HTML and CSS', () => {
  const dist = join(import.meta.dirname, '..', 'dist');
  const gz = (file: string) => gzipSync(readFileSync(join(dist, file))).length;
  const articles = readdirSync(join(dist, 'articles'), { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('index.html'),
  );
  expect(articles.length).toBeGreaterThan(20);
  for (const file of articles) {
    const html = readFileSync(join(dist, 'articles', file), 'utf8');
    expect(html, file).toContain('id="keys-help"');
    const css = [...html.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].map((m) => gz(m[1]));
    expect(gz(join('articles', file)) + css.reduce((a, b) => a + b, 0), file).toBeLessThan(14 * 1024);
  }
});
