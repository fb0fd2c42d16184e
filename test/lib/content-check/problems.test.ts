import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import {
  didYouMean,
  editDistance,
  entryLabel,
  formatProblem,
  nearest,
  unknownId,
  validate,
} from '../../../src/lib/content-check/problems.ts';

describe('formatProblem', () => {
  it('renders file, field and message on one line', () => {
    expect(formatProblem({ file: 'a.yaml', field: 'entry 1: date', message: 'wrong' })).toBe(
      'a.yaml: entry 1: date: wrong',
    );
  });
});

describe('entryLabel', () => {
  it('numbers entries from 1 and names them, shortened', () => {
    expect(entryLabel(5, 'sched: tidy up')).toBe('entry 6 ("sched: tidy up")');
    expect(entryLabel(0, 'x'.repeat(50))).toBe(`entry 1 ("${'x'.repeat(39)}…")`);
    expect(entryLabel(2, 3.1)).toBe('entry 3 ("3.1")');
    expect(entryLabel(1, undefined)).toBe('entry 2');
    expect(entryLabel(1, '  ')).toBe('entry 2');
  });
});

describe('nearest and didYouMean', () => {
  it('measures edits', () => {
    expect(editDistance('kernel', 'kernl')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('tracing', 'tracing')).toBe(0);
  });

  it('suggests the nearest id within a quarter of its length', () => {
    expect(nearest('kernl', ['front', 'kernel', 'security'])).toBe('kernel');
    expect(nearest('test-writr', ['test-writer', 'test-guest'])).toBe('test-writer');
    expect(nearest('2.6.99', ['2.6.24', '2.6.25'])).toBeUndefined();
    expect(nearest('sports', ['front', 'kernel'])).toBeUndefined();
  });

  it('suggests the one id that extends a shortened one', () => {
    expect(nearest('mara', ['mara-quillfeather', 'odile-brackenridge'])).toBe('mara-quillfeather');
    expect(nearest('mara', ['mara-a', 'mara-b'])).toBeUndefined();
  });

  it('breaks ties by name, whatever the order given', () => {
    expect(nearest('ab', ['ac', 'aa'])).toBe('aa');
    expect(nearest('ab', ['aa', 'ac'])).toBe('aa');
  });

  it('words the suggestion', () => {
    expect(didYouMean('tracng', ['tracing'])).toBe('; did you mean "tracing"?');
    expect(didYouMean('zzz', ['tracing'])).toBe('');
    expect(unknownId('topic', 'tracng', 'a topic id', ['tracing'])).toBe(
      'unknown topic "tracng"; expected a topic id; did you mean "tracing"?',
    );
  });
});

describe('validate', () => {
  const schema = z.strictObject({ title: z.string(), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date') });
  const run = (data: unknown, prefix?: string) => {
    const lines: string[] = [];
    const value = validate(schema, data, (field, message) => lines.push(`${field}: ${message}`), prefix);
    return { value, lines };
  };

  it('returns the data when valid', () => {
    expect(run({ title: 't', date: '2008-03-27' })).toEqual({ value: { title: 't', date: '2008-03-27' }, lines: [] });
  });

  it('names each field after the prefix, with the value found', () => {
    expect(run({ date: 'soon' }, 'entry 2 ("x")').lines).toEqual([
      'entry 2 ("x"): title: Invalid input: expected string, received undefined; found missing',
      'entry 2 ("x"): date: a date; found "soon"',
    ]);
    expect(run({ title: 't', date: '2008-03-27', autor: 'x' }).lines).toEqual([
      '(whole entry): Unrecognized key: "autor" (autor; check the spelling)',
    ]);
  });
});
