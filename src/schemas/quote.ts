import { z } from 'astro/zod';
import { httpUrl, isoDate } from './common.ts';

/** A quote of the week (`editions/<date>/quotes.yaml`, a list). */
export const quoteSchema = z.strictObject({
  speaker: z.string().min(1),
  context: z.string().min(1).optional(),
  date: isoDate,
  source: httpUrl,
  text: z.string().min(1),
});
