import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import {
  compareVersions,
  formatReleasesYaml,
  kindOf,
  mergeSnapshot,
  normalizeReleases,
  seriesOf,
  statusAsOf,
  timeline,
  versionsIn,
  type ReleaseData,
} from '../../src/lib/releases.ts';
import { releaseSchema } from '../../src/schemas/index.ts';

const DATA: ReleaseData[] = [
  { version: '2.6.24', date: '2008-01-24' },
  { version: '2.6.24.3', date: '2008-02-25' },
  { version: '2.6.24.4', date: '2008-03-24', url: 'https://lkml.example.org/2.6.24.4' },
  { version: '2.6.25-rc6', date: '2008-03-16' },
  { version: '2.6.25-rc7', released: { isodate: '2008-03-25' } },
  { version: '2.6.25-rc9', date: '2008-04-11' },
  { version: '2.6.25', date: '2008-04-16' },
];
const releases = normalizeReleases(DATA);
const versions = (list: { version: string }[]) => list.map((r) => r.version);

describe('versions', () => {
  it('orders release candidates, releases and stable updates as the kernel does', () => {
    const shuffled = ['2.6.26-rc1', '2.6.25.1', '2.6.25', '2.6.25-rc10', '2.6.25-rc2', '2.6.24.4', '3.0', '2.6.39.4'];
    expect(shuffled.sort(compareVersions)).toEqual([
      '2.6.24.4',
      '2.6.25-rc2',
      '2.6.25-rc10',
      '2.6.25',
      '2.6.25.1',
      '2.6.26-rc1',
      '2.6.39.4',
      '3.0',
    ]);
  });

  it('knows the series and kind of 2.6-era and modern versions', () => {
    expect(['2.6.25-rc7', '2.6.25', '2.6.24.4', '6.12', '6.12.3', '6.13-rc1'].map(seriesOf)).toEqual([
      '2.6.25',
      '2.6.25',
      '2.6.24',
      '6.12',
      '6.12',
      '6.13',
    ]);
    expect(['2.6.25-rc7', '2.6.25', '2.6.24.4', '6.12', '6.12.3'].map((v) => kindOf(v))).toEqual([
      'mainline-rc',
      'mainline',
      'stable',
      'mainline',
      'stable',
    ]);
    expect(kindOf('6.6.30', 'longterm')).toBe('longterm');
  });

  it('reads kernel.org dates and derives missing kinds', () => {
    expect(releases.find((r) => r.version === '2.6.25-rc7')).toMatchObject({
      date: '2008-03-25',
      kind: 'mainline-rc',
      series: '2.6.25',
    });
  });
});

describe('statusAsOf', () => {
  it('gives the newest development and stable kernels of the week', () => {
    const status = statusAsOf(releases, '2008-03-27');
    expect(status.mainline?.version).toBe('2.6.25-rc7');
    expect(status.stable?.version).toBe('2.6.24.4');
    expect(status.stable?.url).toBe('https://lkml.example.org/2.6.24.4');
  });

  it('counts a release dated on the day itself, and nothing after it', () => {
    expect(statusAsOf(releases, '2008-03-25').mainline?.version).toBe('2.6.25-rc7');
    expect(statusAsOf(releases, '2008-03-24').mainline?.version).toBe('2.6.25-rc6');
    expect(statusAsOf(releases, '2008-03-24').stable?.version).toBe('2.6.24.4');
    expect(statusAsOf(releases, '2008-03-23').stable?.version).toBe('2.6.24.3');
  });

  it('keeps the previous series as the stable kernel while a new release has no stable update yet', () => {
    const status = statusAsOf(releases, '2008-04-17');
    expect(status.mainline).toMatchObject({ version: '2.6.25', kind: 'mainline' });
    expect(status.stable?.version).toBe('2.6.24.4');
    const later = statusAsOf(normalizeReleases([...DATA, { version: '2.6.25.1', date: '2008-05-01' }]), '2008-05-01');
    expect(later.stable?.version).toBe('2.6.25.1');
  });

  it('does not show an update of a series two releases old as the current stable kernel', () => {
    const later = normalizeReleases([
      ...DATA,
      { version: '2.6.26', date: '2008-07-13' },
      { version: '2.6.27', date: '2008-10-09' },
    ]);
    expect(statusAsOf(later, '2008-07-12').stable?.version).toBe('2.6.24.4');
    expect(statusAsOf(later, '2008-07-17')).toEqual({ mainline: expect.objectContaining({ version: '2.6.26' }) });
  });

  it('has no stable kernel when no series has a stable update yet, and nothing before the first release', () => {
    const onlyMainline = normalizeReleases([
      { version: '2.6.24', date: '2008-01-24' },
      { version: '2.6.25-rc1', date: '2008-02-10' },
    ]);
    expect(statusAsOf(onlyMainline, '2008-02-14')).toEqual({
      mainline: expect.objectContaining({ version: '2.6.25-rc1' }),
    });
    expect(statusAsOf(releases, '2007-12-31')).toEqual({});
  });
});

describe('timeline', () => {
  it('groups by series, newest first: candidates, release, stable updates', () => {
    const groups = timeline(releases);
    expect(groups.map((g) => g.series)).toEqual(['2.6.25', '2.6.24']);
    expect(versions(groups[0].candidates)).toEqual(['2.6.25-rc6', '2.6.25-rc7', '2.6.25-rc9']);
    expect(groups[0].release?.version).toBe('2.6.25');
    expect(groups[0].updates).toEqual([]);
    expect(versions(groups[1].updates)).toEqual(['2.6.24.3', '2.6.24.4']);
  });
});

describe('versionsIn', () => {
  it('finds known versions as whole words only', () => {
    const known = new Set(['2.6.25', '2.6.25-rc7', '2.6.24.4']);
    expect(
      versionsIn('2.6.25-rc7 is out; 2.6.24.4 too, and 2.6.25 soon. Not 12.6.25 or 2.6.25.9 or v2.6.25x.', known),
    ).toEqual(['2.6.25-rc7', '2.6.24.4', '2.6.25']);
  });
});

describe('mergeSnapshot (npm run import:releases)', () => {
  const snapshot = {
    latest_stable: { version: '2.6.25.1' },
    releases: [
      { iseol: false, version: '2.6.26-rc1', moniker: 'mainline', released: { timestamp: 1, isodate: '2008-05-03' } },
      { iseol: false, version: '2.6.25.1', moniker: 'stable', released: { timestamp: 1, isodate: '2008-05-01' } },
      { iseol: true, version: '2.6.24.4', moniker: 'stable', released: { timestamp: 1, isodate: '2008-03-24' } },
      { iseol: false, version: '2.6.25', moniker: 'stable', released: { timestamp: 1, isodate: '2099-01-01' } },
      {
        iseol: false,
        version: 'next-20080502',
        moniker: 'linux-next',
        released: { timestamp: 1, isodate: '2008-05-02' },
      },
    ],
  };

  it('adds new versions once, keeps every existing release and its own fields, refreshes end of life', () => {
    const result = mergeSnapshot(DATA, snapshot);
    expect(result.added).toEqual(['2.6.26-rc1', '2.6.25.1']);
    expect(result.updated).toEqual(['2.6.24.4']);
    expect(result.skipped).toEqual([
      'next-20080502: not a kernel version (linux-next and similar tags are not releases)',
    ]);
    expect(versions(result.releases)).toEqual([...versions(releases).slice(0, 6), '2.6.25', '2.6.25.1', '2.6.26-rc1']);
    // An existing release keeps its date and link even when the snapshot says otherwise.
    expect(result.releases.find((r) => r.version === '2.6.25')).toEqual({ version: '2.6.25', date: '2008-04-16' });
    expect(result.releases.find((r) => r.version === '2.6.24.4')).toMatchObject({
      iseol: true,
      url: 'https://lkml.example.org/2.6.24.4',
    });
    expect(result.releases.find((r) => r.version === '2.6.26-rc1')).toEqual({
      version: '2.6.26-rc1',
      date: '2008-05-03',
      kind: 'mainline-rc',
    });
  });

  it('is idempotent: importing the same snapshot twice changes nothing', () => {
    const once = mergeSnapshot(DATA, snapshot).releases;
    const twice = mergeSnapshot(once, snapshot);
    expect(twice.added).toEqual([]);
    expect(twice.updated).toEqual([]);
    expect(twice.releases).toEqual(once);
  });

  it('writes YAML that reads back as the same valid releases', () => {
    const { releases: merged } = mergeSnapshot([...DATA, { version: '6.10', date: '2024-07-14' }], snapshot);
    const text = formatReleasesYaml(merged, '# header\n');
    expect(text.startsWith('# header\n- version: 2.6.24\n  date: 2008-01-24\n')).toBe(true);
    const back = yaml.load(text) as unknown[];
    expect(back.map((r) => releaseSchema.parse(r))).toHaveLength(merged.length);
    expect(normalizeReleases(back.map((r) => releaseSchema.parse(r)))).toEqual(normalizeReleases(merged));
  });

  it('refuses something that is not a releases.json', () => {
    expect(() => mergeSnapshot(DATA, { stable: [] })).toThrow(/releases/);
  });
});
