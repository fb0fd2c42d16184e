import { pathToFileURL } from 'node:url';
import config from '../../astro.config.mjs';
import { markdownProcessor, mdxProcessor } from '../../src/lib/markdown.ts';

/**
 * The site's own Markdown and MDX pipelines (the processors astro.config.mjs registers, with its Shiki
 * settings), called directly: what the build renders, with no content check in front of it.
 */
const shared = {
  syntaxHighlight: 'shiki' as const,
  shikiConfig: config.markdown!.shikiConfig,
  gfm: true,
  smartypants: true,
};

/** The HTML the build writes for a Markdown body. */
export async function renderMarkdown(body: string, path = '/content/editions/x/front/payload.md'): Promise<string> {
  const renderer = await markdownProcessor.createRenderer(shared);
  const { code } = await renderer.render(body, { frontmatter: {}, fileURL: pathToFileURL(path) });
  return code;
}

/** The JavaScript module the build compiles an MDX body into. */
export async function compileMdx(body: string, path = '/content/editions/x/front/payload.mdx'): Promise<string> {
  const renderer = await mdxProcessor.createMdxRenderer!(shared, { optimize: false, srcDir: new URL('file:///src/') });
  const { code } = await renderer.process(body, path, {});
  return code;
}
