import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { PATCH_CATEGORIES, type patchSchema } from '../schemas/patch.ts';
import { addDays } from './dates.ts';
import type { MailMessage } from './mbox.ts';

/**
 * `npm run import:patches`: which messages of a mailbox become entries of an edition's patches.yaml, under
 * which category, and how they are appended to the file. Pure: the command reads and writes the files.
 */

export type PatchCategory = (typeof PATCH_CATEGORIES)[number];
export type PatchEntry = z.output<typeof patchSchema>;

/**
 * The category of a patch: by the files it touches (the longest matching path prefix wins, then the
 * category most files fall in), else by the prefix of its subject (`mm:`, `x86/kvm:`), else Miscellaneous.
 * The one table of both: add a row or a word here, and the tests say what it changes.
 */
export const CATEGORY_RULES: readonly { category: PatchCategory; paths: string[]; subjects: string[] }[] = [
  {
    category: 'Virtualization and containers',
    paths: [
      'virt/',
      'arch/x86/kvm/',
      'arch/arm64/kvm/',
      'arch/powerpc/kvm/',
      'arch/s390/kvm/',
      'drivers/virtio/',
      'drivers/vhost/',
      'drivers/xen/',
      'kernel/cgroup/',
    ],
    subjects: ['kvm', 'virtio', 'vhost', 'xen', 'cgroup', 'cgroups', 'namespaces'],
  },
  {
    category: 'Architecture-specific',
    paths: ['arch/'],
    subjects: [
      'x86',
      'arm',
      'arm64',
      'powerpc',
      'ppc',
      'mips',
      's390',
      'sparc',
      'riscv',
      'ia64',
      'parisc',
      'alpha',
      'm68k',
      'sh',
      'loongarch',
    ],
  },
  {
    category: 'Core kernel code',
    paths: ['kernel/', 'init/', 'ipc/', 'lib/'],
    subjects: [
      'sched',
      'locking',
      'rcu',
      'timers',
      'hrtimer',
      'irq',
      'genirq',
      'printk',
      'workqueue',
      'futex',
      'signal',
      'kernel',
      'tracing',
      'markers',
    ],
  },
  {
    category: 'Development tools',
    paths: ['tools/', 'scripts/'],
    subjects: ['perf', 'checkpatch', 'kbuild', 'kconfig', 'selftests', 'scripts', 'tools'],
  },
  {
    category: 'Device drivers',
    paths: ['drivers/', 'sound/'],
    subjects: [
      'drivers',
      'drm',
      'usb',
      'i2c',
      'spi',
      'gpio',
      'input',
      'alsa',
      'asoc',
      'pci',
      'scsi',
      'ata',
      'libata',
      'mmc',
      'hid',
      'staging',
    ],
  },
  { category: 'Documentation', paths: ['Documentation/'], subjects: ['doc', 'docs', 'documentation'] },
  {
    category: 'Filesystems and block I/O',
    paths: ['fs/', 'block/'],
    subjects: [
      'fs',
      'vfs',
      'block',
      'ext2',
      'ext3',
      'ext4',
      'btrfs',
      'xfs',
      'nfs',
      'nfsd',
      'nilfs2',
      'fuse',
      'jbd2',
      'cifs',
      'io_uring',
    ],
  },
  {
    category: 'Memory management',
    paths: ['mm/'],
    subjects: ['mm', 'slab', 'slub', 'vmscan', 'hugetlb', 'memcg', 'swap'],
  },
  {
    category: 'Networking',
    paths: ['net/'],
    subjects: ['net', 'tcp', 'udp', 'ipv4', 'ipv6', 'netfilter', 'sctp', 'bridge', 'wireless', 'mac80211'],
  },
  {
    category: 'Security-related',
    paths: ['security/', 'crypto/'],
    subjects: ['security', 'selinux', 'apparmor', 'smack', 'tomoyo', 'ima', 'lsm', 'keys', 'crypto'],
  },
];

/** How a category was chosen; `fallback` means nothing matched and the editor should look. */
export interface CategoryChoice {
  category: PatchCategory;
  by: 'files' | 'subject' | 'fallback';
}

/** The category of a patch from the files it touches and its title (see CATEGORY_RULES). */
export function categoryOf(paths: Iterable<string>, title: string): CategoryChoice {
  const counts = new Map<PatchCategory, number>();
  for (const path of paths) {
    let best: { category: PatchCategory; length: number } | undefined;
    for (const rule of CATEGORY_RULES)
      for (const prefix of rule.paths)
        if (path.startsWith(prefix) && prefix.length > (best?.length ?? 0))
          best = { category: rule.category, length: prefix.length };
    if (best) counts.set(best.category, (counts.get(best.category) ?? 0) + 1);
  }
  if (counts.size > 0) {
    const most = Math.max(...counts.values());
    return { category: PATCH_CATEGORIES.find((c) => counts.get(c) === most)!, by: 'files' };
  }
  // "x86/kvm: fix" → x86, kvm; the more specific word (later) wins.
  const words = (/^([^\s:]+):/.exec(title)?.[1] ?? '').toLowerCase().split(/[/,]/).reverse();
  for (const word of words) {
    const rule = CATEGORY_RULES.find((r) => r.subjects.includes(word));
    if (rule) return { category: rule.category, by: 'subject' };
  }
  return { category: 'Miscellaneous', by: 'fallback' };
}

/** The files a message's patch touches: `diff --git` lines and diffstat lines. */
export function touchedPaths(text: string): Set<string> {
  const paths = new Set<string>();
  for (const line of text.split('\n')) {
    const diff = /^diff --git a\/(\S+) b\/(\S+)/.exec(line);
    if (diff) paths.add(diff[2]);
    const stat = /^ (\S+) +\| +(?:\d+ *[+-]*|Bin .*)$/.exec(line.trimEnd());
    if (stat && !stat[1].startsWith('...')) paths.add(stat[1]);
  }
  return paths;
}

/** What the tags and subject of a message say. */
export interface Subject {
  /** The subject without `Re:`, `[PATCH v2 3/7]`, `[RFC]`, list tags and the like. */
  title: string;
  reply: boolean;
  /** True when a tag says PATCH or RFC. */
  patch: boolean;
  version: number;
  /** The place in a series (0 for a cover letter); undefined for a single patch. */
  index?: number;
  total?: number;
}

/** Reads a subject such as `[linux-mm] Re: [RFC PATCH net-next v2 0/7] mm: …`. */
export function parseSubject(subject: string): Subject {
  const result: Subject = { title: '', reply: false, patch: false, version: 1 };
  let rest = subject.replace(/\s+/g, ' ').trim();
  for (;;) {
    const tag = /^\[([^\]]*)\]\s*/.exec(rest);
    const reply = /^(?:re|aw|sv|fwd?)\s*:\s*/i.exec(rest);
    if (reply) {
      result.reply = true;
      rest = rest.slice(reply[0].length);
    } else if (tag) {
      for (const word of tag[1].split(/\s+/)) {
        if (/^(?:patch|rfc)$/i.test(word)) result.patch = true;
        const version = /^v(\d+)$/i.exec(word);
        if (version) result.version = Number(version[1]);
        const place = /^(\d+)\/(\d+)$/.exec(word);
        if (place) [result.index, result.total] = [Number(place[1]), Number(place[2])];
      }
      rest = rest.slice(tag[0].length);
    } else break;
  }
  result.title = rest;
  return result;
}

/** A message that was not made an entry, and why. */
export interface Skipped {
  subject: string;
  reason: string;
}

/** What an import adds and leaves out, and what the editor should look at. */
export interface ImportResult {
  added: PatchEntry[];
  skipped: Skipped[];
  /** Entries to look at: dated outside the week (a `note:` placeholder was added), category not found. */
  warnings: string[];
}

interface Candidate {
  message: MailMessage & { messageId: string };
  subject: Subject;
  paths: Set<string>;
}

/**
 * The public-inbox address of a message: the archive base and the Message-ID, escaped as public-inbox
 * escapes it (its unreserved characters and `@` kept).
 */
export function messageUrl(base: string, messageId: string): string {
  return `${base}${[...messageId].map((c) => (/[A-Za-z0-9\-._~!$&'()*+,;=:@]/.test(c) ? c : encodeURIComponent(c))).join('')}`;
}

/**
 * The entries an mbox adds to an edition's patch list:
 * - replies, messages that are not patches and repeated Message-IDs are skipped;
 * - a series is one entry: its cover letter (`0/N`), or its first patch; its other patches add their files;
 * - of two versions of a series (same sender and title), the newer replaces the older;
 * - an entry whose URL is already in the list is not added again;
 * - an entry dated outside the edition's week (Friday to Thursday) gets a `note:` placeholder.
 */
export function selectPatches(
  messages: readonly MailMessage[],
  options: { edition: string; existingUrls: ReadonlySet<string>; archiveBase: string },
): ImportResult {
  const skipped: Skipped[] = [];
  const warnings: string[] = [];
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  for (const message of messages) {
    const subject = parseSubject(message.subject);
    const { messageId } = message;
    const skip = (reason: string) => skipped.push({ subject: message.subject, reason });
    if (!messageId) skip('no Message-ID header, so no link can be made');
    else if (seen.has(messageId)) skip('the same Message-ID as an earlier message (a duplicate)');
    else if (subject.reply) skip('a reply');
    else {
      seen.add(messageId);
      const paths = touchedPaths(message.text);
      if (!subject.patch && paths.size === 0) skip('not a patch (no [PATCH] tag, no diff)');
      else candidates.push({ message: { ...message, messageId }, subject, paths });
    }
  }

  // Each patch of a series joins its cover letter (the one it answers, else the sender's 0/N of that
  // version), else the series' first patch.
  const byId = new Map(candidates.map((c) => [c.message.messageId, c]));
  const sameSeries = (a: Candidate, b: Candidate) =>
    a.message.fromAddress === b.message.fromAddress &&
    a.subject.version === b.subject.version &&
    a.subject.total === b.subject.total;
  const leaderOf = (c: Candidate): Candidate => {
    const { index, total } = c.subject;
    if (index === undefined || index === 0 || total === undefined || total <= 1) return c;
    const answered = c.message.replyTo
      .map((id) => byId.get(id))
      .find((p) => p?.subject.index === 0 && sameSeries(p, c));
    return (
      answered ??
      candidates.find((p) => p.subject.index === 0 && sameSeries(p, c)) ??
      candidates.find((p) => p.subject.index === 1 && sameSeries(p, c)) ??
      c
    );
  };
  const series = new Map<Candidate, Candidate[]>();
  for (const c of candidates) {
    const leader = leaderOf(c);
    series.set(leader, [...(series.get(leader) ?? []), c]);
  }

  // Versions: the newest of each sender and title stays.
  const newest = new Map<string, Candidate>();
  const versionKey = (c: Candidate) => `${c.message.fromAddress.toLowerCase()}\n${c.subject.title.toLowerCase()}`;
  for (const leader of series.keys()) {
    const other = newest.get(versionKey(leader));
    if (!other || leader.subject.version > other.subject.version) newest.set(versionKey(leader), leader);
  }

  const added: PatchEntry[] = [];
  for (const [leader, members] of series) {
    const { message, subject } = leader;
    for (const member of members)
      if (member !== leader)
        skipped.push({ subject: member.message.subject, reason: `part of the series "${subject.title}"` });
    const kept = newest.get(versionKey(leader))!;
    if (kept !== leader) {
      skipped.push({
        subject: message.subject,
        reason: `replaced by v${kept.subject.version} of the series in this import`,
      });
      continue;
    }
    const url = messageUrl(options.archiveBase, message.messageId);
    if (options.existingUrls.has(url)) {
      skipped.push({ subject: message.subject, reason: 'already in patches.yaml' });
      continue;
    }
    if (!message.date || Number.isNaN(message.date.getTime())) {
      skipped.push({ subject: message.subject, reason: 'no readable Date: header' });
      continue;
    }
    const date = message.date.toISOString().slice(0, 10);
    const choice = categoryOf(new Set(members.flatMap((m) => [...m.paths])), subject.title);
    const entry: PatchEntry = {
      category: choice.category,
      author: message.fromName || message.fromAddress,
      title: subject.title,
      date,
      url,
    };
    const first = addDays(options.edition, -6);
    if (date < first || date > options.edition) {
      entry.note = `Posted ${date}, outside this edition's week: say why it belongs here.`;
      warnings.push(
        `"${subject.title}": dated ${date}, outside the edition's week (${first} to ${options.edition}); a note: placeholder was added: say why it belongs, or remove the entry`,
      );
    }
    if (choice.by === 'fallback')
      warnings.push(`"${subject.title}": no category matches its files or subject prefix; filed under Miscellaneous`);
    added.push(entry);
  }
  return { added, skipped, warnings };
}

/** One entry in the style of the sample patch lists: fields in schema order, titles always quoted. */
export function formatEntry(entry: PatchEntry): string {
  const scalar = (value: string) =>
    yaml.dump(value, { lineWidth: -1, schema: yaml.CORE_SCHEMA, quotingType: '"' }).trimEnd();
  const lines = [
    `- category: ${entry.category}`,
    `  author: ${scalar(entry.author)}`,
    `  title: ${JSON.stringify(entry.title)}`,
    `  date: ${entry.date}`,
    `  url: ${scalar(entry.url)}`,
    ...(entry.note ? [`  note: ${scalar(entry.note)}`] : []),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * Appends entries to the text of a patches.yaml without touching what is there (comments included). A file
 * that holds the empty list `[]` (as `npm run new:edition` writes it) has that line replaced. Throws for a
 * file that is neither empty nor a block list, which cannot be appended to.
 */
export function appendEntries(text: string, entries: readonly PatchEntry[]): string {
  const block = entries.map(formatEntry).join('');
  const data = yaml.load(text, { schema: yaml.CORE_SCHEMA });
  const emptyList = /^\[\][ \t]*(?:#.*)?$/m;
  if (Array.isArray(data) && data.length === 0 && emptyList.test(text)) return text.replace(emptyList, block.trimEnd());
  if (data === undefined || data === null || (Array.isArray(data) && /^- /m.test(text)))
    return `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${block}`;
  throw new Error('patches.yaml is not a list of "- " entries; expected a block list to append to');
}

/** The URLs already in a patch list, so an import never adds an entry twice. */
export function existingUrls(text: string): Set<string> {
  const data = yaml.load(text, { schema: yaml.CORE_SCHEMA });
  return new Set(Array.isArray(data) ? data.map((e: { url?: unknown }) => String(e?.url)) : []);
}
