/**
 * `npm run import:releases -- FILE`: merges a kernel.org releases.json snapshot into releases.yaml of the
 * content folder (content/, or CONTENT_DIR). Existing releases are kept with their dates and links; new
 * versions are added once; end-of-life flags are refreshed. Run `npm run check` afterwards.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { formatReleasesYaml, mergeSnapshot, type ReleaseData } from '../src/lib/releases.ts';
import { CONTENT_DIR } from '../src/settings.ts';

const source = process.argv[2];
if (!source) {
  console.error('usage: npm run import:releases -- path/to/releases.json');
  process.exit(2);
}
const target = join(CONTENT_DIR, 'releases.yaml');
const text = readFileSync(target, 'utf8');
// YAML reads an unquoted 2008-03-25 as a Date (also inside `released:`); releases.yaml keeps plain calendar days.
const calendarDays = (value: unknown): unknown =>
  value instanceof Date
    ? value.toISOString().slice(0, 10)
    : value && typeof value === 'object'
      ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, calendarDays(v)]))
      : value;
const existing = ((yaml.load(text) ?? []) as Record<string, unknown>[]).map((r) => calendarDays(r) as ReleaseData);
const header = text.match(/^(?:#.*\n)*/)![0];
const { releases, added, updated, skipped } = mergeSnapshot(existing, JSON.parse(readFileSync(source, 'utf8')));
writeFileSync(target, formatReleasesYaml(releases, header));
console.log(
  `${target}: ${added.length} added (${added.join(', ') || 'none'}), ${updated.length} end-of-life flag(s) updated, ${releases.length} releases in all.`,
);
for (const line of skipped) console.log(`skipped ${line}`);
