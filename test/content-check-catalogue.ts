import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Fixture } from './fixture.ts';

/**
 * The bad-input catalogue: each case is the minimal fixture plus one change, and every line `npm run check`
 * must print for it (paths relative to the content folder; none when the input is accepted). Cases marked
 * `build` are also built: `astro build` must fail with the same lines (or succeed when there are none).
 */
export interface CatalogueCase {
  name: string;
  change: (f: Fixture) => void;
  problems: string[];
  /** Extra environment, e.g. the build date a case depends on. */
  env?: Record<string, string>;
  build?: boolean;
  /** For an accepted case that is built: text each built page (path under the output folder) must show. */
  pages?: Record<string, string>;
}

const EDITION = 'editions/2008-03-27';
const FEATURE = `${EDITION}/kernel/markers.md`;
const BRIEF = `${EDITION}/front/welcome.md`;
const brief = (title: string, extra = '') =>
  `---\ntitle: ${title}\nkind: brief\nsummary: One sentence.\n${extra}---\n\nText.\n`;
const quote = (date: string) =>
  `- speaker: A Persona\n  date: ${date}\n  source: https://lists.example.org/1\n  text: Words.\n`;
const patch = (title: string, date: string) =>
  `- category: Core kernel code\n  author: A Developer\n  title: "${title}"\n  date: ${date}\n  url: https://lists.example.org/2\n`;
const bytes = (f: Fixture, path: string, data: Uint8Array) => {
  mkdirSync(dirname(join(f.dir, path)), { recursive: true });
  writeFileSync(join(f.dir, path), data);
};
const withBom = (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
const frontmatterField = (f: Fixture, path: string, field: string) =>
  f.edit(path, (t) => t.replace('kind:', `${field}\nkind:`));

export const CATALOGUE: CatalogueCase[] = [
  // Dates are judged as typed, never turned into another day.
  {
    name: 'an impossible date in quotes.yaml',
    change: (f) => f.write(`${EDITION}/quotes.yaml`, quote('2008-02-30')),
    problems: [
      `${EDITION}/quotes.yaml: entry 1 ("A Persona"): date: expected a real date written YYYY-MM-DD; found "2008-02-30"`,
    ],
    build: true,
  },
  {
    name: 'an impossible date in releases.yaml',
    change: (f) => f.edit('releases.yaml', (t) => `${t}- version: 2.6.25\n  date: 2008-04-31\n`),
    problems: ['releases.yaml: entry 3 ("2.6.25"): date: expected a real date written YYYY-MM-DD; found "2008-04-31"'],
  },
  {
    name: 'an impossible date in an item',
    change: (f) => frontmatterField(f, FEATURE, 'edition: 2008-02-30'),
    problems: [`${FEATURE}: edition: expected a real date written YYYY-MM-DD; found "2008-02-30"`],
  },
  // Encoding.
  {
    name: 'an item in Latin-1',
    change: (f) => bytes(f, BRIEF, Buffer.concat([Buffer.from(brief('Caf')), Buffer.from([0xe9, 0x0a])])),
    problems: [`${BRIEF}: byte 61: not UTF-8: byte 0xE9 starts no valid character; save the file as UTF-8`],
    build: true,
  },
  {
    name: 'a YAML file in Latin-1',
    change: (f) =>
      bytes(f, `${EDITION}/quotes.yaml`, Buffer.from(quote('2008-03-24').replace('A Persona', 'Ren\xe9'), 'latin1')),
    problems: [
      `${EDITION}/quotes.yaml: byte 14: not UTF-8: byte 0xE9 starts no valid character; save the file as UTF-8`,
    ],
  },
  {
    name: 'a byte-order mark in a Markdown item, an MDX item, edition.yaml and a list (accepted)',
    change: (f) => {
      bytes(f, BRIEF, withBom(brief('A brief with a BOM')));
      bytes(f, `${EDITION}/front/mdx-bom.mdx`, withBom(brief('An MDX brief with a BOM')));
      bytes(f, `${EDITION}/edition.yaml`, withBom('editors:\n  front: test-writer\n  kernel: test-writer\n'));
      bytes(f, `${EDITION}/quotes.yaml`, withBom(quote('2008-03-24')));
    },
    problems: [],
    build: true,
    pages: {
      'articles/2008-03-27/welcome/index.html': 'A brief with a BOM',
      'articles/2008-03-27/mdx-bom/index.html': 'An MDX brief with a BOM',
      'editions/2008-03-27/kernel/index.html': 'A Persona',
    },
  },
  // YAML is read one way: the build reads each file's YAML as the check does (core schema), not as js-yaml's
  // default schema would (a Date), so text that looks like a date is text in both.
  {
    name: 'an MDX title that looks like a date (accepted as text)',
    change: (f) => f.write(`${EDITION}/front/dated.mdx`, brief('2008-03-27')),
    problems: [],
    build: true,
    pages: { 'articles/2008-03-27/dated/index.html': '<h1 id="item-title">2008-03-27' },
  },
  {
    name: 'an edition summary that looks like a date (accepted as text)',
    change: (f) =>
      f.edit(`${EDITION}/edition.yaml`, (t) => t.replace('summary: A fixture edition.', 'summary: 2009-06-11')),
    problems: [],
    build: true,
    pages: { 'editions/2008-03-27/index.html': '<p class="lede">2009-06-11' },
  },
  // Text a reader sees.
  {
    name: 'a title of one space',
    change: (f) => f.edit(BRIEF, (t) => t.replace('title: A fixture brief', 'title: " "')),
    problems: [`${BRIEF}: title: expected visible text, not only spaces or invisible characters; found " "`],
  },
  {
    name: 'an author name of a zero-width space',
    change: (f) => f.edit('authors.yaml', (t) => t.replace('name: Test Guest', 'name: "\\u200B"')),
    problems: [
      'authors.yaml: entry 2 ("test-guest"): name: expected visible text, not only spaces or invisible characters; found "\u200B"',
    ],
  },
  {
    name: 'a 254-character title',
    change: (f) => f.edit(BRIEF, (t) => t.replace('title: A fixture brief', `title: ${'Long '.repeat(51).trim()}`)),
    problems: [`${BRIEF}: title: expected at most 100 characters; found 254`],
  },
  {
    name: 'a 300-character summary',
    change: (f) => f.edit(BRIEF, (t) => t.replace('summary: One sentence.', `summary: ${'x'.repeat(300)}`)),
    problems: [`${BRIEF}: summary: expected at most 250 characters; found 300`],
  },
  // File names and kinds.
  {
    name: 'a slug with a space',
    change: (f) => f.write(`${EDITION}/front/btrfs merged.md`, brief('Btrfs')),
    problems: [
      `${EDITION}/front/btrfs merged.md: (file name): "btrfs merged" is not a slug: the slug is the item's URL, lower-case ASCII letters and digits in words joined by hyphens; expected a name such as btrfs-merged.md`,
    ],
  },
  {
    name: 'a slug in upper case with an accent',
    change: (f) => f.write(`${EDITION}/front/Café.md`, brief('Café')),
    problems: [
      `${EDITION}/front/Café.md: (file name): "Café" is not a slug: the slug is the item's URL, lower-case ASCII letters and digits in words joined by hyphens; expected a name such as cafe.md`,
    ],
  },
  {
    name: 'an item whose name starts with a dot',
    change: (f) => f.write(`${EDITION}/front/.hidden.md`, brief('Hidden')),
    problems: [
      `${EDITION}/front/.hidden.md: (file): hidden name ".hidden.md", which the build would skip without a word; rename it without the leading dot, or remove it`,
    ],
    build: true,
  },
  {
    name: 'an edition folder whose name starts with a dot',
    change: (f) => f.write('editions/.2008-04-03/edition.yaml', 'summary: x\n'),
    problems: [
      'editions/.2008-04-03: (file): hidden name ".2008-04-03", which the build would skip without a word; rename it without the leading dot, or remove it',
    ],
  },
  {
    name: 'an item that is a symlink',
    change: (f) => symlinkSync(join(f.dir, BRIEF), join(f.dir, `${EDITION}/front/linked.md`)),
    problems: [
      `${EDITION}/front/linked.md: (file): is a symlink; expected a regular file or folder: copy it into the content folder instead of linking it`,
    ],
  },
  {
    name: 'an empty item',
    change: (f) => f.write(`${EDITION}/front/empty.md`, ''),
    problems: [
      `${EDITION}/front/empty.md: (file): empty; expected a --- fenced YAML block (title, kind, summary), then the text`,
    ],
  },
  {
    name: 'an item without frontmatter',
    change: (f) => f.write(`${EDITION}/front/bare.md`, 'Just text.\n'),
    problems: [
      `${EDITION}/front/bare.md: (frontmatter): missing; expected the file to start with a --- fenced YAML block`,
    ],
  },
  {
    name: 'an item over 1 MB',
    change: (f) => f.write(`${EDITION}/front/huge.md`, `${brief('Huge')}${'word '.repeat(300_000)}`),
    problems: [
      `${EDITION}/front/huge.md: (file): 1.4 MB (1500062 bytes) is over the limit of 1 MB per item; split the article or shorten it`,
    ],
  },
  {
    name: 'an empty edition.yaml',
    change: (f) => f.write(`${EDITION}/edition.yaml`, ''),
    problems: [
      `${EDITION}/edition.yaml: (file): empty; expected the edition's fields: editors (a page editor per page), and summary or draft`,
    ],
  },
  // Suggestions.
  {
    name: 'a misspelt author and topic',
    change: (f) =>
      f.edit(FEATURE, (t) => t.replace('author: test-writer', 'author: test-writr').replace('[markers]', '[tracng]')),
    problems: [
      `${FEATURE}: author: unknown author "test-writr"; expected an id defined in authors.yaml; did you mean "test-writer"?`,
      `${FEATURE}: topics[0]: unknown topic "tracng"; expected an id defined in topics.yaml; did you mean "tracing"?`,
    ],
  },
  {
    name: 'a misspelt section folder',
    change: (f) => f.write(`${EDITION}/securty/hole.md`, brief('Hole')),
    problems: [
      `${EDITION}/securty: section: unknown section folder "securty"; expected one of front, security, kernel, distributions, development, announcements; did you mean "security"?`,
    ],
  },
  {
    name: 'references to a misspelt release and edition',
    change: (f) => f.edit(FEATURE, (t) => `${t}\nSee [rc7](release:2.6.25-rc6) and [last week](edition:2008-03-28).\n`),
    problems: [
      `${FEATURE}: line 11: release:2.6.25-rc6 points to an unknown release "2.6.25-rc6"; expected a version listed in releases.yaml; did you mean "2.6.25-rc7"?`,
      `${FEATURE}: line 11: edition:2008-03-28 points to an unknown edition "2008-03-28"; expected the date of an edition folder, YYYY-MM-DD; did you mean "2008-03-27"?`,
    ],
  },
  {
    name: 'an edition dated on a Saturday',
    change: (f) => f.write('editions/2008-03-29/edition.yaml', 'summary: x\n'),
    problems: [
      "editions/2008-03-29: (folder name): 2008-03-29 is not a Thursday; expected the edition's publication Thursday, the nearest being 2008-03-27",
    ],
  },
  // Lists and YAML.
  {
    name: 'two bad patch entries',
    change: (f) =>
      f.write(
        `${EDITION}/patches.yaml`,
        patch('fine', '2008-03-24') + patch('x: bad', '2008-3-24') + patch('sched: late', '2008-03-28'),
      ),
    problems: [
      `${EDITION}/patches.yaml: entry 2 ("x: bad"): date: expected a real date written YYYY-MM-DD; found "2008-3-24"`,
      `${EDITION}/patches.yaml: entry 3 ("sched: late"): date: 2008-03-28 is outside the edition's week (2008-03-21 to 2008-03-27); expected a date in that week, or a note saying why it belongs here`,
    ],
  },
  {
    name: 'a list holding only comments (accepted: how a new edition starts)',
    change: (f) => f.write(`${EDITION}/patches.yaml`, '# - category: Core kernel code\n#   title: an example\n'),
    problems: [],
  },
  {
    name: 'a YAML syntax error in a list',
    change: (f) =>
      f.write(`${EDITION}/quotes.yaml`, `${quote('2008-03-24')}- speaker: [unclosed\n  date: 2008-03-24\n`),
    problems: [`${EDITION}/quotes.yaml: line 6: not valid YAML: missed comma between flow collection entries`],
  },
  {
    name: 'a YAML syntax error in frontmatter',
    change: (f) => f.edit(FEATURE, (t) => t.replace('summary: One sentence.', '  summary: One sentence.')),
    problems: [`${FEATURE}: line 6: not valid YAML: bad indentation of a mapping entry`],
  },
  // Rules of the edition.
  {
    name: 'a page without a page editor',
    change: (f) => f.write(`${EDITION}/edition.yaml`, 'editors:\n  kernel: test-writer\n'),
    problems: [
      `${EDITION}/edition.yaml: editors.front: missing; the front page is shown (it has 1 item(s)), so it needs a page editor: an author id from authors.yaml`,
    ],
  },
  {
    name: 'a release status with stale release data',
    change: (f) => {
      f.write('releases.yaml', '- version: 2.6.24\n  date: 2008-01-24\n');
      frontmatterField(f, FEATURE, 'releaseStatus: true');
    },
    problems: [
      `${FEATURE}: releaseStatus: releases.yaml has no release dated 2008-02-29 to 2008-03-27 (the 4 weeks up to this edition), so the release status would be stale; run npm run import:releases -- releases.json with a current kernel.org snapshot, or add the week's releases to releases.yaml`,
    ],
  },
  {
    name: 'a scheduled edition linking to a draft and to a later edition',
    env: { BUILD_DATE: '2008-03-30' },
    change: (f) => {
      f.write(BRIEF.replace('welcome', 'unfinished'), brief('Unfinished', 'draft: true\n'));
      f.write('editions/2008-04-03/edition.yaml', 'editors:\n  front: test-writer\n');
      f.write('editions/2008-04-10/edition.yaml', 'summary: Later.\n');
      f.write(
        'editions/2008-04-03/front/soon.md',
        brief('Soon').replace('Text.', '[draft](item:2008-03-27/unfinished), [later](edition:2008-04-10)'),
      );
    },
    problems: [
      'editions/2008-04-03/front/soon.md: line 7: item:2008-03-27/unfinished points to item "2008-03-27/unfinished", which is not published in this build (a draft); expected a published item',
      'editions/2008-04-03/front/soon.md: line 7: edition:2008-04-10 points to edition "2008-04-10", which is not published in this build (scheduled for 2008-04-10, after this edition of 2008-04-03); expected a published edition',
    ],
    build: true,
  },
];
