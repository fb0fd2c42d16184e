import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, type Fixture } from './fixture.ts';
import { devPort, startDev, type DevServer } from './dev-server.ts';

/**
 * `npm run dev` as an editor previews with it: the last build's search index served under /pagefind/, and
 * nothing else of the machine, whatever the path.
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
    dev = await startDev(devPort(), { CONTENT_DIR: fixture.dir, BUILD_DATE: '2008-03-30' }, ['--outDir', out]);
  });
  afterAll(() => {
    dev?.stop();
    fixture.remove();
    rmSync(out, { recursive: true, force: true });
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
