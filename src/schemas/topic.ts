import { z } from 'astro/zod';
import { slugId, visibleText, type RefBuilder } from './common.ts';

/** A topic of the kernel index; a topic may sit under a parent topic. */
export const topicSchema = <Link>(ref: RefBuilder<Link>) =>
  z.strictObject({
    id: slugId,
    name: visibleText(),
    parent: ref('topics').optional(),
    description: z.string().optional(),
  });
