import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import {
  isCommentOnly,
  judgeElement,
  literalValue,
  sanitizeBody,
  urlProblem,
  BodyPolicyError,
} from '../../src/lib/body-policy.ts';

const el = (tagName: string, properties: Element['properties'] = {}, children: Element['children'] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

describe('urlProblem', () => {
  it.each([
    'https://lwn.net/Articles/1/',
    'http://example.org',
    'mailto:editor@example.org',
    '/articles/2008-03-27/x/',
    '#section',
    '?page=2',
    'item:2008-03-27/predictive-elf-bitmaps',
    'edition:2008-03-27',
    'topic:markers',
    'release:2.6.25',
    'relative/path',
  ])('allows the link %s', (url) => expect(urlProblem(url, 'link')).toBeUndefined());

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    '\u0001javascript:alert(1)',
    ' javascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
  ])('refuses the link %j, naming what is allowed', (url) =>
    expect(urlProblem(url, 'link')).toMatch(/uses a scheme that is not allowed; expected http\(s\):, mailto:/),
  );

  it('allows data: in images only', () => {
    expect(urlProblem('data:image/png;base64,AAAA', 'image')).toBeUndefined();
    expect(urlProblem('figure.png', 'image')).toBeUndefined();
    expect(urlProblem('javascript:alert(1)', 'image')).toMatch(/not allowed/);
  });
});

describe('judgeElement', () => {
  it.each([
    el('sup'),
    el('sub'),
    el('abbr', { title: 'Read-copy-update' }),
    el('kbd'),
    el('mark'),
    el('details', { open: true }),
    el('summary'),
    el('br'),
    el('table'),
    el('td', { colSpan: 2 }),
    el('span', { className: ['note'] }),
    el('div'),
  ])('keeps harmless <$tagName>', (element) => {
    const verdict = judgeElement(element);
    expect(verdict.refused).toEqual([]);
    expect(verdict.kept?.properties).toEqual(element.properties);
  });

  it('strips script, style and embedding elements with their content, unwraps unknown ones', () => {
    for (const tag of ['script', 'style', 'iframe', 'object', 'embed', 'svg'])
      expect(judgeElement(el(tag))).toEqual({ strip: true, refused: [`<${tag}>`] });
    expect(judgeElement(el('blink'))).toEqual({ strip: false, refused: ['<blink>'] });
    expect(judgeElement(el('form'))).toEqual({ strip: false, refused: ['<form>'] });
  });

  it('drops event handlers, style and unsafe addresses, naming each', () => {
    const verdict = judgeElement(el('a', { href: 'javascript:x', onClick: 'x()', style: 'color:red', title: 't' }));
    expect(verdict.refused).toEqual(['href="javascript:x"', 'onclick', 'style']);
    expect(verdict.kept?.properties).toEqual({ title: 't' });
  });

  it('reads attribute names as Shiki and the HTML parser write them', () => {
    const verdict = judgeElement(
      el('pre', { class: 'astro-code', tabindex: 0, style: '--shiki-light:#fff;overflow-x:auto' }),
    );
    expect(verdict.kept?.properties).toEqual({
      className: ['astro-code'],
      tabIndex: 0,
      style: '--shiki-light:#fff;overflow-x:auto',
    });
    expect(judgeElement(el('span', { style: 'background:url(x)' })).refused).toEqual(['style']);
  });
});

describe('literalValue and isCommentOnly', () => {
  it('reads literals and nothing else', () => {
    expect(literalValue('3')).toBe(3);
    expect(literalValue('-1')).toBe(-1);
    expect(literalValue('"x"')).toBe('x');
    expect(literalValue("'x'")).toBe('x');
    expect(literalValue('`x`')).toBe('x');
    expect(literalValue('true')).toBe(true);
    for (const code of ['process.env.HOME', '"a" + b', '`${x}`', 'f()', '/re/', '1n', '"x"; y', ''])
      expect(literalValue(code), code).toBeUndefined();
  });

  it('tells a comment from code', () => {
    expect(isCommentOnly('/* a note */')).toBe(true);
    expect(isCommentOnly(' // a note\n')).toBe(true);
    expect(isCommentOnly('/* a */ x')).toBe(false);
  });
});

describe('sanitizeBody', () => {
  const root = (...children: Root['children']): Root => ({ type: 'root', children });

  it('keeps what the pipeline generates: Shiki code, footnotes, cross-reference links', () => {
    const tree = root(
      el('pre', { className: ['astro-code'], style: '--shiki-light:#0e1116;--shiki-dark:#f0f3f6', tabIndex: 0 }, [
        el('code', {}, [
          el('span', { className: ['line'], style: '--shiki-light:#A0111F' }, [{ type: 'text', value: 'int' }]),
        ]),
      ]),
      el('sup', {}, [el('a', { href: '#user-content-fn-1', id: 'user-content-fnref-1', dataFootnoteRef: true })]),
      el('section', { dataFootnotes: true, className: ['footnotes'] }, [el('h2', { id: 'footnote-label' })]),
      el('a', { href: 'item:2008-03-27/x' }, [{ type: 'text', value: 'x' }]),
    );
    expect(sanitizeBody(tree, 'x.md')).toEqual(tree);
  });

  it('removes a script with its content and keeps the text of an unknown element', () => {
    const tree = root(
      el('p', {}, [
        el('script', {}, [{ type: 'text', value: 'alert(1)' }]),
        el('blink', {}, [{ type: 'text', value: 'hi' }]),
      ]),
    );
    expect(sanitizeBody(tree, 'x.md')).toEqual(root(el('p', {}, [{ type: 'text', value: 'hi' }])));
  });

  it('refuses MDX code with the file and line', () => {
    const esm = { type: 'mdxjsEsm', value: 'import x from "y"', position: { start: { line: 9, column: 1 } } };
    expect(() => sanitizeBody(root(esm as never), 'a.mdx')).toThrow(BodyPolicyError);
    expect(() => sanitizeBody(root(esm as never), 'a.mdx')).toThrow('a.mdx: line 9:1: import and export statements');
  });
});
