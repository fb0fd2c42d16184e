import { test, expect, scanPagesWithAxe } from './fixtures.ts';

/**
 * Images beside items: a Markdown figure in a `.md` item (rendered by the item loader) and a <Figure> in an
 * `.mdx` item both go through Astro's image service: optimised file, width and height, lazy loading.
 */
const MD_ITEM = '/articles/2009-06-11/threaded-interrupt-handlers/';
const MDX_ITEM = '/articles/2008-03-27/predictive-elf-bitmaps/';

for (const [kind, path, format, caption] of [
  ['.md', MD_ITEM, /\/_astro\/threaded-interrupt-handlers\.[\w-]+\.webp$/, /^One interrupt, two halves/],
  ['.mdx', MDX_ITEM, /\/_astro\/predictive-elf-bitmaps\.[\w-]+\.svg$/, /file order\.Credit: Halvard Inkwell$/],
] as const) {
  test(`an image in a ${kind} item renders optimised, sized, lazy, with alt text and a caption`, async ({ page }) => {
    await page.goto(path);
    const figure = page.locator('.item-body figure.figure');
    await expect(figure).toHaveCount(1);
    const image = figure.locator('img');
    await expect(image).toHaveAttribute('src', format);
    await expect(image).toHaveAttribute('width', /^\d+$/);
    await expect(image).toHaveAttribute('height', /^\d+$/);
    await expect(image).toHaveAttribute('loading', 'lazy');
    await expect(image).toHaveAttribute('alt', /\w{3,}/);
    await expect(image).not.toHaveAttribute('__ASTRO_IMAGE_', /.*/);
    await expect(figure.locator('figcaption')).toHaveText(caption);

    await image.scrollIntoViewIfNeeded();
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
    const response = await page.request.get((await image.getAttribute('src'))!);
    expect(response.ok()).toBe(true);
  });
}

test('the edition page shows the same optimised image', async ({ page }) => {
  await page.goto('/editions/2009-06-11/kernel/');
  await expect(page.locator('#item-threaded-interrupt-handlers figure.figure img')).toHaveAttribute('src', /\.webp$/);
});

scanPagesWithAxe({ 'an item with a Markdown figure': MD_ITEM, 'an item with a <Figure>': MDX_ITEM });
