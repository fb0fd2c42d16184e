import { z } from 'astro/zod';
import { slugId, visibleText } from './common.ts';

/** A person who writes for the site or edits its pages; guests are listed apart in the author index. */
export const authorSchema = z.strictObject({
  id: slugId,
  name: visibleText(),
  bio: z.string().min(1).optional(),
  guest: z.boolean().default(false),
});
