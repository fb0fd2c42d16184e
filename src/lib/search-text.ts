import { Parser } from 'htmlparser2';
import type { Nodes } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/**
 * The text of an item body as the search index sees it: prose (inline code included) apart from code blocks,
 * so their kernel tokens can be weighted apart. Markdown bodies are read from the HTML the item loader already
 * rendered (a fast streaming HTML parser, no second Markdown parse); MDX bodies from their source.
 */
export interface BodyText {
  prose: string;
  code: string;
}

const INLINE = new Set(
  'a abbr b bdi bdo cite code data del dfn em i ins kbd mark q s samp small span strong sub sup time u var'.split(' '),
);

/** The text of a rendered body: what is inside `<pre>` is code, the rest prose. */
export function htmlBodyText(html: string): BodyText {
  const prose: string[] = [];
  const code: string[] = [];
  let inPre = 0;
  const parser = new Parser(
    {
      onopentag: (name) => {
        if (name === 'pre') inPre++;
      },
      onclosetag: (name) => {
        if (name === 'pre') inPre--;
        // The end of a block separates words that the markup alone kept apart: a blank line, as in Markdown.
        if (!INLINE.has(name)) (inPre ? code : prose).push('\n\n');
      },
      ontext: (text) => (inPre ? code : prose).push(text),
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return { prose: prose.join(''), code: code.join('') };
}

const mdxParser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);

/** The text of an MDX body, from its source: fenced code is code; text, inline code and component text prose. */
export function mdxBodyText(source: string): BodyText {
  const prose: string[] = [];
  const code: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'code') code.push(node.value, '\n');
    else if (node.type === 'text' || node.type === 'inlineCode') prose.push(node.value, ' ');
    else if ('children' in node) {
      for (const child of node.children) walk(child as Nodes);
      prose.push('\n\n');
    }
  };
  walk(mdxParser.parse(source));
  return { prose: prose.join(''), code: code.join('') };
}
