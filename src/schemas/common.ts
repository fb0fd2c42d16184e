import { z } from 'astro/zod';

/** The collections an entry can link to. */
export type RefCollection = 'authors' | 'topics' | 'editions' | 'releases';

/**
 * Builds the schema of a link to an entry of another collection, written as the target's id. Astro's
 * collections pass `reference` (a link becomes `{ collection, id }`); the stand-alone content check passes
 * `idRef` (a link stays the id, which the check resolves itself). Each schema's type follows the builder.
 */
export type RefBuilder<Link> = (collection: RefCollection) => z.ZodType<Link, string>;

/** A plain id link, for code that checks references itself. */
export const idRef: RefBuilder<string> = () => z.string().min(1);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date written as YYYY-MM-DD (YAML may hand it over as a Date). Kept as a string: editions
 * are calendar days, not instants, so no time zone can shift them.
 */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'expected a date written YYYY-MM-DD' })
    .refine(isCalendarDate, { error: 'expected a real date written YYYY-MM-DD' }),
);

/** True for a real calendar day written YYYY-MM-DD (2008-02-30 is not one). */
export function isCalendarDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return ISO_DATE.test(text) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** An absolute http(s) URL. */
export const httpUrl = z.url({ protocol: /^https?$/, error: 'expected an absolute http(s) URL' });

/** Ids used in URLs: lower case letters, digits and hyphens. */
export const slugId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected an id of lower-case letters, digits and hyphens' });

/** The longest title and summary accepted, in characters: longer ones break headings, lists and feeds. */
export const TEXT_LIMITS = { title: 100, summary: 250 } as const;

/** At least one character a reader can see: not only spaces, control or invisible format characters. */
const VISIBLE = /[^\s\p{Cc}\p{Cf}\p{Z}]/u;

/** Text shown to readers (titles, names): it must contain visible text, and at most `max` characters. */
export function visibleText(max?: number) {
  const text = z.string().regex(VISIBLE, { error: 'expected visible text, not only spaces or invisible characters' });
  return max === undefined ? text : text.max(max, { error: `expected at most ${max} characters` });
}
