import { z } from 'astro/zod';
import { httpUrl, isoDate } from './common.ts';

export const RELEASE_KINDS = ['mainline-rc', 'mainline', 'stable', 'longterm'] as const;

/** A kernel version number: 2.6.25, 2.6.25-rc7, 2.6.24.4, 6.12.3. */
export const KERNEL_VERSION = /^\d+\.\d+(?:\.\d+){0,2}(?:-rc\d+)?$/;

/**
 * A kernel release. Accepts our own fields and kernel.org's releases.json fields (`released.isodate`,
 * `moniker`, `iseol`), so an editor can paste entries from either.
 */
export const releaseSchema = z
  .strictObject({
    version: z
      .string({
        // YAML reads an unquoted 3.10 as the number 3.1, losing the version: ask for quotes.
        error: (issue) =>
          typeof issue.input === 'number'
            ? `expected a kernel version as text: write it in quotes (version: "${issue.input}"), since YAML reads 3.10 as the number 3.1`
            : undefined,
      })
      .regex(KERNEL_VERSION, { error: 'expected a kernel version such as 2.6.25, 2.6.25-rc7 or 2.6.24.4' }),
    date: isoDate.optional(),
    released: z.object({ isodate: isoDate }).loose().optional(),
    kind: z.enum(RELEASE_KINDS).optional(),
    moniker: z.string().optional(),
    url: httpUrl.optional(),
    iseol: z.boolean().default(false),
  })
  .refine((r) => r.date !== undefined || r.released !== undefined, {
    path: ['date'],
    error: 'expected a release date (date: YYYY-MM-DD, or released.isodate)',
  });
