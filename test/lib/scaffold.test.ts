import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { editionSchema, idRef, itemSchema } from '../../src/schemas/index.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { editionFiles, itemFile, newEditionDate, slugOf } from '../../src/lib/scaffold.ts';

const fileText = (files: { path: string; text: string }[], end: string) =>
  files.find((f) => f.path.endsWith(end))!.text;

describe('newEditionDate', () => {
  it('defaults to the Thursday after the newest edition', () => {
    expect(newEditionDate(['2009-06-11', '2008-03-27'], '2026-11-27')).toBe('2009-06-18');
  });

  it('defaults to the Thursday on or after today when there is no edition', () => {
    expect(newEditionDate([], '2026-11-27')).toBe('2026-12-03');
    expect(newEditionDate([], '2026-11-26')).toBe('2026-11-26');
  });

  it('takes a Thursday that has no edition yet', () => {
    expect(newEditionDate(['2009-06-11'], '2026-11-27', '2009-07-02')).toBe('2009-07-02');
  });

  it('refuses a date that is not a Thursday, naming the nearest one', () => {
    expect(() => newEditionDate([], '2026-11-27', '2009-06-16')).toThrow(
      '2009-06-16 is not a Thursday; editions are dated by their Thursday: did you mean 2009-06-18?',
    );
    expect(() => newEditionDate([], '2026-11-27', '2009-06-13')).toThrow('did you mean 2009-06-11?');
  });

  it('refuses an edition that exists and a date that is not one', () => {
    expect(() => newEditionDate(['2009-06-11'], '2026-11-27', '2009-06-11')).toThrow(
      'edition 2009-06-11 already exists',
    );
    expect(() => newEditionDate([], '2026-11-27', '2009-02-30')).toThrow('"2009-02-30" is not a date');
  });
});

describe('editionFiles', () => {
  const files = editionFiles('2009-06-18', { front: 'odile-brackenridge', kernel: 'mara-quillfeather' });

  it('writes a draft edition.yaml with the page editors given', () => {
    const edition = editionSchema(idRef).parse(yaml.load(fileText(files, 'edition.yaml')));
    expect(edition).toEqual({
      draft: true,
      editors: { front: 'odile-brackenridge', kernel: 'mara-quillfeather' },
    });
    expect(editionSchema(idRef).parse(yaml.load(editionFiles('2009-06-18', {})[0].text)).editors).toEqual({});
  });

  it('writes a release status brief on the kernel page', () => {
    const { frontmatter } = splitFrontmatter(fileText(files, 'kernel/release-status.md'));
    expect(itemSchema(idRef).parse(frontmatter)).toMatchObject({
      title: 'Kernel release status',
      kind: 'brief',
      releaseStatus: true,
    });
  });

  it('writes empty quote and patch lists that show an example entry in comments', () => {
    for (const name of ['quotes.yaml', 'patches.yaml']) {
      const text = fileText(files, name);
      expect(yaml.load(text)).toEqual([]);
      expect(text).toMatch(/^# - /m);
    }
    expect(files.map((f) => f.path)).toEqual([
      'editions/2009-06-18/edition.yaml',
      'editions/2009-06-18/kernel/release-status.md',
      'editions/2009-06-18/quotes.yaml',
      'editions/2009-06-18/patches.yaml',
    ]);
  });
});

describe('itemFile', () => {
  it('files a draft brief under its slug with the required frontmatter', () => {
    const file = itemFile({
      edition: '2009-06-18',
      section: 'kernel',
      title: 'Linux 2.6.31-rc1 is out',
      kind: 'brief',
    });
    expect(file.path).toBe('editions/2009-06-18/kernel/linux-2631-rc1-is-out.md');
    const item = itemSchema(idRef).parse(splitFrontmatter(file.text).frontmatter);
    expect(item).toMatchObject({ title: 'Linux 2.6.31-rc1 is out', kind: 'brief', draft: true });
    expect(item.summary.length).toBeGreaterThan(0);
  });

  it('keeps a title with YAML-significant characters intact', () => {
    const title = 'sched: a "fair" group scheduler # at last';
    const file = itemFile({
      edition: '2009-06-18',
      section: 'kernel',
      title,
      kind: 'feature',
      author: 'mara-quillfeather',
    });
    expect(splitFrontmatter(file.text).frontmatter).toMatchObject({
      title,
      author: 'mara-quillfeather',
      kind: 'feature',
    });
  });

  it('refuses a feature without an author and a title without a slug', () => {
    expect(() => itemFile({ edition: '2009-06-18', section: 'front', title: 'A feature', kind: 'feature' })).toThrow(
      'a feature needs an author',
    );
    expect(() => itemFile({ edition: '2009-06-18', section: 'front', title: '!!!', kind: 'brief' })).toThrow(
      'no letters or digits',
    );
  });

  it('makes slugs as heading anchors do', () => {
    expect(slugOf('  Kernel markers and binary-only modules ')).toBe('kernel-markers-and-binary-only-modules');
  });
});
