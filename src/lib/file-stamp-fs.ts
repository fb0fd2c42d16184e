import { lstatSync } from 'node:fs';

/**
 * A file's modification time and size (a link itself, not followed), or undefined when nothing is there. The
 * caches that skip unchanged files (the content check's facts, the item loader's records) take a file whose
 * stamp is the one they recorded as unchanged, without reading it.
 */
export function fileStamp(path: string): string | undefined {
  try {
    const { mtimeMs, size } = lstatSync(path);
    return `${mtimeMs}:${size}`;
  } catch {
    return undefined;
  }
}
