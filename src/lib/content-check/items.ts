import { slug } from 'github-slugger';
import { idRef, itemSchema, type SectionId } from '../../schemas/index.ts';
import { addDays } from '../dates.ts';
import { bodyOnly, splitFrontmatter } from '../frontmatter.ts';
import { YamlSyntaxError } from '../content-text.ts';
import { checkBody } from '../body-check.ts';
import { imageProblems } from './images.ts';
import { findReferences, type BodyReference, type MalformedReference } from '../references.ts';
import { readText } from './files.ts';
import { unknownId, validate, type Report } from './problems.ts';
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

/**
 * An item's body as the body check receives it. Where `checkItem` hands it on (the body check, owned apart,
 * returns Problem[] for it) is marked "body check" below.
 */
export interface ItemBody {
  /** The file, as messages name it. */
  file: string;
  /** The body's source text, frontmatter removed. */
  text: string;
  format: 'md' | 'mdx';
  /** The 1-based line of the file the body starts on: body line n is file line n + firstLine - 1. */
  firstLine: number;
}

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
): CheckedItem | undefined {
  const file = source.shown(path);
  const name = path.slice(path.lastIndexOf('/') + 1);
  const match = ITEM_FILE.exec(name);
  if (!match) {
    if (!IMAGE.test(name)) report(file, '(file)', 'not an item; expected <slug>.md or <slug>.mdx (or an image) here');
    return undefined;
  }
  const [, itemSlug, extension] = match;
  if (!SLUG.test(itemSlug)) {
    report(
      file,
      '(file name)',
      `"${itemSlug}" is not a slug: the slug is the item's URL, lower-case ASCII letters and digits in words joined by hyphens; expected a name such as ${suggestedSlug(itemSlug)}.${extension}`,
    );
    return undefined;
  }
  const size = source.size(path);
  if (size > MAX_ITEM_BYTES) {
    report(
      file,
      '(file)',
      `${(size / 1024 / 1024).toFixed(1)} MB (${size} bytes) is over the limit of ${MAX_ITEM_BYTES / 1024 / 1024} MB per item; split the article or shorten it`,
    );
    return undefined;
  }
  const text = readText(source, path, report);
  if (text === undefined) return undefined;
  if (text.trim() === '') {
    report(file, '(file)', 'empty; expected a --- fenced YAML block (title, kind, summary), then the text');
    return undefined;
  }
  let split: ReturnType<typeof splitFrontmatter>;
  try {
    split = splitFrontmatter(text);
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    report(file, error.line === undefined ? '(frontmatter)' : `line ${error.line}`, `not valid YAML: ${error.reason}`);
    return undefined;
  }
  if (split.frontmatter === undefined) {
    report(file, '(frontmatter)', 'missing; expected the file to start with a --- fenced YAML block');
    return undefined;
  }
  const item = validate(itemSchema(idRef), split.frontmatter, (field, message) => report(file, field, message)) as
    | { author?: string; topics: string[]; edition?: string; section?: string; draft: boolean; releaseStatus: boolean }
    | undefined;
  if (!item) return undefined;

  if (item.edition !== undefined && item.edition !== edition)
    report(
      file,
      'edition',
      `says ${item.edition} but the item is filed in edition folder ${edition}; expected ${edition} (or no edition field)`,
    );
  if (item.section !== undefined && item.section !== section)
    report(
      file,
      'section',
      `says ${item.section} but the item is filed in section folder ${section}; expected ${section} (or no section field)`,
    );
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

  const body: ItemBody = { file, text: split.body, format: extension as ItemBody['format'], firstLine: split.bodyLine };
  // The body's own rules (policy, MDX, components; images), at lines of the whole file.
  for (const p of checkBody(text, body.format)) report(file, p.field, p.message);
  for (const p of imageProblems(bodyOnly(text), path, (image) => source.typeOf(image) === 'file'))
    report(file, `line ${p.line}`, p.message);
  const { references, malformed } = findReferences(body.text);
  const toFileLine = <T extends { line: number }>(found: T): T => ({ ...found, line: found.line + body.firstLine - 1 });
  return {
    id: `${edition}/${itemSlug}`,
    file,
    section,
    draft: item.draft,
    references: references.map(toFileLine),
    malformed: malformed.map(toFileLine),
  };
}
