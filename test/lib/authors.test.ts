import { describe, expect, it } from 'vitest';
import { authorIndex } from '../../src/lib/authors.ts';

describe('authorIndex', () => {
  it('lists staff and guest authors apart, each alphabetically by name', () => {
    const { staff, guests } = authorIndex([
      { id: 'z', name: 'Zora Staff', guest: false },
      { id: 'g2', name: 'Ygritte Guest', guest: true },
      { id: 'a', name: 'Ada Staff', guest: false },
      { id: 'g1', name: 'Bram Guest', guest: true },
    ]);
    expect(staff.map((a) => a.id)).toEqual(['a', 'z']);
    expect(guests.map((a) => a.id)).toEqual(['g1', 'g2']);
  });
});
