import { z } from 'astro/zod';
import { SECTION_IDS } from './sections.ts';
import { TEXT_LIMITS, visibleText, type RefBuilder } from './common.ts';

/**
 * A weekly edition (`editions/<date>/edition.yaml`). Its date is its folder name, so it cannot disagree
 * with where it is filed.
 */
export const editionSchema = <Link>(ref: RefBuilder<Link>) =>
  z.strictObject({
    summary: visibleText(TEXT_LIMITS.summary).optional(),
    draft: z.boolean().default(false),
    /** The editor of each page, by section id. */
    editors: z.partialRecord(z.enum(SECTION_IDS), ref('authors')).default({}),
  });
