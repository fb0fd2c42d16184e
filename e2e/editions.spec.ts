import { test, expect, expectNoAxeViolations, scanPagesWithAxe, REFERENCE_EDITION } from './fixtures.ts';

test('home shows the latest edition with a table of contents and summaries', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveText('Weekly edition for June 11, 2009');
  const toc = page.getByRole('navigation', { name: 'In this edition' });
  await expect(toc.getByRole('link', { name: 'Front page' })).toBeVisible();
  await expect(toc.getByRole('link', { name: 'Kernel development' })).toBeVisible();
  await expect(toc.locator('.summary').first()).not.toBeEmpty();
});

test('a reader walks an edition page by page, into an article and back', async ({ page }) => {
  await page.goto('/editions/');
  await page.getByRole('link', { name: 'March 27, 2008' }).click();
  await expect(page).toHaveURL(`/editions/${REFERENCE_EDITION}/`);
  await expect(page.locator('h1')).toHaveText('Weekly edition for March 27, 2008');

  // Front page -> Security -> Kernel development, by the page foot's "Next page" link.
  await page.getByRole('link', { name: 'Next page: Security >>' }).click();
  await expect(page).toHaveURL(`/editions/${REFERENCE_EDITION}/security/`);
  await page.getByRole('link', { name: 'Next page: Kernel development >>' }).click();
  await expect(page).toHaveURL(`/editions/${REFERENCE_EDITION}/kernel/`);
  await expect(page.locator('h1')).toHaveText('Kernel development');
  await expect(page.locator('.page-foot')).toContainText('Page editor:');
  await expect(page.locator('.page-foot')).toContainText('Next page: Distributions >>');

  // The kernel page carries the three features of the reference edition, in full.
  const features = page.locator('section:has(h2:text-is("Kernel development news")) article h3');
  await expect(features).toHaveText([
    'Kernel markers and binary-only modules',
    'Predictive ELF bitmaps',
    'Atomic context and kernel API design',
  ]);

  await page.getByRole('link', { name: 'Atomic context and kernel API design' }).click();
  await expect(page).toHaveURL(`/articles/${REFERENCE_EDITION}/atomic-context-api-design/`);
  await expect(page.locator('h1')).toHaveText('Atomic context and kernel API design');
  await expect(page.locator('.byline')).toHaveText(/^By \S.+ · March 27, 2008$/);
  await expect(page.locator('.index-entries a').first()).toBeVisible();

  // Previous and next item of the edition, then back to the edition.
  await expect(page.getByRole('navigation', { name: 'Items of this edition' }).locator('a[rel=prev]')).toHaveText(
    '« Predictive ELF bitmaps',
  );
  await page.getByRole('link', { name: 'Weekly edition for March 27, 2008' }).click();
  await expect(page).toHaveURL(`/editions/${REFERENCE_EDITION}/`);
});

test('the previous-page link goes back through the fixed page order', async ({ page }) => {
  await page.goto(`/editions/${REFERENCE_EDITION}/kernel/`);
  const nav = page.getByRole('navigation', { name: 'Pages of this edition' });
  await expect(nav.locator('a[rel=prev]')).toHaveText('« Security');
  await expect(nav.locator('a[rel=next]')).toHaveText('Distributions »');
  await expect(page.locator('link[rel=next]')).toHaveAttribute('href', `/editions/${REFERENCE_EDITION}/distributions/`);
});

test('the big page holds every item of the edition, page by page', async ({ page }) => {
  await page.goto(`/editions/${REFERENCE_EDITION}/`);
  const tocItems = await page.getByRole('navigation', { name: 'In this edition' }).locator('ul a').allTextContents();
  await page.getByRole('link', { name: 'Whole edition on one page' }).click();
  await expect(page).toHaveURL(`/editions/${REFERENCE_EDITION}/all/`);
  await expect(page.locator('article.item h3')).toHaveText(tocItems);
  await expect(page.locator('section.big-page-section > h2')).toHaveText([
    'Front page',
    'Security',
    'Kernel development',
    'Distributions',
    'Announcements',
  ]);
});

test('the archive lists every edition by year, newest first', async ({ page }) => {
  await page.goto('/editions/');
  await expect(page.locator('section h2')).toHaveText(['2009', '2008']);
  await expect(page.locator('section').first().getByRole('link')).toHaveText(['June 11, 2009', 'January 15, 2009']);
});

test.describe('a draft item', () => {
  test.use({ allowedConsoleErrors: [/status of 404/] });
  test('is not published: no page, no entry on its edition page', async ({ page }) => {
    expect((await page.goto('/articles/2009-06-11/merge-window-2-6-31-part-1/'))?.status()).toBe(404);
    await page.goto('/editions/2009-06-11/kernel/');
    await expect(page.locator('article.item')).not.toHaveCount(0);
    await expect(page.getByText('The 2.6.31 merge window, part 1')).toHaveCount(0);
  });
});

test.describe('a missing page', () => {
  test.use({ allowedConsoleErrors: [/status of 404/] });
  test('answers 404 with ways back', async ({ page }) => {
    const response = await page.goto('/no/such/page/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page not found');
    await expectNoAxeViolations(page);
  });
});

const PAGE_TYPES = {
  home: '/',
  archive: '/editions/',
  'edition front page': `/editions/${REFERENCE_EDITION}/`,
  'kernel page': `/editions/${REFERENCE_EDITION}/kernel/`,
  'big page': `/editions/${REFERENCE_EDITION}/all/`,
  article: `/articles/${REFERENCE_EDITION}/atomic-context-api-design/`,
};

scanPagesWithAxe(PAGE_TYPES);

test.describe('dark scheme', () => {
  test.use({ colorScheme: 'dark' });
  test('follows the OS: dark background, light text', async ({ page }) => {
    await page.goto(`/articles/${REFERENCE_EDITION}/atomic-context-api-design/`);
    const [background, text] = await page.evaluate(() => {
      const style = getComputedStyle(document.body);
      return [style.backgroundColor, style.color];
    });
    const luminance = (rgb: string) =>
      rgb
        .match(/\d+/g)!
        .slice(0, 3)
        .map(Number)
        .reduce((a, b) => a + b, 0) / 3;
    expect(luminance(background)).toBeLessThan(60);
    expect(luminance(text)).toBeGreaterThan(180);
  });
});
