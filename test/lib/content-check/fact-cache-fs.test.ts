import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../../src/lib/content-check/index.ts';
import type { CachedFacts } from '../../../src/lib/content-check/fact-cache.ts';
import { checkCodeDigest, readFactCache, writeFactCache } from '../../../src/lib/content-check/fact-cache-fs.ts';
import { copyFixture } from '../../fixture.ts';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const tmp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kw-check-cache-'));
  folders.push(dir);
  return dir;
};

const ENTRIES = new Map<string, CachedFacts>([
  ['editions/2008-03-27/front/welcome.md', ['1206576000000.5:82', { problems: [] }]],
  [
    'editions/2008-03-27/kernel/bad.md',
    ['1206576000000:9', { problems: [{ field: '(frontmatter)', message: 'missing' }] }],
  ],
]);

describe('the cache file', () => {
  it('gives back what was written under the same key, and nothing under another', () => {
    const file = join(tmp(), 'cache', 'content-check.json');
    expect(readFactCache(file, 'key')).toEqual(new Map());
    writeFactCache(file, 'key', ENTRIES);
    expect(readFactCache(file, 'key')).toEqual(ENTRIES);
    expect(readFactCache(file, 'other code')).toEqual(new Map());
  });

  it('is no cache when corrupt: truncated, edited or not ours', () => {
    const file = join(tmp(), 'content-check.json');
    writeFactCache(file, 'key', ENTRIES);
    const text = readFileSync(file, 'utf8');
    for (const corrupt of [
      text.slice(0, -10),
      text.replace('missing', 'mising'),
      '',
      'not json',
      `${text.slice(0, 64)}\n{"key":"key","entries":5}`,
    ]) {
      writeFileSync(file, corrupt);
      expect(readFactCache(file, 'key')).toEqual(new Map());
    }
  });
});

describe('checkCodeDigest', () => {
  it('changes with any file of the check code, and with nothing else', () => {
    const root = tmp();
    const write = (path: string, text: string) => {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    write('src/lib/content-check/items.ts', 'export const a = 1;\n');
    write('src/schemas/item.ts', 'export const b = 1;\n');
    write('package-lock.json', '{}\n');
    write('src/pages/index.astro', '<p>page</p>\n');
    const before = checkCodeDigest(root);
    expect(checkCodeDigest(root)).toBe(before);
    write('src/pages/index.astro', '<p>another page</p>\n');
    expect(checkCodeDigest(root)).toBe(before);
    for (const [path, text] of [
      ['src/lib/content-check/items.ts', 'export const a = 2;\n'],
      ['src/schemas/item.ts', 'export const b = 2;\n'],
      ['package-lock.json', '{"lockfileVersion":3}\n'],
      ['src/lib/new.ts', '\n'],
    ]) {
      const previous = checkCodeDigest(root);
      write(path, text);
      expect(checkCodeDigest(root), path).not.toBe(previous);
    }
  });
});

describe('checkContent with a cache file', () => {
  const FEATURE = 'editions/2008-03-27/kernel/markers.md';
  const WELCOME = 'editions/2008-03-27/front/welcome.md';

  function cachedFixture() {
    const fixture = copyFixture();
    folders.push(fixture.dir);
    const cacheFile = join(tmp(), 'content-check.json');
    const check = () => checkContent(fixture.dir, fixture.dir, undefined, cacheFile).problems.map(formatProblem);
    return { fixture, cacheFile, check };
  }

  it('takes an unchanged file from the cache, and checks it again once it changes', () => {
    const { fixture, cacheFile, check } = cachedFixture();
    expect(check()).toEqual([]);
    const key = keyOf(cacheFile);
    const cached = readFactCache(cacheFile, key);
    expect([...cached.keys()].sort()).toEqual([WELCOME, 'editions/2008-03-27/edition.yaml', FEATURE].sort());
    // A planted fact shows the file was not read again.
    const [stamp] = cached.get(WELCOME)!;
    writeFactCache(
      cacheFile,
      key,
      new Map([...cached, [WELCOME, [stamp, { problems: [{ field: 'x', message: 'planted' }] }]]]),
    );
    expect(check()).toEqual([`${WELCOME}: x: planted`]);
    fixture.edit(
      WELCOME,
      (t) => `${t}
More.
`,
    );
    expect(check()).toEqual([]);
  });

  it('sees a file edited between two runs, and an unchanged item made wrong by authors.yaml', () => {
    const { fixture, check } = cachedFixture();
    expect(check()).toEqual([]);
    fixture.edit(FEATURE, (t) => t.replace('kind: feature', 'kind: column'));
    expect(check()).toEqual([`${FEATURE}: kind: Invalid option: expected one of "brief"|"feature"; found "column"`]);

    fixture.edit(FEATURE, (t) => t.replace('kind: column', 'kind: feature'));
    fixture.edit('authors.yaml', (t) => t.replace('id: test-writer', 'id: test-writter'));
    const problems = check();
    expect(problems).toContain(
      `${FEATURE}: author: unknown author "test-writer"; expected an id defined in authors.yaml; did you mean "test-writter"?`,
    );
    expect(problems).toEqual(checkContent(fixture.dir, fixture.dir).problems.map(formatProblem));
  });
});

/** The key a cache file was written under (its JSON's own), to read it back as the check does. */
function keyOf(file: string): string {
  const text = readFileSync(file, 'utf8');
  return (JSON.parse(text.slice(text.indexOf('\n') + 1)) as { key: string }).key;
}
