import type { z } from 'astro/zod';
import type { RELEASE_KINDS, releaseSchema } from '../schemas/release.ts';
import type { Item } from './types.ts';

/**
 * Kernel releases: version order, series, the status of the kernels as of a date, the timeline, and which
 * items mention a release. Pure: the data comes in as plain values. (The kernel.org import is in
 * release-import.ts.)
 */

export type ReleaseKind = (typeof RELEASE_KINDS)[number];

/** A release as pages use it: one date field, a kind always known. */
export interface Release {
  version: string;
  date: string;
  kind: ReleaseKind;
  /** The mainline release this one belongs to: `2.6.25` for 2.6.25-rc7, 2.6.25 and 2.6.25.4. */
  series: string;
  url?: string;
  iseol: boolean;
}

/**
 * A release as written in releases.yaml: our fields or kernel.org's (`released.isodate`, `moniker`). The
 * end-of-life flag may be left out, as the import leaves it out unless true.
 */
export type ReleaseData = Omit<z.output<typeof releaseSchema>, 'iseol'> & { iseol?: boolean };

interface ParsedVersion {
  numbers: number[];
  rc?: number;
}

function parseVersion(version: string): ParsedVersion {
  const [main, rc] = version.split('-rc');
  return { numbers: main.split('.').map(Number), rc: rc === undefined ? undefined : Number(rc) };
}

/** How many numbers a mainline version has: 2.6.25 in the 2.x era, 3.0 and 6.12 since. */
const mainlineLength = (numbers: number[]) => (numbers[0] < 3 ? 3 : 2);

/** The mainline series of a version: `2.6.25` for 2.6.25-rc7 and 2.6.25.4, `6.12` for 6.12.3. */
export function seriesOf(version: string): string {
  const { numbers } = parseVersion(version);
  return numbers.slice(0, mainlineLength(numbers)).join('.');
}

/**
 * Orders versions as the kernel does: 2.6.25-rc1 < 2.6.25-rc10 < 2.6.25 < 2.6.25.1 < 2.6.26-rc1.
 * Negative when `a` comes first.
 */
export function compareVersions(a: string, b: string): number {
  const pa = parseVersion(a);
  const pb = parseVersion(b);
  for (let i = 0; i < Math.min(pa.numbers.length, pb.numbers.length); i++) {
    if (pa.numbers[i] !== pb.numbers[i]) return pa.numbers[i] - pb.numbers[i];
  }
  if (pa.numbers.length !== pb.numbers.length) return pa.numbers.length - pb.numbers.length;
  // Same numbers: a release candidate comes before the release itself.
  return (pa.rc ?? Number.MAX_SAFE_INTEGER) - (pb.rc ?? Number.MAX_SAFE_INTEGER);
}

/** The kind of a version when the data does not say: an rc, a mainline release, or a stable update. */
export function kindOf(version: string, moniker?: string): ReleaseKind {
  const { numbers, rc } = parseVersion(version);
  if (rc !== undefined) return 'mainline-rc';
  if (moniker === 'longterm') return 'longterm';
  return numbers.length > mainlineLength(numbers) ? 'stable' : 'mainline';
}

/** Turns releases.yaml entries into releases, in version order. */
export function normalizeReleases(data: readonly ReleaseData[]): Release[] {
  return data
    .map((r) => ({
      version: r.version,
      date: (r.date ?? r.released?.isodate)!,
      kind: r.kind ?? kindOf(r.version, r.moniker),
      series: seriesOf(r.version),
      url: r.url,
      iseol: r.iseol ?? false,
    }))
    .sort((a, b) => compareVersions(a.version, b.version));
}

/** The kernels current on a day: the newest mainline release or rc, and the newest stable update. */
export interface ReleaseStatus {
  /** The newest release candidate or mainline release out on that day. */
  mainline?: Release;
  /**
   * The newest stable (or long-term) update out on that day, of the latest two mainline releases: while a
   * new release has no stable update yet, the previous series still holds the current stable kernel.
   */
  stable?: Release;
}

const isMainline = (r: Release) => r.kind === 'mainline' || r.kind === 'mainline-rc';
const newest = (list: Release[]) =>
  list.reduce<Release | undefined>((a, b) => (!a || compareVersions(b.version, a.version) > 0 ? b : a), undefined);

/**
 * The status of the kernels as of a date (YYYY-MM-DD): releases dated that day count. An edition shows the
 * status of its own date, so an old edition keeps showing its own week forever.
 */
export function statusAsOf(releases: readonly Release[], date: string): ReleaseStatus {
  const out = releases.filter((r) => r.date <= date);
  const finals = out
    .filter((r) => r.kind === 'mainline')
    .map((r) => r.series)
    .sort(compareVersions);
  // An update of an older series is history, not the current stable kernel.
  const current = new Set(finals.slice(-2));
  const mainline = newest(out.filter(isMainline));
  const stable = newest(out.filter((r) => !isMainline(r) && (finals.length === 0 || current.has(r.series))));
  return { ...(mainline && { mainline }), ...(stable && { stable }) };
}

/** The releases of one mainline series, for the timeline. */
export interface SeriesGroup {
  series: string;
  candidates: Release[];
  release?: Release;
  updates: Release[];
}

/** Groups releases by series, newest series first; each group in version order (rcs, release, updates). */
export function timeline(releases: readonly Release[]): SeriesGroup[] {
  const sorted = [...releases].sort((a, b) => compareVersions(a.version, b.version));
  const groups = [...Map.groupBy(sorted, (r) => r.series)].map(([series, list]) => ({
    series,
    candidates: list.filter((r) => r.kind === 'mainline-rc'),
    release: list.find((r) => r.kind === 'mainline'),
    updates: list.filter((r) => r.kind === 'stable' || r.kind === 'longterm'),
  }));
  return groups.sort((a, b) => compareVersions(b.series, a.series));
}

/** Versions of known releases named in a text ("2.6.25-rc7 is out"), each once. */
export function versionsIn(text: string, known: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  for (const [version] of text.matchAll(/(?<![\w.])\d+\.\d+(?:\.\d+){0,2}(?:-rc\d+)?(?![\w-])/g))
    if (known.has(version)) found.add(version);
  return [...found];
}

/**
 * Which items mention each release, by version: an item naming it in its title or summary, a release-status
 * item showing it (as of its edition's date), or a link to it in the item's body (`linksOf`). Each list
 * keeps the order of `items`.
 */
export function releaseMentions<I extends Pick<Item, 'edition' | 'title' | 'summary' | 'releaseStatus'>>(
  items: readonly I[],
  linksOf: (item: I) => readonly { kind: string; id: string }[],
  releases: readonly Release[],
): Map<string, I[]> {
  const known = new Set(releases.map((r) => r.version));
  const mentions = new Map<string, I[]>();
  for (const item of items) {
    const versions = new Set(versionsIn(`${item.title} ${item.summary}`, known));
    if (item.releaseStatus) {
      const { mainline, stable } = statusAsOf(releases, item.edition);
      for (const release of [mainline, stable]) if (release) versions.add(release.version);
    }
    for (const link of linksOf(item)) if (link.kind === 'release') versions.add(link.id);
    for (const version of versions) {
      const list = mentions.get(version) ?? [];
      list.push(item);
      mentions.set(version, list);
    }
  }
  return mentions;
}
