import type { ComponentName } from '../lib/components.ts';
import Figure from './Figure.astro';
import Quote from './Quote.astro';
import Ref from './Ref.astro';

/**
 * What each component name of src/lib/components.ts renders with: MDX items get these without importing
 * them (ItemBody passes the map to every MDX body). A name added to the table fails the typecheck until it
 * is mapped here.
 */
export const mdxComponents: Record<ComponentName, unknown> = { Figure, Quote, Ref };
