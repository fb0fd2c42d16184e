import type { ReleaseData } from '../../src/lib/releases.ts';

/** Releases around 2.6.25, as releases.yaml may hold them (one with kernel.org's `released.isodate`). */
export const DATA: ReleaseData[] = [
  { version: '2.6.24', date: '2008-01-24' },
  { version: '2.6.24.3', date: '2008-02-25' },
  { version: '2.6.24.4', date: '2008-03-24', url: 'https://lkml.example.org/2.6.24.4' },
  { version: '2.6.25-rc6', date: '2008-03-16' },
  { version: '2.6.25-rc7', released: { isodate: '2008-03-25' } },
  { version: '2.6.25-rc9', date: '2008-04-11' },
  { version: '2.6.25', date: '2008-04-16' },
];
