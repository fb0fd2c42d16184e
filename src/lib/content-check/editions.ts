import { editionSchema, idRef, isCalendarDate, SECTION_IDS, type SectionId } from '../../schemas/index.ts';
import { isThursday, nearestThursday } from '../dates.ts';
import { isSectionId } from '../placement.ts';
import type { PublicationPolicy } from '../publication.ts';
import type { EditionState, FiledItem } from './cross-references.ts';
import { entryProblem, readYaml } from './files.ts';
import type { FactsOf } from './fact-cache.ts';
import { checkItem, itemFacts } from './items.ts';
import { listFacts } from './lists.ts';
import { didYouMean, unknownId, validate, type FileProblem, type Report } from './problems.ts';
import type { SharedData } from './shared-files.ts';
import { joinPath, type ContentSource } from './source.ts';

/** What the edition folders hold, for the checks that span the archive. */
export interface CheckedEditions {
  editions: Map<string, EditionState>;
  items: FiledItem[];
}

const EDITION_FILES = ['edition.yaml', 'quotes.yaml', 'patches.yaml'];

/** Built once: building a Zod schema costs about a millisecond, a second over 1,000 editions. */
const EDITION_SCHEMA = editionSchema(idRef);

/**
 * Checks every edition folder (`editions/<date>/`): its name (a real date, a Thursday), edition.yaml, its
 * quotes and patches, its section folders and their items, and that every page shown has a page editor.
 */
export function checkEditions(
  source: ContentSource,
  shared: SharedData,
  policy: PublicationPolicy,
  report: Report,
  factsOf: FactsOf = { item: itemFacts, list: listFacts, edition: editionFacts },
): CheckedEditions {
  const result: CheckedEditions = { editions: new Map(), items: [] };
  const entries = source.list('editions');
  if (!entries) report(source.shown('editions'), '(folder)', 'missing; expected one folder per edition');
  for (const entry of entries ?? []) {
    const path = joinPath('editions', entry.name);
    const problem = entryProblem(entry);
    if (problem) report(source.shown(path), '(file)', problem);
    else if (entry.type !== 'folder')
      report(source.shown(path), '(file)', 'unexpected file; expected only edition folders named YYYY-MM-DD here');
    else if (!isCalendarDate(entry.name))
      report(
        source.shown(path),
        '(folder name)',
        `"${entry.name}" is not a date; expected the edition's date as YYYY-MM-DD`,
      );
    else checkEdition(source, path, entry.name, shared, policy, report, result, factsOf);
  }
  return result;
}

function checkEdition(
  source: ContentSource,
  dir: string,
  date: string,
  shared: SharedData,
  policy: PublicationPolicy,
  report: Report,
  result: CheckedEditions,
  factsOf: FactsOf,
): void {
  if (!isThursday(date))
    report(
      source.shown(dir),
      '(folder name)',
      `${date} is not a Thursday; expected the edition's publication Thursday, the nearest being ${nearestThursday(date)}`,
    );
  const editionFile = joinPath(dir, 'edition.yaml');
  const edition = readEditionFile(source, editionFile, shared, report, factsOf);
  result.editions.set(date, edition && { draft: edition.draft });

  let listEntries = 0;
  const itemsBySection = new Map<SectionId, number>();
  const files = new Map<string, string>();
  for (const entry of source.list(dir) ?? []) {
    const path = joinPath(dir, entry.name);
    const problem = entryProblem(entry);
    if (problem) {
      report(source.shown(path), '(file)', problem);
      continue;
    }
    if (entry.type !== 'folder') {
      if (entry.name === 'quotes.yaml' || entry.name === 'patches.yaml') {
        const list = factsOf.list(source, path, date);
        for (const p of list.problems) report(source.shown(path), p.field, p.message);
        listEntries += list.entries;
      } else if (entry.name !== 'edition.yaml')
        report(
          source.shown(path),
          '(file)',
          `unexpected file; expected ${EDITION_FILES.join(', ')} or section folders`,
        );
      continue;
    }
    if (!isSectionId(entry.name)) {
      report(
        source.shown(path),
        'section',
        `unknown section folder "${entry.name}"; expected one of ${SECTION_IDS.join(', ')}${didYouMean(entry.name, SECTION_IDS)}`,
      );
      continue;
    }
    for (const fileEntry of source.list(path) ?? []) {
      const file = joinPath(path, fileEntry.name);
      const problem = entryProblem(fileEntry);
      if (problem || fileEntry.type !== 'file') {
        report(
          source.shown(file),
          '(file)',
          problem ?? 'a folder; expected only items (and images) in a section folder',
        );
        continue;
      }
      const item = checkItem(source, file, date, entry.name, shared, report, factsOf.item);
      if (!item) continue;
      const previous = files.get(item.id);
      if (previous) {
        report(
          item.file,
          'id',
          `duplicate item id "${item.id}", also used by ${previous}; expected each slug once per edition`,
        );
        continue;
      }
      files.set(item.id, item.file);
      result.items.push({ ...item, edition: date });
      if (!item.draft || policy.showUnpublished)
        itemsBySection.set(entry.name, (itemsBySection.get(entry.name) ?? 0) + 1);
    }
  }

  if (edition && (!edition.draft || policy.showUnpublished)) {
    const shown = new Map<SectionId, string>([...itemsBySection].map(([s, n]) => [s, `it has ${n} item(s)`]));
    if (listEntries > 0 && !shown.has('kernel')) shown.set('kernel', 'it has the quotes or patches of the week');
    for (const [section, why] of shown)
      if (!edition.editors[section])
        report(
          source.shown(editionFile),
          `editors.${section}`,
          `missing; the ${section} page is shown (${why}), so it needs a page editor: an author id from authors.yaml`,
        );
  }
}

/** What the rest of the check needs of an edition's settings. */
type EditionSettings = { draft: boolean; editors: Partial<Record<SectionId, string>> };

/**
 * An edition.yaml checked on its own: its problems, and its settings when it is valid. Like ItemFacts, it
 * depends only on the file's bytes, so the check's cache (fact-cache.ts) keeps it between runs; whether its
 * page editors are authors is judged on every run.
 */
export interface EditionFacts {
  problems: FileProblem[];
  edition?: EditionSettings;
}

/** Checks an edition.yaml on its own (see EditionFacts). */
export function editionFacts(source: ContentSource, path: string): EditionFacts {
  const problems: FileProblem[] = [];
  const report = (field: string, message: string) => problems.push({ field, message });
  const read = readYaml(source, path, (_file, field, message) => report(field, message));
  if (!read.ok) return { problems };
  if (read.data === null || read.data === undefined) {
    report('(file)', "empty; expected the edition's fields: editors (a page editor per page), and summary or draft");
    return { problems };
  }
  const edition = validate(EDITION_SCHEMA, read.data, report) as EditionSettings | undefined;
  return edition ? { problems, edition: { draft: edition.draft, editors: edition.editors } } : { problems };
}

/** The edition's settings, or undefined (with the problems reported) when edition.yaml is missing or invalid. */
function readEditionFile(
  source: ContentSource,
  path: string,
  shared: SharedData,
  report: Report,
  factsOf: FactsOf,
): EditionSettings | undefined {
  const file = source.shown(path);
  const type = source.typeOf(path);
  if (type === undefined) {
    report(file, '(file)', 'missing; every edition folder needs an edition.yaml');
    return undefined;
  }
  if (type !== 'file') return undefined; // reported with the folder's entries
  const { problems, edition } = factsOf.edition(source, path);
  for (const p of problems) report(file, p.field, p.message);
  for (const [section, editor] of Object.entries(edition?.editors ?? {}))
    if (!shared.authors.has(editor))
      report(file, `editors.${section}`, unknownId('author', editor, 'an id defined in authors.yaml', shared.authors));
  return edition;
}
