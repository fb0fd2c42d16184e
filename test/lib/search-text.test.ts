import { describe, expect, it } from 'vitest';
import { htmlBodyText, mdxBodyText } from '../../src/lib/search-text.ts';

describe('htmlBodyText', () => {
  it('separates code blocks from prose, keeping inline code and decoding entities in prose', () => {
    const text = htmlBodyText(
      '<p>Call <code>in_atomic()</code> &amp; wait.</p><pre class="shiki"><code><span>x = GFP_ATOMIC;</span>\n<span>y &lt; 1;</span></code></pre><p>After.</p>',
    );
    expect(text.prose).toContain('Call in_atomic() & wait.');
    expect(text.prose).toContain('After.');
    expect(text.prose).not.toContain('GFP_ATOMIC');
    expect(text.code).toContain('x = GFP_ATOMIC;\ny < 1;');
  });

  it('keeps words of adjacent blocks apart', () => {
    expect(htmlBodyText('<p>one</p><p>two</p>').prose).toMatch(/one\s+two/);
  });
});

describe('mdxBodyText', () => {
  it('reads fenced code as code and text, inline code and component children as prose', () => {
    const text = mdxBodyText(
      'Use `kmalloc()` here.\n\n<Quote speaker="x">A quoted in_irq() call</Quote>\n\n```c\nfrob_msg_alloc(len, gfp);\n```\n',
    );
    expect(text.prose).toContain('kmalloc()');
    expect(text.prose).toContain('A quoted in_irq() call');
    expect(text.code).toBe('frob_msg_alloc(len, gfp);\n');
  });
});
