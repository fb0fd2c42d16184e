import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { readMbox, type MailMessage } from '../../src/lib/mbox.ts';
import {
  appendEntries,
  categoryOf,
  existingUrls,
  formatEntry,
  messageUrl,
  parseSubject,
  selectPatches,
  touchedPaths,
  type ImportResult,
  type PatchEntry,
} from '../../src/lib/patch-import.ts';
import { patchSchema } from '../../src/schemas/index.ts';
import { editionFiles } from '../../src/lib/scaffold.ts';

const BASE = 'https://lore.kernel.org/r/';
/** YAML as the importer and the check read it: dates stay text. */
const load = (text: string) => yaml.load(text, { schema: yaml.CORE_SCHEMA });
const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/mbox', name));

describe('parseSubject', () => {
  it('strips patch tags, list tags and reads version and place', () => {
    expect(parseSubject('[PATCH v2 3/7] mm: fix it')).toEqual({
      title: 'mm: fix it',
      reply: false,
      patch: true,
      version: 2,
      index: 3,
      total: 7,
    });
    expect(parseSubject('[linux-mm] [RFC PATCH net-next v3 00/12]  tcp:  go faster')).toMatchObject({
      title: 'tcp: go faster',
      patch: true,
      version: 3,
      index: 0,
      total: 12,
    });
    expect(parseSubject('[PATCH RESEND] x86: one')).toEqual({
      title: 'x86: one',
      reply: false,
      patch: true,
      version: 1,
    });
  });

  it('knows replies, also behind a list tag', () => {
    expect(parseSubject('Re: [PATCH 1/2] mm: x').reply).toBe(true);
    expect(parseSubject('[linux-mm] RE: [PATCH] mm: x').reply).toBe(true);
    expect(parseSubject('[PATCH] mm: reply handling').reply).toBe(false);
  });

  it('says when a message is no patch', () => {
    expect(parseSubject('Meeting notes').patch).toBe(false);
  });
});

describe('touchedPaths', () => {
  it('reads diff --git lines and diffstat lines, not the summary line', () => {
    const text = [
      ' mm/vmscan.c          | 40 ++++++++++------',
      ' fs/ext4/inode.c      |  2 +-',
      ' firmware/blob.bin    | Bin 0 -> 12 bytes',
      ' 3 files changed, 30 insertions(+), 12 deletions(-)',
      'diff --git a/net/ipv4/tcp.c b/net/ipv4/tcp.c',
    ].join('\n');
    expect([...touchedPaths(text)]).toEqual(['mm/vmscan.c', 'fs/ext4/inode.c', 'firmware/blob.bin', 'net/ipv4/tcp.c']);
  });
});

describe('categoryOf (the one table)', () => {
  it.each([
    ['mm/vmscan.c', 'Memory management'],
    ['fs/ext4/inode.c', 'Filesystems and block I/O'],
    ['block/blk-core.c', 'Filesystems and block I/O'],
    ['net/ipv4/tcp.c', 'Networking'],
    ['drivers/usb/core/hub.c', 'Device drivers'],
    ['arch/x86/kernel/signal_32.c', 'Architecture-specific'],
    ['kernel/sched/core.c', 'Core kernel code'],
    ['Documentation/vm/lazy.txt', 'Documentation'],
    ['security/selinux/hooks.c', 'Security-related'],
    ['virt/kvm/kvm_main.c', 'Virtualization and containers'],
    // The longest prefix wins: KVM under arch/ is virtualization, not architecture code.
    ['arch/x86/kvm/x86.c', 'Virtualization and containers'],
    ['tools/perf/builtin-top.c', 'Development tools'],
    ['scripts/checkpatch.pl', 'Development tools'],
  ])('files %s under %s', (path, category) => {
    expect(categoryOf([path], 'anything')).toEqual({ category, by: 'files' });
  });

  it('takes the category most files fall in, ties in the fixed order', () => {
    expect(categoryOf(['mm/a.c', 'mm/b.c', 'Documentation/x.txt'], '').category).toBe('Memory management');
    expect(categoryOf(['mm/a.c', 'fs/b.c'], '').category).toBe('Filesystems and block I/O');
  });

  it('falls back to the subject prefix, the more specific word first', () => {
    expect(categoryOf(['include/linux/sched.h'], 'sched: comment it')).toEqual({
      category: 'Core kernel code',
      by: 'subject',
    });
    expect(categoryOf([], 'x86/kvm: fix it').category).toBe('Virtualization and containers');
    expect(categoryOf([], 'X86: fix it').category).toBe('Architecture-specific');
  });

  it('falls back to Miscellaneous when nothing matches', () => {
    expect(categoryOf(['include/linux/frob.h'], 'frobnicator: x')).toEqual({
      category: 'Miscellaneous',
      by: 'fallback',
    });
    expect(categoryOf([], 'no prefix at all')).toEqual({ category: 'Miscellaneous', by: 'fallback' });
  });
});

describe('messageUrl', () => {
  it('escapes a Message-ID as public-inbox does', () => {
    expect(messageUrl(BASE, 'cover.1.zh@example.org')).toBe('https://lore.kernel.org/r/cover.1.zh@example.org');
    expect(messageUrl(BASE, 'a/b c%d@x')).toBe('https://lore.kernel.org/r/a%2Fb%20c%25d@x');
  });
});

describe('selectPatches on the fixture mailbox', () => {
  let messages: MailMessage[];
  let result: ImportResult;
  const reasonOf = (subject: string) => result.skipped.filter((s) => s.subject === subject).map((s) => s.reason);

  beforeAll(async () => {
    messages = await readMbox(fixture('week.mbox'));
    result = selectPatches(messages, { edition: '2009-06-18', existingUrls: new Set(), archiveBase: BASE });
  });

  it('makes a series with a cover letter one entry, from the cover letter, with the files of the series', () => {
    expect(result.added[0]).toEqual({
      category: 'Memory management',
      author: 'Zoë Hartwell',
      title: 'mm: reclaim clean file pages lazily',
      date: '2009-06-15',
      url: 'https://lore.kernel.org/r/cover-lazy-reclaim.zh@example.org',
    });
    for (const n of [1, 2, 3])
      expect(reasonOf(messages[n].subject)).toEqual(['part of the series "mm: reclaim clean file pages lazily"']);
  });

  it('skips replies and a repeated Message-ID', () => {
    expect(reasonOf('Re: [PATCH 2/3] mm: reclaim clean file pages lazily')).toEqual(['a reply']);
    expect(reasonOf('[PATCH 0/3] mm: reclaim clean file pages lazily')).toEqual([
      'the same Message-ID as an earlier message (a duplicate)',
    ]);
    expect(reasonOf('Sample meeting notes for the week')).toEqual(['not a patch (no [PATCH] tag, no diff)']);
  });

  it('keeps the newer version of a series without a cover letter, from its first patch', () => {
    const tcp = result.added.filter((e) => e.title.startsWith('tcp:'));
    expect(tcp).toEqual([
      {
        category: 'Networking',
        author: 'Radomir Pell',
        title: 'tcp: make the delayed ACK timeout tunable',
        date: '2009-06-17',
        url: 'https://lore.kernel.org/r/tcpv2-1-delack.rp@example.org',
      },
    ]);
    expect(reasonOf('[PATCH net-next 1/2] tcp: make the delayed ACK timeout tunable')).toEqual([
      'replaced by v2 of the series in this import',
    ]);
  });

  it('strips list tags, files by subject prefix, falls back to Miscellaneous and says so', () => {
    expect(result.added.map((e) => [e.title, e.category])).toEqual([
      ['mm: reclaim clean file pages lazily', 'Memory management'],
      ['tcp: make the delayed ACK timeout tunable', 'Networking'],
      ['frobnicator: drop an unused helper', 'Miscellaneous'],
      ['sched: comment the wakeup granularity', 'Core kernel code'],
      ['Documentation: describe the frob sysfs files', 'Documentation'],
    ]);
    expect(result.warnings).toContain(
      '"frobnicator: drop an unused helper": no category matches its files or subject prefix; filed under Miscellaneous',
    );
  });

  it('adds a note placeholder to an entry dated outside the week, and reports it', () => {
    const old = result.added.find((e) => e.date === '2009-06-02')!;
    expect(old.note).toBe("Posted 2009-06-02, outside this edition's week: say why it belongs here.");
    expect(result.added.filter((e) => e.note)).toHaveLength(1);
    expect(
      result.warnings.some((w) =>
        w.includes("dated 2009-06-02, outside the edition's week (2009-06-12 to 2009-06-18)"),
      ),
    ).toBe(true);
  });

  it('does not add an entry whose URL is already in the list', () => {
    const again = selectPatches(messages, {
      edition: '2009-06-18',
      existingUrls: new Set(result.added.map((e) => e.url)),
      archiveBase: BASE,
    });
    expect(again.added).toEqual([]);
    expect(again.skipped.filter((s) => s.reason === 'already in patches.yaml')).toHaveLength(5);
  });

  it('writes entries the schema accepts', () => {
    for (const entry of result.added) expect(patchSchema.parse(entry)).toEqual(entry);
  });
});

describe('appendEntries', () => {
  const entries: PatchEntry[] = [
    {
      category: 'Networking',
      author: "Zoë O'Hart",
      title: 'tcp: "quoted" # not a comment',
      date: '2009-06-17',
      url: `${BASE}a@b`,
    },
    {
      category: 'Documentation',
      author: 'A: B',
      title: 'docs: x',
      date: '2009-06-02',
      url: `${BASE}c@d`,
      note: 'Why: here.',
    },
  ];

  it('replaces the empty list of a new edition and keeps its comments', () => {
    const fresh = editionFiles('2009-06-18', {}).find((f) => f.path.endsWith('patches.yaml'))!.text;
    const text = appendEntries(fresh, entries);
    expect(text.startsWith(fresh.replace('[]\n', ''))).toBe(true);
    expect(load(text)).toEqual(entries);
  });

  it('appends below existing entries without rewriting them', () => {
    const existing =
      '# the editor\'s comment\n- category: Kernel trees\n  author: X\n  title: "t"   # kept\n  date: 2009-06-16\n  url: https://x.example/1\n';
    const text = appendEntries(existing, entries);
    expect(text.startsWith(existing)).toBe(true);
    expect((load(text) as unknown[]).slice(1)).toEqual(entries);
    expect(existingUrls(text)).toEqual(new Set(['https://x.example/1', `${BASE}a@b`, `${BASE}c@d`]));
  });

  it('starts an empty or missing file, and refuses a flow list it cannot append to', () => {
    expect(load(appendEntries('', entries))).toEqual(entries);
    expect(load(appendEntries('# only a comment', entries))).toEqual(entries);
    expect(() => appendEntries('[{category: x}]\n', entries)).toThrow('not a list of "- " entries');
  });

  it('writes one field a line in the style of the sample lists', () => {
    expect(formatEntry(entries[1])).toBe(
      '- category: Documentation\n  author: "A: B"\n  title: "docs: x"\n  date: 2009-06-02\n  url: https://lore.kernel.org/r/c@d\n  note: "Why: here."\n',
    );
  });
});
