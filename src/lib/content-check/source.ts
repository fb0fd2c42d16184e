/**
 * What the check reads, behind an interface: the one implementation on disk is `content-fs.ts`; tests
 * pass folders held in memory. Paths are relative to the content folder, `/`-separated (`editions/2008-03-27`).
 */

/** A folder entry. Symbolic links are reported as such, never followed. */
export interface SourceEntry {
  name: string;
  type: 'file' | 'folder' | 'symlink' | 'other';
}

export interface ContentSource {
  /** The entries of a folder sorted by name, or undefined when there is no folder at `path`. */
  list(path: string): SourceEntry[] | undefined;
  /** The type of what is at `path` (links not followed), or undefined when nothing is. */
  typeOf(path: string): SourceEntry['type'] | undefined;
  /** The size of a file in bytes. */
  size(path: string): number;
  /** The bytes of a file. */
  read(path: string): Uint8Array;
  /** How a path is named in messages. */
  shown(path: string): string;
  /**
   * What changes when a file is written (its modification time and size), for the check's cache of item facts
   * (fact-cache.ts); a source without it, or undefined, has every file checked anew.
   */
  stamp?(path: string): string | undefined;
}

/** `a/b` from its parts. */
export const joinPath = (...parts: string[]) => parts.filter(Boolean).join('/');
