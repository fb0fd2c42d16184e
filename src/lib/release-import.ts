import yaml from 'js-yaml';
import { KERNEL_VERSION } from '../schemas/release.ts';
import { compareVersions, kindOf, type ReleaseData } from './releases.ts';

/**
 * The merge of a kernel.org releases.json snapshot into releases.yaml, for `npm run import:releases`
 * (scripts/import-releases.ts, which reads and writes the files). Pure: the data comes in as plain values.
 */

/** One release of a kernel.org releases.json snapshot (only the fields we keep). */
interface SnapshotRelease {
  version: string;
  moniker: string;
  released: { isodate: string };
  iseol?: boolean;
}

export interface MergeResult {
  releases: ReleaseData[];
  added: string[];
  updated: string[];
  /** Snapshot entries left out, with the reason (linux-next tags, malformed entries). */
  skipped: string[];
}

/**
 * Merges a kernel.org releases.json snapshot into the releases of releases.yaml. Nothing is lost: every
 * existing release stays (kernel.org lists only the releases it still serves), with its own date and
 * announcement link; a version already present is never added twice, only its end-of-life flag is
 * refreshed. New releases get our own fields (`date`, `kind`). The result is in version order.
 */
export function mergeSnapshot(existing: readonly ReleaseData[], snapshot: unknown): MergeResult {
  const list = (snapshot as { releases?: unknown })?.releases;
  if (!Array.isArray(list)) throw new Error('expected a kernel.org releases.json object with a "releases" list');
  const byVersion = new Map(existing.map((r) => [r.version, { ...r }]));
  const added: string[] = [];
  const updated: string[] = [];
  const skipped: string[] = [];
  for (const entry of list as Partial<SnapshotRelease>[]) {
    const { version, moniker, released, iseol = false } = entry;
    if (typeof version !== 'string' || !KERNEL_VERSION.test(version)) {
      skipped.push(`${String(version)}: not a kernel version (linux-next and similar tags are not releases)`);
      continue;
    }
    const date = released?.isodate;
    if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      skipped.push(`${version}: no released.isodate`);
      continue;
    }
    const current = byVersion.get(version);
    if (current) {
      if ((current.iseol ?? false) !== iseol) {
        current.iseol = iseol;
        updated.push(version);
      }
      continue;
    }
    const release: ReleaseData = { version, date, kind: kindOf(version, moniker) };
    if (iseol) release.iseol = true;
    byVersion.set(version, release);
    added.push(version);
  }
  const releases = [...byVersion.values()].sort((a, b) => compareVersions(a.version, b.version));
  return { releases, added, updated, skipped };
}

const FIELD_ORDER = ['version', 'date', 'kind', 'moniker', 'url', 'iseol'] as const;

/** Writes releases as releases.yaml text, one block per release, our field order, dates unquoted. */
export function formatReleasesYaml(releases: readonly ReleaseData[], header = ''): string {
  const blocks = releases.map((r) => {
    const values: Record<string, unknown> = { ...r, date: r.date ?? r.released?.isodate };
    const lines = FIELD_ORDER.filter(
      (key) => values[key] !== undefined && !(key === 'iseol' && values[key] === false),
    ).map(
      // 6.10 unquoted would be read back as the number 6.1.
      (key) =>
        `${key}: ${key === 'moniker' || /^\d+\.\d+$/.test(String(values[key])) ? JSON.stringify(values[key]) : String(values[key])}`,
    );
    return `- ${lines.join('\n  ')}\n`;
  });
  return `${header}${blocks.join('')}`;
}

/** Plain calendar days for YAML dates: YAML reads an unquoted 2008-03-25 as a Date, also inside `released:`. */
const calendarDays = (value: unknown): unknown =>
  value instanceof Date
    ? value.toISOString().slice(0, 10)
    : value && typeof value === 'object'
      ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, calendarDays(v)]))
      : value;

/**
 * Reads releases.yaml for the merge: its releases as written (not judged here: `npm run check` does that)
 * and its leading comment lines, which the rewritten file keeps.
 */
export function readReleasesYaml(text: string): { releases: ReleaseData[]; header: string } {
  const releases = ((yaml.load(text) ?? []) as unknown[]).map((r) => calendarDays(r) as ReleaseData);
  return { releases, header: /^(?:#.*\n)*/.exec(text)?.[0] ?? '' };
}
