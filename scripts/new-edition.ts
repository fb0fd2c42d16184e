/**
 * `npm run new:edition [-- YYYY-MM-DD]`: starts a draft edition in the content folder (content/, or
 * CONTENT_DIR), by default the Thursday after the newest one, with the page editors of the previous edition,
 * a "Kernel release status" brief and commented quotes.yaml and patches.yaml.
 */
import { editionDates, editorsOf, shownPath, writeNewFiles } from '../src/lib/content-folder-fs.ts';
import { today } from '../src/lib/dates.ts';
import { editionFiles, newEditionDate } from '../src/lib/scaffold.ts';
import { CONTENT_DIR } from '../src/settings.ts';

const existing = editionDates(CONTENT_DIR);
let date: string;
try {
  date = newEditionDate(existing, today(), process.argv[2]);
} catch (error) {
  console.error(`new:edition: ${(error as Error).message}`);
  process.exit(1);
}
const previous = existing.filter((d) => d < date).at(-1);
const editors = previous ? editorsOf(CONTENT_DIR, previous) : {};
const written = writeNewFiles(CONTENT_DIR, editionFiles(date, editors));

console.log(`Started the draft edition ${date}:`);
for (const file of written) console.log(`  ${shownPath(file)}`);
console.log(
  previous
    ? `Page editors carried over from ${previous}: ${
        Object.entries(editors)
          .map(([s, a]) => `${s} ${a}`)
          .join(', ') || 'none'
      }.`
    : 'No earlier edition: add the page editors to edition.yaml.',
);
console.log(`
Next steps:
  npm run new:item -- front "Title of the item" [--feature --author ID]   add items (briefs by default)
  npm run import:patches -- thread.mbox                                  fill patches.yaml from a mailbox
  npm run import:releases -- releases.json                               bring releases.yaml up to the week
  npm run dev                                                            preview, drafts included
  npm run check                                                          before you commit
Set draft: false in edition.yaml and in each item when they are ready to publish on ${date}.`);
