import { parseExpressionAt, tokenizer } from 'acorn';
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { find, html } from 'property-information';
import { componentSpec, isComponentName, COMPONENT_NAMES } from './components.ts';
import { REF_KINDS } from './references.ts';

/**
 * What an item body may contain, defined once and enforced twice: the content check reports every
 * violation with file and line (src/lib/body-check.ts), and the rendering pipeline sanitises every body
 * with the same schema (src/lib/markdown.ts), so nothing unsafe reaches a page even if the check is skipped.
 *
 * - Link addresses: http(s):, mailto:, site paths, fragments and the cross-reference forms item:, edition:,
 *   topic:, release:. Image sources: http(s):, data:, relative paths. Any other scheme, in any case or
 *   spelling (entities and escapes are decoded by the parser before the policy sees the address), is refused.
 * - Raw HTML: the elements and attributes of `BODY_SCHEMA`; `<script>`, `<style>` and embedding elements are
 *   removed with their content, other unknown elements are unwrapped (their text kept).
 * - MDX: the components of src/lib/components.ts, without imports; no import/export, no `{…}` expressions
 *   (literal prop values excepted).
 */

const LINK_SCHEMES = ['http', 'https', 'mailto', ...REF_KINDS];
const IMAGE_SCHEMES = ['http', 'https', 'data'];

/** The declarations Shiki writes into `style` for highlighted code; nothing an editor can abuse. */
const SHIKI_STYLE =
  /^(?:\s*(?:--shiki-[a-z-]+:\s*(?:#[0-9a-fA-F]{3,8}|italic|bold|normal|none|underline|line-through)|overflow-x:\s*auto|user-select:\s*none)\s*;?)*\s*$/;

/** Elements removed together with their content; any other element not listed is unwrapped. */
const STRIP = [
  'script',
  'style',
  'iframe',
  'frame',
  'object',
  'embed',
  'applet',
  'template',
  'noscript',
  'svg',
  'math',
];

/** The sanitiser's schema (hast-util-sanitize): what Markdown produces plus the harmless raw HTML allowed. */
export const BODY_SCHEMA: Schema = {
  tagNames: [
    // Markdown's own output
    ...['p', 'a', 'em', 'strong', 'del', 'code', 'pre', 'blockquote', 'hr', 'br', 'img', 'input'],
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'section'],
    ...['table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption', 'colgroup', 'col'],
    // harmless raw HTML
    ...['sup', 'sub', 'abbr', 'kbd', 'samp', 'var', 'mark', 'small', 's', 'ins', 'q', 'cite', 'dfn', 'time'],
    ...['details', 'summary', 'span', 'div', 'dl', 'dt', 'dd', 'figure', 'figcaption', 'wbr'],
  ],
  attributes: {
    '*': ['className', 'title', 'lang', 'dir'],
    a: [
      'href',
      'dataFootnoteRef',
      'dataFootnoteBackref',
      ['ariaDescribedBy', 'footnote-label'],
      'ariaLabel',
      ['id', /^user-content-/],
    ],
    img: ['src', 'alt', 'width', 'height', 'loading', 'decoding'],
    abbr: ['title'],
    blockquote: ['cite'],
    q: ['cite'],
    del: ['cite', 'dateTime'],
    ins: ['cite', 'dateTime'],
    time: ['dateTime'],
    details: ['open'],
    ol: ['start', 'reversed'],
    input: [
      ['type', 'checkbox'],
      ['disabled', true],
      ['checked', true],
    ],
    td: ['align', 'colSpan', 'rowSpan'],
    th: ['align', 'colSpan', 'rowSpan', 'scope'],
    section: ['dataFootnotes'],
    pre: [['style', SHIKI_STYLE], 'tabIndex', 'dataLanguage'],
    span: [['style', SHIKI_STYLE]],
    // ids: only those the Markdown processor gives footnotes (here and on `a`); the item plugin then makes
    // them unique per item.
    h2: [['id', 'footnote-label']],
    li: [['id', /^user-content-/]],
  },
  required: {},
  ancestors: {},
  protocols: { href: LINK_SCHEMES, src: IMAGE_SCHEMES, cite: ['http', 'https'] },
  strip: STRIP,
  clobber: [],
  allowComments: true,
  allowDoctypes: false,
};

/** Why a link (or image) address is refused, or undefined when the policy allows it. */
export function urlProblem(url: string, kind: 'link' | 'image'): string | undefined {
  const probe: Element =
    kind === 'link'
      ? { type: 'element', tagName: 'a', properties: { href: url }, children: [] }
      : { type: 'element', tagName: 'img', properties: { src: url }, children: [] };
  const kept = sanitize(probe, BODY_SCHEMA) as Element;
  if (kept.properties?.[kind === 'link' ? 'href' : 'src'] === url) return undefined;
  const allowed =
    kind === 'link'
      ? 'http(s):, mailto:, a site path (/…), a fragment (#…) or item:/edition:/topic:/release:'
      : 'http(s):, data: or a relative path';
  return `${kind === 'link' ? 'the link address' : 'the image source'} ${JSON.stringify(shorten(url))} uses a scheme that is not allowed; expected ${allowed}`;
}

/** What the sanitiser does to one element (its children aside): keeps it (maybe with fewer attributes), unwraps or strips it. */
export interface ElementVerdict {
  /** The element as kept, without children; undefined when it is removed. */
  kept?: Element;
  /** When removed: whether its content goes too (`<script>`) or stays (an unknown element, unwrapped). */
  strip: boolean;
  /** What was refused, for messages: `<iframe>`, `onclick`, `href="javascript:…"`. */
  refused: string[];
}

export function judgeElement(element: Element): ElementVerdict {
  const shell: Element = { ...element, properties: hastProperties(element.properties ?? {}), children: [] };
  const kept = sanitize(shell, BODY_SCHEMA) as Root | Element;
  if (kept.type !== 'element') return { strip: STRIP.includes(element.tagName), refused: [`<${element.tagName}>`] };
  const refused = Object.entries(shell.properties)
    .filter(
      ([key, value]) =>
        value !== undefined && value !== null && value !== false && !sameValue(kept.properties?.[key], value),
    )
    .map(([key, value]) => {
      const attribute = find(html, key).attribute;
      return typeof value === 'string' && ['href', 'src', 'cite', 'action', 'formAction'].includes(key)
        ? `${attribute}="${shorten(value)}"`
        : attribute;
    });
  return { kept, strip: false, refused };
}

/**
 * Properties under hast's names: Shiki and the HTML reparse may write attribute names (`class`, `tabindex`,
 * `aria-describedby`), which the schema, written in hast's names, would otherwise drop.
 */
function hastProperties(properties: Properties): Properties {
  const named: Properties = {};
  for (const [key, value] of Object.entries(properties)) {
    const property = find(html, key).property;
    named[property] =
      property === 'className' && typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : value;
  }
  return named;
}

function sameValue(a: unknown, b: unknown): boolean {
  return Array.isArray(a) && Array.isArray(b) ? a.join(' ') === b.join(' ') : a === b;
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** A literal value of a JSX prop written as an expression (`n={3}`, `open={true}`, `s={"x"}`), or undefined. */
export function literalValue(expression: string): string | number | boolean | undefined {
  try {
    const node = parseExpressionAt(expression, 0, { ecmaVersion: 'latest' });
    if (expression.slice(node.end).trim() !== '') return undefined;
    if (node.type === 'Literal' && ['string', 'number', 'boolean'].includes(typeof node.value))
      return node.value as string | number | boolean;
    if (node.type === 'TemplateLiteral' && node.expressions.length === 0)
      return node.quasis[0].value.cooked ?? undefined;
    if (node.type === 'UnaryExpression' && node.operator === '-' && node.argument.type === 'Literal')
      return typeof node.argument.value === 'number' ? -node.argument.value : undefined;
  } catch {
    // not an expression at all
  }
  return undefined;
}

/** Whether an MDX `{…}` holds nothing but comments (`{/* a note *\/}`), which compile to nothing. */
export function isCommentOnly(expression: string): boolean {
  try {
    for (const _token of tokenizer(expression, { ecmaVersion: 'latest' })) return false;
    return true;
  } catch {
    return false;
  }
}

export const MESSAGES = {
  esm: `import and export statements are not allowed in an item; the components ${COMPONENT_NAMES.join(', ')} are available without importing them`,
  expression:
    '{…} expressions are not allowed in an item (they run code when the site is built); write the text itself, or a literal prop value such as n="3"',
  spread: '{...} spread props are not allowed; write each prop as name="value"',
  propExpression: (name: string) =>
    `prop ${name}={…} is not a literal; expected a string, number or boolean, e.g. ${name}="text"`,
  unknownComponent: (name: string) =>
    `unknown component <${name}>; expected one of ${COMPONENT_NAMES.map((n) => `<${n}>`).join(', ')}`,
  unknownProp: (component: string, prop: string) =>
    `<${component}> has no prop "${prop}"; expected one of ${Object.keys(componentSpec(component)!.props).join(', ')}`,
  missingProp: (component: string, prop: string) =>
    `<${component}> needs ${prop}="…"; for example ${componentSpec(component)!.example}`,
  refused: (what: string[], tag: string) =>
    `raw HTML <${tag}>: ${what.join(', ')} ${what.length > 1 ? 'are' : 'is'} not allowed in a body (see "What a body may contain" in docs/authoring.md)`,
};

/** A MDX JSX attribute as Sätteri and mdast-util-mdx-jsx give it. */
export interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: string; value: string };
}

/** The value of one JSX attribute, or a problem: a spread, or an expression that is not a literal. */
function attributeValue(
  attribute: JsxAttribute,
): { name: string; value: string | number | boolean } | { problem: string } {
  if (attribute.type === 'mdxJsxExpressionAttribute' || attribute.name === undefined)
    return { problem: MESSAGES.spread };
  const { name, value } = attribute;
  if (value === null || value === undefined) return { name, value: true };
  if (typeof value === 'string') return { name, value };
  const literal = literalValue(value.value);
  return literal === undefined ? { problem: MESSAGES.propExpression(name) } : { name, value: literal };
}

/** An HTML element written as JSX in MDX (`<div class="x">`), as the hast element it stands for. */
export function jsxAsElement(name: string, attributes: JsxAttribute[]): { element: Element; problems: string[] } {
  const properties: Properties = {};
  const problems: string[] = [];
  for (const attribute of attributes) {
    const result = attributeValue(attribute);
    if ('problem' in result) problems.push(result.problem);
    else {
      properties[result.name] = result.value;
    }
  }
  return { element: { type: 'element', tagName: name, properties, children: [] }, problems };
}

/** What is wrong with a component's name and props, by the table of src/lib/components.ts. */
export function componentProblems(name: string, attributes: JsxAttribute[]): string[] {
  const spec = componentSpec(name);
  if (!spec) return [MESSAGES.unknownComponent(name)];
  const problems: string[] = [];
  const present = new Set<string>();
  for (const attribute of attributes) {
    const result = attributeValue(attribute);
    if ('problem' in result) {
      problems.push(result.problem);
      continue;
    }
    present.add(result.name);
    const kind = spec.props[result.name];
    if (!kind) problems.push(MESSAGES.unknownProp(name, result.name));
    else if (kind === 'url') {
      const problem = typeof result.value === 'string' ? urlProblem(result.value, 'link') : 'expected a URL';
      if (problem) problems.push(`<${name} ${result.name}>: ${problem}`);
    }
  }
  for (const prop of spec.required) if (!present.has(prop)) problems.push(MESSAGES.missingProp(name, prop));
  return problems;
}

/** Content refused at render time: MDX code, or a component the check would have refused. */
export class BodyPolicyError extends Error {}

type AnyNode = RootContent | Root | { type: string; [key: string]: unknown };

/**
 * The render side: a sanitised copy of a body's hast tree (Markdown or MDX). Raw HTML is cut to the
 * schema; MDX JSX HTML elements are judged as the elements they stand for; components must be known, with
 * valid props. MDX code (import/export, `{…}` expressions) throws: the check refuses it first, and a build
 * that skipped the check must fail rather than run it.
 *
 * @param where names the file in errors (`path/to/item.mdx`)
 */
export function sanitizeBody(root: Root, where: string): Root {
  const fail = (node: AnyNode, message: string): never => {
    const start = (node as { position?: { start?: { line?: number; column?: number } } }).position?.start;
    throw new BodyPolicyError(`${where}${start?.line ? `: line ${start.line}:${start.column}` : ''}: ${message}`);
  };
  const clean = (node: AnyNode): ElementContent[] => {
    switch (node.type) {
      case 'text':
        return [{ type: 'text', value: String((node as { value: unknown }).value) }];
      case 'comment':
        return [{ type: 'comment', value: String((node as { value: unknown }).value) }];
      case 'element':
        return cleanElement(node as Element, (node as Element).children ?? []);
      case 'mdxjsEsm':
        return fail(node, MESSAGES.esm);
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        return isCommentOnly(String((node as { value: unknown }).value)) ? [] : fail(node, MESSAGES.expression);
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const jsx = node as unknown as { name: string | null; attributes: JsxAttribute[]; children: AnyNode[] };
        if (jsx.name === null) return jsx.children.flatMap(clean);
        if (isComponentName(jsx.name)) {
          const problems = componentProblems(jsx.name, jsx.attributes);
          if (problems.length > 0) return fail(node, problems.join('; '));
          return [{ ...(node as object), children: jsx.children.flatMap(clean) } as unknown as ElementContent];
        }
        const { element, problems } = jsxAsElement(jsx.name, jsx.attributes);
        if (problems.length > 0) return fail(node, problems.join('; '));
        return cleanElement(
          { ...element, position: (node as { position?: Element['position'] }).position },
          jsx.children,
        );
      }
      default:
        // Markdown's raw HTML arrives parsed into elements (features.rawHtml), MDX has none; doctypes and
        // anything else are dropped
        return [];
    }
  };
  const cleanElement = (element: Element, children: AnyNode[]): ElementContent[] => {
    const verdict = judgeElement(element);
    // A stripped element's content goes too, but MDX code inside it is still refused.
    if (!verdict.kept) return verdict.strip ? (children.forEach(clean), []) : children.flatMap(clean);
    return [{ ...verdict.kept, children: children.flatMap(clean) }];
  };
  return { type: 'root', children: root.children.flatMap(clean) as RootContent[] };
}
