import { decodeUtf8, NotUtf8Error, parseYaml, YamlSyntaxError } from '../content-text.ts';
import type { Report } from './problems.ts';
import type { ContentSource, SourceEntry } from './source.ts';

/**
 * Reading one file for the check: what may sit in the content folder at all, its encoding, its YAML.
 * Each problem is reported with the file and the line where there is one.
 */

/**
 * Why an entry of the content folder cannot be content, or undefined. Links and hidden names are refused
 * rather than skipped: the build's loaders would silently leave them out (or follow a link out of the folder).
 */
export function entryProblem(entry: SourceEntry): string | undefined {
  if (entry.type === 'symlink')
    return 'is a symlink; expected a regular file or folder: copy it into the content folder instead of linking it';
  if (entry.name.startsWith('.'))
    return `hidden name "${entry.name}", which the build would skip without a word; rename it without the leading dot, or remove it`;
  if (entry.type === 'other') return 'not a regular file or folder; remove it';
  return undefined;
}

/** A file's text (UTF-8, a byte-order mark dropped), or undefined with the problem reported. */
export function readText(source: ContentSource, path: string, report: Report): string | undefined {
  try {
    return decodeUtf8(source.read(path));
  } catch (error) {
    if (!(error instanceof NotUtf8Error)) throw error;
    report(source.shown(path), `byte ${error.offset}`, error.message);
    return undefined;
  }
}

/** What a YAML file holds (strings for dates; see content-text.ts), or `{ ok: false }` with the problem reported. */
export function readYaml(
  source: ContentSource,
  path: string,
  report: Report,
): { ok: true; data: unknown } | { ok: false } {
  const text = readText(source, path, report);
  if (text === undefined) return { ok: false };
  try {
    return { ok: true, data: parseYaml(text) };
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    report(
      source.shown(path),
      error.line === undefined ? '(file)' : `line ${error.line}`,
      `not valid YAML: ${error.reason}`,
    );
    return { ok: false };
  }
}
