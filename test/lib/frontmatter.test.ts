import { describe, expect, it } from 'vitest';
import { bodyOnly, splitFrontmatter } from '../../src/lib/frontmatter.ts';

const FILE = '---\ntitle: A title\ntopics: [elf]\n---\n\nFirst line of the body.\n';

describe('splitFrontmatter', () => {
  it('parses the frontmatter and returns the body after it', () => {
    expect(splitFrontmatter(FILE)).toEqual({
      frontmatter: { title: 'A title', topics: ['elf'] },
      body: '\nFirst line of the body.\n',
      bodyLine: 5,
    });
  });

  it('has no frontmatter for a file without the --- block', () => {
    expect(splitFrontmatter('Just text.\n')).toEqual({
      frontmatter: undefined,
      body: 'Just text.\n',
      bodyLine: 1,
    });
  });

  it('throws on malformed YAML, naming the line of the file', () => {
    expect(() => splitFrontmatter('---\ntitle: ok\nsummary: [unclosed\n---\n')).toThrow(/^line \d+: not valid YAML/);
    expect(() => splitFrontmatter('---\ntitle: ok\n  bad: indent\n---\n')).toThrow('line 3: not valid YAML');
  });

  it('keeps dates as the text typed, so the schema judges them', () => {
    expect(splitFrontmatter('---\nedition: 2008-02-30\n---\n').frontmatter).toEqual({ edition: '2008-02-30' });
  });

  it('ignores a byte-order mark', () => {
    expect(splitFrontmatter(`\uFEFF${FILE}`).frontmatter).toEqual({ title: 'A title', topics: ['elf'] });
    expect(bodyOnly(`\uFEFF${FILE}`)).toBe(bodyOnly(FILE));
  });
});

describe('bodyOnly', () => {
  it('blanks the frontmatter but keeps its lines, so body lines keep their numbers', () => {
    const blanked = bodyOnly(FILE);
    expect(blanked).not.toContain('title');
    expect(blanked.split('\n').indexOf('First line of the body.')).toBe(
      FILE.split('\n').indexOf('First line of the body.'),
    );
  });
});
