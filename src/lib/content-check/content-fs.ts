import { lstatSync, readdirSync, readFileSync, type Dirent, type Stats } from 'node:fs';
import { join, relative } from 'node:path';
import { fileStamp } from '../file-stamp-fs.ts';
import type { ContentSource, SourceEntry } from './source.ts';

/** The only part of the check that touches the disk: a content folder as a ContentSource. */
export function folderSource(root: string, cwd: string = process.cwd()): ContentSource {
  const full = (path: string) => join(root, path);
  return {
    list(path) {
      let entries: Dirent[];
      try {
        entries = readdirSync(full(path), { withFileTypes: true });
      } catch {
        return undefined;
      }
      return entries
        .map((entry) => ({ name: entry.name, type: typeOf(entry) }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    },
    typeOf(path) {
      try {
        return typeOf(lstatSync(full(path)));
      } catch {
        return undefined;
      }
    },
    size: (path) => lstatSync(full(path)).size,
    read: (path) => readFileSync(full(path)),
    stamp: (path) => fileStamp(full(path)),
    shown(path) {
      const shown = relative(cwd, full(path));
      return shown === '' || shown.startsWith('..') ? full(path) : shown;
    },
  };
}

function typeOf(entry: Dirent | Stats): SourceEntry['type'] {
  if (entry.isSymbolicLink()) return 'symlink';
  if (entry.isDirectory()) return 'folder';
  return entry.isFile() ? 'file' : 'other';
}
