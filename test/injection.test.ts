import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium } from '@playwright/test';
import type { Element, Root } from 'hast';
import { htmlToHast } from 'satteri';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FRONTMATTER, PAYLOADS, payloadSlug } from './injection/corpus.ts';
import { copyFixture, type Fixture } from './fixture.ts';

/**
 * The injection corpus built with the content check bypassed (test/injection/astro.unchecked.config.mjs):
 * the payloads the sanitiser handles publish as inert pages, proven in Chromium; the MDX code the build
 * refuses stops the build without reaching any file.
 */
const ROOT = join(import.meta.dirname, '..');
const CONFIG = 'test/injection/astro.unchecked.config.mjs';
const PORT = Number(process.env.INJECTION_PORT ?? 4355);
const EDITION = '2008-03-27';

function build(contentDir: string, outDir: string) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV'),
  );
  const result = spawnSync('npx', ['astro', 'build', '--config', CONFIG, '--outDir', outDir], {
    cwd: ROOT,
    env: { ...env, CONTENT_DIR: contentDir, BUILD_DATE: '2008-03-30' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Elements and attributes inside item bodies that could run script: what the sanitiser must have removed. */
function unsafeInBodies(tree: Root): string[] {
  const found: string[] = [];
  const visit = (node: Root | Element, inBody: boolean) => {
    if (node.type === 'element') {
      const classes = [node.properties.className ?? []].flat().map(String);
      inBody ||= classes.includes('item-body');
      if (inBody) {
        if (/^(script|iframe|object|embed|svg|form|style)$/.test(node.tagName)) found.push(`<${node.tagName}>`);
        for (const [key, value] of Object.entries(node.properties))
          if (/^on/i.test(key) || key === 'style' || /^\s*(javascript|vbscript|data:text)/i.test(String(value)))
            found.push(`<${node.tagName} ${key}=${JSON.stringify(value)}>`);
      }
    }
    for (const child of node.children) if (child.type === 'element') visit(child, inBody);
  };
  visit(tree, false);
  return found;
}

const filesOf = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile());

/** Serves a built site from a folder, as a static host would. */
function serve(dir: string): Promise<Server> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url!, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(PORT, '127.0.0.1', () => resolve(server)));
}

describe('the injection corpus, built without the content check', () => {
  const inert = PAYLOADS.map((payload, index) => ({ payload, slug: payloadSlug(index) })).filter(
    ({ payload }) => !payload.fatal,
  );
  let fixture: Fixture;
  let out: string;

  beforeAll(() => {
    fixture = copyFixture();
    for (const { payload, slug } of inert)
      fixture.write(`editions/${EDITION}/front/${slug}.${payload.format}`, `${FRONTMATTER}${payload.body}\n`);
    out = mkdtempSync(join(tmpdir(), 'kw-injection-'));
    const { status, output } = build(fixture.dir, out);
    if (status !== 0) throw new Error(output);
  }, 300_000);
  afterAll(() => {
    fixture?.remove();
    rmSync(out, { recursive: true, force: true });
  });

  it('finds unsafe markup in a body when there is some (the detector used below)', () => {
    const page = '<div class="item-body"><p><img src="x" onerror="alert(1)"><a href=" javascript:x">x</a></p></div>';
    expect(unsafeInBodies(htmlToHast(page) as Root)).toEqual(['<img onError="alert(1)">', '<a href=" javascript:x">']);
  });

  it('publishes every payload page with no script, handler or script URL from a body', () => {
    const pages = filesOf(out).filter((f) => f.endsWith('.html'));
    for (const { slug } of inert) expect(pages).toContain(`articles/${EDITION}/${slug}/index.html`);
    for (const page of pages)
      expect(unsafeInBodies(htmlToHast(readFileSync(join(out, page), 'utf8')) as Root), page).toEqual([]);
    for (const file of filesOf(out).filter((f) => !f.startsWith('pagefind/')))
      expect(readFileSync(join(out, file), 'utf8'), file).not.toMatch(
        /(href|src|action|data|cite|formaction)\s*=\s*["']?\s*(javascript|vbscript):/i,
      );
  });

  it('fires no dialog in Chromium, on load or on a click of any link of a body', async () => {
    const server = await serve(out);
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
    const dialogs: string[] = [];
    try {
      const page = await browser.newPage();
      page.on('dialog', async (dialog) => {
        dialogs.push(`${page.url()}: ${dialog.message()}`);
        await dialog.dismiss();
      });
      // The watch works: a handler that does fire is seen.
      await page.setContent(`<img src="x" onerror="alert('control')">`, { waitUntil: 'load' });
      expect(dialogs).toEqual([expect.stringContaining('control')]);
      dialogs.length = 0;

      const paths = [
        ...inert.map(({ slug }) => `/articles/${EDITION}/${slug}/`),
        `/editions/${EDITION}/`,
        `/editions/${EDITION}/all/`,
      ];
      for (const path of paths) {
        await page.goto(`http://127.0.0.1:${PORT}${path}`);
        // Click every link and summary of the bodies; only navigation to another site is held back.
        await page.evaluate(() => {
          document.addEventListener(
            'click',
            (event) => {
              if ((event.target as HTMLElement).closest('a')?.href.startsWith('http')) event.preventDefault();
            },
            true,
          );
          for (const el of document.querySelectorAll<HTMLElement>('.item-body a, .item-body summary')) el.click();
        });
        const unsafe = await page.evaluate(() =>
          [...document.querySelectorAll('.item-body *')].flatMap((el) =>
            [...el.attributes]
              .filter((a) => /^on/i.test(a.name) || /^\s*(javascript|vbscript|data:text)/i.test(a.value))
              .map((a) => `<${el.tagName.toLowerCase()} ${a.name}="${a.value}">`),
          ),
        );
        expect(unsafe, path).toEqual([]);
      }
      expect(dialogs).toEqual([]);
    } finally {
      await browser.close();
      server.close();
    }
  }, 120_000);
});

describe.each([
  ['an expression', 'Home is {process.env.HOME}.', 'line 7:9: {…} expressions are not allowed', process.env.HOME!],
  [
    'an import of a file of the build machine',
    'import host from "/etc/hostname?raw"\n\nThe host is {host}.',
    'line 7:1: import and export statements are not allowed',
    existsSync('/etc/hostname') ? readFileSync('/etc/hostname', 'utf8').trim() : 'no-such-host-name',
  ],
])('an .mdx item with %s, built without the content check', (_name, body, message, secret) => {
  it('fails the build with the file and line, and no file holds what the code would have read', () => {
    const fixture = copyFixture();
    const out = mkdtempSync(join(tmpdir(), 'kw-injection-'));
    try {
      const file = `editions/${EDITION}/front/leak.mdx`;
      fixture.write(file, `${FRONTMATTER}${body}\n`);
      const { status, output } = build(fixture.dir, out);
      expect(status).not.toBe(0);
      expect(output).toContain(`${file}: ${message}`);
      for (const f of filesOf(out)) expect(readFileSync(join(out, f), 'utf8'), f).not.toContain(secret);
    } finally {
      fixture.remove();
      rmSync(out, { recursive: true, force: true });
    }
  }, 300_000);
});
