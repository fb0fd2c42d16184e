import { describe, expect, it } from 'vitest';
import { checkSource } from '../../../src/lib/content-check/index.ts';
import { formatProblem } from '../../../src/lib/content-check/problems.ts';
import { memorySource, MINIMAL, type MemoryFile } from './memory-source.ts';

const brief = (body: string, extra = '') =>
  `---\ntitle: A brief\nkind: brief\nsummary: One sentence.\n${extra}---\n\n${body}\n`;
const edition = 'editors:\n  front: test-writer\n';

function problems(files: Record<string, MemoryFile>, buildDate = '2008-03-30', showUnpublished = false): string[] {
  return checkSource(memorySource({ ...MINIMAL, ...files }), { buildDate, showUnpublished }).problems.map(
    formatProblem,
  );
}

describe('checkCrossReferences', () => {
  it('suggests the item, edition or release meant', () => {
    expect(
      problems({
        'editions/2008-03-27/front/welcome.md': brief(
          '[a](item:2008-03-27/markrs) [b](edition:2008-03-26) [c](release:2.6.2) [d](topic:nothing)',
        ),
      }).map((line) => line.replace(/^.*?points to /, '').replace(/; expected .*?(; did|$)/, '$1')),
    ).toEqual([
      'an unknown item "2008-03-27/markrs"; did you mean "2008-03-27/markers"?',
      'an unknown edition "2008-03-26"; did you mean "2008-03-27"?',
      'an unknown release "2.6.2"; did you mean "2.6.24"?',
      'an unknown topic "nothing"',
    ]);
  });

  it("checks a scheduled edition's links as of its own date", () => {
    const scheduled = {
      'editions/2008-04-03/edition.yaml': edition,
      'editions/2008-04-10/edition.yaml': edition,
      'editions/2008-04-10/front/later.md': brief('Later.'),
      'editions/2008-03-27/front/draft.md': brief('Unfinished.', 'draft: true\n'),
    };
    const from = (body: string) =>
      problems({ ...scheduled, 'editions/2008-04-03/front/soon.md': brief(body) }).map((l) => l.replace(/^.*?: /, ''));
    // Published by 2008-04-03: the earlier edition and its published items.
    expect(from('[a](edition:2008-03-27) [b](item:2008-03-27/markers)')).toEqual([]);
    expect(from('[a](item:2008-03-27/draft)')).toEqual([
      'line 7: item:2008-03-27/draft points to item "2008-03-27/draft", which is not published in this build (a draft); expected a published item',
    ]);
    expect(from('[a](edition:2008-04-10) [b](item:2008-04-10/later)')).toEqual([
      'line 7: edition:2008-04-10 points to edition "2008-04-10", which is not published in this build (scheduled for 2008-04-10, after this edition of 2008-04-03); expected a published edition',
      'line 7: item:2008-04-10/later points to item "2008-04-10/later", which is not published in this build (scheduled for 2008-04-10, after this edition of 2008-04-03); expected a published item',
    ]);
    // The later edition may link back to the earlier scheduled one: both are out by its date.
    expect(problems({ ...scheduled, 'editions/2008-04-10/front/later.md': brief('[a](edition:2008-04-03)') })).toEqual(
      [],
    );
  });

  it('lets a draft point anywhere, but not under dev, where it is shown', () => {
    const draft = { 'editions/2008-03-27/front/welcome.md': brief('[x](item:2008-03-27/nope)', 'draft: true\n') };
    expect(problems(draft)).toEqual([]);
    expect(problems(draft, '2008-03-30', true)).toHaveLength(1);
  });
});
