import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { formatReleasesYaml, mergeSnapshot, readReleasesYaml } from '../../src/lib/release-import.ts';
import { normalizeReleases } from '../../src/lib/releases.ts';
import { releaseSchema } from '../../src/schemas/index.ts';
import { DATA } from './release-samples.ts';

const releases = normalizeReleases(DATA);
const versions = (list: { version: string }[]) => list.map((r) => r.version);

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

describe('readReleasesYaml', () => {
  it('keeps dates as calendar days, nested ones too, and the leading comment lines', () => {
    const text =
      '# Kernel releases\n# (sample)\n- version: 2.6.25\n  date: 2008-04-16\n- version: 2.6.25-rc7\n  released:\n    isodate: 2008-03-25\n';
    expect(readReleasesYaml(text)).toEqual({
      header: '# Kernel releases\n# (sample)\n',
      releases: [
        { version: '2.6.25', date: '2008-04-16' },
        { version: '2.6.25-rc7', released: { isodate: '2008-03-25' } },
      ],
    });
  });

  it('reads an empty file as no releases and no header', () => {
    expect(readReleasesYaml('')).toEqual({ releases: [], header: '' });
  });
});
