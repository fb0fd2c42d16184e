import type { ContentSource, SourceEntry } from '../../../src/lib/content-check/source.ts';

/** A file held in memory: its text or bytes, or a symbolic link. */
export type MemoryFile = string | Uint8Array | { symlink: string };

/** A content folder held in memory, for testing the check's pure modules: paths relative to the folder. */
export function memorySource(files: Record<string, MemoryFile>): ContentSource {
  const typeOf = (path: string): SourceEntry['type'] | undefined => {
    const file = files[path];
    if (file !== undefined) return typeof file === 'object' && 'symlink' in file ? 'symlink' : 'file';
    return Object.keys(files).some((p) => p.startsWith(`${path}/`)) ? 'folder' : undefined;
  };
  const bytes = (path: string): Uint8Array => {
    const file = files[path];
    if (typeof file === 'string') return new TextEncoder().encode(file);
    if (file instanceof Uint8Array) return file;
    throw new Error(`not a file: ${path}`);
  };
  return {
    list(path) {
      if (typeOf(path) !== 'folder' && path !== '') return undefined;
      const prefix = path === '' ? '' : `${path}/`;
      const names = new Set(
        Object.keys(files)
          .filter((p) => p.startsWith(prefix))
          .map((p) => p.slice(prefix.length).split('/')[0]),
      );
      return [...names].sort().map((name) => ({ name, type: typeOf(`${prefix}${name}`)! }));
    },
    typeOf,
    size: (path) => bytes(path).length,
    read: bytes,
    shown: (path) => path,
  };
}

/** The minimal valid archive: one edition, a brief on the front page and a feature on the kernel page. */
export const MINIMAL: Record<string, MemoryFile> = {
  'authors.yaml': '- id: test-writer\n  name: Test Writer\n',
  'topics.yaml': '- id: tracing\n  name: Tracing\n- id: markers\n  name: Markers\n  parent: tracing\n',
  'releases.yaml': '- version: 2.6.24\n  date: 2008-01-24\n- version: 2.6.25-rc7\n  date: 2008-03-25\n',
  'editions/2008-03-27/edition.yaml': 'editors:\n  front: test-writer\n  kernel: test-writer\n',
  'editions/2008-03-27/front/welcome.md': '---\ntitle: A brief\nkind: brief\nsummary: One sentence.\n---\n\nA brief.\n',
  'editions/2008-03-27/kernel/markers.md':
    '---\ntitle: A feature\nkind: feature\nauthor: test-writer\ntopics: [markers]\nsummary: One sentence.\n---\n\nA body.\n',
};
