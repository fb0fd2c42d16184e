import { slug } from 'github-slugger';
import { idRef, itemSchema, type SectionId } from '../../schemas/index.ts';
import { addDays } from '../dates.ts';
import { bodyOnly, splitFrontmatter } from '../frontmatter.ts';
import { YamlSyntaxError } from '../content-text.ts';
import { checkBody } from '../body-check.ts';
import { imageFindings, standingProblems, type ImageFinding } from './images.ts';
import { findReferences, type BodyReference, type MalformedReference } from '../references.ts';
import { readText } from './files.ts';
import { unknownId, validate, type FileProblem, type Report } from './problems.ts';
import type { SharedData } from './shared-files.ts';
import type { ContentSource } from './source.ts';

/** The largest item file accepted, in bytes (1 MB): a longer article makes pages no reader should download. */
export const MAX_ITEM_BYTES = 1024 * 1024;

/** How far back (days) releases.yaml must have a release for a `releaseStatus` brief not to show stale kernels. */
export const RELEASE_DATA_MAX_AGE_DAYS = 28;

/** Images may sit beside items (their own rules belong to the image check). */
const IMAGE = /\.(png|jpe?g|gif|svg|webp|avif)$/i;
const ITEM_FILE = /^(.*)\.(mdx?)$/;
/** A slug is the item's URL: lower-case ASCII words joined by hyphens. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Built once: building a Zod schema costs about a millisecond, 20 seconds over 20,000 items. */
const ITEM_SCHEMA = itemSchema(idRef);

/** What the rest of the check needs to know of a valid item. */
export interface CheckedItem {
  id: string;
  file: string;
  section: SectionId;
  draft: boolean;
  /** Cross-references in the body, at file lines; resolved once the whole archive is known. */
  references: BodyReference[];
  malformed: MalformedReference[];
}

/** The slug a file name should have had: github-slugger's, reduced to ASCII. */
export function suggestedSlug(name: string): string {
  const ascii = slug(name)
    .normalize('NFKD')
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return ascii || 'item';
}

/**
 * What checking an item file learns from the file alone: its bytes and its place (the edition and section
 * folders it is filed in). Plain data, without the body, so the content check's cache (fact-cache.ts) can keep
 * it between runs per file; `itemFromFacts` judges it against the rest of the archive on every run.
 */
export interface ItemFacts {
  /** The problems found in the file alone up to its fields: name, size, encoding, frontmatter, fields, folders. */
  problems: FileProblem[];
  /** Set when the file is an item with valid frontmatter: what the judgement against the archive needs. */
  item?: {
    slug: string;
    draft: boolean;
    author?: string;
    topics: string[];
    releaseStatus: boolean;
    /** The body's own problems (policy, MDX), at file lines. */
    body: FileProblem[];
    /** Image problems at file lines; those with `ifMissing` hold only while that file is missing. */
    images: ImageFinding[];
    /** Cross-references in the body, at file lines. */
    references: BodyReference[];
    malformed: MalformedReference[];
  };
}

/**
 * Checks one file in a section folder (`editions/<edition>/<section>/<name>`): its name, size, encoding,
 * frontmatter and fields, and the references it makes to authors, topics and releases. Returns the item, or
 * undefined when the file is not one (an image, or a problem already reported).
 */
export function checkItem(
  source: ContentSource,
  path: string,
  edition: string,
  section: SectionId,
  shared: SharedData,
  report: Report,
  factsOf: ItemFactsOf = itemFacts,
): CheckedItem | undefined {
  return itemFromFacts(source, path, edition, section, factsOf(source, path, edition, section), shared, report);
}

/** Where `checkItem` gets an item file's facts: `itemFacts` itself, or the content check's cache of them. */
export type ItemFactsOf = (source: ContentSource, path: string, edition: string, section: SectionId) => ItemFacts;

/**
 * The part of `checkItem` that depends on the rest of the archive: the authors, topics and releases an item
 * names, and whether its images exist. Reports the same problems, in the same order, as checking the file anew.
 */
export function itemFromFacts(
  source: ContentSource,
  path: string,
  edition: string,
  section: SectionId,
  facts: ItemFacts,
  shared: SharedData,
  report: Report,
): CheckedItem | undefined {
  const file = source.shown(path);
  for (const p of facts.problems) report(file, p.field, p.message);
  const { item } = facts;
  if (!item) return undefined;
  if (item.author !== undefined && !shared.authors.has(item.author))
    report(file, 'author', unknownId('author', item.author, 'an id defined in authors.yaml', shared.authors));
  item.topics.forEach((topic, i) => {
    if (!shared.topics.has(topic))
      report(file, `topics[${i}]`, unknownId('topic', topic, 'an id defined in topics.yaml', shared.topics));
  });
  if (item.releaseStatus) {
    const from = addDays(edition, 1 - RELEASE_DATA_MAX_AGE_DAYS);
    if (!shared.releases.some((r) => r.date >= from && r.date <= edition))
      report(
        file,
        'releaseStatus',
        `releases.yaml has no release dated ${from} to ${edition} (the ${RELEASE_DATA_MAX_AGE_DAYS / 7} weeks up to this edition), so the release status would be stale; run npm run import:releases -- releases.json with a current kernel.org snapshot, or add the week's releases to releases.yaml`,
      );
  }
  for (const p of item.body) report(file, p.field, p.message);
  for (const p of standingProblems(item.images, (image) => source.typeOf(image) === 'file'))
    report(file, `line ${p.line}`, p.message);
  return {
    id: `${edition}/${item.slug}`,
    file,
    section,
    draft: item.draft,
    references: item.references,
    malformed: item.malformed,
  };
}

/** The part of `checkItem` that depends only on the file's bytes and its place (see ItemFacts). */
export function itemFacts(source: ContentSource, path: string, edition: string, section: SectionId): ItemFacts {
  const problems: FileProblem[] = [];
  const report = (field: string, message: string) => problems.push({ field, message });
  const name = path.slice(path.lastIndexOf('/') + 1);
  const match = ITEM_FILE.exec(name);
  if (!match) {
    if (!IMAGE.test(name)) report('(file)', 'not an item; expected <slug>.md or <slug>.mdx (or an image) here');
    return { problems };
  }
  const [, itemSlug, extension] = match;
  if (!SLUG.test(itemSlug)) {
    report(
      '(file name)',
      `"${itemSlug}" is not a slug: the slug is the item's URL, lower-case ASCII letters and digits in words joined by hyphens; expected a name such as ${suggestedSlug(itemSlug)}.${extension}`,
    );
    return { problems };
  }
  const size = source.size(path);
  if (size > MAX_ITEM_BYTES) {
    report(
      '(file)',
      `${(size / 1024 / 1024).toFixed(1)} MB (${size} bytes) is over the limit of ${MAX_ITEM_BYTES / 1024 / 1024} MB per item; split the article or shorten it`,
    );
    return { problems };
  }
  const text = readText(source, path, (_file, field, message) => report(field, message));
  if (text === undefined) return { problems };
  if (text.trim() === '') {
    report('(file)', 'empty; expected a --- fenced YAML block (title, kind, summary), then the text');
    return { problems };
  }
  let split: ReturnType<typeof splitFrontmatter>;
  try {
    split = splitFrontmatter(text);
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    report(error.line === undefined ? '(frontmatter)' : `line ${error.line}`, `not valid YAML: ${error.reason}`);
    return { problems };
  }
  if (split.frontmatter === undefined) {
    report('(frontmatter)', 'missing; expected the file to start with a --- fenced YAML block');
    return { problems };
  }
  const item = validate(ITEM_SCHEMA, split.frontmatter, report) as
    | { author?: string; topics: string[]; edition?: string; section?: string; draft: boolean; releaseStatus: boolean }
    | undefined;
  if (!item) return { problems };

  if (item.edition !== undefined && item.edition !== edition)
    report(
      'edition',
      `says ${item.edition} but the item is filed in edition folder ${edition}; expected ${edition} (or no edition field)`,
    );
  if (item.section !== undefined && item.section !== section)
    report(
      'section',
      `says ${item.section} but the item is filed in section folder ${section}; expected ${section} (or no section field)`,
    );

  const { references, malformed } = findReferences(split.body);
  // Body line n is file line n + bodyLine - 1.
  const toFileLine = <T extends { line: number }>(found: T): T => ({ ...found, line: found.line + split.bodyLine - 1 });
  return {
    problems,
    item: {
      slug: itemSlug,
      draft: item.draft,
      ...(item.author === undefined ? {} : { author: item.author }),
      topics: item.topics,
      releaseStatus: item.releaseStatus,
      // The body's own rules (policy, MDX, components; images), at lines of the whole file.
      body: checkBody(text, extension as 'md' | 'mdx'),
      images: imageFindings(bodyOnly(text), path),
      references: references.map(toFileLine),
      malformed: malformed.map(toFileLine),
    },
  };
}
