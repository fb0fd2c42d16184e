import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import {
  SECTION_IDS,
  authorSchema,
  editionSchema,
  idRef,
  isCalendarDate,
  itemSchema,
  patchSchema,
  quoteSchema,
  releaseSchema,
  topicSchema,
} from '../schemas/index.ts';
import { addDays, isThursday, today } from './dates.ts';
import { bodyOnly, splitFrontmatter } from './frontmatter.ts';
import { isSectionId, placementOf } from './placement.ts';
import { isEditionPublished, type PublicationPolicy } from './publication.ts';
import { findReferences, referenceProblem, type Availability, type BodyReference } from './references.ts';
import { normalizeReleases, statusAsOf } from './releases.ts';

/** One thing wrong with the content: the file, the field, and what was expected. */
export interface Problem {
  file: string;
  field: string;
  message: string;
}

/** Renders a problem as one line: `file: field: message`. */
export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.field}: ${p.message}`;
}

const ASSET = /\.(png|jpe?g|gif|svg|webp|avif)$/i;

/** What the check learned about the archive, for checks that build on it. */
export interface CheckedArchive {
  problems: Problem[];
  authors: Set<string>;
  topics: Set<string>;
  releases: Set<string>;
  editions: Set<string>;
  /** Item id -> file, for every item found. */
  items: Map<string, string>;
}

/**
 * Checks every file of a content folder against the schemas and the references between files:
 * the checks Astro does (schemas) and those it only logs or cannot see (dangling references, items filed
 * in a folder their frontmatter contradicts, duplicate ids, unknown sections). Never throws for bad content;
 * returns every problem found, so an editor sees them all at once.
 *
 * Cross-references in the bodies of published items must point to something this build publishes, under
 * `policy` (the production rules unless told otherwise).
 *
 * @param root the content folder (`content/` or `CONTENT_DIR`)
 * @param cwd paths in messages are relative to this folder
 * @param policy what this build publishes: drafts and editions dated after `buildDate` are left out
 */
export function checkContent(
  root: string,
  cwd: string = process.cwd(),
  policy: PublicationPolicy = { buildDate: today(), showUnpublished: false },
): CheckedArchive {
  const problems: Problem[] = [];
  const rel = (path: string) => {
    const shown = relative(cwd, path);
    return shown === '' || shown.startsWith('..') ? path : shown;
  };
  const report = (file: string, field: string, message: string) => problems.push({ file: rel(file), field, message });

  /** Validates data against a schema, reporting each issue with its field path and the value found. */
  function validate<T extends z.ZodType>(schema: T, data: unknown, file: string, prefix = ''): z.infer<T> | undefined {
    const result = schema.safeParse(data);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const path = [...(prefix ? [prefix] : []), ...issue.path.map(String)];
      const found =
        issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined
          ? 'missing'
          : describe(valueAt(data, issue.path));
      const keys = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')}; check the spelling)` : '';
      report(
        file,
        path.join('.') || '(whole entry)',
        `${issue.message}${keys}${found && issue.code !== 'unrecognized_keys' ? `; found ${found}` : ''}`,
      );
    }
    return undefined;
  }

  function readYaml(file: string): unknown {
    try {
      return yaml.load(readFileSync(file, 'utf8'));
    } catch (error) {
      report(file, '(file)', `not valid YAML: ${(error as Error).message.split('\n')[0]}`);
      return undefined;
    }
  }

  /** Reads a YAML list file, validating each entry; returns the valid entries. */
  function readList<T extends z.ZodType>(file: string, schema: T, required: boolean): z.infer<T>[] {
    if (!existsSync(file)) {
      if (required) report(file, '(file)', 'missing; expected a YAML list');
      return [];
    }
    const data = readYaml(file);
    if (data === undefined) return [];
    if (!Array.isArray(data)) {
      report(file, '(file)', 'expected a YAML list of entries (lines starting with "- ")');
      return [];
    }
    return data.flatMap((entry, index) => {
      const parsed = validate(schema, entry, file, `[${index}]`);
      return parsed === undefined ? [] : [parsed];
    });
  }

  function uniqueIds(file: string, ids: string[], what: string): Set<string> {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) report(file, 'id', `duplicate ${what} "${id}"; expected each ${what} once`);
      seen.add(id);
    }
    return seen;
  }

  // People, topics and releases.
  const authorsFile = join(root, 'authors.yaml');
  const authorList = readList(authorsFile, authorSchema, true);
  const authors = uniqueIds(
    authorsFile,
    authorList.map((a) => a.id),
    'author id',
  );

  const topicsFile = join(root, 'topics.yaml');
  const topicList = readList(topicsFile, topicSchema(idRef), true);
  const topics = uniqueIds(
    topicsFile,
    topicList.map((t) => t.id),
    'topic id',
  );
  const parents = new Map(topicList.map((t) => [t.id, t.parent]));
  for (const topic of topicList) {
    if (topic.parent === undefined) continue;
    if (!topics.has(topic.parent)) {
      report(
        topicsFile,
        `${topic.id}.parent`,
        `unknown topic "${topic.parent}"; expected a topic id defined in topics.yaml`,
      );
      continue;
    }
    const seen = new Set([topic.id]);
    for (let p: string | undefined = topic.parent; p !== undefined; p = parents.get(p)) {
      if (seen.has(p)) {
        report(
          topicsFile,
          `${topic.id}.parent`,
          'topics form a cycle; expected each chain of parents to end at a top-level topic',
        );
        break;
      }
      seen.add(p);
    }
  }

  const releasesFile = join(root, 'releases.yaml');
  const releaseList = readList(releasesFile, releaseSchema, true);
  const releases = uniqueIds(
    releasesFile,
    releaseList.map((r) => r.version),
    'release version',
  );

  const refCheck = (file: string, field: string, id: unknown, known: Set<string>, what: string, where: string) => {
    if (typeof id === 'string' && !known.has(id))
      report(file, field, `unknown ${what} "${id}"; expected an id defined in ${where}`);
  };

  // Editions and what they hold.
  const editions = new Set<string>();
  const items = new Map<string, string>();
  // What this build publishes, and the references of published bodies, resolved once everything is known.
  const editionAvailability = new Map<string, Availability>();
  const itemAvailability = new Map<string, Availability>();
  const bodyReferences: { file: string; references: BodyReference[] }[] = [];
  const releaseData = normalizeReleases(releaseList);
  const editionsDir = join(root, 'editions');
  if (!existsSync(editionsDir)) report(editionsDir, '(folder)', 'missing; expected one folder per edition');
  const editionEntries = existsSync(editionsDir) ? readdirSync(editionsDir, { withFileTypes: true }) : [];
  for (const entry of editionEntries) {
    const editionDir = join(editionsDir, entry.name);
    if (!entry.isDirectory()) {
      report(editionDir, '(file)', 'unexpected file; expected only edition folders named YYYY-MM-DD here');
      continue;
    }
    const date = entry.name;
    if (!isCalendarDate(date)) {
      report(editionDir, '(folder name)', `"${date}" is not a date; expected the edition's date as YYYY-MM-DD`);
      continue;
    }
    if (!isThursday(date))
      report(editionDir, '(folder name)', `${date} is not a Thursday; expected the edition's publication Thursday`);
    editions.add(date);

    const editionFile = join(editionDir, 'edition.yaml');
    if (!existsSync(editionFile)) report(editionFile, '(file)', 'missing; every edition folder needs an edition.yaml');
    else {
      const edition = validate(editionSchema(idRef), readYaml(editionFile) ?? {}, editionFile);
      if (edition)
        editionAvailability.set(
          date,
          isEditionPublished({ id: date, draft: edition.draft, editors: {} }, policy) ||
            (edition.draft ? 'a draft edition' : `scheduled for ${date}`),
        );
      for (const [section, editor] of Object.entries(edition?.editors ?? {}))
        refCheck(editionFile, `editors.${section}`, editor, authors, 'author', 'authors.yaml');
    }

    readList(join(editionDir, 'quotes.yaml'), quoteSchema, false);
    const patchesFile = join(editionDir, 'patches.yaml');
    readList(patchesFile, patchSchema, false).forEach((patch, index) => {
      if (!patch.note && (patch.date > date || patch.date <= addDays(date, -7)))
        report(
          patchesFile,
          `[${index}].date`,
          `${patch.date} is outside the edition's week (${addDays(date, -6)} to ${date}); expected a date in that week, or a note saying why it belongs here`,
        );
    });

    for (const sectionEntry of readdirSync(editionDir, { withFileTypes: true })) {
      if (!sectionEntry.isDirectory()) {
        if (!['edition.yaml', 'quotes.yaml', 'patches.yaml'].includes(sectionEntry.name))
          report(
            join(editionDir, sectionEntry.name),
            '(file)',
            'unexpected file; expected edition.yaml, quotes.yaml, patches.yaml or section folders',
          );
        continue;
      }
      const sectionDir = join(editionDir, sectionEntry.name);
      if (!isSectionId(sectionEntry.name)) {
        report(
          sectionDir,
          'section',
          `unknown section folder "${sectionEntry.name}"; expected one of ${SECTION_IDS.join(', ')}`,
        );
        continue;
      }
      for (const fileEntry of readdirSync(sectionDir, { withFileTypes: true })) {
        const file = join(sectionDir, fileEntry.name);
        const placement = fileEntry.isFile()
          ? placementOf(`${date}/${sectionEntry.name}/${fileEntry.name}`)
          : undefined;
        if (!placement) {
          if (!ASSET.test(fileEntry.name))
            report(file, '(file)', 'not an item; expected <slug>.md or <slug>.mdx (or an image) here');
          continue;
        }
        const previous = items.get(placement.id);
        if (previous) {
          report(
            file,
            'id',
            `duplicate item id "${placement.id}", also used by ${rel(previous)}; expected each slug once per edition`,
          );
          continue;
        }
        items.set(placement.id, file);
        const text = readFileSync(file, 'utf8');
        const frontmatter = readFrontmatter(file, text, report);
        if (frontmatter === undefined) continue;
        const item = validate(itemSchema(idRef), frontmatter, file);
        if (!item) continue;
        const availability: Availability = editionAvailability.get(date) ?? 'its edition.yaml is missing or invalid';
        itemAvailability.set(
          placement.id,
          availability !== true ? availability : !item.draft || policy.showUnpublished || 'a draft',
        );
        if (itemAvailability.get(placement.id) === true) {
          const { references, malformed } = findReferences(bodyOnly(text));
          for (const m of malformed) report(file, `body line ${m.line}`, m.message);
          bodyReferences.push({ file, references });
        }
        if (item.releaseStatus) {
          const status = statusAsOf(releaseData, date);
          if (!status.mainline && !status.stable)
            report(
              file,
              'releaseStatus',
              `no release in releases.yaml is dated on or before ${date}; expected the releases of that week in releases.yaml`,
            );
        }
        if (item.edition !== undefined && item.edition !== date)
          report(
            file,
            'edition',
            `says ${item.edition} but the item is filed in edition folder ${date}; expected ${date} (or no edition field)`,
          );
        if (item.section !== undefined && item.section !== sectionEntry.name)
          report(
            file,
            'section',
            `says ${item.section} but the item is filed in section folder ${sectionEntry.name}; expected ${sectionEntry.name} (or no section field)`,
          );
        refCheck(file, 'author', item.author, authors, 'author', 'authors.yaml');
        item.topics.forEach((topic, i) => refCheck(file, `topics[${i}]`, topic, topics, 'topic', 'topics.yaml'));
      }
    }
  }

  const targets = { items: itemAvailability, editions: editionAvailability, topics, releases, authors };
  for (const { file, references } of bodyReferences)
    for (const ref of references) {
      const problem = referenceProblem(ref, targets);
      if (problem) report(file, `body line ${ref.line}`, problem);
    }

  return { problems, authors, topics, releases, editions, items };
}

/** The YAML frontmatter of a Markdown/MDX file, or undefined (with a problem reported) when it has none. */
function readFrontmatter(
  file: string,
  text: string,
  report: (file: string, field: string, message: string) => void,
): unknown {
  try {
    const { frontmatter } = splitFrontmatter(text);
    if (frontmatter === undefined)
      report(file, '(frontmatter)', 'missing; expected the file to start with a --- fenced YAML block');
    return frontmatter;
  } catch (error) {
    report(file, '(frontmatter)', `not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path)
    value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

function describe(value: unknown): string {
  if (value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
