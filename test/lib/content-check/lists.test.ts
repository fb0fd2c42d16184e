import { describe, expect, it } from 'vitest';
import { checkPatches, checkQuotes } from '../../../src/lib/content-check/lists.ts';
import { memorySource } from './memory-source.ts';

const patch = (title: string, date: string) =>
  `- category: Core kernel code\n  author: A Developer\n  title: "${title}"\n  date: ${date}\n  url: https://lists.example.org/1\n`;

function patchProblems(text: string | { symlink: string }): { count: number; lines: string[] } {
  const lines: string[] = [];
  const count = checkPatches(
    memorySource({ 'patches.yaml': text }),
    'patches.yaml',
    '2008-03-27',
    (file, field, message) => lines.push(`${file}: ${field}: ${message}`),
  );
  return { count, lines };
}

describe('checkPatches', () => {
  it('numbers entries from 1 and names them, right even when an earlier entry fails too', () => {
    const text = [
      patch('fine', '2008-03-24'),
      patch('bad date', '2008-02-30'),
      patch('fine again', '2008-03-25'),
      patch('sched: out of week', '2008-03-10'),
    ].join('');
    expect(patchProblems(text)).toEqual({
      count: 3,
      lines: [
        'patches.yaml: entry 2 ("bad date"): date: expected a real date written YYYY-MM-DD; found "2008-02-30"',
        'patches.yaml: entry 4 ("sched: out of week"): date: 2008-03-10 is outside the edition\'s week (2008-03-21 to 2008-03-27); expected a date in that week, or a note saying why it belongs here',
      ],
    });
  });

  it('takes a file holding only comments as an empty list', () => {
    expect(patchProblems('# - category: Core kernel code\n#   title: an example\n')).toEqual({ count: 0, lines: [] });
    expect(patchProblems('')).toEqual({ count: 0, lines: [] });
  });

  it('refuses what is not a list, and a symlink', () => {
    expect(patchProblems('title: x\n').lines).toEqual([
      'patches.yaml: (file): expected a YAML list of entries (lines starting with "- ")',
    ]);
    expect(patchProblems({ symlink: '../elsewhere.yaml' }).lines[0]).toMatch(/^patches\.yaml: \(file\): is a symlink;/);
  });
});

describe('checkQuotes', () => {
  it('names a quote by its speaker and refuses a blank speaker', () => {
    const lines: string[] = [];
    const quote = (speaker: string) =>
      `- speaker: "${speaker}"\n  date: 2008-03-24\n  source: https://lists.example.org/1\n  text: Words.\n`;
    expect(
      checkQuotes(memorySource({ 'q.yaml': quote('A Persona') + quote(' ') }), 'q.yaml', (f, field, m) =>
        lines.push(`${f}: ${field}: ${m}`),
      ),
    ).toBe(1);
    expect(lines).toEqual([
      'q.yaml: entry 2: speaker: expected visible text, not only spaces or invisible characters; found " "',
    ]);
  });
});
