/**
 * The components an `.mdx` item may use, without importing them: defined once, read by the body check
 * (unknown components, unknown or missing props, unsafe URLs) and by the render side (the sanitiser lets
 * exactly these through; `src/components/mdx-components.ts` maps each name to its Astro component).
 */

/** How a prop's value is judged: free text, or a URL under the body policy (src/lib/body-policy.ts). */
export type PropKind = 'text' | 'url';

export interface ComponentSpec {
  /** Every prop the component accepts in MDX, with its kind. */
  props: Record<string, PropKind>;
  /** Props that must be present. */
  required: readonly string[];
  /** How to write it, for messages. */
  example: string;
}

export const COMPONENTS = {
  Figure: {
    props: { caption: 'text', credit: 'text' },
    required: ['caption'],
    example: '<Figure caption="What it shows">![alt text](./diagram.png)</Figure>',
  },
  Quote: {
    props: { speaker: 'text', source: 'url', context: 'text', date: 'text' },
    required: ['speaker', 'source'],
    example: '<Quote speaker="…" source="https://…">the words</Quote>',
  },
  Ref: {
    props: { item: 'text', edition: 'text', topic: 'text', release: 'text' },
    required: [],
    example: '<Ref item="2008-03-27/slug" />',
  },
} as const satisfies Record<string, ComponentSpec>;

export type ComponentName = keyof typeof COMPONENTS;

export const COMPONENT_NAMES = Object.keys(COMPONENTS) as ComponentName[];

export function componentSpec(name: string): ComponentSpec | undefined {
  return Object.hasOwn(COMPONENTS, name) ? COMPONENTS[name as ComponentName] : undefined;
}

/** Whether a JSX name stands for a component (capitalised or dotted) rather than an HTML element. */
export function isComponentName(name: string): boolean {
  return /^[A-Z]/.test(name) || name.includes('.');
}
