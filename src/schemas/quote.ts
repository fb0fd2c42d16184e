import { z } from 'astro/zod';
import { httpUrl, isoDate, visibleText } from './common.ts';

/** A quote of the week (`editions/<date>/quotes.yaml`, a list). */
export const quoteSchema = z.strictObject({
  speaker: visibleText(),
  context: z.string().min(1).optional(),
  date: isoDate,
  source: httpUrl,
  text: visibleText(),
});
