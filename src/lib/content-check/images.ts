import { posix } from 'node:path';
import type { Image, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { DECORATIVE_TITLE, FIGURE_COMPONENT } from '../markdown-figures.ts';

/**
 * The image rules of the content check, for `.md` and `.mdx` bodies (read with remark, as the build
 * reads them). Images are written in Markdown, `![alt](./file.png)`, and sit beside their item, so
 * Astro's image service can optimise them; the build fails on a missing file, so the check does first.
 * - the file exists (relative to the item) and is a format the image service reads;
 * - no remote or site-absolute images (no third-party requests; only files beside the item are optimised);
 * - alt text, unless the image is marked decorative (`![](./rule.png "decorative")`);
 * - in `.mdx`, `<Figure>` has a caption and holds one Markdown image; `<img>` is refused (not optimised).
 */

/** A problem in a body, at a line of the file. */
export interface BodyProblem {
  line: number;
  message: string;
}

/** The formats Astro's image service reads (astro/dist/assets/consts.js VALID_INPUT_FORMATS). */
const IMAGE_FORMATS = ['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.svg', '.tiff', '.tif'];

type Node = Root | RootContent;

const markdownParser = unified().use(remarkParse).use(remarkGfm).freeze();
const mdxParser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx).freeze();
type JsxElement = Extract<RootContent, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

/**
 * An image problem found in the body alone, or (with `ifMissing`) one that holds only while no file is at
 * that path: whether it is belongs to the rest of the folder, not to the item's file, so the content check's
 * cache (fact-cache.ts) keeps findings and asks the disk again on every run.
 */
export interface ImageFinding extends BodyProblem {
  ifMissing?: string;
}

/**
 * The image problems of an item body.
 * @param text the whole file, frontmatter blanked (lines as in the file)
 * @param file the item's path, `/`-separated, to resolve images beside it
 * @param exists whether a file exists at a path resolved from `file`
 */
export function imageProblems(text: string, file: string, exists: (path: string) => boolean): BodyProblem[] {
  return standingProblems(imageFindings(text, file), exists);
}

/** The findings that are problems given what exists: each `ifMissing` one only while its file is missing. */
export function standingProblems(findings: readonly ImageFinding[], exists: (path: string) => boolean): BodyProblem[] {
  return findings.flatMap(({ line, message, ifMissing }) =>
    ifMissing !== undefined && exists(ifMissing) ? [] : [{ line, message }],
  );
}

/** The image findings of an item body (see imageProblems), in line order, without looking at the disk. */
export function imageFindings(text: string, file: string): ImageFinding[] {
  const mdx = file.endsWith('.mdx');
  // Most bodies hold no image: skip parsing those (every Markdown image starts "![", every element "<").
  if (!text.includes('![') && !(mdx && text.includes('<'))) return [];
  let tree: Root;
  try {
    tree = (mdx ? mdxParser : markdownParser).parse(text);
  } catch {
    return []; // A body that does not parse is reported by the body check.
  }
  const problems: ImageFinding[] = [];
  const report = (node: Node, message: string, ifMissing?: string) =>
    problems.push({ line: node.position?.start.line ?? 1, message, ...(ifMissing === undefined ? {} : { ifMissing }) });

  const checkImage = (image: Image) => {
    const { url, alt, title } = image;
    const shown = `image ${url}`;
    if (URL.canParse(url) || url.startsWith('//'))
      report(
        image,
        `${shown} is remote; expected a file beside the item, e.g. ./diagram.png (pages make no third-party requests)`,
      );
    else if (url.startsWith('/'))
      report(image, `${shown} is a site path; expected a file beside the item, written ./name.png, so it is optimised`);
    else {
      const path = posix.join(posix.dirname(file), decodeURI(url));
      if (!IMAGE_FORMATS.includes(posix.extname(path).toLowerCase()))
        report(
          image,
          `${shown} is not an image format the build optimises; expected one of ${IMAGE_FORMATS.join(', ')}`,
        );
      else report(image, `${shown} not found; expected the file beside the item at ${path}`, path);
    }
    if (!alt?.trim() && title !== DECORATIVE_TITLE)
      report(
        image,
        `${shown} has no alt text; expected ![what it shows](${url}), or ![](${url} "${DECORATIVE_TITLE}") for an image that says nothing`,
      );
  };

  const checkJsx = (element: JsxElement) => {
    if (element.name === 'img')
      report(
        element,
        '<img> is not optimised; expected a Markdown image beside the item, ![what it shows](./name.png)',
      );
    if (element.name !== FIGURE_COMPONENT) return;
    const caption = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'caption');
    if (!caption || typeof caption.value !== 'string' || !caption.value.trim())
      report(element, `<${FIGURE_COMPONENT}> needs caption="…": what the figure shows`);
    const images = collect(element, (n) => n.type === 'image' || n.type === 'imageReference');
    if (images.length !== 1)
      report(
        element,
        `<${FIGURE_COMPONENT}> holds ${images.length} images; expected one Markdown image inside it, ![what it shows](./name.png)`,
      );
  };

  for (const node of withImages(collect(tree, () => true))) {
    if (node.type === 'image') checkImage(node);
    else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') checkJsx(node);
  }
  return problems.sort((a, b) => a.line - b.line);
}

/** An image of a body as written: its address (relative to the item) and its alt text. */
export interface BodyImage {
  url: string;
  alt: string;
}

/**
 * The first image of a body that says something (a file beside the item, not decorative): what a link preview
 * (Open Graph) and a feed entry show of the item. Undefined for a body without one, or one that does not parse
 * (the check reports it).
 */
export function leadImage(body: string, mdx: boolean): BodyImage | undefined {
  if (!body.includes('![')) return undefined;
  let tree: Root;
  try {
    tree = (mdx ? mdxParser : markdownParser).parse(body);
  } catch {
    return undefined;
  }
  for (const node of withImages(collect(tree, () => true))) {
    if (node.type !== 'image' || node.title === DECORATIVE_TITLE || !node.alt?.trim()) continue;
    if (URL.canParse(node.url) || node.url.startsWith('/')) continue;
    return { url: node.url, alt: node.alt.trim() };
  }
  return undefined;
}

/** The nodes with each image reference (`![alt][id]`) replaced by the image its definition makes. */
function withImages(nodes: Node[]): Node[] {
  const definitions = new Map(nodes.flatMap((n) => (n.type === 'definition' ? [[n.identifier, n] as const] : [])));
  return nodes.flatMap((node): Node[] => {
    if (node.type !== 'imageReference') return [node];
    const definition = definitions.get(node.identifier);
    return definition ? [{ ...definition, type: 'image', alt: node.alt, position: node.position }] : [];
  });
}

/** The nodes below a node, in document order, that pass a test. */
function collect(node: Node, test: (node: Node) => boolean): Node[] {
  const children = 'children' in node ? (node.children as RootContent[]) : [];
  return children.flatMap((child) => [...(test(child) ? [child] : []), ...collect(child, test)]);
}
