import { readFileSync } from 'node:fs';
import type { Loader, LoaderContext } from 'astro/loaders';

/**
 * A loader (Astro's glob()) whose files' data the schema judges as the content check read it. glob() parses
 * YAML with js-yaml's default schema, which turns an unquoted `2008-03-27` into a Date: a title or summary
 * typed that way passed the check (core schema, src/lib/content-text.ts: it stays the string typed) and failed
 * the build. Here each file is read again with the project's reader before validation; glob() still finds the
 * files, keeps their digests and ids, and compiles MDX. `complete` adds what the loader derives from the file.
 */
export function readAsChecked(
  loader: Loader,
  read: (text: string) => Record<string, unknown>,
  complete: <T extends Record<string, unknown>>(data: T, text: string) => T = (data) => data,
): Loader {
  return {
    ...loader,
    load(context: LoaderContext) {
      const parseData: LoaderContext['parseData'] = async (props) => {
        if (!props.filePath) return context.parseData(props);
        const text = readFileSync(props.filePath, 'utf8');
        return complete(await context.parseData({ ...props, data: read(text) as typeof props.data }), text);
      };
      return loader.load({ ...context, parseData });
    },
  };
}
