import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/content-check/index.ts';
import { imageProblems, leadImage } from '../../src/lib/content-check/images.ts';
import { copyFixture } from '../fixture.ts';

/** The image rules of the content check, on bodies in memory; `exists` stands in for the disk. */
const DIR = '/content/editions/2009-06-11/kernel';
const files = new Set([`${DIR}/diagram.png`, `${DIR}/rule.svg`, `${DIR}/notes.txt`]);
const exists = (path: string) => files.has(path);
const check = (body: string, name = 'item.md') => imageProblems(body, `${DIR}/${name}`, exists);

describe('imageProblems', () => {
  it('accepts an image beside the item with alt text, and a marked decorative one', () => {
    expect(check('Text.\n\n![A diagram of the flow](./diagram.png)\n*Caption.*\n')).toEqual([]);
    expect(check('![](./rule.svg "decorative")\n')).toEqual([]);
    expect(check('![Plain path](diagram.png)\n')).toEqual([]);
  });

  it('refuses an image without alt text, at its line', () => {
    expect(check('---\n---\n\nIntro.\n\n![](./diagram.png)\n')).toEqual([
      {
        line: 6,
        message:
          'image ./diagram.png has no alt text; expected ![what it shows](./diagram.png), or ![](./diagram.png "decorative") for an image that says nothing',
      },
    ]);
    expect(check('![  ](./diagram.png "a title")\n')).toHaveLength(1);
  });

  it('refuses a missing file, naming where it was expected', () => {
    expect(check('\n![A chart](./chart.png)\n')).toEqual([
      { line: 2, message: `image ./chart.png not found; expected the file beside the item at ${DIR}/chart.png` },
    ]);
  });

  it('refuses remote images, site paths and files that are no image', () => {
    const [remote, site, text] = check('![a](https://example.org/x.png)\n\n![b](/images/x.png)\n\n![c](./notes.txt)\n');
    expect(remote).toMatchObject({
      line: 1,
      message: expect.stringContaining('is remote; expected a file beside the item'),
    });
    expect(site).toMatchObject({ line: 3, message: expect.stringContaining('is a site path') });
    expect(text).toMatchObject({
      line: 5,
      message: expect.stringContaining('is not an image format the build optimises'),
    });
  });

  it('finds images in lists, tables and reference style', () => {
    const body = '- ![](./diagram.png)\n\n| a |\n| - |\n| ![](./diagram.png) |\n\n![][d]\n\n[d]: ./nowhere.png\n';
    expect(check(body).map((p) => p.line)).toEqual([1, 5, 7, 7]);
  });

  it('ignores images inside code', () => {
    expect(check('```markdown\n![](./missing.png)\n```\n\n`![](./x.png)`\n')).toEqual([]);
  });

  it('checks <Figure> and Markdown images in MDX', () => {
    const good = '<Figure caption="What it shows." credit="Someone">\n  ![A diagram](./diagram.png)\n</Figure>\n';
    expect(check(good, 'item.mdx')).toEqual([]);
    const bad = 'Intro.\n\n<Figure credit="Someone">\n  ![](./gone.png)\n</Figure>\n\n<Figure caption="Empty." />\n';
    expect(check(bad, 'item.mdx').map((p) => [p.line, p.message.slice(0, 40)])).toEqual([
      [3, '<Figure> needs caption="…": what the fig'],
      [4, `image ./gone.png not found; expected the`],
      [4, 'image ./gone.png has no alt text; expect'],
      [7, '<Figure> holds 0 images; expected one Ma'],
    ]);
  });

  it('refuses a JSX <img> in MDX, which the image service never sees', () => {
    expect(check('<img src="./diagram.png" alt="x" />\n', 'item.mdx')).toEqual([
      {
        line: 1,
        message: '<img> is not optimised; expected a Markdown image beside the item, ![what it shows](./name.png)',
      },
    ]);
  });

  it('leaves an MDX body that does not parse to the body check', () => {
    expect(check('<Figure caption="x">\n![](./gone.png)\n', 'item.mdx')).toEqual([]);
  });
});

describe('the content check', () => {
  const fixture = copyFixture();
  afterAll(() => fixture.remove());

  it('reports image problems of an item with its file and line', () => {
    const item = 'editions/2008-03-27/front/pictured.md';
    fixture.write(
      item,
      '---\ntitle: Pictured\nkind: brief\nsummary: With pictures.\n---\n\n![](./pictured.png)\n\n![A chart](./missing.png)\n',
    );
    fixture.write('editions/2008-03-27/front/pictured.png', 'not really a PNG, but present');
    const problems = checkContent(fixture.dir, fixture.dir).problems.map(formatProblem);
    expect(problems).toEqual([
      `${item}: line 7: image ./pictured.png has no alt text; expected ![what it shows](./pictured.png), or ![](./pictured.png "decorative") for an image that says nothing`,
      `${item}: line 9: image ./missing.png not found; expected the file beside the item at editions/2008-03-27/front/missing.png`,
    ]);
  });
});

describe('leadImage', () => {
  it('is the first image with alt text beside the item, in .md and .mdx', () => {
    const body = 'Intro.\n\n![](./rule.svg "decorative")\n\n![First](./first.png)\n\n![Second](./second.png)\n';
    expect(leadImage(body, false)).toEqual({ url: './first.png', alt: 'First' });
    expect(leadImage(`<Figure caption="c">\n  ![In a figure](./fig.svg)\n</Figure>\n\n${body}`, true)).toEqual({
      url: './fig.svg',
      alt: 'In a figure',
    });
  });

  it('resolves a reference image and skips remote images and site paths', () => {
    expect(leadImage('![Remote](https://x.org/a.png) ![Site](/a.png) ![Ref][d]\n\n[d]: ./d.png\n', false)).toEqual({
      url: './d.png',
      alt: 'Ref',
    });
  });

  it('is undefined for a body without one, or one that does not parse', () => {
    expect(leadImage('No image here.\n', false)).toBeUndefined();
    expect(leadImage('![](./only-decorative.png "decorative")\n', false)).toBeUndefined();
    expect(leadImage('<Quote>\n![Lost](./x.png)\n', true)).toBeUndefined();
  });
});
