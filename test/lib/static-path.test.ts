import { describe, expect, it } from 'vitest';
import { resolveStaticPath } from '../../src/lib/static-path.ts';

describe('resolveStaticPath', () => {
  it.each([
    ['/pagefind.js', 'pagefind.js'],
    ['/pagefind-entry.json?ts=1', 'pagefind-entry.json'],
    ['/fragment/en_1a2b.pf_fragment', 'fragment/en_1a2b.pf_fragment'],
    ['/wasm.en.pagefind', 'wasm.en.pagefind'],
    ['/a%20b.js', 'a b.js'],
  ])('serves %s as %s', (url, path) => {
    expect(resolveStaticPath(url)).toEqual({ ok: true, path });
  });

  it.each([
    ['/%ff', 400],
    ['/%E0%A4%A', 400],
    ['/..%00/package.json', 400],
    ['/pagefind.js%00.html', 400],
    ['/..%5c..%5cpackage.json', 400],
    ['/../package.json', 404],
    ['/..%2f..%2fpackage.json', 404],
    ['/%2e%2e/%2e%2e/etc/passwd', 404],
    ['/fragment/../../secret', 404],
    ['/.env', 404],
    ['/', 404],
    ['', 404],
  ])('refuses %s with %i', (url, status) => {
    expect(resolveStaticPath(url)).toEqual({ ok: false, status });
  });
});
