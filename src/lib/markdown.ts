import { basename, extname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import GithubSlugger from 'github-slugger';
import type { Root } from 'hast';
import { satteri } from '@astrojs/markdown-satteri';
import { htmlToHast, type HastPluginEntry, type MdastPluginEntry } from 'satteri';
import type { ShikiTransformer } from 'shiki';
import { sanitizeBody } from './body-policy.ts';
import { figurePlugin } from './markdown-figures.ts';
import { parseRefScheme, refUrl } from './references.ts';

/**
 * Additions to the Markdown/MDX pipeline (Sätteri, both for .md and .mdx), registered in astro.config.mjs.
 */

/** Footnote ids and the label Sätteri gives every document; made unique per item below. */
const FOOTNOTE_PREFIX = 'user-content-';
const FOOTNOTE_LABEL = 'footnote-label';

type Element = { type: 'element'; tagName: string; properties?: Record<string, unknown>; children?: unknown[] };

/**
 * The sanitiser, first of our plugins (after Shiki, before the item-body plugin): every body, .md and .mdx,
 * is cut to the body policy (src/lib/body-policy.ts), the same rules the content check reports. Raw HTML
 * reaches it parsed into elements (the processor's `rawHtml` feature, set in astro.config.mjs).
 */
export const sanitizePlugin: HastPluginEntry = {
  name: 'kernel-weekly:sanitize',
  // Positions, so that a refused MDX construct is reported at its line.
  options: { position: true },
  before(root, ctx) {
    const where = ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : '(body)';
    ctx.replaceNode(root, sanitizeBody(root as Root, where));
  },
};

/**
 * The item-body plugin:
 * - heading anchors: each heading gets an id (github-slugger) and its text becomes a link to itself;
 * - ids are prefixed with the item's slug (`predictive-elf-bitmaps--skepticism`), footnotes included, so two
 *   items shown on one edition page never share an id;
 * - cross-reference links, `[text](item:2008-03-27/slug)` and the other kinds, get their site URL (the
 *   content check has made sure the target exists).
 */
export const itemBodyPlugin: HastPluginEntry = ({ fileURL }) => {
  const prefix = fileURL ? `${basename(fileURLToPath(fileURL), extname(fileURLToPath(fileURL)))}--` : '';
  const slugger = new GithubSlugger();
  const ownId = (id: string) =>
    id === FOOTNOTE_LABEL
      ? `${prefix}${id}`
      : id.startsWith(FOOTNOTE_PREFIX)
        ? `${prefix}${id.slice(FOOTNOTE_PREFIX.length)}`
        : id;
  return {
    name: 'kernel-weekly:item-body',
    element: [
      {
        filter: ['h2', 'h3', 'h4', 'h5', 'h6'],
        visit(node, ctx) {
          const existing = node.properties?.id;
          if (typeof existing === 'string') {
            ctx.setProperty(node, 'id', ownId(existing));
            return;
          }
          const id = `${prefix}${slugger.slug(ctx.textContent(node))}`;
          const anchor: Element = {
            type: 'element',
            tagName: 'a',
            properties: { className: ['heading-anchor'], href: `#${id}` },
            children: node.children,
          };
          return { ...node, properties: { ...node.properties, id }, children: [anchor] } as typeof node;
        },
      },
      {
        filter: ['a', 'li', 'section'],
        visit(node, ctx) {
          const { id, href } = node.properties ?? {};
          // The sanitiser has normalised attribute names to hast's (ariaDescribedBy, not aria-describedby).
          const describedBy = node.properties?.ariaDescribedBy;
          if (typeof id === 'string') ctx.setProperty(node, 'id', ownId(id));
          if (typeof describedBy === 'string' || Array.isArray(describedBy))
            ctx.setProperty(node, 'ariaDescribedBy', [describedBy].flat().map(String).map(ownId).join(' '));
          if (typeof href !== 'string') return;
          if (href.startsWith('#')) ctx.setProperty(node, 'href', `#${ownId(href.slice(1))}`);
          const ref = parseRefScheme(href);
          if (ref) ctx.setProperty(node, 'href', refUrl(ref.kind, ref.id));
        },
      },
    ],
  };
};

/**
 * Lets Shiki tokenize every line in full. By default it gives up on a line after 500 ms, which the first code
 * block of a build on a busy machine can hit while the regex engine warms up: the rest of that line then gets
 * the wrong colours in one theme, and two builds of the same content differ. Astro does not expose the option,
 * so it is set here, on the options each highlight receives.
 */
export const fullTokenizeTransformer: ShikiTransformer = {
  name: 'kernel-weekly:full-tokenize',
  preprocess(_code, options) {
    options.tokenizeTimeLimit = 0;
  },
};

/**
 * Marks the lines of a `diff` code block: `diff-add` for added lines, `diff-remove` for removed ones, so
 * the stylesheet can set them apart by more than colour (see global.css).
 */
export const diffTransformer: ShikiTransformer = {
  name: 'kernel-weekly:diff-lines',
  line(node, line) {
    if (this.options.lang !== 'diff') return;
    const text = this.source.split('\n')[line - 1] ?? '';
    if (text.startsWith('+') && !text.startsWith('+++')) this.addClassToHast(node, 'diff-add');
    else if (text.startsWith('-') && !text.startsWith('---')) this.addClassToHast(node, 'diff-remove');
  },
};

/** Elements whose text is code or keys: the typographer must leave it as typed. */
const TYPED_TEXT_ELEMENTS = new Set(['code', 'kbd', 'samp', 'var', 'pre', 'script', 'style']);

/**
 * Smart punctuation curls quotes and turns `--` into a dash in every text node, also inside raw
 * `<kbd>`/`<code>`/`<samp>`/`<var>` (`<kbd>git log --oneline</kbd>`). This plugin gives such text back
 * as typed: the source of the text node, with its escapes and character references decoded. Inline code
 * (backticks) and code blocks are never curled in the first place.
 */
export const typedTextPlugin: MdastPluginEntry = {
  name: 'kernel-weekly:typed-text',
  options: { position: true },
  text(node, ctx) {
    const parent = ctx.parent(node);
    const index = ctx.indexOf(node);
    const { start, end } = node.position ?? {};
    if (!parent || index === undefined || start?.offset === undefined || end?.offset === undefined) return;
    if (!insideTypedTextElement(parent as MdastParent, index)) return;
    const typed = typedText(ctx.source.slice(start.offset, end.offset));
    if (typed !== node.value) ctx.setProperty(node, 'value', typed);
  },
};

type MdastParent = { type: string; name?: string | null; children: readonly { type: string; value?: unknown }[] };

/** Whether the child at `index` sits inside one of those elements: a JSX one, or raw HTML tags around it. */
function insideTypedTextElement(parent: MdastParent, index: number): boolean {
  if (parent.type.startsWith('mdxJsx')) return TYPED_TEXT_ELEMENTS.has(parent.name ?? '');
  const open: string[] = [];
  for (const sibling of parent.children.slice(0, index)) {
    if (sibling.type !== 'html') continue;
    // An inline raw HTML node is one tag: `<kbd>` or `</kbd>`.
    const tag = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)/.exec(String(sibling.value));
    if (!tag || !TYPED_TEXT_ELEMENTS.has(tag[2].toLowerCase())) continue;
    if (tag[1]) open.splice(open.lastIndexOf(tag[2].toLowerCase()), 1);
    else open.push(tag[2].toLowerCase());
  }
  return open.length > 0;
}

/** Markdown source text as the reader should see it: backslash escapes and character references decoded. */
function typedText(source: string): string {
  return source
    .split(/(\\[!-/:-@[-`{-~])/)
    .map((part, i) =>
      i % 2 === 1 ? part[1] : part.includes('&') ? textOf(htmlToHast(part, { fragment: true })) : part,
    )
    .join('');
}

function textOf(node: { type: string; value?: string; children?: unknown[] }): string {
  return node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map((c) => textOf(c as never)).join('');
}

/**
 * The version of what the body pipeline writes, part of the key of every cached Markdown body
 * (src/loaders/item-loader.ts): raise it whenever a change here or in the body policy changes the HTML, so
 * no body rendered by an older pipeline (one that did not sanitise, say) is ever published again.
 */
export const BODY_PIPELINE_VERSION = 3;

/**
 * The processors of item bodies, registered in astro.config.mjs: the sanitiser, then heading anchors, per-item
 * ids and cross-reference links, for .md and .mdx alike. Markdown has its raw HTML parsed into elements so the
 * sanitiser judges each one; MDX has no raw HTML (HTML is JSX there) and keeps the positions the reparse
 * would drop, so a refused construct is reported at its line.
 */
export const markdownProcessor = satteri({
  mdastPlugins: [typedTextPlugin],
  hastPlugins: [sanitizePlugin, itemBodyPlugin, figurePlugin],
  features: { rawHtml: true },
});
export const mdxProcessor = satteri({
  mdastPlugins: [typedTextPlugin],
  hastPlugins: [sanitizePlugin, itemBodyPlugin, figurePlugin],
});
