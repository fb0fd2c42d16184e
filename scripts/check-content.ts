/**
 * `npm run check`: checks the content folder (content/, or CONTENT_DIR) without building the site.
 * Cross-references must point to what a production build on BUILD_DATE (default today) publishes.
 * Exits 1 and prints one line per problem (file: field: what was expected) when anything is wrong.
 */
import { checkContent, formatProblem } from '../src/lib/content-check/index.ts';
import { BUILD_DATE, CONTENT_DIR } from '../src/settings.ts';

const started = performance.now();
const { problems, editions, items } = checkContent(CONTENT_DIR, process.cwd(), {
  buildDate: BUILD_DATE,
  showUnpublished: false,
});
for (const problem of problems) console.error(formatProblem(problem));
const took = `${Math.round(performance.now() - started)} ms`;
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s) in ${CONTENT_DIR}.`);
  process.exit(1);
}
console.log(`Content OK: ${editions.size} editions, ${items.size} items checked in ${took}.`);
