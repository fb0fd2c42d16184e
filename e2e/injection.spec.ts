import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { test, expect } from './fixtures.ts';

/**
 * The published sample is free of script URLs and fires no dialog. The payloads themselves are proven
 * inert in test/injection.test.ts (the corpus built with the check bypassed); here the real build is walked.
 */
const DIST = join(import.meta.dirname, '..', 'dist');
const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(DIST, f)).isFile());

test('no file of the built site contains "javascript:"', () => {
  expect(files.length).toBeGreaterThan(50);
  for (const file of files) {
    const bytes = readFileSync(join(DIST, file));
    // Pagefind's fragments and indexes are gzip files; read them as their text.
    const text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('latin1');
    expect(text, file).not.toMatch(/javascript:/i);
  }
});

test('no item page of the sample fires a dialog, on load or on a click of a body link', async ({ page }) => {
  test.setTimeout(180_000);
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(`${page.url()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  const articles = files.filter((f) => /^articles\/[^/]+\/[^/]+\/index\.html$/.test(f));
  expect(articles.length).toBeGreaterThan(10);
  for (const file of articles) {
    await page.goto(`/${file.replace(/index\.html$/, '')}`);
    await page.evaluate(() => {
      // Clicks stay on the page; a script URL would still run.
      document.addEventListener('click', (event) => {
        const href = (event.target as Element).closest('a')?.getAttribute('href') ?? '';
        if (!/^\s*javascript:/i.test(href)) event.preventDefault();
      });
      for (const el of document.querySelectorAll<HTMLElement>('.item-body a, .item-body summary')) el.click();
    });
  }
  expect(dialogs).toEqual([]);
});
