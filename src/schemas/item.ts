import { z } from 'astro/zod';
import { ITEM_KINDS, SECTION_IDS } from './sections.ts';
import { isoDate, TEXT_LIMITS, visibleText, type RefBuilder } from './common.ts';

/**
 * A dated item of an edition (`editions/<date>/<section>/<slug>.md[x]`): a feature article or a brief.
 * `edition` and `section` come from the folder; written in the frontmatter they must agree with it.
 */
export const itemSchema = <Link>(ref: RefBuilder<Link>) =>
  z
    .strictObject({
      title: visibleText(TEXT_LIMITS.title),
      kind: z.enum(ITEM_KINDS),
      author: ref('authors').optional(),
      topics: z.array(ref('topics')).default([]),
      summary: visibleText(TEXT_LIMITS.summary),
      order: z.number().int().optional(),
      draft: z.boolean().default(false),
      /** Show the kernel release status as of the edition's date, computed from releases.yaml, above the body. */
      releaseStatus: z.boolean().default(false),
      edition: isoDate.optional(),
      section: z.enum(SECTION_IDS).optional(),
    })
    .refine((item) => item.kind !== 'feature' || item.author !== undefined, {
      path: ['author'],
      error: 'a feature needs an author (an id from authors.yaml)',
    });
