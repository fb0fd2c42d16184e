import yaml from 'js-yaml';

/** A Markdown/MDX file split into its YAML frontmatter and its body. */
export interface SplitFile {
  /** The parsed frontmatter, or undefined when the file has none. */
  frontmatter: unknown;
  body: string;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * Splits a Markdown/MDX file at its `---` fenced YAML frontmatter and parses it (js-yaml, as Astro does).
 * Throws the YAML error of a malformed block; a file with no block has `frontmatter` undefined.
 */
export function splitFrontmatter(text: string): SplitFile {
  const match = FENCE.exec(text);
  if (!match) return { frontmatter: undefined, body: text };
  return { frontmatter: yaml.load(match[1]) ?? {}, body: text.slice(match[0].length) };
}

/**
 * The file with its frontmatter blanked rather than removed: what links a body holds, at the line numbers of
 * the file, so messages point where the editor looks.
 */
export function bodyOnly(text: string): string {
  return text.replace(FENCE, (head) => head.replace(/[^\n]/g, ''));
}
