import type { Author } from './types.ts';

/** Authors split as the author index shows them: staff, then guest authors apart, each alphabetically. */
export function authorIndex(authors: Iterable<Author>): { staff: Author[]; guests: Author[] } {
  const sorted = [...authors].sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id));
  return { staff: sorted.filter((a) => !a.guest), guests: sorted.filter((a) => a.guest) };
}
