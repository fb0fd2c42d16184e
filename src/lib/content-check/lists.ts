import type { z } from 'astro/zod';
import { patchSchema, quoteSchema } from '../../schemas/index.ts';
import { addDays } from '../dates.ts';
import { entryProblem, readYaml } from './files.ts';
import { entryLabel, validate, type FileProblem, type Report } from './problems.ts';
import type { ContentSource } from './source.ts';

/** A valid entry of a YAML list, with its place in the file. */
export interface ListEntry<T> {
  /** 0-based position in the file, counting invalid entries too. */
  index: number;
  /** How messages name it: `entry 6 ("sched: …")`. */
  label: string;
  value: T;
}

/**
 * Reads a YAML list file, validating each entry; returns the valid entries. An entry is named by its 1-based
 * number and `nameOf` (its title, id or version), so a message points at it even when others fail too.
 * A file holding only comments is an empty list (how a new edition's lists start).
 */
export function readList<T extends z.ZodType>(
  source: ContentSource,
  path: string,
  schema: T,
  nameOf: (entry: Record<string, unknown>) => unknown,
  report: Report,
  required: boolean,
): ListEntry<z.output<T>>[] {
  const file = source.shown(path);
  const type = source.typeOf(path);
  if (type === undefined) {
    if (required) report(file, '(file)', 'missing; expected a YAML list');
    return [];
  }
  if (type !== 'file') {
    report(file, '(file)', entryProblem({ name: path, type }) ?? 'a folder; expected a YAML file');
    return [];
  }
  const read = readYaml(source, path, report);
  if (!read.ok || read.data === null || read.data === undefined) return [];
  if (!Array.isArray(read.data)) {
    report(file, '(file)', 'expected a YAML list of entries (lines starting with "- ")');
    return [];
  }
  return read.data.flatMap((entry: unknown, index) => {
    const label = entryLabel(
      index,
      entry && typeof entry === 'object' ? nameOf(entry as Record<string, unknown>) : undefined,
    );
    const value = validate(schema, entry, (field, message) => report(file, field, message), label);
    return value === undefined ? [] : [{ index, label, value }];
  });
}

/** Checks an edition's quotes.yaml; returns how many valid entries it has. */
export function checkQuotes(source: ContentSource, path: string, report: Report): number {
  return readList(source, path, quoteSchema, (q) => q.speaker, report, false).length;
}

/**
 * Checks an edition's patches.yaml: each entry, and that it is dated in the edition's week (Friday to
 * Thursday) or says why not in a `note`. Returns how many valid entries it has.
 */
export function checkPatches(source: ContentSource, path: string, edition: string, report: Report): number {
  const patches = readList(source, path, patchSchema, (p) => p.title, report, false);
  for (const { label, value: patch } of patches)
    if (!patch.note && (patch.date > edition || patch.date <= addDays(edition, -7)))
      report(
        source.shown(path),
        `${label}: date`,
        `${patch.date} is outside the edition's week (${addDays(edition, -6)} to ${edition}); expected a date in that week, or a note saying why it belongs here`,
      );
  return patches.length;
}

/**
 * An edition's quotes.yaml or patches.yaml checked on its own: its problems and how many valid entries it has.
 * Like ItemFacts, it depends only on the file's bytes and place (the edition's week), so the check's cache
 * (fact-cache.ts) keeps it between runs.
 */
export interface ListFacts {
  problems: FileProblem[];
  entries: number;
}

/** Checks an edition's quotes.yaml or patches.yaml (by its name), keeping the problems as facts. */
export function listFacts(source: ContentSource, path: string, edition: string): ListFacts {
  const problems: FileProblem[] = [];
  const report: Report = (_file, field, message) => problems.push({ field, message });
  const entries = path.endsWith('patches.yaml')
    ? checkPatches(source, path, edition, report)
    : checkQuotes(source, path, report);
  return { problems, entries };
}
