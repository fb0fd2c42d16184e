import { describe, expect, it } from 'vitest';
import { checkSharedFiles, checkTopicParents } from '../../../src/lib/content-check/shared-files.ts';
import { memorySource, MINIMAL, type MemoryFile } from './memory-source.ts';

function run(files: Record<string, MemoryFile>) {
  const lines: string[] = [];
  const shared = checkSharedFiles(memorySource(files), (file, field, message) =>
    lines.push(`${file}: ${field}: ${message}`),
  );
  return { shared, lines };
}

describe('checkSharedFiles', () => {
  it('collects authors, topics and releases', () => {
    const { shared, lines } = run(MINIMAL);
    expect(lines).toEqual([]);
    expect([...shared.authors]).toEqual(['test-writer']);
    expect([...shared.topics]).toEqual(['tracing', 'markers']);
    expect(shared.releases.map((r) => [r.version, r.date, r.kind])).toEqual([
      ['2.6.24', '2008-01-24', 'mainline'],
      ['2.6.25-rc7', '2008-03-25', 'mainline-rc'],
    ]);
  });

  it('names missing files, repeated ids and impossible dates', () => {
    const { lines } = run({
      'authors.yaml': '- id: a\n  name: A\n- id: a\n  name: "\u200B"\n',
      'releases.yaml': '- version: 2.6.24\n  date: 2008-02-30\n',
    });
    expect(lines).toEqual([
      'authors.yaml: entry 2 ("a"): name: expected visible text, not only spaces or invisible characters; found "\u200B"',
      'topics.yaml: (file): missing; expected a YAML list',
      'releases.yaml: entry 1 ("2.6.24"): date: expected a real date written YYYY-MM-DD; found "2008-02-30"',
    ]);
    expect(run({ ...MINIMAL, 'authors.yaml': '- id: a\n  name: A\n- id: a\n  name: B\n' }).lines).toEqual([
      'authors.yaml: entry 2 ("a"): id: duplicate author id "a"; expected each author id once',
    ]);
  });
});

describe('checkTopicParents', () => {
  const problems = (list: { id: string; parent?: string }[]) => {
    const lines: string[] = [];
    checkTopicParents(
      list.map((t, i) => ({ ...t, label: `entry ${i + 1}` })),
      new Set(list.map((t) => t.id)),
      (field, message) => lines.push(`${field}: ${message}`),
    );
    return lines;
  };

  it('refuses unknown parents, with a suggestion, and cycles', () => {
    expect(problems([{ id: 'tracing' }, { id: 'markers', parent: 'tracng' }])).toEqual([
      'entry 2: parent: unknown topic "tracng"; expected a topic id defined in topics.yaml; did you mean "tracing"?',
    ]);
    expect(
      problems([
        { id: 'a', parent: 'b' },
        { id: 'b', parent: 'a' },
      ]),
    ).toEqual([
      'entry 1: parent: topics form a cycle; expected each chain of parents to end at a top-level topic',
      'entry 2: parent: topics form a cycle; expected each chain of parents to end at a top-level topic',
    ]);
    expect(problems([{ id: 'a' }, { id: 'b', parent: 'a' }])).toEqual([]);
  });
});
