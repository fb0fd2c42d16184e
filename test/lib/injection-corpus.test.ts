import { describe, expect, it } from 'vitest';
import { checkBody } from '../../src/lib/body-check.ts';
import { BODY_START_LINE, FRONTMATTER, PAYLOADS } from '../injection/corpus.ts';
import { compileMdx, renderMarkdown } from '../injection/pipeline.ts';

/** Every payload of the corpus, refused by the check and inert in what the build's pipeline produces. */
describe.each(PAYLOADS.map((p) => [`${p.format}: ${p.name}`, p] as const))('%s', (_name, payload) => {
  it('is refused by the check at its line', () => {
    const problems = checkBody(`${FRONTMATTER}${payload.body}\n`, payload.format);
    const line = BODY_START_LINE + payload.line - 1;
    expect(problems.filter((p) => p.field.startsWith(`line ${line}:`)).map((p) => p.message)).toContainEqual(
      expect.stringContaining(payload.message),
    );
  });

  it('never reaches the output with the check bypassed', async () => {
    if (payload.format === 'md') {
      const html = await renderMarkdown(payload.body);
      expect(html).not.toMatch(/<(script|iframe|object|embed|svg|form|style)\b/i);
      expect(html).not.toMatch(/\son[a-z]+=/i);
      expect(html).not.toMatch(/\sstyle=/i);
      expect(html).not.toMatch(/=\s*"[^"]*(javascript|vbscript|data:text)/i);
    } else if (payload.fatal) {
      await expect(compileMdx(payload.body)).rejects.toThrow(payload.message);
    } else {
      const code = await compileMdx(payload.body);
      expect(code).not.toMatch(/\b(script|iframe)\b/);
      expect(code).not.toMatch(/\bon[A-Za-z]+\b/);
      expect(code).not.toMatch(/\bstyle\b/);
      expect(code).not.toMatch(/javascript:|vbscript:|data:text/i);
    }
  });
});

describe('MDX code never runs at build time', () => {
  it('refuses an expression and an import before they are compiled, naming the file and line', async () => {
    await expect(compileMdx('Text.\n\nHome is {process.env.HOME}.\n', 'content/x.mdx')).rejects.toThrow(
      'content/x.mdx: line 3:9: {…} expressions are not allowed',
    );
    await expect(compileMdx('import host from "/etc/hostname?raw"\n\n{host}\n')).rejects.toThrow(
      'import and export statements are not allowed',
    );
  });

  it('lets comments and literal props through', async () => {
    const code = await compileMdx(
      '{/* a note to the editor */}\n\n<Quote speaker="A" source="https://example.org/m" date={"2008-03-25"}>w</Quote>\n',
    );
    expect(code).toContain('_jsx(Quote');
    expect(code).not.toContain('a note to the editor');
  });
});
