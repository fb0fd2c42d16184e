import type { Page } from '@playwright/test';
import { test, expect, REFERENCE_EDITION } from './fixtures.ts';

/**
 * The Content Security Policy (astro.config.mjs, src/csp.ts) is on every page, and under it every page type
 * loads without a single violation, search finds results (Pagefind's WebAssembly included) and the reading keys
 * work. The shared fixture also fails a test on any console error, which is how Chromium reports a violation.
 */
const PAGES: Record<string, string> = {
  home: '/',
  'edition front page': `/editions/${REFERENCE_EDITION}/`,
  'kernel page (quotes, patches, highlighted code)': `/editions/${REFERENCE_EDITION}/kernel/`,
  'big page': `/editions/${REFERENCE_EDITION}/all/`,
  'article with code': '/articles/2009-06-11/threaded-interrupt-handlers/',
  'article from a search result (highlighting)':
    '/articles/2009-06-11/threaded-interrupt-handlers/?highlight=workqueues',
  archive: '/editions/',
  'kernel index': '/kernel/index/',
  topic: '/topics/tracing/',
  authors: '/authors/',
  author: '/authors/halvard-inkwell/',
  'release timeline': '/kernel/releases/',
  quotes: '/quotes/',
  feeds: '/feeds/',
  search: '/search/?q=kernel',
};

/** Records every CSP violation the page reports, from before its first script runs. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

const policyOf = (page: Page) => page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');

for (const [name, path] of Object.entries(PAGES)) {
  test(`the ${name} has the policy and runs without a violation`, async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const policy = await policyOf(page);
    expect(policy).toContain("default-src 'none'");
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[\w+/=]+')*;/);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(await violations()).toEqual([]);
  });
}

test('search finds results under the policy', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/search/');
  await page.getByRole('searchbox', { name: 'Search for' }).fill('workqueues');
  await expect(page.locator('#search-results > li').first().getByRole('heading')).toHaveText(
    'Threaded interrupt handlers',
  );
  expect(await violations()).toEqual([]);
});

test('the reading keys work under the policy', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto(`/editions/${REFERENCE_EDITION}/kernel/`);
  await page.keyboard.press('j');
  await expect(page.locator('article.item h3 a').first()).toBeFocused();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  expect(await violations()).toEqual([]);
  await page.keyboard.press('n');
  await expect(page).toHaveURL(`/editions/${REFERENCE_EDITION}/distributions/`);
  expect(await violations()).toEqual([]);
});

test.describe('an injected script', () => {
  test.use({ allowedConsoleErrors: [/inline script violates the following Content Security Policy/] });

  test('is refused', async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto('/', { waitUntil: 'domcontentloaded' });
    // What an injected inline script would be: the policy must stop it, so this test expects the violation.
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
      return (window as unknown as { injected?: boolean }).injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(violations).toEqual([expect.stringMatching(/^script-src-elem blocked inline/)]);
  });
});
