import { parseYaml, withoutBom } from './content-text.ts';

/** A Markdown/MDX file split into its YAML frontmatter and its body. */
export interface SplitFile {
  /** The parsed frontmatter, or undefined when the file has none. */
  frontmatter: unknown;
  body: string;
  /** The 1-based line of the file the body starts on. */
  bodyLine: number;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * Splits a Markdown/MDX file at its `---` fenced YAML frontmatter and parses it (core schema: dates stay
 * strings, see content-text.ts). A byte-order mark is ignored. Throws the YAML error of a malformed block,
 * with the line counted in the file; a file with no block has `frontmatter` undefined.
 */
export function splitFrontmatter(file: string): SplitFile {
  const text = withoutBom(file);
  const match = FENCE.exec(text);
  if (!match) return { frontmatter: undefined, body: text, bodyLine: 1 };
  return {
    frontmatter: parseYaml(match[1], 2) ?? {},
    body: text.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
  };
}

/**
 * The file with its frontmatter blanked rather than removed: what links a body holds, at the line numbers of
 * the file, so messages point where the editor looks.
 */
export function bodyOnly(file: string): string {
  return withoutBom(file).replace(FENCE, (head) => head.replace(/[^\n]/g, ''));
}
