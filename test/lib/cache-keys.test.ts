import { describe, expect, it } from 'vitest';
import { editionCacheKeys, listPageCacheKey, type EditionDigestInput } from '../../src/lib/cache-keys.ts';

const edition = (id: string, content = `content of ${id}`): EditionDigestInput => ({ id, content });
const releases = [
  { version: '2.6.24', date: '2008-01-24' },
  { version: '2.6.25-rc7', date: '2008-03-25' },
];
const base = [edition('2008-03-27'), edition('2008-04-03')];

describe('editionCacheKeys', () => {
  const keys = editionCacheKeys(base, 'people', releases);

  it('gives each edition its own key', () => {
    expect(new Set(keys.values()).size).toBe(2);
  });

  it('keeps older keys when a new edition is published', () => {
    const grown = editionCacheKeys([...base, edition('2008-04-10')], 'people', releases);
    expect(grown.get('2008-03-27')).toBe(keys.get('2008-03-27'));
    expect(grown.get('2008-04-03')).toBe(keys.get('2008-04-03'));
  });

  it('keeps older keys when a later release is added, and changes the keys it concerns', () => {
    const more = editionCacheKeys(base, 'people', [...releases, { version: '2.6.25-rc8', date: '2008-04-01' }]);
    expect(more.get('2008-03-27')).toBe(keys.get('2008-03-27'));
    expect(more.get('2008-04-03')).not.toBe(keys.get('2008-04-03'));
  });

  it('changes an edition key when its content changes, and no other', () => {
    const edited = editionCacheKeys([edition('2008-03-27'), edition('2008-04-03', 'edited')], 'people', releases);
    expect(edited.get('2008-03-27')).toBe(keys.get('2008-03-27'));
    expect(edited.get('2008-04-03')).not.toBe(keys.get('2008-04-03'));
  });

  it('changes every key when people or topics change', () => {
    const renamed = editionCacheKeys(base, 'people, renamed', releases);
    for (const id of keys.keys()) expect(renamed.get(id)).not.toBe(keys.get(id));
  });
});

describe('listPageCacheKey', () => {
  const page = { topic: { id: 'elf', name: 'ELF' }, years: [2009, 2008], items: [['2008-03-27/a', 'A']] };

  it('is the same for the same content', () => {
    expect(listPageCacheKey(structuredClone(page))).toBe(listPageCacheKey(page));
  });

  it('changes when anything shown changes: a title, the years, the topic', () => {
    const key = listPageCacheKey(page);
    expect(listPageCacheKey({ ...page, items: [['2008-03-27/a', 'A, retitled']] })).not.toBe(key);
    expect(listPageCacheKey({ ...page, years: [2010, 2009, 2008] })).not.toBe(key);
    expect(listPageCacheKey({ ...page, topic: { id: 'elf', name: 'ELF files' } })).not.toBe(key);
  });
});
