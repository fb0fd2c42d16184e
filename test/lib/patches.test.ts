import { describe, expect, it } from 'vitest';
import { groupPatches } from '../../src/lib/patches.ts';
import { PATCH_CATEGORIES } from '../../src/schemas/index.ts';
import type { Patch } from '../../src/lib/types.ts';

const patch = (category: Patch['category'], title: string): Patch => ({
  category,
  title,
  author: 'A Developer',
  date: '2008-03-24',
  url: 'https://lists.example.org/1',
});

describe('groupPatches', () => {
  it('uses the fixed category order, whatever the order of the file', () => {
    const groups = groupPatches([
      patch('Networking', 'n'),
      patch('Kernel trees', 'k'),
      patch('Miscellaneous', 'm'),
      patch('Device drivers', 'd'),
    ]);
    expect(groups.map((g) => g.category)).toEqual(['Kernel trees', 'Device drivers', 'Networking', 'Miscellaneous']);
    const order = groups.map((g) => PATCH_CATEGORIES.indexOf(g.category));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('keeps the order of the file within a category and hides empty categories', () => {
    const groups = groupPatches([
      patch('Core kernel code', 'second'),
      patch('Networking', 'x'),
      patch('Core kernel code', 'first'),
    ]);
    expect(groups).toEqual([
      {
        category: 'Core kernel code',
        patches: [patch('Core kernel code', 'second'), patch('Core kernel code', 'first')],
      },
      { category: 'Networking', patches: [patch('Networking', 'x')] },
    ]);
    expect(groupPatches([])).toEqual([]);
  });
});
