import { describe, expect, it } from 'vitest';
import { entryProblem, readText, readYaml } from '../../../src/lib/content-check/files.ts';
import { memorySource } from './memory-source.ts';

const collect = () => {
  const lines: string[] = [];
  return {
    lines,
    report: (file: string, field: string, message: string) => lines.push(`${file}: ${field}: ${message}`),
  };
};

describe('entryProblem', () => {
  it('refuses links, hidden names and special files, by name', () => {
    expect(entryProblem({ name: 'a.md', type: 'symlink' })).toMatch(/^is a symlink;/);
    expect(entryProblem({ name: '.draft.md', type: 'file' })).toMatch(
      /^hidden name "\.draft\.md", which the build would skip/,
    );
    expect(entryProblem({ name: 'fifo', type: 'other' })).toBe('not a regular file or folder; remove it');
    expect(entryProblem({ name: 'a.md', type: 'file' })).toBeUndefined();
    expect(entryProblem({ name: 'kernel', type: 'folder' })).toBeUndefined();
  });
});

describe('readText and readYaml', () => {
  it('reports a file that is not UTF-8 with its byte offset', () => {
    const { lines, report } = collect();
    expect(readText(memorySource({ 'a.md': new Uint8Array([0x61, 0xe9]) }), 'a.md', report)).toBeUndefined();
    expect(lines).toEqual(['a.md: byte 1: not UTF-8: byte 0xE9 starts no valid character; save the file as UTF-8']);
  });

  it('reports a YAML syntax error at its line in the file', () => {
    const { lines, report } = collect();
    expect(readYaml(memorySource({ 'a.yaml': 'a: 1\nb: 2\n  c: 3\n' }), 'a.yaml', report)).toEqual({ ok: false });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^a\.yaml: line 3: not valid YAML: /);
  });

  it('reads YAML after a byte-order mark, dates as strings', () => {
    const { lines, report } = collect();
    expect(readYaml(memorySource({ 'a.yaml': '\uFEFFdate: 2008-02-30\n' }), 'a.yaml', report)).toEqual({
      ok: true,
      data: { date: '2008-02-30' },
    });
    expect(lines).toEqual([]);
  });
});
