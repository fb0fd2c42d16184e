import { describe, expect, it } from 'vitest';
import { checkSource } from '../../../src/lib/content-check/index.ts';
import { factCache, type CachedFacts } from '../../../src/lib/content-check/fact-cache.ts';
import { checkItem, itemFacts, itemFromFacts, type ItemFacts } from '../../../src/lib/content-check/items.ts';
import { formatProblem } from '../../../src/lib/content-check/problems.ts';
import { checkSharedFiles } from '../../../src/lib/content-check/shared-files.ts';
import type { ContentSource } from '../../../src/lib/content-check/source.ts';
import { memorySource, MINIMAL, type MemoryFile } from './memory-source.ts';

const POLICY = { buildDate: '2008-03-30', showUnpublished: false };
const DIR = 'editions/2008-03-27/kernel';
const FEATURE = `${DIR}/markers.md`;
const BODY = `---\ntitle: A feature\nkind: feature\nauthor: test-writer\ntopics: [markers]\nreleaseStatus: true\nsummary: One sentence.\n---\n\nSee [2.6.24](release:2.6.24) and [](topic:tracing).\n\n![A chart](./chart.png)\n\n<div onclick="x()">Hi</div>\n`;

/** The facts as a cache holds them: through JSON, so nothing that does not survive the file is relied on. */
const stored = (facts: ItemFacts): ItemFacts => JSON.parse(JSON.stringify(facts)) as ItemFacts;

/** Judges facts against the archive of `files`: the problem lines and the item. */
function judge(facts: ItemFacts, files: Record<string, MemoryFile>, path = FEATURE) {
  const source = memorySource(files);
  const lines: string[] = [];
  const report = (file: string, field: string, message: string) => lines.push(`${file}: ${field}: ${message}`);
  const shared = checkSharedFiles(source, report);
  const item = itemFromFacts(source, path, '2008-03-27', 'kernel', facts, shared, report);
  return { item, lines };
}

/** Checks an item file anew, as the check did before it had facts. */
function checkAnew(files: Record<string, MemoryFile>, path = FEATURE) {
  const source = memorySource(files);
  const lines: string[] = [];
  const report = (file: string, field: string, message: string) => lines.push(`${file}: ${field}: ${message}`);
  const shared = checkSharedFiles(source, report);
  return { item: checkItem(source, path, '2008-03-27', 'kernel', shared, report), lines };
}

const factsIn = (files: Record<string, MemoryFile>, path = FEATURE) =>
  stored(itemFacts(memorySource(files), path, '2008-03-27', 'kernel'));

describe('item facts', () => {
  it('give the problems and the item of checking the file anew, after a trip through JSON', () => {
    const cases: Record<string, MemoryFile>[] = [
      { ...MINIMAL, [FEATURE]: BODY },
      { ...MINIMAL, [FEATURE]: BODY, [`${DIR}/chart.png`]: 'png' },
      { ...MINIMAL, [FEATURE]: BODY.replace('test-writer', 'test-writr').replace('[markers]', '[markrs, tracing]') },
      { ...MINIMAL, [FEATURE]: BODY.replace('kind:', 'edition: 2008-03-20\nsection: front\nkind:') },
      { ...MINIMAL, [FEATURE]: BODY.replace('title: A feature\n', '') },
      { ...MINIMAL, [FEATURE]: '---\ntitle: x\n  kind: y\n---\n' },
      { ...MINIMAL, [FEATURE]: new Uint8Array([0x2d, 0xff]) },
      { ...MINIMAL, [FEATURE]: 'No frontmatter.\n' },
    ];
    for (const files of cases) {
      const anew = checkAnew(files);
      expect(anew.lines.length + (anew.item ? 1 : 0)).toBeGreaterThan(0);
      expect(judge(factsIn(files), files)).toEqual(anew);
    }
    for (const name of ['notes.txt', 'Bad Name.md', 'chart.png']) {
      const files = { ...MINIMAL, [`${DIR}/${name}`]: 'x' };
      expect(judge(factsIn(files, `${DIR}/${name}`), files, `${DIR}/${name}`)).toEqual(
        checkAnew(files, `${DIR}/${name}`),
      );
    }
  });

  it('are judged against the archive as it is now: authors, topics, releases and images changed since', () => {
    const files = { ...MINIMAL, [FEATURE]: BODY, [`${DIR}/chart.png`]: 'png' };
    const facts = factsIn(files);
    const now = judge(facts, files);
    expect(now.lines).toEqual([
      expect.stringMatching(/^editions\/2008-03-27\/kernel\/markers\.md: line 14:1: raw HTML/),
    ]);
    expect(now.item?.malformed).toEqual([{ line: 10, message: expect.stringContaining('has no text') }]);
    expect(now.item?.references.map((r) => `${r.kind}:${r.id}@${r.line}`)).toEqual([
      'release:2.6.24@10',
      'topic:tracing@10',
    ]);
    const later = {
      ...MINIMAL,
      [FEATURE]: BODY,
      'authors.yaml': '- id: someone-else\n  name: Someone Else\n',
      'topics.yaml': '- id: tracing\n  name: Tracing\n',
      'releases.yaml': '- version: 2.6.24\n  date: 2008-01-24\n',
    };
    const lines = judge(facts, later).lines;
    expect(lines).toEqual(checkAnew(later).lines);
    expect(lines).toEqual(
      expect.arrayContaining([
        `${FEATURE}: author: unknown author "test-writer"; expected an id defined in authors.yaml`,
        `${FEATURE}: topics[0]: unknown topic "markers"; expected an id defined in topics.yaml`,
        expect.stringMatching(
          /^editions\/2008-03-27\/kernel\/markers\.md: releaseStatus: releases.yaml has no release dated/,
        ),
        `${FEATURE}: line 12: image ./chart.png not found; expected the file beside the item at ${DIR}/chart.png`,
      ]),
    );
  });
});

/** A content folder in memory that stamps files by a version number and counts the reads of edition files. */
function countingSource(files: Record<string, MemoryFile>, versions: Record<string, number> = {}) {
  const base = memorySource(files);
  const reads: string[] = [];
  const source: ContentSource = {
    ...base,
    read(path) {
      if (path.startsWith('editions/')) reads.push(path);
      return base.read(path);
    },
    stamp: (path) => (files[path] === undefined ? undefined : `v${versions[path] ?? 0}`),
  };
  return { source, reads };
}

/** One run of the check with a cache starting from `previous`: its problem lines, the files it read, the cache. */
function run(files: Record<string, MemoryFile>, previous: ReadonlyMap<string, CachedFacts>, versions = {}) {
  const { source, reads } = countingSource(files, versions);
  const cache = factCache(previous);
  const problems = checkSource(source, POLICY, cache.factsOf).problems.map(formatProblem);
  return { problems, reads: reads.sort(), cache };
}

const WELCOME = 'editions/2008-03-27/front/welcome.md';
const EDITION = 'editions/2008-03-27/edition.yaml';
const QUOTES = 'editions/2008-03-27/quotes.yaml';
const PATCHES = 'editions/2008-03-27/patches.yaml';
/** The minimal archive with the lists of the week, one patch dated outside it. */
const ARCHIVE: Record<string, MemoryFile> = {
  ...MINIMAL,
  [QUOTES]: '- speaker: A Developer\n  text: A quote.\n  date: 2008-03-25\n  source: https://lists.example.org/2\n',
  [PATCHES]:
    '- category: Core kernel code\n  author: A Developer\n  title: Late\n  date: 2008-03-28\n  url: https://lists.example.org/1\n',
};
const LATE = `${PATCHES}: entry 1 ("Late"): date: 2008-03-28 is outside the edition's week (2008-03-21 to 2008-03-27); expected a date in that week, or a note saying why it belongs here`;

describe('factCache', () => {
  it('reads an unchanged file once, and re-reads a changed one', () => {
    const first = run(ARCHIVE, new Map());
    expect(first.reads).toEqual([FEATURE, WELCOME, PATCHES, QUOTES, EDITION].sort());
    expect(first.problems).toEqual([LATE]);
    expect(first.cache.changed()).toBe(true);

    const second = run(ARCHIVE, first.cache.entries);
    expect(second.reads).toEqual([]);
    expect(second.problems).toEqual([LATE]);
    expect(second.cache.changed()).toBe(false);

    const changed = { ...ARCHIVE, [FEATURE]: String(MINIMAL[FEATURE]).replace('title: A feature\n', '') };
    const third = run(changed, second.cache.entries, { [FEATURE]: 1 });
    expect(third.reads).toEqual([FEATURE]);
    expect(third.problems).toEqual([
      `${FEATURE}: title: Invalid input: expected string, received undefined; found missing`,
      LATE,
    ]);
    expect(third.cache.changed()).toBe(true);
  });

  it('reports a problem of the archive for an item it did not re-read', () => {
    const first = run(ARCHIVE, new Map());
    const noAuthor = { ...ARCHIVE, 'authors.yaml': '- id: test-writter\n  name: Test Writer\n' };
    const second = run(noAuthor, first.cache.entries);
    expect(second.reads).toEqual([]);
    expect(second.problems).toContain(
      `${FEATURE}: author: unknown author "test-writer"; expected an id defined in authors.yaml; did you mean "test-writter"?`,
    );
    expect(second.problems).toContain(
      `${EDITION}: editors.kernel: unknown author "test-writer"; expected an id defined in authors.yaml; did you mean "test-writter"?`,
    );
    expect(second.problems).toEqual(run(noAuthor, new Map()).problems);
  });

  it('keeps entries only for the files there are now', () => {
    const first = run(ARCHIVE, new Map());
    const { [FEATURE]: _feature, [QUOTES]: _quotes, ...fewer } = ARCHIVE;
    const second = run(fewer, first.cache.entries);
    expect([...second.cache.entries.keys()].sort()).toEqual([WELCOME, PATCHES, EDITION].sort());
    expect(second.cache.changed()).toBe(true);
  });

  it('checks every file anew for a source without stamps', () => {
    const first = run(ARCHIVE, new Map());
    const cache = factCache(first.cache.entries);
    const { source, reads } = countingSource(ARCHIVE);
    checkSource({ ...source, stamp: undefined }, POLICY, cache.factsOf);
    expect(reads.sort()).toEqual([FEATURE, WELCOME, PATCHES, QUOTES, EDITION].sort());
    expect(cache.entries.size).toBe(0);
  });
});
