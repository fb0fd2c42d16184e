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

for (const path of [MD_ITEM, MDX_ITEM])
  test(`${path} names its image, absolute, for link previews (Open Graph)`, async ({ page }) => {
    await page.goto(path);
    const meta = (property: string) => page.locator(`meta[property="${property}"]`).getAttribute('content');
    const url = new URL((await meta('og:image'))!);
    expect(url.href).toMatch(/^https?:\/\/[^/]+\/_astro\/[\w.-]+\.(webp|svg)$/);
    // The file the body shows, and one the build wrote (the site's public address is not this server).
    const image = page.locator('.item-body figure img');
    expect(url.pathname).toBe(await image.getAttribute('src'));
    expect((await page.request.get(url.pathname)).ok()).toBe(true);
    expect(await meta('og:image:alt')).toBe(await image.getAttribute('alt'));
    expect(await meta('og:image:width')).toBe(await image.getAttribute('width'));
    expect(await meta('og:image:height')).toBe(await image.getAttribute('height'));
  });

test('a feed entry shows the image of its item at an absolute URL', async ({ page }) => {
  const xml = await (await page.request.get('/feeds/headlines.xml')).text();
  await page.goto('/');
  // The description is HTML carried as text: read it as a feed reader does.
  const images = await page.evaluate((text) => {
    const feed = new DOMParser().parseFromString(text, 'application/xml');
    return [...feed.querySelectorAll('item')].flatMap((item) => {
      const html = new DOMParser().parseFromString(item.querySelector('description')!.textContent!, 'text/html');
      return [...html.querySelectorAll('img')].map((img) => ({
        link: item.querySelector('link')!.textContent,
        src: img.getAttribute('src')!,
      }));
    });
  }, xml);
  const entry = images.find((i) => i.link!.endsWith(MD_ITEM));
  expect(entry?.src).toMatch(/^https?:\/\/[^/]+\/_astro\/threaded-interrupt-handlers\.[\w-]+\.webp$/);
  expect((await page.request.get(new URL(entry!.src).pathname)).ok()).toBe(true);
  for (const { src } of images) expect(URL.canParse(src)).toBe(true);
});

test('the edition page shows the same optimised image', async ({ page }) => {
  await page.goto('/editions/2009-06-11/kernel/');
  await expect(page.locator('#item-threaded-interrupt-handlers figure.figure img')).toHaveAttribute('src', /\.webp$/);
});

scanPagesWithAxe({ 'an item with a Markdown figure': MD_ITEM, 'an item with a <Figure>': MDX_ITEM });
