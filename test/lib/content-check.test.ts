import { afterEach, describe, expect, it } from 'vitest';
import { join, relative } from 'node:path';
import { checkContent, formatProblem } from '../../src/lib/content-check.ts';
import { copyFixture, type Fixture } from '../fixture.ts';

const fixtures: Fixture[] = [];
afterEach(() => fixtures.splice(0).forEach((f) => f.remove()));

/** The problems found in a copy of the minimal fixture after `breakIt`, as `file: field: message` lines. */
function problemsAfter(breakIt: (f: Fixture) => void): string[] {
  const fixture = copyFixture();
  fixtures.push(fixture);
  breakIt(fixture);
  return checkContent(fixture.dir, fixture.dir).problems.map(formatProblem);
}

const FEATURE = 'editions/2008-03-27/kernel/markers.md';

describe('checkContent', () => {
  it('passes the minimal fixture', () => {
    const dir = join(import.meta.dirname, '../fixtures/minimal');
    const result = checkContent(dir, dir);
    expect(result.problems).toEqual([]);
    expect([...result.items.keys()].sort()).toEqual(['2008-03-27/markers', '2008-03-27/welcome']);
    expect(relative(dir, result.items.get('2008-03-27/markers')!)).toBe('editions/2008-03-27/kernel/markers.md');
  });

  it('names a missing required field', () => {
    expect(problemsAfter((f) => f.edit(FEATURE, (t) => t.replace(/^title: .*\n/m, '')))).toEqual([
      `${FEATURE}: title: Invalid input: expected string, received undefined; found missing`,
    ]);
  });

  it('names a feature without an author', () => {
    expect(problemsAfter((f) => f.edit(FEATURE, (t) => t.replace(/^author: .*\n/m, '')))).toEqual([
      `${FEATURE}: author: a feature needs an author (an id from authors.yaml)`,
    ]);
  });

  it('names a malformed date', () => {
    expect(problemsAfter((f) => f.edit(FEATURE, (t) => t.replace('kind:', 'edition: 2008-3-27\nkind:')))).toEqual([
      `${FEATURE}: edition: expected a real date written YYYY-MM-DD; found "2008-3-27"`,
    ]);
    for (const folder of ['2008-02-30', '2008-13-45', 'march-27'])
      expect(problemsAfter((f) => f.write(`editions/${folder}/edition.yaml`, 'summary: x\n'))).toEqual([
        `editions/${folder}: (folder name): "${folder}" is not a date; expected the edition's date as YYYY-MM-DD`,
      ]);
  });

  it('names an edition dated on another day than Thursday', () => {
    expect(problemsAfter((f) => f.write('editions/2008-03-26/edition.yaml', 'summary: x\n'))).toEqual([
      "editions/2008-03-26: (folder name): 2008-03-26 is not a Thursday; expected the edition's publication Thursday",
    ]);
  });

  it('names an unknown section and an unknown kind', () => {
    expect(problemsAfter((f) => f.write('editions/2008-03-27/sports/x.md', '---\ntitle: x\n---\n'))).toEqual([
      'editions/2008-03-27/sports: section: unknown section folder "sports"; expected one of front, security, kernel, distributions, development, announcements',
    ]);
    expect(problemsAfter((f) => f.edit(FEATURE, (t) => t.replace('kind: feature', 'kind: column')))).toEqual([
      `${FEATURE}: kind: Invalid option: expected one of "brief"|"feature"; found "column"`,
    ]);
    expect(problemsAfter((f) => f.edit(FEATURE, (t) => t.replace('kind:', 'section: sports\nkind:')))).toEqual([
      `${FEATURE}: section: Invalid option: expected one of "front"|"security"|"kernel"|"distributions"|"development"|"announcements"; found "sports"`,
    ]);
  });

  it('names references to authors and topics that do not exist', () => {
    expect(
      problemsAfter((f) =>
        f.edit(FEATURE, (t) =>
          t.replace('author: test-writer', 'author: nobody').replace('[markers]', '[markers, nothing]'),
        ),
      ),
    ).toEqual([
      `${FEATURE}: author: unknown author "nobody"; expected an id defined in authors.yaml`,
      `${FEATURE}: topics[1]: unknown topic "nothing"; expected an id defined in topics.yaml`,
    ]);
    expect(
      problemsAfter((f) =>
        f.edit('editions/2008-03-27/edition.yaml', (t) => t.replace('kernel: test-writer', 'kernel: nobody')),
      ),
    ).toEqual([
      'editions/2008-03-27/edition.yaml: editors.kernel: unknown author "nobody"; expected an id defined in authors.yaml',
    ]);
    expect(problemsAfter((f) => f.edit('topics.yaml', (t) => t.replace('parent: tracing', 'parent: tracng')))).toEqual([
      'topics.yaml: markers.parent: unknown topic "tracng"; expected a topic id defined in topics.yaml',
    ]);
  });

  it('names an item whose edition disagrees with its folder', () => {
    expect(problemsAfter((f) => f.edit(FEATURE, (t) => t.replace('kind:', 'edition: 2008-04-03\nkind:')))).toEqual([
      `${FEATURE}: edition: says 2008-04-03 but the item is filed in edition folder 2008-03-27; expected 2008-03-27 (or no edition field)`,
    ]);
    expect(problemsAfter((f) => f.edit(FEATURE, (t) => t.replace('kind:', 'section: front\nkind:')))).toEqual([
      `${FEATURE}: section: says front but the item is filed in section folder kernel; expected kernel (or no section field)`,
    ]);
  });

  it('names two items with the same id', () => {
    const problems = problemsAfter((f) =>
      f.write('editions/2008-03-27/front/markers.md', '---\ntitle: x\nkind: brief\nsummary: s\n---\n'),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^editions\/2008-03-27\/(front|kernel)\/markers\.md: id: duplicate item id "2008-03-27\/markers", also used by editions\/2008-03-27\/(front|kernel)\/markers\.md; expected each slug once per edition$/,
    );
    expect(problemsAfter((f) => f.edit('authors.yaml', (t) => `${t}- id: test-writer\n  name: Again\n`))).toEqual([
      'authors.yaml: id: duplicate author id "test-writer"; expected each author id once',
    ]);
  });

  it('names unknown fields, bad YAML and files that are not items', () => {
    expect(problemsAfter((f) => f.edit(FEATURE, (t) => t.replace('kind:', 'autor: x\nkind:')))).toEqual([
      `${FEATURE}: (whole entry): Unrecognized key: "autor" (autor; check the spelling)`,
    ]);
    expect(
      problemsAfter((f) => f.edit(FEATURE, (t) => t.replace('title: A fixture feature', 'title: [unclosed'))),
    ).toHaveLength(1);
    expect(problemsAfter((f) => f.write('editions/2008-03-27/kernel/notes.markdown', 'x'))).toEqual([
      'editions/2008-03-27/kernel/notes.markdown: (file): not an item; expected <slug>.md or <slug>.mdx (or an image) here',
    ]);
  });

  it('names a cross-reference to something that does not exist, with file, line and id', () => {
    expect(
      problemsAfter((f) =>
        f.edit(FEATURE, (t) => `${t}\nSee [the story](item:2008-03-27/nope) and [2.6.99](release:2.6.99).\n`),
      ),
    ).toEqual([
      `${FEATURE}: body line 11: item:2008-03-27/nope points to an unknown item "2008-03-27/nope"; expected the id of an item, <edition date>/<slug> (its file is editions/<date>/<section>/<slug>.md[x])`,
      `${FEATURE}: body line 11: release:2.6.99 points to an unknown release "2.6.99"; expected a version listed in releases.yaml`,
    ]);
    expect(
      problemsAfter((f) =>
        f.edit(
          FEATURE,
          (t) => `${t}\n[Welcome](/articles/2008-03-27/welcome/), [2.6.24](release:2.6.24), [markers](topic:markers)\n`,
        ),
      ),
    ).toEqual([]);
  });

  it('refuses a reference to an unpublished item or edition, but not from one', () => {
    const draft = (f: Fixture) =>
      f.edit('editions/2008-03-27/front/welcome.md', (t) => t.replace('kind:', 'draft: true\nkind:'));
    const link = (f: Fixture) => f.edit(FEATURE, (t) => `${t}\n[Welcome](item:2008-03-27/welcome)\n`);
    expect(
      problemsAfter((f) => {
        draft(f);
        link(f);
      }),
    ).toEqual([
      `${FEATURE}: body line 11: item:2008-03-27/welcome points to item "2008-03-27/welcome", which is not published in this build (a draft); expected a published item`,
    ]);
    // The draft itself may point anywhere: it is not published.
    expect(
      problemsAfter((f) =>
        f.edit(
          'editions/2008-03-27/front/welcome.md',
          (t) => `${t.replace('kind:', 'draft: true\nkind:')}\n[x](item:2008-03-27/nope)\n`,
        ),
      ),
    ).toEqual([]);

    const scheduled = (f: Fixture) => {
      f.write('editions/2099-01-01/edition.yaml', 'summary: Far ahead.\n');
      f.edit(FEATURE, (t) => `${t}\n[next week](edition:2099-01-01)\n`);
    };
    const fixture = copyFixture();
    fixtures.push(fixture);
    scheduled(fixture);
    const lines = (showUnpublished: boolean) =>
      checkContent(fixture.dir, fixture.dir, { buildDate: '2008-03-30', showUnpublished })
        .problems.map(formatProblem)
        .filter((p) => p.includes('body'));
    expect(lines(false)).toEqual([
      `${FEATURE}: body line 11: edition:2099-01-01 points to edition "2099-01-01", which is not published in this build (scheduled for 2099-01-01); expected a published edition`,
    ]);
    expect(lines(true)).toEqual([]);
  });

  it('needs a release in the data for a computed release status', () => {
    expect(problemsAfter((f) => f.edit(FEATURE, (t) => t.replace('kind:', 'releaseStatus: true\nkind:')))).toEqual([]);
    expect(
      problemsAfter((f) => {
        f.edit('releases.yaml', () => '- version: 2.6.99\n  date: 2009-01-01\n');
        f.edit(FEATURE, (t) => t.replace('kind:', 'releaseStatus: true\nkind:'));
      }),
    ).toEqual([
      `${FEATURE}: releaseStatus: no release in releases.yaml is dated on or before 2008-03-27; expected the releases of that week in releases.yaml`,
    ]);
  });

  it('checks releases, quotes and patch lists', () => {
    expect(
      problemsAfter((f) => f.edit('releases.yaml', (t) => `${t}- version: 2.6.25-final\n  date: 2008-04-16\n`)),
    ).toEqual([
      'releases.yaml: [2].version: expected a kernel version such as 2.6.25, 2.6.25-rc7 or 2.6.24.4; found "2.6.25-final"',
    ]);
    expect(problemsAfter((f) => f.edit('releases.yaml', (t) => `${t}- version: 3.10\n  date: 2013-06-30\n`))).toEqual([
      'releases.yaml: [2].version: expected a kernel version as text: write it in quotes (version: "3.1"), since YAML reads 3.10 as the number 3.1; found 3.1',
    ]);
    expect(
      problemsAfter((f) =>
        f.write(
          'editions/2008-03-27/quotes.yaml',
          '- speaker: A Persona\n  date: 2008-3-24\n  source: https://lists.example.org/1\n  text: Words.\n',
        ),
      ),
    ).toEqual([
      'editions/2008-03-27/quotes.yaml: [0].date: expected a real date written YYYY-MM-DD; found "2008-3-24"',
    ]);
    const patch = (date: string, category = 'Core kernel code') =>
      `- category: ${category}\n  author: A Developer\n  title: "sched: a change"\n  date: ${date}\n  url: https://lists.example.org/2\n`;
    expect(
      problemsAfter((f) => f.write('editions/2008-03-27/patches.yaml', patch('2008-03-24', 'Sports'))),
    ).toHaveLength(1);
    expect(problemsAfter((f) => f.write('editions/2008-03-27/patches.yaml', patch('2008-03-10')))).toEqual([
      "editions/2008-03-27/patches.yaml: [0].date: 2008-03-10 is outside the edition's week (2008-03-21 to 2008-03-27); expected a date in that week, or a note saying why it belongs here",
    ]);
    expect(
      problemsAfter((f) =>
        f.write('editions/2008-03-27/patches.yaml', `${patch('2008-03-10')}  note: Posted early, merged this week.\n`),
      ),
    ).toEqual([]);
  });
});
