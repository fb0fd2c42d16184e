import { describe, expect, it } from 'vitest';
import { checkSource } from '../../../src/lib/content-check/index.ts';
import { formatProblem } from '../../../src/lib/content-check/problems.ts';
import { memorySource, MINIMAL, type MemoryFile } from './memory-source.ts';

const POLICY = { buildDate: '2008-03-30', showUnpublished: false };

function problems(change: Record<string, MemoryFile | undefined>, policy = POLICY): string[] {
  const files = Object.fromEntries(
    Object.entries({ ...MINIMAL, ...change }).filter((entry): entry is [string, MemoryFile] => entry[1] !== undefined),
  );
  return checkSource(memorySource(files), policy).problems.map(formatProblem);
}

const BRIEF = '---\ntitle: A brief\nkind: brief\nsummary: One sentence.\n---\n';

describe('checkEditions', () => {
  it('passes the minimal archive', () => {
    const result = checkSource(memorySource(MINIMAL), POLICY);
    expect(result.problems).toEqual([]);
    expect([...result.editions]).toEqual(['2008-03-27']);
    expect([...result.items]).toEqual([
      ['2008-03-27/welcome', 'editions/2008-03-27/front/welcome.md'],
      ['2008-03-27/markers', 'editions/2008-03-27/kernel/markers.md'],
    ]);
  });

  it('names the nearest Thursday for an edition dated another day', () => {
    expect(problems({ 'editions/2008-03-29/edition.yaml': 'summary: x\n' })).toEqual([
      "editions/2008-03-29: (folder name): 2008-03-29 is not a Thursday; expected the edition's publication Thursday, the nearest being 2008-03-27",
    ]);
  });

  it('refuses an empty or missing edition.yaml', () => {
    expect(problems({ 'editions/2008-04-03/edition.yaml': '# nothing yet\n' })).toEqual([
      "editions/2008-04-03/edition.yaml: (file): empty; expected the edition's fields: editors (a page editor per page), and summary or draft",
    ]);
    expect(problems({ 'editions/2008-04-03/front/a.md': BRIEF })).toEqual([
      'editions/2008-04-03/edition.yaml: (file): missing; every edition folder needs an edition.yaml',
    ]);
  });

  it('needs a page editor for every page shown, and not for drafts nobody sees', () => {
    expect(problems({ 'editions/2008-03-27/security/hole.md': BRIEF })).toEqual([
      'editions/2008-03-27/edition.yaml: editors.security: missing; the security page is shown (it has 1 item(s)), so it needs a page editor: an author id from authors.yaml',
    ]);
    expect(problems({ 'editions/2008-03-27/security/hole.md': BRIEF.replace('kind:', 'draft: true\nkind:') })).toEqual(
      [],
    );
    expect(
      problems({
        'editions/2008-03-27/edition.yaml': 'editors:\n  front: test-writer\n',
        'editions/2008-03-27/kernel/markers.md': undefined,
        'editions/2008-03-27/quotes.yaml':
          '- speaker: A Persona\n  date: 2008-03-24\n  source: https://lists.example.org/1\n  text: Words.\n',
      }),
    ).toEqual([
      'editions/2008-03-27/edition.yaml: editors.kernel: missing; the kernel page is shown (it has the quotes or patches of the week), so it needs a page editor: an author id from authors.yaml',
    ]);
  });

  it('suggests the section or editor meant', () => {
    expect(problems({ 'editions/2008-03-27/kernl/a.md': BRIEF })).toEqual([
      'editions/2008-03-27/kernl: section: unknown section folder "kernl"; expected one of front, security, kernel, distributions, development, announcements; did you mean "kernel"?',
    ]);
    expect(
      problems({ 'editions/2008-03-27/edition.yaml': 'editors:\n  front: test-writr\n  kernel: test-writer\n' }),
    ).toEqual([
      'editions/2008-03-27/edition.yaml: editors.front: unknown author "test-writr"; expected an id defined in authors.yaml; did you mean "test-writer"?',
    ]);
  });

  it('refuses hidden files and links at every level, rather than skipping them', () => {
    expect(
      problems({
        'editions/.2008-04-03/edition.yaml': 'summary: x\n',
        'editions/2008-03-27/.notes.yaml': 'x: 1\n',
        'editions/2008-03-27/kernel/.draft.md': BRIEF,
        'editions/2008-03-27/front/linked.md': { symlink: '/etc/hostname' },
      }).map((line) => line.replace(/;.*/, '')),
    ).toEqual([
      'editions/.2008-04-03: (file): hidden name ".2008-04-03", which the build would skip without a word',
      'editions/2008-03-27/.notes.yaml: (file): hidden name ".notes.yaml", which the build would skip without a word',
      'editions/2008-03-27/front/linked.md: (file): is a symlink',
      'editions/2008-03-27/kernel/.draft.md: (file): hidden name ".draft.md", which the build would skip without a word',
    ]);
  });

  it('refuses two items with one slug in an edition', () => {
    expect(problems({ 'editions/2008-03-27/kernel/welcome.md': BRIEF })).toEqual([
      'editions/2008-03-27/kernel/welcome.md: id: duplicate item id "2008-03-27/welcome", also used by editions/2008-03-27/front/welcome.md; expected each slug once per edition',
    ]);
  });
});
