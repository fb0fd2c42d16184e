import { describe, expect, it } from 'vitest';
import { checkItem, MAX_ITEM_BYTES, suggestedSlug } from '../../../src/lib/content-check/items.ts';
import { checkSharedFiles } from '../../../src/lib/content-check/shared-files.ts';
import { memorySource, MINIMAL, type MemoryFile } from './memory-source.ts';

const FEATURE =
  '---\ntitle: A feature\nkind: feature\nauthor: test-writer\ntopics: [markers]\nsummary: One sentence.\n---\n';

/** Checks one file filed at editions/2008-03-27/kernel/<name>, in the minimal archive. */
function check(name: string, file: MemoryFile, extra: Record<string, MemoryFile> = {}) {
  const source = memorySource({ ...MINIMAL, ...extra, [`editions/2008-03-27/kernel/${name}`]: file });
  const lines: string[] = [];
  const report = (f: string, field: string, message: string) => lines.push(`${f}: ${field}: ${message}`);
  const shared = checkSharedFiles(source, report);
  const item = checkItem(source, `editions/2008-03-27/kernel/${name}`, '2008-03-27', 'kernel', shared, report);
  return { item, lines: lines.map((l) => l.replace('editions/2008-03-27/kernel/', '')) };
}

describe('suggestedSlug', () => {
  it('turns a file name into lower-case ASCII words joined by hyphens', () => {
    expect(suggestedSlug('btrfs merged')).toBe('btrfs-merged');
    expect(suggestedSlug('Btrfs_Merged')).toBe('btrfs_merged'.replace('_', ''));
    expect(suggestedSlug('Café--crème')).toBe('cafe-creme');
    expect(suggestedSlug('-lead')).toBe('lead');
    expect(suggestedSlug('日本')).toBe('item');
  });
});

describe('checkItem', () => {
  it('returns a valid item with its id, and body references at file lines', () => {
    const { item, lines } = check('markers.md', `${FEATURE}\nSee [2.6.24](release:2.6.24).\n`);
    expect(lines).toEqual([]);
    expect(item).toMatchObject({ id: '2008-03-27/markers', section: 'kernel', draft: false });
    expect(item!.references).toEqual([{ kind: 'release', id: '2.6.24', line: 9, written: 'release:2.6.24' }]);
  });

  it('skips images and refuses other files', () => {
    expect(check('diagram.png', 'x')).toEqual({ item: undefined, lines: [] });
    expect(check('notes.txt', 'x').lines).toEqual([
      'notes.txt: (file): not an item; expected <slug>.md or <slug>.mdx (or an image) here',
    ]);
  });

  it('refuses a slug that is not lower-case ASCII words, suggesting the fixed name', () => {
    expect(check('btrfs merged.md', FEATURE).lines).toEqual([
      `btrfs merged.md: (file name): "btrfs merged" is not a slug: the slug is the item's URL, lower-case ASCII letters and digits in words joined by hyphens; expected a name such as btrfs-merged.md`,
    ]);
    expect(check('Café.mdx', FEATURE).lines[0]).toMatch(/expected a name such as cafe\.mdx$/);
  });

  it('refuses an item over the size limit, naming its size', () => {
    const big = `${FEATURE}\n${'x'.repeat(MAX_ITEM_BYTES)}`;
    expect(check('big.md', big).lines).toEqual([
      `big.md: (file): 1.0 MB (${big.length} bytes) is over the limit of 1 MB per item; split the article or shorten it`,
    ]);
  });

  it('refuses empty files, files without frontmatter and bad YAML at its file line', () => {
    expect(check('a.md', ' \n').lines).toEqual([
      'a.md: (file): empty; expected a --- fenced YAML block (title, kind, summary), then the text',
    ]);
    expect(check('a.md', 'Just text.\n').lines).toEqual([
      'a.md: (frontmatter): missing; expected the file to start with a --- fenced YAML block',
    ]);
    const bad = check('a.md', '---\ntitle: x\nkind: brief\n  summary: y\n---\n').lines;
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatch(/^a\.md: line 4: not valid YAML: /);
  });

  it('accepts a byte-order mark', () => {
    expect(check('a.md', `\uFEFF${FEATURE}`).lines).toEqual([]);
  });

  it('refuses blank and overlong titles and summaries', () => {
    expect(check('a.md', FEATURE.replace('title: A feature', 'title: " "')).lines).toEqual([
      'a.md: title: expected visible text, not only spaces or invisible characters; found " "',
    ]);
    expect(check('a.md', FEATURE.replace('title: A feature', `title: ${'t'.repeat(254)}`)).lines).toEqual([
      'a.md: title: expected at most 100 characters; found 254',
    ]);
    expect(check('a.md', FEATURE.replace('summary: One sentence.', `summary: ${'s'.repeat(251)}`)).lines[0]).toMatch(
      /^a\.md: summary: expected at most 250 characters; found 251$/,
    );
  });

  it('suggests the author or topic meant', () => {
    expect(check('a.md', FEATURE.replace('test-writer', 'test-writr').replace('[markers]', '[markrs]')).lines).toEqual([
      'a.md: author: unknown author "test-writr"; expected an id defined in authors.yaml; did you mean "test-writer"?',
      'a.md: topics[0]: unknown topic "markrs"; expected an id defined in topics.yaml; did you mean "markers"?',
    ]);
  });

  it('needs release data from the four weeks up to the edition for a release status', () => {
    const status = FEATURE.replace('kind:', 'releaseStatus: true\nkind:');
    expect(check('a.md', status).lines).toEqual([]);
    expect(check('a.md', status, { 'releases.yaml': '- version: 2.6.24\n  date: 2008-02-28\n' }).lines).toEqual([
      "a.md: releaseStatus: releases.yaml has no release dated 2008-02-29 to 2008-03-27 (the 4 weeks up to this edition), so the release status would be stale; run npm run import:releases -- releases.json with a current kernel.org snapshot, or add the week's releases to releases.yaml",
    ]);
    expect(check('a.md', status, { 'releases.yaml': '- version: 2.6.24\n  date: 2008-02-29\n' }).lines).toEqual([]);
  });
});
