import { describe, expect, it } from 'vitest';
import { emptiedFolders, staleOutputFiles } from '../../src/lib/stale-output.ts';

const START = 1_000_000;
const old = (path: string) => ({ path, mtimeMs: START - 5_000 });
const fresh = (path: string) => ({ path, mtimeMs: START + 5_000 });

describe('staleOutputFiles', () => {
  const files = [
    old('articles/2008-03-27/kept/index.html'),
    old('articles/2008-03-27/deleted/index.html'),
    fresh('articles/2008-04-03/new/index.html'),
    old('_astro/old.css'),
    fresh('_astro/new.css'),
    old('pagefind/pagefind-entry.json'),
  ];
  const produced = new Set(['articles/2008-03-27/kept/index.html', 'articles/2008-04-03/new/index.html']);

  it('removes what this build neither produced nor wrote, and keeps the rest', () => {
    expect(staleOutputFiles(files, produced, START)).toEqual([
      'articles/2008-03-27/deleted/index.html',
      '_astro/old.css',
      'pagefind/pagefind-entry.json',
    ]);
  });

  it('keeps a page Astro left in place, however old', () => {
    expect(
      staleOutputFiles([old('editions/1998-01-22/index.html')], new Set(['editions/1998-01-22/index.html']), START),
    ).toEqual([]);
  });
});

describe('emptiedFolders', () => {
  it('names the folders left empty, deepest first, and no folder that still holds a file', () => {
    expect(
      emptiedFolders(
        ['articles/2008-03-27/deleted/index.html', 'articles/2008-03-27/gone/index.html', 'topics/x/2003/index.html'],
        ['articles/2008-03-27/kept/index.html', 'topics/x/index.html'],
      ),
    ).toEqual(['articles/2008-03-27/deleted', 'articles/2008-03-27/gone', 'topics/x/2003']);
  });

  it('removes a whole edition folder when all its pages went', () => {
    expect(emptiedFolders(['articles/2008-03-27/a/index.html'], ['index.html'])).toEqual([
      'articles/2008-03-27/a',
      'articles/2008-03-27',
      'articles',
    ]);
  });
});
