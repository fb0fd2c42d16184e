import { describe, expect, it } from 'vitest';
import { bodyOnly, splitFrontmatter } from '../../src/lib/frontmatter.ts';

const FILE = '---\ntitle: A title\ntopics: [elf]\n---\n\nFirst line of the body.\n';

describe('splitFrontmatter', () => {
  it('parses the frontmatter and returns the body after it', () => {
    expect(splitFrontmatter(FILE)).toEqual({
      frontmatter: { title: 'A title', topics: ['elf'] },
      body: '\nFirst line of the body.\n',
    });
  });

  it('has no frontmatter for a file without the --- block', () => {
    expect(splitFrontmatter('Just text.\n')).toEqual({ frontmatter: undefined, body: 'Just text.\n' });
  });

  it('throws on malformed YAML', () => {
    expect(() => splitFrontmatter('---\ntitle: [unclosed\n---\n')).toThrow();
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
