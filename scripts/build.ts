/**
 * `npm run build [-- --outDir DIR] [-- --force]`: builds the site (pages, then the search index) into a
 * staging folder beside the output folder (`dist/` by default) and puts it in place of the output only when
 * every step succeeded. A failed, interrupted or killed build leaves the previous output exactly as it was;
 * the next build removes what a killed one left behind. Deploy the output only after this exits with 0. Its last
 * line says what was published and held back.
 *
 * Astro runs in this process (not as a child), so a kill stops the build itself, not only its parent.
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { PARTS_MANIFEST, SEARCH_INDEX_DIR } from '../src/lib/search-parts.ts';
import { formatPublicationSummary, recordedPublicationSummary } from '../src/lib/publication.ts';
import {
  createStaging,
  discardStaging,
  publishStaging,
  recoverLeftovers,
  stagingOwner,
} from '../src/lib/staged-output-fs.ts';

const { values } = parseArgs({
  options: { outDir: { type: 'string', default: 'dist' }, force: { type: 'boolean', default: false } },
});
const outDir = resolve(values.outDir);
const shown = (path: string) => relative(process.cwd(), path) || '.';

const owner = stagingOwner(outDir);
if (owner) {
  console.error(`another build (process ${owner}) is building ${shown(outDir)}; wait for it to finish, or stop it`);
  process.exit(1);
}
for (const { path, done } of recoverLeftovers(outDir))
  console.log(
    done === 'removed'
      ? `removed ${shown(path)}, left by an interrupted build`
      : `put ${shown(path)} back: an interrupted build had moved it aside`,
  );
const { staging, reused } = createStaging(outDir);
if (reused) console.log(`building over the output before last, brought up to date with ${shown(outDir)}`);

const abandon = () => discardStaging(staging);
let published = false;
// Also when Node gives up on a step that never settles (exit code 13: a hook that waits forever).
process.on('exit', (code) => {
  if (published) return;
  abandon();
  if (code === 13) console.error(`\nbuild stopped before it finished: ${shown(outDir)} left as it was`);
});
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
] as const) {
  process.on(signal, () => {
    abandon();
    console.error(`\nbuild interrupted (${signal}): ${shown(outDir)} left as it was`);
    process.exit(code);
  });
}

/** What a complete build always contains; anything less must never replace a working site. */
const REQUIRED = ['index.html', '404.html', `${SEARCH_INDEX_DIR}/${PARTS_MANIFEST}`];

try {
  await build({ outDir: staging, force: values.force });
  const missing = REQUIRED.filter((file) => !existsSync(join(staging, file)));
  if (missing.length) throw new Error(`the build finished without ${missing.join(', ')}`);
} catch (error) {
  abandon();
  console.error(`\n${describe(error)}\n\nbuild failed: ${shown(outDir)} left as it was`);
  process.exit(1);
}
publishStaging(staging, outDir);
published = true;
console.log(`${shown(outDir)} replaced with this build.`);
// The last line: what the site now holds and what was held back (drafts, scheduled editions).
const summary = recordedPublicationSummary();
console.log(summary ? formatPublicationSummary(summary) : 'published: no archive was loaded (no page was built)');
process.exit(0);

/** The error as Astro's CLI would name it (message, file and line, hint); the stack only with DEBUG set. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (process.env.DEBUG) return error.stack ?? error.message;
  const { loc, hint } = error as { loc?: { file?: string; line?: number; column?: number }; hint?: string };
  const where = loc?.file ? `\n  at ${[loc.file, loc.line, loc.column].filter((x) => x !== undefined).join(':')}` : '';
  return `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}${where}${hint ? `\n  hint: ${hint}` : ''}`;
}
