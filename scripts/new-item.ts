/**
 * `npm run new:item -- <section> "<title>" [--feature --author ID] [--edition YYYY-MM-DD]`: writes a draft
 * item, `<slug>.md` with its required frontmatter filled, into the newest edition (or the one named).
 */
import { parseArgs } from 'node:util';
import { authorIds, chooseEdition, itemSlugs, shownPath, writeNewFiles } from '../src/lib/content-folder-fs.ts';
import { isSectionId } from '../src/lib/placement.ts';
import { itemFile, slugOf } from '../src/lib/scaffold.ts';
import { SECTION_IDS } from '../src/schemas/sections.ts';
import { CONTENT_DIR } from '../src/settings.ts';

const USAGE = 'usage: npm run new:item -- <section> "<title>" [--feature --author ID] [--edition YYYY-MM-DD]';

function fail(message: string): never {
  console.error(`new:item: ${message}`);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { feature: { type: 'boolean' }, author: { type: 'string' }, edition: { type: 'string' } },
  });
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
const { values, positionals } = parsed;
const [section, title] = positionals;
if (positionals.length !== 2 || !section || !title) fail(USAGE);
if (!isSectionId(section)) fail(`unknown section "${section}"; expected one of ${SECTION_IDS.join(', ')}`);
if (values.author !== undefined && !authorIds(CONTENT_DIR).includes(values.author))
  fail(`unknown author "${values.author}"; expected an id defined in authors.yaml`);

try {
  const edition = chooseEdition(CONTENT_DIR, values.edition);
  if (itemSlugs(CONTENT_DIR, edition).has(slugOf(title)))
    fail(`edition ${edition} already has an item "${slugOf(title)}"; choose another title`);
  const kind = values.feature ? 'feature' : 'brief';
  const [written] = writeNewFiles(CONTENT_DIR, [itemFile({ edition, section, title, kind, author: values.author })]);
  console.log(`Wrote ${shownPath(written)} (${kind}, draft), in edition ${edition}.`);
  console.log('Next: write the summary and the text, add topics, then set draft: false; npm run check.');
} catch (error) {
  fail((error as Error).message);
}
