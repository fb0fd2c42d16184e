/**
 * `npm run import:releases -- FILE`: merges a kernel.org releases.json snapshot into releases.yaml of the
 * content folder (content/, or CONTENT_DIR). Existing releases are kept with their dates and links; new
 * versions are added once; end-of-life flags are refreshed. Run `npm run check` afterwards.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatReleasesYaml, mergeSnapshot, readReleasesYaml } from '../src/lib/release-import.ts';
import { CONTENT_DIR } from '../src/settings.ts';

const source = process.argv[2];
if (!source) {
  console.error('usage: npm run import:releases -- path/to/releases.json');
  process.exit(2);
}
const target = join(CONTENT_DIR, 'releases.yaml');
const { releases: existing, header } = readReleasesYaml(readFileSync(target, 'utf8'));
const { releases, added, updated, skipped } = mergeSnapshot(existing, JSON.parse(readFileSync(source, 'utf8')));
writeFileSync(target, formatReleasesYaml(releases, header));
console.log(
  `${target}: ${added.length} added (${added.join(', ') || 'none'}), ${updated.length} end-of-life flag(s) updated, ${releases.length} releases in all.`,
);
for (const line of skipped) console.log(`skipped ${line}`);
