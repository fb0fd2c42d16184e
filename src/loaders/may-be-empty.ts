import type { Loader, LoaderContext } from 'astro/loaders';

const PLACEHOLDER = 'kernel-weekly:empty';

/**
 * A collection that may rightly have no entries: an archive without `.mdx` items, or without quotes or patches.
 * Astro forgets an empty collection, then warns on every `getCollection` of it ("does not exist or is empty"),
 * dozens of times per dev page load; and the glob loader warns that its pattern found no files. This keeps the
 * collection registered while empty (an entry added and removed again) and drops only that glob warning.
 */
export function mayBeEmpty(loader: Loader): Loader {
  return {
    ...loader,
    load(context: LoaderContext) {
      const { store } = context;
      const register = () => {
        store.set({ id: PLACEHOLDER, data: {} });
        store.delete(PLACEHOLDER);
      };
      register();
      const logger = new Proxy(context.logger, {
        get(target, property) {
          if (property === 'warn')
            return (message: string) => /^No files found matching/.test(message) || target.warn(message);
          const value = Reflect.get(target, property, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      const quietStore = {
        ...store,
        clear() {
          store.clear();
          register();
        },
      };
      return loader.load({ ...context, store: quietStore, logger });
    },
  };
}
