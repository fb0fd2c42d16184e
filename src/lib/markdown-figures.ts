import type { HastPluginEntry } from 'satteri';

/**
 * Figures in item bodies, `.md` and `.mdx` alike (registered in astro.config.mjs). Images sit beside their
 * item and are written in Markdown, so Astro's image service optimises them:
 *
 *     ![What the diagram shows](./threaded-irq.png)
 *     *Caption. Credit: who made it.*
 *
 * An image alone in its paragraph, or followed on the next line by one emphasised line, becomes a
 * `<figure>`, that line its `<figcaption>`. The title `"decorative"` (`![](./rule.png "decorative")`) marks
 * an image that says nothing; it keeps `alt=""` and loses the title. The content check requires alt text
 * everywhere else (src/lib/content-check/images.ts). In `.mdx`, `<Figure caption="…" credit="…">` around a
 * Markdown image makes the same figure with a separate credit.
 */

/** The MDX component that wraps a Markdown image with a caption and a credit (src/components/Figure.astro). */
export const FIGURE_COMPONENT = 'Figure';

/** The image title that marks an image as decorative, its empty alt text deliberate. */
export const DECORATIVE_TITLE = 'decorative';

type Node = { type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: Node[] };

export const figurePlugin: HastPluginEntry = {
  name: 'kernel-weekly:figures',
  element: [
    {
      filter: ['img'],
      visit(node, ctx) {
        if (node.properties?.title === DECORATIVE_TITLE) {
          ctx.setProperty(node, 'title', null);
          ctx.setProperty(node, 'alt', '');
        }
      },
    },
    {
      filter: ['p'],
      visit(node, ctx) {
        const children = (node.children ?? []) as Node[];
        const parts = children.filter((c) => !(c.type === 'text' && c.value?.trim() === ''));
        const [image, caption] = parts;
        if (image?.type !== 'element' || image.tagName !== 'img') return;
        if (parts.length > 2 || (caption && (caption.type !== 'element' || caption.tagName !== 'em'))) return;
        // Inside <Figure> (MDX) the component makes the figure and its caption: the image stands alone.
        const parent = ctx.parent(node) as Node | undefined;
        if (parent?.type === 'mdxJsxFlowElement' && (parent as { name?: string }).name === FIGURE_COMPONENT && !caption)
          return image as unknown as typeof node;
        const figure: Node = {
          type: 'element',
          tagName: 'figure',
          properties: { className: ['figure'] },
          children: [
            image,
            ...(caption
              ? [{ type: 'element', tagName: 'figcaption', properties: {}, children: caption.children }]
              : []),
          ],
        };
        return figure as unknown as typeof node;
      },
    },
  ],
};
