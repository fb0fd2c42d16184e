import { describe, expect, it } from 'vitest';
import { findKernelTokens, kernelTokens, searchQuery, tokenMeta } from '../../src/lib/search-tokens.ts';

const token = (text: string) => searchQuery(text);

describe('searchQuery', () => {
  it('finds an identifier however it is typed: any case, with or without () and leading underscores', () => {
    const forms = ['in_atomic', 'in_atomic()', 'IN_ATOMIC', 'In_Atomic()'].map(token);
    expect(new Set(forms)).toEqual(new Set(['ǂinǀatomicǂ']));
    expect(token('__GFP_NOFAIL')).toBe(token('gfp_nofail'));
    expect(token('CONFIG_PREEMPT')).toBe('ǂconfigǀpreemptǂ');
    expect(token('kmalloc()')).toBe('ǂkmallocǂ');
  });

  it('leaves plain words to Pagefind, so "atomic" still finds in_atomic() through its parts', () => {
    expect(token('atomic context')).toBe('atomic context');
    expect(token('kmalloc')).toBe('kmalloc');
  });

  it('turns paths, file names, versions, commit ids, subsystem prefixes and type names into single tokens', () => {
    expect(token('mm/vmscan.c')).toBe('ǂmmǀvmscanǀcǂ');
    expect(token('vmscan.c')).toBe('ǂvmscanǀcǂ');
    expect(token('2.6.25-rc7')).toBe('ǂ2ǀ6ǀ25ǀrc7ǂ');
    expect(token('v2.6.25')).toBe(token('2.6.25'));
    expect(token('6.1.y')).toBe('ǂ6ǀ1ǀyǂ');
    expect(token('1da177e4c3f41524db886')).toBe(token('1DA177E'));
    expect(token('sched: fix')).toBe('ǂschedǀǂ fix');
    expect(token('struct page')).toBe('ǂstructǀpageǂ');
  });

  it('keeps versions that differ apart (3.12 is not 3.1.2, 2.6.2 is not 2.6.25)', () => {
    expect(token('3.12')).not.toBe(token('3.1.2'));
    expect(token('2.6.2')).not.toBe(token('2.6.25'));
    expect(token('sched:')).not.toBe(token('sched()'));
  });

  it('keeps other words around the tokens, and drops symbols Pagefind never indexes', () => {
    expect(token('in_atomic() misuse in drivers')).toBe('ǂinǀatomicǂ misuse in drivers');
    expect(token('CONFIG_PREEMPT=y')).toBe('ǂconfigǀpreemptǂ y');
  });

  it('passes a quoted phrase unchanged to Pagefind phrase search', () => {
    expect(token('  "atomic context" ')).toBe('"atomic context"');
  });

  it('does not take URLs, plain numbers or words without a digit for tokens', () => {
    expect(findKernelTokens('see https://lkml.org/lkml/2008/3/25/140 today')).toEqual([]);
    expect(findKernelTokens('1234567 deadbeef ext4 x86')).toEqual([]);
  });
});

describe('kernelTokens (the index side)', () => {
  it('holds the same tokens the query side makes of the same words', () => {
    const text = 'Code calling in_atomic() with GFP_ATOMIC in mm/vmscan.c since 2.6.25-rc7 (struct page).';
    const indexed = kernelTokens(text);
    for (const typed of ['IN_ATOMIC', 'gfp_atomic', 'mm/vmscan.c', 'vmscan.c', '2.6.25-rc7', 'struct page'])
      expect(indexed).toContain(token(typed));
  });

  it('takes a subsystem prefix only where a patch title starts, not at the end of a sentence', () => {
    expect(kernelTokens('"sched: fix the load balancer" went in')).toContain('ǂschedǀǂ');
    expect(kernelTokens('it works as follows: first')).toEqual(new Set());
  });

  it('adds the type name of a struct and the file name of a path as tokens of their own', () => {
    expect(kernelTokens('struct frob_dev *dev')).toEqual(new Set(['ǂstructǀfrobǀdevǂ', 'ǂfrobǀdevǂ']));
    expect(kernelTokens('include/linux/gfp.h')).toEqual(new Set(['ǂincludeǀlinuxǀgfpǀhǂ', 'ǂgfpǀhǂ']));
  });
});

describe('tokenMeta', () => {
  it('puts each token once, in the first of title, summary, prose and code where it occurs', () => {
    expect(
      tokenMeta({
        title: 'Misuse of in_atomic()',
        summary: 'Use GFP_KERNEL',
        prose: 'in_atomic() and GFP_KERNEL',
        code: 'x = GFP_KERNEL | __GFP_NOFAIL;',
      }),
    ).toEqual({ kt_title: 'ǂinǀatomicǂ', kt_summary: 'ǂgfpǀkernelǂ', kt_code: 'ǂgfpǀnofailǂ' });
    expect(tokenMeta({ title: 'Plain words', summary: '', prose: 'only words', code: '' })).toEqual({});
  });
});
