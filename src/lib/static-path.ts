import { posix } from 'node:path';

/** Where a request for a file under a served folder leads: a path inside the folder, or a refusal. */
export type StaticPath = { ok: true; path: string } | { ok: false; status: 400 | 404 };

/**
 * Turns the part of a request URL after a served folder's prefix (`/pagefind/…`, query included) into a
 * relative file path inside that folder. Refused with 400: percent-encoding that does not decode to UTF-8,
 * NUL bytes and backslashes; with 404: `.` and `..` segments, empty paths and hidden names. Nothing here
 * touches the filesystem, so the answer never depends on, or reveals, what lies outside the folder.
 */
export function resolveStaticPath(requestPath: string): StaticPath {
  const raw = requestPath.split(/[?#]/, 1)[0];
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return { ok: false, status: 400 };
  }
  if (/[\0\\]/.test(decoded)) return { ok: false, status: 400 };
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.length === 0 || segments.some((s) => s.startsWith('.'))) return { ok: false, status: 404 };
  return { ok: true, path: posix.join(...segments) };
}
