import { describe, expect, it } from 'vitest';
import {
  compareVersions,
  kindOf,
  normalizeReleases,
  releaseMentions,
  seriesOf,
  statusAsOf,
  timeline,
  versionsIn,
} from '../../src/lib/releases.ts';
import { item } from './factories.ts';
import { DATA } from './release-samples.ts';

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

describe('releaseMentions', () => {
  const links: Record<string, { kind: string; id: string }[]> = {
    '2008-03-27/linked': [
      { kind: 'release', id: '2.6.24.4' },
      { kind: 'item', id: '2008-03-27/named' },
    ],
  };
  const items = [
    item('2008-03-27/named', { title: '2.6.25-rc7 is out', summary: 'And 2.6.99 is not a release.' }),
    item('2008-03-27/status', { releaseStatus: true }),
    item('2008-03-27/linked'),
    item('2008-03-27/summary', { summary: 'What 2.6.25 will bring.' }),
    item('2008-03-27/none', { summary: 'Nothing about any release.' }),
  ];
  const mentions = releaseMentions(items, (i) => links[i.id] ?? [], releases);
  const ids = (version: string) => (mentions.get(version) ?? []).map((i) => i.id);

  it('finds a known version named in a title or a summary, or linked to from the body', () => {
    expect(ids('2.6.25-rc7')).toEqual(['2008-03-27/named', '2008-03-27/status']);
    expect(ids('2.6.25')).toEqual(['2008-03-27/summary']);
    expect(ids('2.6.24.4')).toEqual(['2008-03-27/status', '2008-03-27/linked']);
  });

  it('counts the releases a release-status item shows as of its edition, and nothing else', () => {
    // As of 2008-03-27 the status shows 2.6.25-rc7 and 2.6.24.4 (see statusAsOf); 2.6.99 is no release.
    expect([...mentions.keys()].sort(compareVersions)).toEqual(['2.6.24.4', '2.6.25-rc7', '2.6.25']);
  });
});
