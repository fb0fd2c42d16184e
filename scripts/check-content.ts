/**
 * `npm run check`: checks the content folder (content/, or CONTENT_DIR) without building the site.
 * Cross-references must point to what a production build on BUILD_DATE (default today) publishes.
 * Exits 1 and prints one line per problem (file: field: what was expected) when anything is wrong.
 */
import { checkCommand } from '../src/lib/content-check/command.ts';
import { BUILD_DATE, CONTENT_CHECK_CACHE, CONTENT_DIR } from '../src/settings.ts';

const { status, stdout, stderr } = checkCommand(
  CONTENT_DIR,
  { buildDate: BUILD_DATE, showUnpublished: false },
  process.cwd(),
  CONTENT_CHECK_CACHE,
);
for (const line of stderr) console.error(line);
for (const line of stdout) console.log(line);
process.exit(status);
