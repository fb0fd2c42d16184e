import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUnpublished, copyFixture, type Fixture } from './fixture.ts';
import { devPort, startDev, type DevServer } from './dev-server.ts';

/**
 * `npm run dev` as an editor previews with it: drafts and scheduled editions shown and marked, content errors
 * shown in the browser with status 500, and the last build's search index served under /pagefind/, nothing
 * else of the machine, whatever the path. (That production builds never show the marks: atomic-build.test.ts.)
 */
const ROOT = join(import.meta.dirname, '..');

describe('astro dev', () => {
  let fixture: Fixture;
  let out: string;
  let dev: DevServer;

  beforeAll(async () => {
    fixture = copyFixture();
    out = mkdtempSync(join(tmpdir(), 'kw-devout-'));
    mkdirSync(join(out, 'pagefind/fragment'), { recursive: true });
    writeFileSync(join(out, 'pagefind/pagefind.js'), 'export const built = true;\n');
    writeFileSync(join(out, 'pagefind/fragment/en_1.pf_fragment'), 'fragment');
    writeFileSync(join(out, 'secret.txt'), 'not for the browser');
    addUnpublished(fixture);
    dev = await startDev(devPort(), { CONTENT_DIR: fixture.dir, BUILD_DATE: '2008-03-30' }, ['--outDir', out]);
  });
  afterAll(() => {
    dev?.stop();
    fixture.remove();
    rmSync(out, { recursive: true, force: true });
  });

  const page = async (path: string) => {
    const response = await fetch(`${dev.url}${path}`, { headers: { accept: 'text/html' } });
    return { status: response.status, html: await response.text() };
  };
  const marks = (html: string) =>
    [...html.matchAll(/<strong class="publication-mark[^"]*"[^>]*>([^<]*)<\/strong>/g)].map((m) => m[1].trim());

  it('marks a draft item wherever it shows, and only it', async () => {
    const article = await page('/articles/2008-03-27/unfinished/');
    expect(article.status).toBe(200);
    expect(marks(article.html)).toEqual(['Draft']);
    expect(marks((await page('/articles/2008-03-27/markers/')).html)).toEqual([]);
    expect(marks((await page('/editions/2008-03-27/kernel/')).html)).toEqual(['Draft']);
  });

  it('marks a scheduled edition with its date, and the home page does not call it the latest edition', async () => {
    expect(marks((await page('/editions/2008-04-03/')).html)).toContain('Scheduled for April 3, 2008');
    expect(marks((await page('/editions/')).html)).toEqual(['Scheduled for April 3, 2008']);
    const home = (await page('/')).html;
    expect(marks(home)).toContain('Scheduled for April 3, 2008');
    expect(home).not.toContain('The latest weekly edition');
  });

  it('serves the last build’s search index under /pagefind/', async () => {
    const script = await fetch(`${dev.url}/pagefind/pagefind.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript');
    expect(await script.text()).toBe('export const built = true;\n');
    expect((await fetch(`${dev.url}/pagefind/fragment/en_1.pf_fragment`)).status).toBe(200);
  });

  it.each([
    ['/pagefind/..%00/package.json', 400],
    ['/pagefind/%ff', 400],
    ['/pagefind/..%5csecret.txt', 400],
    ['/pagefind/%2e%2e/secret.txt', 404],
    ['/pagefind/..%2fsecret.txt', 404],
    ['/pagefind/%2e%2e/%2e%2e/package.json', 404],
    ['/pagefind/fragment/%2e%2e/%2e%2e/secret.txt', 404],
    ['/pagefind/no-such-file.js', 404],
  ])('answers %s with %i, no stack trace and no path', async (path, status) => {
    const response = await rawGet(dev.url, path);
    const body = response.body;
    expect(response.status).toBe(status);
    expect(body).not.toContain('not for the browser');
    expect(body).not.toMatch(/\bat \S+ \(|\n\s+at /);
    for (const path of [ROOT, out, '/work/', '/tmp/']) expect(body).not.toContain(path);
  });
});

/** GET with the path sent as written: fetch() would resolve `%2e%2e` segments itself, an attacker's client does not. */
function rawGet(base: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    get({ hostname, port, path }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    }).on('error', reject);
  });
}

describe('astro dev on content with an error', () => {
  let fixture: Fixture;
  let dev: DevServer;
  const FEATURE = 'editions/2008-03-27/kernel/markers.md';

  beforeAll(async () => {
    fixture = copyFixture();
    fixture.edit(FEATURE, (t) => t.replace('author: test-writer', 'author: nobdoy'));
    dev = await startDev(devPort(1), { CONTENT_DIR: fixture.dir, BUILD_DATE: '2008-03-30' });
  });
  afterAll(() => {
    dev?.stop();
    fixture.remove();
  });

  it.each(['/articles/2008-03-27/markers/', '/', '/editions/2008-03-27/kernel/'])(
    'answers %s with status 500 and the problem: file, field, what was expected',
    async (path) => {
      const response = await fetch(`${dev.url}${path}`, { headers: { accept: 'text/html' } });
      const html = await response.text();
      expect(response.status).toBe(500);
      expect(html).toContain(`${FEATURE}: author: unknown author &quot;nobdoy&quot;`);
      expect(html).not.toContain('</footer>');
    },
  );

  it('serves the page again once the file is fixed', async () => {
    fixture.edit(FEATURE, (t) => t.replace('author: nobdoy', 'author: test-writer'));
    let status = 0;
    for (let attempt = 0; attempt < 60 && status !== 200; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      status = (await fetch(`${dev.url}/articles/2008-03-27/markers/`, { headers: { accept: 'text/html' } })).status;
    }
    expect(status).toBe(200);
  });
});
