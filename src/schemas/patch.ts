import { z } from 'astro/zod';
import { httpUrl, isoDate, visibleText } from './common.ts';

/** The fixed categories of "Patches and updates", in the order they are shown. */
export const PATCH_CATEGORIES = [
  'Kernel trees',
  'Architecture-specific',
  'Core kernel code',
  'Development tools',
  'Device drivers',
  'Documentation',
  'Filesystems and block I/O',
  'Memory management',
  'Networking',
  'Security-related',
  'Virtualization and containers',
  'Benchmarks and bugs',
  'Miscellaneous',
] as const;

/** One entry of an edition's patch list (`editions/<date>/patches.yaml`, a list). */
export const patchSchema = z.strictObject({
  category: z.enum(PATCH_CATEGORIES),
  author: visibleText(),
  title: visibleText(),
  date: isoDate,
  url: httpUrl,
  /** Why a patch dated outside the edition's week belongs in it. */
  note: z.string().min(1).optional(),
});
