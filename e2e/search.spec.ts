import { test, expect, expectNoAxeViolations, type Page } from './fixtures.ts';

/** The search page, on the Pagefind index every build writes. */

const box = (page: Page) => page.getByRole('searchbox', { name: 'Search for' });
const status = (page: Page) => page.getByRole('status');
const results = (page: Page) => page.locator('#search-results > li');
const resultTitles = (page: Page) => page.locator('#search-results h2 a');
const resultCount = async (page: Page) => Number((await status(page).textContent())?.match(/^(\d+) results?/)?.[1]);

async function searchFor(page: Page, words: string) {
  await page.goto('/search/');
  await box(page).fill(words);
  await expect(status(page)).toContainText(`for “${words}”`);
}

test('a word found in one article returns that article first, with date, edition, section and excerpt', async ({
  page,
}) => {
  await searchFor(page, 'workqueues');
  const first = results(page).first();
  await expect(first.getByRole('heading')).toHaveText('Threaded interrupt handlers');
  await expect(first.locator('time')).toHaveText('June 11, 2009');
  await expect(first.getByRole('link', { name: 'Weekly edition' })).toHaveAttribute('href', '/editions/2009-06-11/');
  await expect(first.getByRole('link', { name: 'Kernel development' })).toHaveAttribute(
    'href',
    '/editions/2009-06-11/kernel/',
  );
  await expect(first.locator('.excerpt mark').first()).toHaveText(/workqueues/i);
});

test('only permanent item pages are indexed, each once', async ({ page }) => {
  await searchFor(page, 'kernel');
  const hrefs = await resultTitles(page).evaluateAll((links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
  expect(hrefs.length).toBeGreaterThan(1);
  for (const href of hrefs) expect(href).toMatch(/^\/articles\/\d{4}-\d{2}-\d{2}\/[^/]+\/$/);
  expect(new Set(hrefs).size).toBe(hrefs.length);
});

test('the summary and the author are searchable', async ({ page }) => {
  // "reopened" is only in the summary of the markers article, never in any item's text.
  await searchFor(page, 'reopened');
  await expect(resultTitles(page)).toHaveText(['Kernel markers and binary-only modules']);
  await searchFor(page, 'Halvard Inkwell');
  await expect(resultTitles(page).first()).toHaveText('Predictive ELF bitmaps');
});

test('a filter narrows the results, with counts on its options', async ({ page }) => {
  await searchFor(page, 'kernel');
  const all = await resultCount(page);
  const kind = page.getByLabel('Kind');
  const featureOption = kind.locator('option', { hasText: /^Feature \(\d+\)$/ });
  const features = Number((await featureOption.textContent())!.match(/\((\d+)\)/)![1]);
  expect(features).toBeLessThan(all);
  await kind.selectOption('Feature');
  await expect(status(page)).toHaveText(`${features} results for “kernel” with these filters.`);
  await expect(results(page)).toHaveCount(Math.min(features, 10));
  for (const meta of await page.locator('#search-results .meta').allTextContents()) expect(meta).toContain(' · by ');
  await expect(page).toHaveURL(/[?&]kind=Feature(&|$)/);
});

test('date order puts the newest first', async ({ page }) => {
  await searchFor(page, 'kernel');
  await page.getByLabel('Order').selectOption('date');
  await expect(page).toHaveURL(/sort=date/);
  await expect(results(page).first().locator('time')).toHaveAttribute('datetime', '2009-06-11');
  const dates = await page
    .locator('#search-results time')
    .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
  expect(dates.length).toBeGreaterThan(2);
  expect(dates).toEqual([...dates].sort().reverse());
});

test('a reload keeps the query, the filters and the order', async ({ page }) => {
  await searchFor(page, 'release');
  await page.getByLabel('Section').selectOption('Kernel development');
  await page.getByLabel('Year').selectOption('2008');
  await page.getByLabel('Order').selectOption('date');
  await expect(status(page)).toContainText('with these filters');
  const titles = await resultTitles(page).allTextContents();
  expect(page.url()).toContain('/search/?q=release&section=Kernel+development&year=2008&sort=date');

  await page.reload();
  await expect(box(page)).toHaveValue('release');
  await expect(page.getByLabel('Section')).toHaveValue('Kernel development');
  await expect(page.getByLabel('Year')).toHaveValue('2008');
  await expect(page.getByLabel('Order')).toHaveValue('date');
  await expect(resultTitles(page)).toHaveText(titles);
});

test('filters alone list items, without a query', async ({ page }) => {
  await page.goto('/search/?author=Halvard+Inkwell');
  await expect(status(page)).toHaveText(/^\d+ results? with these filters\.$/);
  await expect(resultTitles(page)).toContainText(['Predictive ELF bitmaps']);
});

test('a query with no match says so', async ({ page }) => {
  await searchFor(page, 'xylophonequartz');
  await expect(status(page)).toHaveText('No results for “xylophonequartz”.');
  await expect(results(page)).toHaveCount(0);
});

test('the header search box leads to the results', async ({ page }) => {
  await page.goto('/editions/');
  await page.getByRole('searchbox', { name: 'Search the archive' }).fill('workqueues');
  await page.getByRole('searchbox', { name: 'Search the archive' }).press('Enter');
  await expect(page).toHaveURL('/search/?q=workqueues');
  await expect(box(page)).toHaveValue('workqueues');
  await expect(resultTitles(page).first()).toHaveText('Threaded interrupt handlers');
});

test('keyboard: / focuses the box, arrows walk the results, Enter opens one with the words highlighted', async ({
  page,
}) => {
  await searchFor(page, 'kernel');
  await page.locator('h1').click();
  await expect(box(page)).not.toBeFocused();
  await page.keyboard.press('/');
  await expect(box(page)).toBeFocused();
  await expect(box(page)).toHaveValue('kernel');

  const links = resultTitles(page);
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(box(page)).toBeFocused();

  // In a field, / is just a character.
  await page.keyboard.press('End');
  await page.keyboard.type('/');
  await expect(box(page)).toHaveValue('kernel/');
  await box(page).fill('workqueues');
  await expect(links.first()).toHaveText('Threaded interrupt handlers');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/articles/2009-06-11/threaded-interrupt-handlers/?highlight=workqueues');
  await expect(page.locator('article mark.pagefind-highlight').first()).toHaveText(/workqueues/i);
  await expectNoAxeViolations(page);
});

test('without JavaScript the page says search needs it and links to the archive and the topic index', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto('/search/?q=kernel');
  await expect(page.getByText('Searching the archive needs JavaScript.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'the archive of every edition' })).toHaveAttribute('href', '/editions/');
  await expect(page.getByRole('link', { name: 'the kernel index' })).toHaveAttribute('href', '/kernel/index/');
  await expect(page.getByRole('searchbox', { name: 'Search for' })).toBeHidden();
  expect(errors).toEqual([]);
  await context.close();
});

test('article pages load no script unless opened from a search result', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
  await page.goto('/articles/2009-06-11/threaded-interrupt-handlers/');
  await expect(page.locator('h1')).toHaveText('Threaded interrupt handlers');
  expect(scripts).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the search page with results has no axe violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/search/?q=kernel&kind=Feature');
    await expect(status(page)).toContainText('results for “kernel”');
    await page.getByLabel('Section').focus();
    await expectNoAxeViolations(page);
  });
}
