import { readFileSync } from 'node:fs';
import type { Loader, LoaderContext } from 'astro/loaders';
import { bodyOnly } from '../lib/frontmatter.ts';
import { withLeadImage } from './lead-image.ts';

/**
 * The MDX items, loaded by Astro's glob() loader (which compiles each into a module), with the item's lead
 * image added to its data as the Markdown item loader adds it.
 */
export function mdxItemLoader(loader: Loader): Loader {
  return {
    ...loader,
    load(context: LoaderContext) {
      const parseData: LoaderContext['parseData'] = async (props) => {
        const data = await context.parseData(props);
        return props.filePath ? withLeadImage(data, bodyOnly(readFileSync(props.filePath, 'utf8')), true) : data;
      };
      return loader.load({ ...context, parseData });
    },
  };
}
