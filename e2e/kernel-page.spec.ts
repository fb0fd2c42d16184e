import { gzipSync } from 'node:zlib';
import { test, expect, scanPagesWithAxe, REFERENCE_EDITION } from './fixtures.ts';

const KERNEL_PAGE = `/editions/${REFERENCE_EDITION}/kernel/`;

test('the 2008-03-27 kernel page shows release status, quotes, features and patches in that order', async ({
  page,
}) => {
  await page.goto(KERNEL_PAGE);
  const main = page.locator('main');
  await expect(main.locator('h2.group-heading')).toHaveText([
    'Brief items',
    'Kernel development news',
    'Patches and updates',
  ]);
  // Everything at item level, in reading order.
  await expect(main.locator(':is(article.item > header > h3, section.quotes-of-the-week > h3)')).toHaveText([
    'Kernel release status',
    'Quotes of the week',
    'Kernel markers and binary-only modules',
    'Predictive ELF bitmaps',
    'Atomic context and kernel API design',
  ]);

  // The release status is computed from releases.yaml as of the edition's date.
  const status = page.locator('#item-release-status .release-status');
  await expect(status.locator('dt')).toHaveText(['Current development kernel', 'Current stable kernel']);
  await expect(status.locator('dd').nth(0)).toHaveText(
    /^2\.6\.25-rc7, released March 25, 2008 \(announcement of 2\.6\.25-rc7\)$/,
  );
  await expect(status.locator('dd').nth(1)).toHaveText(
    /^2\.6\.24\.4, released March 24, 2008 \(announcement of 2\.6\.24\.4\)$/,
  );
  await expect(page.locator('#item-release-status .item-body p').first()).toContainText(
    'mostly a collection of reverts',
  );

  // Patches: the fixed category order, only categories with entries; each entry author, title link, date.
  const patches = page.locator('section.patches');
  await expect(patches.locator('h3')).toHaveText([
    'Kernel trees',
    'Architecture-specific',
    'Core kernel code',
    'Development tools',
    'Device drivers',
    'Documentation',
    'Filesystems and block I/O',
    'Memory management',
    'Networking',
    'Security-related',
    'Virtualization and containers',
    'Benchmarks and bugs',
  ]);
  const first = patches.locator('li').first();
  await expect(first).toHaveText('Ottilie Vanderquist: 2.6.25-rc7-sampletree1 (March 25, 2008)');
  await expect(first.locator('a')).toHaveAttribute('href', /^https:\/\/lists\.example\.org\//);
  await expect(first.locator('time')).toHaveAttribute('datetime', '2008-03-25');

  // The page foot, as on LWN.
  await expect(page.locator('.page-foot')).toHaveText(/Page editor: Mara Quillfeather\s*Next page: Distributions >>/);

  // Several bodies on one page, and still every id once.
  const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
});

test('another edition has a full kernel page of its own week', async ({ page }) => {
  await page.goto('/editions/2008-04-17/kernel/');
  const dds = page.locator('#item-release-status .release-status dd');
  await expect(page.locator('#item-release-status .release-status dt')).toHaveText([
    'Current mainline kernel',
    'Current stable kernel',
  ]);
  await expect(dds.nth(0)).toContainText('2.6.25, released April 16, 2008');
  await expect(dds.nth(1)).toContainText('2.6.24.4, released March 24, 2008');
  await expect(page.locator('section.quotes-of-the-week figure')).toHaveCount(2);
  await expect(page.locator('section.patches h3').last()).toHaveText('Miscellaneous');
  await expect(page.locator('.page-foot')).toContainText('Next page: Distributions >>');
  // A cross-reference written in a .md file, [text](item:…), is an ordinary link.
  await page.getByRole('link', { name: /^this week.s tour of the new kernel$/ }).click();
  await expect(page).toHaveURL('/articles/2008-04-17/whats-new-in-2-6-25/');
});

test('quotes of the week use figure, blockquote, figcaption and cite', async ({ page }) => {
  await page.goto(KERNEL_PAGE);
  const quote = page.locator('section.quotes-of-the-week figure').first();
  await expect(quote.locator('blockquote')).toHaveAttribute('cite', 'https://lists.example.org/lkml/2008/3/24/101');
  await expect(quote.locator('blockquote p')).toContainText('A tracepoint is a promise.');
  await expect(quote.locator('figcaption')).toHaveText(
    '— Percival Thistlewood (sample persona), On whether static tracepoints should be usable from proprietary modules, March 24, 2008',
  );
  await expect(quote.locator('figcaption cite a')).toHaveAttribute(
    'href',
    'https://lists.example.org/lkml/2008/3/24/101',
  );
});

test('cross-references show the title of their target and lead to it', async ({ page }) => {
  await page.goto(`/articles/${REFERENCE_EDITION}/atomic-context-api-design/`);
  const ref = page.locator('.item-body a[href="/articles/2008-03-27/kernel-markers-binary-modules/"]');
  await expect(ref).toHaveText('Kernel markers and binary-only modules');
  await ref.click();
  await expect(page.locator('h1')).toHaveText('Kernel markers and binary-only modules');
  // A <Quote> inside an article, and a <Ref release> to the timeline.
  await expect(page.locator('.item-body figure.quote figcaption')).toContainText('Rosamund Quillby (sample persona)');
  await page.locator('.item-body').getByRole('link', { name: '2.6.24', exact: true }).click();
  await expect(page).toHaveURL('/kernel/releases/#v2.6.24');
  await expect(page.locator('#v2\\.6\\.24')).toBeInViewport();
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });

    test('code is highlighted with the theme of the scheme; diff lines differ by more than colour', async ({
      page,
    }) => {
      await page.goto(`/articles/${REFERENCE_EDITION}/atomic-context-api-design/`);
      const c = page.locator('pre.astro-code[data-language="c"]');
      const colours = await c
        .locator('span[style]')
        .evaluateAll((spans) => [...new Set(spans.map((s) => getComputedStyle(s).color))]);
      expect(colours.length).toBeGreaterThan(3);
      const background = await c.evaluate((pre) => getComputedStyle(pre).backgroundColor);
      expect(background).toBe(scheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(10, 12, 16)');
      // The keyword `struct` takes the theme's colour for the scheme, not the other one's.
      const keyword = c.locator('span[style]', { hasText: /^struct$/ }).first();
      const [own, other] = await keyword.evaluate((s, sch) => {
        const style = (s as HTMLElement).style;
        return sch === 'light'
          ? [style.getPropertyValue('--shiki-light'), style.getPropertyValue('--shiki-dark')]
          : [style.getPropertyValue('--shiki-dark'), style.getPropertyValue('--shiki-light')];
      }, scheme);
      const hex = (rgb: string) =>
        `#${rgb
          .match(/\d+/g)!
          .slice(0, 3)
          .map((n) => Number(n).toString(16).padStart(2, '0'))
          .join('')}`;
      expect(hex(await keyword.evaluate((s) => getComputedStyle(s).color))).toBe(own.toLowerCase());
      expect(own.toLowerCase()).not.toBe(other.toLowerCase());

      const diff = page.locator('pre.astro-code[data-language="diff"]');
      const added = diff.locator('.line.diff-add');
      const removed = diff.locator('.line.diff-remove');
      await expect(added).toHaveCount(1);
      await expect(removed).toHaveCount(1);
      await expect(added).toHaveText(/^\+\s+msg = frob_msg_alloc\(dev->rx_len, GFP_ATOMIC\);$/);
      await expect(removed).toHaveText(/^-/);
      const look = (line: typeof added) =>
        line.evaluate((l) => {
          const s = getComputedStyle(l);
          return { border: s.borderLeftStyle, weight: s.fontWeight, background: s.backgroundColor };
        });
      const [a, r] = [await look(added), await look(removed)];
      expect([a.border, r.border]).toEqual(['solid', 'dashed']);
      expect(Number(a.weight)).toBeGreaterThan(Number(r.weight));
      expect(a.background).not.toBe(r.background);
    });
  });
}

const NEW_PAGES = {
  quotes: '/quotes/',
  'quotes of a year': '/quotes/2008/',
  'release timeline': '/kernel/releases/',
  'second kernel page': '/editions/2008-04-17/kernel/',
  'article with a quote and references': `/articles/${REFERENCE_EDITION}/kernel-markers-binary-modules/`,
  'article with footnotes': `/articles/${REFERENCE_EDITION}/predictive-elf-bitmaps/`,
};
scanPagesWithAxe(NEW_PAGES);

test('the quotes pages list every quote by year, newest first, with an index by speaker', async ({ page }) => {
  await page.goto('/quotes/');
  await expect(page.locator('h1')).toHaveText('Quotes of the week');
  await expect(page.getByRole('navigation', { name: 'By year' }).getByRole('listitem')).toHaveText(['2008 (4)']);
  const speakers = page.getByRole('navigation', { name: 'Index by speaker' }).locator('li');
  const names = (await speakers.allTextContents()).map((t) => t.split(':')[0]);
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  expect(names).toContain('Percival Thistlewood (sample persona)');

  await speakers.filter({ hasText: 'Percival Thistlewood' }).getByRole('link').click();
  await expect(page).toHaveURL('/quotes/2008/#quote-2008-03-27-1');
  await expect(page.locator('#quote-2008-03-27-1 figcaption')).toContainText('Percival Thistlewood');
  await expect(page.locator('h1')).toHaveText('Quotes of the week, 2008');
  await expect(page.locator('section.quotes-edition > h2')).toHaveText([
    'Weekly edition for April 17, 2008',
    'Weekly edition for March 27, 2008',
  ]);
  await expect(page.locator('section.quotes-edition figure')).toHaveCount(4);

  await page.getByRole('link', { name: 'Weekly edition for March 27, 2008' }).click();
  await expect(page).toHaveURL(`${KERNEL_PAGE}#quotes-of-the-week`);
  await expect(page.locator('#quotes-of-the-week')).toHaveText('Quotes of the week');
});

test('the release timeline groups releases by series and links to the articles that mention them', async ({ page }) => {
  await page.goto(KERNEL_PAGE);
  await page
    .locator('#item-release-status .release-status')
    .getByRole('link', { name: '2.6.25-rc7', exact: true })
    .click();
  await expect(page).toHaveURL('/kernel/releases/#v2.6.25-rc7');
  await expect(page.locator('section.release-series > h2')).toHaveText([
    'Linux 2.6.30',
    'Linux 2.6.29',
    'Linux 2.6.28',
    'Linux 2.6.27',
    'Linux 2.6.25',
    'Linux 2.6.24',
  ]);
  const series = page.locator('section.release-series', { has: page.locator('h2', { hasText: 'Linux 2.6.25' }) });
  await expect(series.locator('tbody th')).toHaveText([
    ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `2.6.25-rc${n} release candidate`),
    '2.6.25 release',
  ]);
  const row = page.locator('#v2\\.6\\.25-rc7');
  await expect(row.locator('time')).toHaveText('March 25, 2008');
  await row.getByRole('link', { name: 'Kernel release status' }).click();
  await expect(page).toHaveURL(`/articles/${REFERENCE_EDITION}/release-status/`);
  await page.goto('/kernel/releases/');
  await expect(page.locator('#v2\\.6\\.24\\.4 .mentions a')).toHaveText([
    'Kernel release status',
    'Kernel release status',
  ]);
});

test('an article page with quotes, references and code stays under 14 KB gzip (HTML and CSS)', async ({
  page,
  request,
}) => {
  for (const path of [
    `/articles/${REFERENCE_EDITION}/atomic-context-api-design/`,
    `/articles/${REFERENCE_EDITION}/kernel-markers-binary-modules/`,
  ]) {
    await page.goto(path);
    const styles = await page
      .locator('link[rel=stylesheet]')
      .evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
    const bodies = [
      await (await request.get(path)).text(),
      ...(await Promise.all(styles.map(async (href) => (await request.get(href)).text()))),
    ];
    const size = bodies.reduce((sum, text) => sum + gzipSync(text).length, 0);
    expect(size, path).toBeLessThan(14 * 1024);
  }
});
