/**
 * `npm run import:patches -- FILE [--edition YYYY-MM-DD] [--dry-run]`: adds the patches of an mbox (a
 * thread or a whole mailbox, gzipped or not) to an edition's patches.yaml (the newest edition unless
 * named), appended below what is there. Prints what was added, what was skipped and why, and what to
 * look at. The rules: src/lib/patch-import.ts.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chooseEdition, shownPath } from '../src/lib/content-folder-fs.ts';
import { NotAnMboxError, readMbox } from '../src/lib/mbox.ts';
import { appendEntries, existingUrls, selectPatches } from '../src/lib/patch-import.ts';
import { CONTENT_DIR, PATCH_ARCHIVE_URL } from '../src/settings.ts';

const USAGE = 'usage: npm run import:patches -- thread.mbox[.gz] [--edition YYYY-MM-DD] [--dry-run]';

function fail(message: string): never {
  console.error(`import:patches: ${message}`);
  process.exit(1);
}

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { edition: { type: 'string' }, 'dry-run': { type: 'boolean' } },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`);
  }
}

const { values, positionals } = parse();
if (positionals.length !== 1) fail(USAGE);
const [source] = positionals;
if (!existsSync(source)) fail(`${source}: no such file`);

let edition: string;
try {
  edition = chooseEdition(CONTENT_DIR, values.edition);
} catch (error) {
  fail((error as Error).message);
}
const target = join(CONTENT_DIR, 'editions', edition, 'patches.yaml');
const before = existsSync(target) ? readFileSync(target, 'utf8') : '';

let messages;
try {
  messages = await readMbox(readFileSync(source));
} catch (error) {
  if (error instanceof NotAnMboxError) fail(`${source}: ${error.message}`);
  throw error;
}
const { added, skipped, warnings } = selectPatches(messages, {
  edition,
  existingUrls: existingUrls(before),
  archiveBase: PATCH_ARCHIVE_URL,
});

if (added.length > 0 && !values['dry-run']) {
  try {
    writeFileSync(target, appendEntries(before, added));
  } catch (error) {
    fail(`${shownPath(target)}: ${(error as Error).message}`);
  }
}

const dry = values['dry-run'] ? ' (dry run: nothing written)' : '';
console.log(
  `${shownPath(target)}: ${messages.length} message(s) read, ${added.length} added, ${skipped.length} skipped${dry}.`,
);
if (added.length > 0) console.log('\nAdded:');
for (const entry of added) console.log(`  ${entry.category}: "${entry.title}" (${entry.author}, ${entry.date})`);
if (skipped.length > 0) console.log('\nSkipped:');
for (const { subject, reason } of skipped) console.log(`  "${subject}": ${reason}`);
if (warnings.length > 0) console.log('\nTo look at:');
for (const warning of warnings) console.log(`  ${warning}`);
const categories = Map.groupBy(added, (e) => e.category);
if (categories.size > 0)
  console.log(`\nCategories: ${[...categories].map(([category, list]) => `${category} ${list.length}`).join(', ')}.`);
if (added.length > 0 && !values['dry-run']) console.log('\nNext: review the entries, then npm run check.');
