import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * The shared test fixture: every page a test opens is watched for console errors, failed requests and
 * requests to other hosts, and the test fails if any happened (a test that expects some, such as the 404
 * page, lists them in `allowedConsoleErrors`).
 */
export const test = base.extend<{ allowedConsoleErrors: RegExp[]; watched: void }>({
  allowedConsoleErrors: [[], { option: true }],
  watched: [
    async ({ page, allowedConsoleErrors, baseURL }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && !allowedConsoleErrors.some((re) => re.test(message.text())))
          problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        if (!request.url().startsWith(baseURL!) && !request.url().startsWith('data:'))
          problems.push(`third-party request: ${request.url()}`);
      });
      await use();
      expect(problems).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect, type Page };

/** Runs axe-core on the page (WCAG 2.0-2.2 A/AA and best practices) and expects no violation. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

/** Declares one axe scan per page (name -> path) in each colour scheme. */
export function scanPagesWithAxe(pages: Record<string, string>) {
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`${scheme} scheme`, () => {
      test.use({ colorScheme: scheme });
      for (const [name, path] of Object.entries(pages)) {
        test(`${name} has no axe violations`, async ({ page }) => {
          await page.goto(path);
          await expectNoAxeViolations(page);
        });
      }
    });
  }
}

/** The sample edition whose kernel page follows the reference page of 27 March 2008. */
export const REFERENCE_EDITION = '2008-03-27';
