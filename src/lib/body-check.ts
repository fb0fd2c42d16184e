import type { Element, Root as HastRoot } from 'hast';
import { htmlToHast, markdownToMdast, mdxToMdast } from 'satteri';
import {
  componentProblems,
  isCommentOnly,
  jsxAsElement,
  judgeElement,
  MESSAGES,
  urlProblem,
  type JsxAttribute,
} from './body-policy.ts';
import { COMPONENTS, componentSpec, isComponentName } from './components.ts';

/** A problem in an item body: where (`line 12:5`, counted in the whole file) and what was expected. */
export interface BodyProblem {
  field: string;
  message: string;
}

interface Node {
  type: string;
  position?: { start: { line: number; column: number } };
  children?: Node[];
  [key: string]: unknown;
}

/**
 * Checks one item file's body against the body policy (src/lib/body-policy.ts) and, for `.mdx`, against
 * what the MDX compiler and the components accept: the check side of "defined once, enforced twice".
 *
 * The body is parsed by Sätteri, the parser the build renders with, so the check sees exactly the links,
 * raw HTML and JSX the build sees, and an MDX syntax error comes with the build's own message and position.
 * (remark-parse was measured at 30 ms for a 5 KB body against Sätteri's 1 ms: 20 minutes against 40 s at
 * 40,000 items.)
 *
 * @param text the whole file, frontmatter included, so lines are the file's
 */
export function checkBody(text: string, format: 'md' | 'mdx'): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const at = (node: Node | undefined, message: string) =>
    problems.push({ field: where(node?.position?.start), message });

  let tree: Node;
  try {
    tree = (format === 'mdx' ? mdxToMdast(text) : markdownToMdast(text)) as unknown as Node;
  } catch (error) {
    // Sätteri's compile errors read `12:5: message (rule)`.
    const { message } = error as Error;
    const match = /^(\d+):(\d+): ([\s\S]*?)(?: \([\w:-]+\))?$/.exec(message);
    return [
      match
        ? { field: `line ${match[1]}:${match[2]}`, message: `MDX syntax error: ${match[3]}` }
        : { field: '(body)', message: `MDX syntax error: ${message}` },
    ];
  }

  const visit = (node: Node) => {
    switch (node.type) {
      case 'link':
      case 'definition': {
        const problem = urlProblem(String(node.url), 'link');
        if (problem) at(node, problem);
        break;
      }
      case 'image': {
        const problem = urlProblem(String(node.url), 'image');
        if (problem) at(node, problem);
        break;
      }
      case 'html':
        for (const message of rawHtmlProblems(String(node.value))) at(node, message);
        break;
      case 'mdxjsEsm':
        at(node, MESSAGES.esm);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isCommentOnly(String(node.value))) at(node, MESSAGES.expression);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name as string | null;
        const attributes = node.attributes as JsxAttribute[];
        if (name === null) break;
        if (isComponentName(name)) for (const message of componentProblems(name, attributes)) at(node, message);
        else {
          const { element, problems: attributeProblems } = jsxAsElement(name, attributes);
          for (const message of attributeProblems) at(node, message);
          const { refused } = judgeElement(element);
          if (refused.length > 0) at(node, MESSAGES.refused(refused, name));
        }
        break;
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return problems;
}

function where(start: { line: number; column: number } | undefined): string {
  return start ? `line ${start.line}:${start.column}` : '(body)';
}

/** What the sanitiser would remove from a piece of raw HTML in a Markdown body, one message per element. */
function rawHtmlProblems(html: string): string[] {
  const messages: string[] = [];
  const visit = (node: HastRoot | Element) => {
    if (node.type === 'element') {
      const component = componentSpec(componentNameOf(node.tagName));
      if (component) {
        messages.push(markdownComponentMessage(componentNameOf(node.tagName)));
        return;
      }
      const { refused } = judgeElement(node);
      if (refused.length > 0) messages.push(MESSAGES.refused(refused, node.tagName));
    }
    for (const child of node.children) if (child.type === 'element') visit(child);
  };
  visit(htmlToHast(html, { fragment: true }) as HastRoot);
  return messages;
}

/** The component a lowercased HTML tag name stands for (`ref` → `Ref`), as the HTML parser lowercases it. */
function componentNameOf(tagName: string): string {
  return Object.keys(COMPONENTS).find((name) => name.toLowerCase() === tagName) ?? '';
}

function markdownComponentMessage(name: string): string {
  const hint =
    name === 'Ref'
      ? 'use [text](item:…) (or edition:, topic:, release:)'
      : `rename the file to .mdx to use ${componentSpec(name)!.example}`;
  return `<${name}> is an MDX component and shows nothing in a .md item; ${hint}`;
}
