import { describe, expect, it } from 'vitest';
import { compileMdx, renderMarkdown } from '../injection/pipeline.ts';

describe('the body pipeline', () => {
  it('keeps what it generates through the sanitiser: Shiki, footnotes, anchors, cross-references', async () => {
    const html = await renderMarkdown(
      '## Locking\n\nSee [the story](item:2008-03-27/x).[^1]\n\n```c\nint x;\n```\n\n[^1]: A note.\n',
      '/content/editions/2008-03-27/kernel/slug.md',
    );
    expect(html).toContain('<h2 id="slug--locking"><a class="heading-anchor" href="#slug--locking">Locking</a></h2>');
    expect(html).toContain('<a href="/articles/2008-03-27/x/">the story</a>');
    expect(html).toMatch(/<pre class="astro-code [^"]*" style="--shiki-light:#[0-9a-f]+;[^"]*" tabindex="0"/);
    expect(html).toContain('aria-describedby="slug--footnote-label"');
    expect(html).toContain('<li id="slug--fn-1">');
  });

  it('leaves text inside raw <kbd>, <code>, <samp> as typed, and curls the prose around it', async () => {
    const body = 'Run "it" -- <kbd>git log --oneline "x" &amp; it\'s</kbd>, <samp>--x</samp> and <code>a "b"</code>.\n';
    expect(await renderMarkdown(body)).toBe(
      '<p>Run “it” – <kbd>git log --oneline "x" &amp; it\'s</kbd>, <samp>--x</samp> and <code>a "b"</code>.</p>\n',
    );
    expect(await compileMdx(body.replace('&amp;', 'and'))).toContain(
      '_jsx(_components.kbd, { children: "git log --oneline \\"x\\" and it\'s" })',
    );
  });
});
