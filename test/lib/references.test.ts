import { describe, expect, it } from 'vitest';
import {
  findReferences,
  parseRefScheme,
  referenceProblem,
  refUrl,
  targetOfPath,
  type Availability,
  type TargetIndex,
} from '../../src/lib/references.ts';

const BODY = [
  'Intro with <Ref item="2008-03-27/predictive-elf-bitmaps" /> and',
  "<Ref release='2.6.25-rc7'>the seventh prepatch</Ref>, [markers](topic:markers),",
  '[last week](edition:2008-03-20) and [the ELF story](/articles/2008-03-27/predictive-elf-bitmaps/#x).',
  '',
  '```c',
  'x = a[i](item:not-checked); /* <Ref item="in-code" /> */',
  '```',
  'Inline `[y](item:in-inline-code)` is code too; [outside](https://example.org/) is not ours,',
  'nor is [the archive](/editions/). An author: [Mara](/authors/mara-quillfeather/), a release: <a href="/kernel/releases/#v2.6.24">x</a>.',
  '',
  '[ref]: /topics/elf/',
].join('\n');

describe('findReferences', () => {
  it('finds components, reference links and site links outside code, with their lines', () => {
    const { references, malformed } = findReferences(BODY);
    expect(malformed).toEqual([]);
    expect(references.map((r) => [r.kind, r.id, r.line, r.written])).toEqual([
      ['item', '2008-03-27/predictive-elf-bitmaps', 1, '<Ref item="2008-03-27/predictive-elf-bitmaps">'],
      ['release', '2.6.25-rc7', 2, '<Ref release="2.6.25-rc7">'],
      ['topic', 'markers', 2, 'topic:markers'],
      ['edition', '2008-03-20', 3, 'edition:2008-03-20'],
      ['item', '2008-03-27/predictive-elf-bitmaps', 3, '/articles/2008-03-27/predictive-elf-bitmaps/#x'],
      ['author', 'mara-quillfeather', 9, '/authors/mara-quillfeather/'],
      ['release', '2.6.24', 9, '/kernel/releases/#v2.6.24'],
      ['topic', 'elf', 11, '/topics/elf/'],
    ]);
  });

  it('reports a <Ref> without exactly one target and a reference link without text', () => {
    const { malformed } = findReferences('<Ref />\n<Ref item="a/b" topic="c" />\n[](item:2008-03-27/x)');
    expect(malformed.map((m) => m.line)).toEqual([1, 2, 3]);
    expect(malformed[0].message).toMatch(/needs exactly one of item="…", edition="…", topic="…", release="…"/);
    expect(malformed[2].message).toMatch(/no text/);
  });
});

describe('link addresses', () => {
  it('maps each kind of reference to its URL', () => {
    expect(parseRefScheme('item:2008-03-27/x')).toEqual({ kind: 'item', id: '2008-03-27/x' });
    expect(parseRefScheme('mailto:x@example.org')).toBeUndefined();
    expect(
      ['item:2008-03-27/x', 'edition:2008-03-27', 'topic:elf', 'release:2.6.25'].map((h) =>
        refUrl(parseRefScheme(h)!.kind, parseRefScheme(h)!.id),
      ),
    ).toEqual(['/articles/2008-03-27/x/', '/editions/2008-03-27/', '/topics/elf/', '/kernel/releases/#v2.6.25']);
  });

  it('reads the target of site links and ignores the rest', () => {
    expect(targetOfPath('/editions/2008-03-27/kernel/')).toEqual({ kind: 'edition', id: '2008-03-27' });
    expect(targetOfPath('/articles/2008-03-27/x')).toEqual({ kind: 'item', id: '2008-03-27/x' });
    expect(targetOfPath('/articles/2008-03-27/x/?highlight=y#top')).toEqual({ kind: 'item', id: '2008-03-27/x' });
    expect(targetOfPath('/topics/markers?x=1')).toEqual({ kind: 'topic', id: 'markers' });
    for (const other of ['/editions/', '/kernel/releases/', '/quotes/', 'https://example.org/articles/a/b/', '#top'])
      expect(targetOfPath(other)).toBeUndefined();
  });
});

describe('referenceProblem', () => {
  const index: TargetIndex = {
    items: new Map<string, Availability>([
      ['2008-03-27/elf', true],
      ['2008-03-27/unfinished', 'a draft'],
      ['2008-04-03/ahead', 'scheduled for 2008-04-03'],
    ]),
    editions: new Map<string, Availability>([
      ['2008-03-27', true],
      ['2008-04-03', 'scheduled for 2008-04-03'],
    ]),
    topics: new Set(['elf']),
    releases: new Set(['2.6.25-rc7']),
    authors: new Set(['mara-quillfeather']),
  };
  const ref = (kind: 'item' | 'edition' | 'topic' | 'release' | 'author', id: string) => ({
    kind,
    id,
    line: 1,
    written: `${kind}:${id}`,
  });

  it('accepts what this build publishes', () => {
    for (const r of [
      ref('item', '2008-03-27/elf'),
      ref('edition', '2008-03-27'),
      ref('topic', 'elf'),
      ref('release', '2.6.25-rc7'),
      ref('author', 'mara-quillfeather'),
    ])
      expect(referenceProblem(r, index)).toBeUndefined();
  });

  it('names the reference and the id of something that does not exist', () => {
    expect(referenceProblem(ref('item', '2008-03-27/nope'), index)).toBe(
      'item:2008-03-27/nope points to an unknown item "2008-03-27/nope"; expected the id of an item, <edition date>/<slug> (its file is editions/<date>/<section>/<slug>.md[x])',
    );
    expect(referenceProblem(ref('release', '2.6.99'), index)).toMatch(
      /unknown release "2.6.99"; expected a version listed in releases.yaml$/,
    );
    expect(referenceProblem(ref('topic', 'nope'), index)).toMatch(/unknown topic "nope"/);
  });

  it('refuses a draft or scheduled target, saying why', () => {
    expect(referenceProblem(ref('item', '2008-03-27/unfinished'), index)).toBe(
      'item:2008-03-27/unfinished points to item "2008-03-27/unfinished", which is not published in this build (a draft); expected a published item',
    );
    expect(referenceProblem(ref('edition', '2008-04-03'), index)).toMatch(
      /not published in this build \(scheduled for 2008-04-03\)/,
    );
  });
});
