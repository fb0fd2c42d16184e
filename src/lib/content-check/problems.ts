import type { z } from 'astro/zod';

/** One thing wrong with the content: the file, the field (or line), and what was expected. */
export interface Problem {
  file: string;
  field: string;
  message: string;
}

/** A problem a file has on its own, as the check's cache keeps it: the file is named when it is reported. */
export type FileProblem = Omit<Problem, 'file'>;

/** Renders a problem as one line: `file: field: message`. */
export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.field}: ${p.message}`;
}

/** Collects problems; files are named as the editor sees them (see ContentSource.shown). */
export type Report = (file: string, field: string, message: string) => void;

/**
 * Validates data against a schema, reporting each issue with its field path (after `prefix`) and the value
 * found. Returns the parsed data, or undefined when anything is wrong.
 */
export function validate<T extends z.ZodType>(
  schema: T,
  data: unknown,
  report: (field: string, message: string) => void,
  prefix = '',
): z.output<T> | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    const field = [prefix, path].filter(Boolean).join(prefix && path ? ': ' : '') || '(whole entry)';
    const value = valueAt(data, issue.path);
    const found =
      issue.code === 'invalid_type' && value === undefined
        ? 'missing'
        : issue.code === 'too_big' && typeof value === 'string'
          ? `${value.length}`
          : describe(value);
    const keys = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')}; check the spelling)` : '';
    report(field, `${issue.message}${keys}${found && issue.code !== 'unrecognized_keys' ? `; found ${found}` : ''}`);
  }
  return undefined;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path)
    value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

function describe(value: unknown): string {
  if (value === undefined) return '';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** A short label for a list entry in messages: `entry 6 ("sched: tidy up…")`, numbered from 1. */
export function entryLabel(index: number, name: unknown): string {
  if ((typeof name !== 'string' && typeof name !== 'number') || String(name).trim() === '') return `entry ${index + 1}`;
  const text = String(name);
  const short = text.length > 40 ? `${text.slice(0, 39)}…` : text;
  return `entry ${index + 1} (${JSON.stringify(short)})`;
}

/** Levenshtein distance between two strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

/**
 * The known id an unknown `id` was most likely meant to be: the nearest by edit distance when within a quarter
 * of its length (at least one edit), else the only id that starts with `id-` (`mara` for `mara-quillfeather`).
 */
export function nearest(id: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(id.length / 4)) + 1;
  const extended: string[] = [];
  for (const candidate of known) {
    if (candidate.startsWith(`${id}-`)) extended.push(candidate);
    if (Math.abs(candidate.length - id.length) >= bestDistance) continue;
    const distance = editDistance(id, candidate);
    if (distance < bestDistance || (distance === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best ?? (extended.length === 1 ? extended[0] : undefined);
}

/** `; did you mean "x"?` for the nearest known id, or '' when none is near. */
export function didYouMean(id: string, known: Iterable<string>): string {
  const found = nearest(id, known);
  return found === undefined ? '' : `; did you mean "${found}"?`;
}

/** The message for an id that names nothing: `unknown author "mara"; expected …; did you mean "…"?`. */
export function unknownId(what: string, id: string, expected: string, known: Iterable<string>): string {
  return `unknown ${what} "${id}"; expected ${expected}${didYouMean(id, known)}`;
}
