import { describe, expect, it } from 'vitest';
import { isSectionId, placementOf } from '../../src/lib/placement.ts';

describe('placementOf', () => {
  it('reads edition, section and slug from an item path', () => {
    expect(placementOf('2008-03-27/kernel/markers.mdx')).toEqual({
      id: '2008-03-27/markers',
      edition: '2008-03-27',
      section: 'kernel',
      slug: 'markers',
    });
    expect(placementOf('2008-03-27\\front\\hello.md')?.id).toBe('2008-03-27/hello');
  });

  it('refuses paths that are not items', () => {
    expect(placementOf('2008-03-27/edition.yaml')).toBeUndefined();
    expect(placementOf('2008-03-27/kernel/deep/x.md')).toBeUndefined();
    expect(placementOf('2008-03-27/kernel/notes.txt')).toBeUndefined();
  });

  it('knows the sections', () => {
    expect(isSectionId('kernel')).toBe(true);
    expect(isSectionId('sports')).toBe(false);
  });
});
