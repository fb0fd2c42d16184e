import { afterEach, describe, expect, it } from 'vitest';
import { checkBody } from '../../src/lib/body-check.ts';
import { checkContent, formatProblem } from '../../src/lib/content-check/index.ts';
import { copyFixture, type Fixture } from '../fixture.ts';

const HEAD = '---\ntitle: x\n---\n\n'; // the body starts on line 5
const check = (body: string, format: 'md' | 'mdx') => checkBody(`${HEAD}${body}\n`, format);

describe('checkBody', () => {
  it('passes what an editor may write', () => {
    const body = [
      '## Heading',
      '',
      'See [the article](item:2008-03-27/x), [LWN](https://lwn.net/), <https://kernel.org/>, [mail](mailto:a@b.org),',
      '[the list](/editions/2008-03-27/), [below](#notes) and ![a chart](chart.png).[^1]',
      '',
      'Press <kbd>Ctrl</kbd>, read <abbr title="Read-copy-update">RCU</abbr>, H<sub>2</sub>O, x<sup>2</sup>, <mark>this</mark>.',
      '',
      '<details>',
      '<summary>More</summary>',
      '',
      'Hidden text.',
      '',
      '</details>',
      '',
      '```html',
      '<script>alert("code is only shown")</script> [x](javascript:void(0))',
      '```',
      '',
      'Inline `<iframe src="javascript:x">` is code too. In Markdown {braces} are text.',
      '',
      '<!-- a note for the editors -->',
      '',
      '[^1]: A footnote.',
    ].join('\n');
    expect(check(body, 'md')).toEqual([]);
    // MDX has no autolinks, no HTML comments and no literal braces; it has comments in braces.
    const mdx = body
      .replace('<https://kernel.org/>', '[kernel.org](https://kernel.org/)')
      .replace(' In Markdown {braces} are text.', '')
      .replace('<!-- a note for the editors -->', '{/* a note for the editors */}');
    expect(check(mdx, 'mdx')).toEqual([]);
  });

  it('passes the components with their props', () => {
    const body =
      '<Quote speaker="A" source="https://lists.example.org/1" context="c" date="2008-03-25">\n  Words.\n</Quote>\n\nSee <Ref item="2008-03-27/x" /> and <Ref topic="markers">markers</Ref>.';
    expect(check(body, 'mdx')).toEqual([]);
  });

  it('reports MDX syntax errors at file line and column, in the build compiler’s words', () => {
    expect(check('Text.\n\n<Quote speaker="A" source="https://x.org/">\n\nWords.', 'mdx')).toEqual([
      { field: 'line 7:1', message: 'MDX syntax error: Expected a closing tag for `<Quote>` (7:1)' },
    ]);
    expect(check('<div>\n\nOpen.', 'mdx')).toEqual([
      { field: 'line 5:1', message: 'MDX syntax error: Expected a closing tag for `<div>` (5:1)' },
    ]);
    expect(check('A {1 + } b.', 'mdx')).toEqual([
      { field: 'line 5:8', message: expect.stringContaining('MDX syntax error: Could not parse expression') },
    ]);
    expect(check('Unclosed {\n\nbrace', 'mdx')[0].message).toMatch(
      /MDX syntax error: Unexpected end of file in expression/,
    );
  });

  it('refuses unknown components, naming the known ones, and unknown or missing props', () => {
    expect(check('<Frobnicate />', 'mdx')).toEqual([
      { field: 'line 5:1', message: 'unknown component <Frobnicate>; expected one of <Figure>, <Quote>, <Ref>' },
    ]);
    expect(check('<Quote speaker="A">w</Quote>', 'mdx')).toEqual([
      {
        field: 'line 5:1',
        message: '<Quote> needs source="…"; for example <Quote speaker="…" source="https://…">the words</Quote>',
      },
    ]);
    expect(check('<Quote speaker="A" source="https://x.org/" sauce="y">w</Quote>', 'mdx')).toEqual([
      { field: 'line 5:1', message: '<Quote> has no prop "sauce"; expected one of speaker, source, context, date' },
    ]);
  });

  it('refuses a component typed into a .md body, with the Markdown to write instead', () => {
    expect(check('Text.\n\nSee <Ref item="2008-03-27/x" />.', 'md')).toEqual([
      {
        field: 'line 7:5',
        message:
          '<Ref> is an MDX component and shows nothing in a .md item; use [text](item:…) (or edition:, topic:, release:)',
      },
    ]);
    expect(check('<Quote speaker="A" source="https://x.org/">w</Quote>', 'md')[0].message).toMatch(
      /rename the file to \.mdx to use <Quote/,
    );
  });

  it('allows literal prop values and nothing else', () => {
    expect(check('<Ref item={"2008-03-27/x"} />', 'mdx')).toEqual([]);
    expect(check('<Ref item={`2008-03-27/${x}`} />', 'mdx')).toEqual([
      {
        field: 'line 5:1',
        message: 'prop item={…} is not a literal; expected a string, number or boolean, e.g. item="text"',
      },
    ]);
  });
});

describe('the content check', () => {
  const fixtures: Fixture[] = [];
  afterEach(() => fixtures.splice(0).forEach((f) => f.remove()));

  it('reports body problems with the file and the line in the file', () => {
    const fixture = copyFixture();
    fixtures.push(fixture);
    const file = 'editions/2008-03-27/kernel/markers.md';
    fixture.edit(file, (t) => `${t}\n<img src="x" onerror="alert(1)">\n`);
    fixture.write(
      'editions/2008-03-27/kernel/home.mdx',
      '---\ntitle: Home\nkind: brief\nsummary: s.\n---\n\nHome is {process.env.HOME}.\n',
    );
    expect(checkContent(fixture.dir, fixture.dir).problems.map(formatProblem)).toEqual([
      'editions/2008-03-27/kernel/home.mdx: line 7:9: {…} expressions are not allowed in an item (they run code when the site is built); write the text itself, or a literal prop value such as n="3"',
      `${file}: line 11:1: raw HTML <img>: onerror is not allowed in a body (see "What a body may contain" in docs/authoring.md)`,
    ]);
  });
});
