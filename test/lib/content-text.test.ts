import { describe, expect, it } from 'vitest';
import { decodeUtf8, NotUtf8Error, parseYaml, withoutBom, YamlSyntaxError } from '../../src/lib/content-text.ts';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('decodeUtf8', () => {
  it('decodes UTF-8 and drops a byte-order mark', () => {
    expect(decodeUtf8(new TextEncoder().encode('Grüße'))).toBe('Grüße');
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x61))).toBe('a');
  });

  it('names the offset where the first bad sequence starts', () => {
    const offset = (b: Uint8Array) => {
      try {
        decodeUtf8(b);
      } catch (error) {
        if (error instanceof NotUtf8Error) return [error.offset, error.message];
      }
      return undefined;
    };
    // Latin-1 "é" followed by "s": the bad sequence starts at the é, not at the s that ends it.
    expect(offset(bytes(0x61, 0xe9, 0x73))).toEqual([
      1,
      'not UTF-8: byte 0xE9 starts no valid character; save the file as UTF-8',
    ]);
    expect(offset(bytes(0x61, 0x62, 0x80))?.[0]).toBe(2);
    expect(offset(bytes(0xf0, 0x9f, 0x98, 0x80, 0xc3, 0x28))?.[0]).toBe(4);
    // Cut off in the middle of a character at the end of the file.
    expect(offset(bytes(0x61, 0xe2, 0x82))?.[0]).toBe(1);
  });
});

describe('withoutBom', () => {
  it('drops only a leading byte-order mark', () => {
    expect(withoutBom('\uFEFFa\uFEFF')).toBe('a\uFEFF');
    expect(withoutBom('a')).toBe('a');
  });
});

describe('parseYaml', () => {
  it('keeps dates as the text typed, and reads numbers and booleans', () => {
    expect(parseYaml('date: 2008-02-30\nwhen: 2008-03-27\ndraft: true\norder: 10\nversion: 3.10\n')).toEqual({
      date: '2008-02-30',
      when: '2008-03-27',
      draft: true,
      order: 10,
      version: 3.1,
    });
  });

  it('names the line of a syntax error, counted from the line the text starts on', () => {
    const lineOf = (text: string, firstLine?: number) => {
      try {
        parseYaml(text, firstLine);
      } catch (error) {
        if (error instanceof YamlSyntaxError) return error.line;
      }
      return 'no error';
    };
    expect(lineOf('a: 1\nb: [unclosed\nc: 2\n')).toBeGreaterThanOrEqual(2);
    expect(lineOf('a: 1\n  b: 2\n')).toBe(2);
    expect(lineOf('a: 1\n  b: 2\n', 2)).toBe(3);
  });
});
