import { slug } from 'github-slugger';
import yaml from 'js-yaml';
import { isCalendarDate } from '../schemas/common.ts';
import type { ItemKind, SectionId } from '../schemas/sections.ts';
import { addDays, isThursday, nearestThursday } from './dates.ts';

/**
 * What `npm run new:edition` and `npm run new:item` write: pure text, so the commands only read the content
 * folder and write files. Everything written here passes `npm run check` as it stands (a draft with
 * placeholder sentences the editor replaces).
 */

/** A file to write, relative to the content folder. */
export interface ScaffoldFile {
  path: string;
  text: string;
}

/**
 * The date of a new edition: the one asked for, or the Thursday after the newest edition (the Thursday on or
 * after `today` when there is none). Throws an editor-facing message for a date that is not a Thursday
 * (naming the nearest one) or that already has an edition.
 */
export function newEditionDate(existing: readonly string[], today: string, requested?: string): string {
  const newest = existing.toSorted().at(-1);
  const date =
    requested ??
    (newest ? addDays(newest, 7) : addDays(today, (4 - new Date(`${today}T00:00:00Z`).getUTCDay() + 7) % 7));
  if (!isCalendarDate(date))
    throw new Error(`"${date}" is not a date; expected YYYY-MM-DD, e.g. ${nearestThursday(today)}`);
  if (!isThursday(date))
    throw new Error(
      `${date} is not a Thursday; editions are dated by their Thursday: did you mean ${nearestThursday(date)}?`,
    );
  if (existing.includes(date)) throw new Error(`edition ${date} already exists; choose another Thursday`);
  return date;
}

const COMMENTED_QUOTE = `# Quotes of the week, shown in this order. To add one, replace the [] below with entries like this:
#
# - speaker: Name of the speaker
#   context: What the discussion was about
#   date: YYYY-MM-DD
#   source: https://lore.kernel.org/r/message-id
#   text: |
#     The quotation itself; a blank line starts a new paragraph.
[]
`;

const COMMENTED_PATCH = `# Patches and updates, shown under their category in the fixed order of the authoring guide.
# npm run import:patches -- thread.mbox adds entries from a mailbox; by hand, replace the [] below
# with entries like this:
#
# - category: Core kernel code
#   author: Name of the patch author
#   title: "subsystem: what the patch does"
#   date: YYYY-MM-DD
#   url: https://lore.kernel.org/r/message-id
[]
`;

/**
 * The files of a new edition, a draft with the page editors of the previous one. The lists hold `[]`, an
 * empty list, below a commented example: a file of comments alone is no YAML list.
 */
export function editionFiles(date: string, editors: Readonly<Record<string, string>>): ScaffoldFile[] {
  const dir = `editions/${date}`;
  const edition = [
    '# summary: One or two sentences for the front page and the archive list.',
    'draft: true',
    yaml.dump({ editors }, { flowLevel: Object.keys(editors).length === 0 ? 1 : -1 }).trimEnd(),
    '',
  ].join('\n');
  return [
    { path: `${dir}/edition.yaml`, text: edition },
    {
      path: `${dir}/kernel/release-status.md`,
      text: itemText(
        {
          title: 'Kernel release status',
          kind: 'brief',
          summary: "Where this week's development and stable kernels stand.",
          order: 1,
          releaseStatus: true,
        },
        "The current releases are shown above from releases.yaml (`npm run import:releases` updates it); write this week's commentary here.",
      ),
    },
    { path: `${dir}/quotes.yaml`, text: COMMENTED_QUOTE },
    { path: `${dir}/patches.yaml`, text: COMMENTED_PATCH },
  ];
}

/** What `npm run new:item` is asked for. */
export interface NewItem {
  edition: string;
  section: SectionId;
  title: string;
  kind: ItemKind;
  author?: string;
}

/** The slug of an item's title, as its file name and permanent URL use it. */
export function slugOf(title: string): string {
  return slug(title.trim());
}

/** A new draft item. Throws for a title with nothing to make a slug of, or a feature without an author. */
export function itemFile(item: NewItem): ScaffoldFile {
  const itemSlug = slugOf(item.title);
  if (itemSlug.replaceAll('-', '') === '')
    throw new Error(`the title "${item.title}" has no letters or digits to make a file name of`);
  if (item.kind === 'feature' && !item.author)
    throw new Error('a feature needs an author: add --author ID (an id from authors.yaml)');
  return {
    path: `editions/${item.edition}/${item.section}/${itemSlug}.md`,
    text: itemText(
      {
        title: item.title.trim(),
        kind: item.kind,
        ...(item.author ? { author: item.author } : {}),
        summary: 'One sentence for tables of contents, feeds and search results.',
        draft: true,
      },
      'The text, in Markdown. Set draft: false above when it is ready.',
    ),
  };
}

/** A Markdown item: YAML frontmatter (quoted where YAML needs it) and a body. */
function itemText(frontmatter: Record<string, unknown>, body: string): string {
  return `---\n${yaml.dump(frontmatter, { lineWidth: -1 })}# topics: [topic-id, another-topic-id]\n---\n\n${body}\n`;
}
