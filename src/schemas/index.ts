/** The content contract, one file per concern. */
export * from './sections.ts';
export * from './common.ts';
export { authorSchema } from './author.ts';
export { topicSchema } from './topic.ts';
export { editionSchema } from './edition.ts';
export { itemSchema } from './item.ts';
export { releaseSchema, RELEASE_KINDS, KERNEL_VERSION } from './release.ts';
export { quoteSchema } from './quote.ts';
export { patchSchema, PATCH_CATEGORIES } from './patch.ts';
