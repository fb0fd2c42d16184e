/**
 * `npm run bench:generate -- --editions N [--seed S] [--out DIR]`
 *
 * Writes a synthetic but realistic archive in the layout of `content/` (see docs/content-model.md): weekly
 * editions from January 1998 on, each with a kernel page (release status, quotes, 4-8 features with code
 * blocks, a 20-40 entry patch list) and items in the other sections, about 20 items an edition. Prose comes
 * from a Zipf-distributed vocabulary of 30,000 generated words plus kernel terms, so a search index over it
 * behaves like one over real text. Authors and topics are skewed the same way. The same seed always writes
 * the same archive, and edition k is the same whatever N is, so `--editions N+1` over a generated N adds
 * exactly one edition (the weekly case of the benchmark).
 */
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PATCH_CATEGORIES } from '../src/schemas/patch.ts';
import { TEXT_LIMITS } from '../src/schemas/common.ts';
import { addDays } from '../src/lib/dates.ts';

/** Mulberry32: a small, fast, seedable PRNG. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  /** An index in [0, n) drawn with Zipf-like skew: index 0 is the most frequent. */
  const zipf = (n: number, s = 1.1) => Math.min(n - 1, Math.floor(n ** (next() ** s) - 1));
  return { next, int, pick, zipf };
}
type Rng = ReturnType<typeof rng>;

const SYLLABLES =
  'ba be bi bo bu ca ce ci co cu da de di do du fa fe fi fo ga ge gi go ha he hi ka ke ki ko la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo za ze zi str tra pre con dis ex ment tion able ing er ous ate'.split(
    ' ',
  );
const KERNEL_TERMS =
  'kernel patch scheduler spinlock mutex rcu interrupt driver module tracepoint filesystem ext4 btrfs xfs memory page cache allocator slab vmalloc kmalloc gfp preemption latency realtime namespace cgroup container virtualization kvm xen network socket netfilter tcp udp ipv6 security selinux apparmor capability syscall ioctl sysfs procfs debugfs tracing ftrace perf ebpf bpf firmware acpi usb pci nvme block request queue writeback readahead hugepage numa swap oom lockdep sparse bisect regression stable mainline merge window maintainer subsystem reviewer signoff git tree release candidate'.split(
    ' ',
  );

/** A vocabulary of generated words, most frequent first, with kernel terms spread through its head. */
export function vocabulary(r: Rng, size = 30_000): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const n = r.int(1, 4);
    let w = '';
    for (let i = 0; i < n; i++) w += r.pick(SYLLABLES);
    words.add(w);
  }
  const list = [...words];
  KERNEL_TERMS.forEach((term, i) => list.splice(5 + i * 7, 0, term));
  return list;
}

const CODE: Record<string, string[]> = {
  c: [
    'static int sample_probe(struct device *dev, gfp_t gfp)\n{\n\tvoid *buf = kmalloc(PAGE_SIZE, gfp);\n\n\tif (!buf)\n\t\treturn -ENOMEM;\n\tdev_set_drvdata(dev, buf);\n\treturn 0;\n}',
    'spin_lock_irqsave(&queue->lock, flags);\nlist_add_tail(&req->list, &queue->pending);\nspin_unlock_irqrestore(&queue->lock, flags);',
  ],
  diff: [
    '--- a/mm/sample.c\n+++ b/mm/sample.c\n@@ -10,7 +10,7 @@\n-\tptr = kmalloc(size, GFP_KERNEL);\n+\tptr = kmalloc(size, gfp);\n \tif (!ptr)\n \t\treturn NULL;',
  ],
  sh: ['git log --oneline v2.6.24..v2.6.25 -- mm/ | wc -l\nmake -j"$(nproc)" bzImage modules'],
  rust: [
    'fn checked_len(buf: &[u8]) -> Result<usize, Error> {\n    buf.len().checked_sub(HEADER).ok_or(Error::EINVAL)\n}',
  ],
};

/**
 * Kernel tokens of the generated text, built from word lists so they read like the kernel's: identifiers
 * (`sched_wake_entry()`), `__`-prefixed helpers, `CONFIG_` symbols, source paths, `struct` types and subsystem
 * prefixes. Prose mentions them with the same Zipf skew as words; feature articles are about one of them.
 */
const KERNEL_PREFIXES =
  'sched mm kmem page irq rcu vfs blk net bpf folio dma pci usb tty ext4 xfs btrfs cgroup perf'.split(' ');
const KERNEL_VERBS = 'alloc free lock unlock init exit wake flush map unmap queue submit reclaim charge attach'.split(
  ' ',
);
const KERNEL_OBJECTS = 'page entry node buffer work slot desc ctx range state'.split(' ');
const SOURCE_DIRS = ['mm', 'kernel', 'fs', 'net/core', 'drivers/base', 'block', 'lib', 'arch/x86/mm'];

const kernelVocabulary = (() => {
  const list: string[] = [];
  for (const o of KERNEL_OBJECTS)
    for (const p of KERNEL_PREFIXES) {
      for (const v of KERNEL_VERBS) list.push(`${p}_${o}_${v}()`);
      list.push(`struct ${p}_${o}`, `CONFIG_${p.toUpperCase()}_${o.toUpperCase()}`);
      list.push(`${SOURCE_DIRS[(p.length + o.length) % SOURCE_DIRS.length]}/${p}_${o}.c`);
    }
  for (const p of KERNEL_PREFIXES) for (const v of KERNEL_VERBS) list.push(`__${p}_${v}`);
  return list;
})();

/** A kernel token as prose writes it: identifiers, paths and types as inline code. */
const kernelTerm = (r: Rng) => `\`${kernelVocabulary[r.zipf(kernelVocabulary.length)]}\``;

/** The subject of a feature: a token few other items are about, and the title that names it. */
function featureSubject(r: Rng, words: string[]): { token: string; title: string } {
  const token = kernelVocabulary[r.int(0, kernelVocabulary.length - 1)];
  const topic = sentence(r, words, r.int(2, 4)).slice(0, -1).toLowerCase();
  const prefix = r.pick(KERNEL_PREFIXES);
  const titles = [
    `Reworking ${token}`,
    `The trouble with ${token}`,
    `${prefix}: ${topic} in ${token}`,
    `A closer look at ${token}`,
  ];
  return { token, title: r.pick(titles) };
}

/** A code block that uses the item's subject and a few other kernel tokens. */
function subjectCode(r: Rng, subject: string): string {
  const call = (t: string) =>
    t.endsWith('()') ? t.slice(0, -2) : `${r.pick(KERNEL_PREFIXES)}_${r.pick(KERNEL_VERBS)}`;
  const type = kernelVocabulary.filter((t) => t.startsWith('struct '))[r.zipf(400)];
  const symbol = `CONFIG_${r.pick(KERNEL_PREFIXES).toUpperCase()}_${r.pick(KERNEL_OBJECTS).toUpperCase()}`;
  return [
    `static int ${call(subject)}(${type} *obj, gfp_t gfp)`,
    '{',
    `\tif (!IS_ENABLED(${symbol}))`,
    '\t\treturn -EOPNOTSUPP;',
    `\treturn ${call(kernelVocabulary[r.zipf(kernelVocabulary.length)])}(obj, gfp);`,
    '}',
  ].join('\n');
}

interface Cast {
  authors: { id: string; name: string; guest: boolean }[];
  topics: { id: string; name: string; parent?: string }[];
}

function cast(r: Rng, words: string[]): Cast {
  const cap = (w: string) => w[0].toUpperCase() + w.slice(1);
  const authors = Array.from({ length: 60 }, (_, i) => {
    const name = `${cap(words[200 + i * 3])} ${cap(words[900 + i * 5])}`;
    return { id: `author-${i + 1}`, name, guest: i % 9 === 8 };
  });
  const topics: Cast['topics'] = [];
  for (let i = 0; i < 150; i++) {
    const parent = i >= 30 ? `topic-${r.int(1, 30)}` : undefined;
    topics.push({ id: `topic-${i + 1}`, name: cap(words[40 + i]), ...(parent ? { parent } : {}) });
  }
  return { authors, topics };
}

function sentence(r: Rng, words: string[], length: number, kernel = false): string {
  const out: string[] = [];
  for (let i = 0; i < length; i++) out.push(kernel && r.next() < 0.02 ? kernelTerm(r) : words[r.zipf(words.length)]);
  out[0] = out[0][0].toUpperCase() + out[0].slice(1);
  return `${out.join(' ')}.`;
}

/** A summary: the sentence cut at a word, so that with what follows it the text stays within the schema's limit. */
function summaryOf(text: string, after = ''): string {
  const words = text.slice(0, -1).split(' ');
  while (words.length > 1 && `${words.join(' ')}.${after}`.length > TEXT_LIMITS.summary) words.pop();
  return `${words.join(' ')}.${after}`;
}

function prose(r: Rng, words: string[], wordCount: number, withCode: boolean, subject?: string): string {
  const parts: string[] = [];
  let written = 0;
  let paragraphs = 0;
  while (written < wordCount) {
    const sentences: string[] = [];
    const target = r.int(50, 140);
    for (let n = 0; n < target;) {
      const len = r.int(8, 24);
      sentences.push(sentence(r, words, len, withCode));
      n += len;
    }
    // An article about a subject names it in most paragraphs.
    if (subject && r.next() < 0.7) sentences.splice(r.int(0, sentences.length), 0, `This concerns \`${subject}\`.`);
    const text = sentences.join(' ');
    written += target;
    parts.push(text);
    paragraphs++;
    if (withCode && paragraphs % 4 === 2) {
      const lang = r.pick(Object.keys(CODE));
      const code = subject && paragraphs === 2 ? subjectCode(r, subject) : r.pick(CODE[lang]);
      parts.push(`\`\`\`${subject && paragraphs === 2 ? 'c' : lang}\n${code}\n\`\`\``);
    }
    if (withCode && paragraphs % 6 === 0) parts.push(`## ${sentence(r, words, r.int(2, 5)).slice(0, -1)}`);
  }
  return parts.join('\n\n');
}

const yamlString = (s: string) => JSON.stringify(s);

/** Kernel releases over the archive's span: a mainline every ten weeks, weekly rcs, stable updates. */
function releases(start: string, editions: number) {
  const list: { version: string; date: string; kind: string }[] = [];
  const majors: string[] = [];
  for (let m = 0; m <= 39; m++) majors.push(`2.6.${m}`);
  for (let m = 0; m <= 19; m++) majors.push(`3.${m}`);
  for (let m = 0; m <= 20; m++) majors.push(`4.${m}`);
  for (let m = 0; m <= 19; m++) majors.push(`5.${m}`);
  for (let m = 0; m <= 30; m++) majors.push(`6.${m}`);
  const end = addDays(start, editions * 7 + 7);
  let date = addDays(start, -5);
  for (const version of majors) {
    if (date > end) break;
    for (let rc = 1; rc <= 7; rc++)
      list.push({ version: `${version}-rc${rc}`, date: addDays(date, rc * 7 - 70), kind: 'mainline-rc' });
    list.push({ version, date, kind: 'mainline' });
    for (let s = 1; s <= 9; s++) list.push({ version: `${version}.${s}`, date: addDays(date, s * 8), kind: 'stable' });
    date = addDays(date, 70);
  }
  return list.filter((rel) => rel.date >= addDays(start, -90) && rel.date <= end);
}

const FIRST_EDITION = '1998-01-22';

/** What the kernel page's brief says of releases: the newest development and stable releases of the week. */
function releaseNews(date: string): string {
  const week = releases(
    FIRST_EDITION,
    Math.ceil((Date.parse(date) - Date.parse(FIRST_EDITION)) / 604_800_000) + 1,
  ).filter((rel) => rel.date <= date && rel.date > addDays(date, -7));
  return week.map((rel) => ` ${rel.kind === 'stable' ? 'Stable update' : 'Release'} ${rel.version} is out.`).join('');
}

/** Writes edition number `index` (0-based) of the archive. */
function writeEdition(root: string, index: number, seed: number, words: string[], people: Cast) {
  const r = rng(seed * 1_000_003 + index);
  const date = addDays(FIRST_EDITION, index * 7);
  const dir = join(root, 'editions', date);
  const author = () => people.authors[r.zipf(people.authors.length)].id;
  const topics = () =>
    Array.from(new Set(Array.from({ length: r.int(1, 3) }, () => people.topics[r.zipf(people.topics.length)].id)));
  const editors: Record<string, string> = {};
  let order = 0;

  const item = (section: string, kind: 'feature' | 'brief', words_: number, about?: string) => {
    const slug = `${section}-${kind}-${++order}`;
    // Most features are about one kernel token, named in the title, the summary and the text.
    const subject = kind === 'feature' && r.next() < 0.6 ? featureSubject(r, words) : undefined;
    const title = subject?.title ?? sentence(r, words, r.int(3, 8)).slice(0, -1);
    const summary = summaryOf(
      sentence(r, words, r.int(12, 25)),
      `${subject ? ` About ${subject.token}.` : ''}${about ?? ''}`,
    );
    const front = [
      `title: ${yamlString(title)}`,
      `kind: ${kind}`,
      ...(kind === 'feature' || r.next() < 0.5 ? [`author: ${author()}`] : []),
      `topics: [${topics().join(', ')}]`,
      `summary: ${yamlString(summary)}`,
      `order: ${order}`,
    ];
    mkdirSync(join(dir, section), { recursive: true });
    writeFileSync(
      join(dir, section, `${slug}.md`),
      `---\n${front.join('\n')}\n---\n\n${prose(r, words, words_, kind === 'feature', subject?.token)}\n`,
    );
    editors[section] ??= people.authors[index % 7].id;
  };

  for (let i = r.int(1, 3); i > 0; i--) item('front', 'brief', r.int(80, 250));
  for (let i = r.int(1, 4); i > 0; i--) item('security', r.next() < 0.4 ? 'feature' : 'brief', r.int(150, 1200));
  item('kernel', 'brief', r.int(80, 200), releaseNews(date));
  for (let i = r.int(4, 8); i > 0; i--) item('kernel', 'feature', r.int(800, 3000));
  for (const section of ['distributions', 'development'])
    for (let i = r.int(1, 5); i > 0; i--) item(section, r.next() < 0.3 ? 'feature' : 'brief', r.int(100, 1500));
  for (let i = r.int(1, 3); i > 0; i--) item('announcements', 'brief', r.int(60, 200));

  const quotes = Array.from({ length: r.int(3, 5) }, () =>
    [
      `- speaker: ${yamlString(`${sentence(r, words, 2).slice(0, -1)} (synthetic persona)`)}`,
      `  context: ${yamlString(sentence(r, words, r.int(6, 12)))}`,
      `  date: ${addDays(date, -r.int(0, 6))}`,
      `  source: https://lists.example.org/lkml/${date}/${r.int(1, 999)}`,
      `  text: ${yamlString(prose(r, words, r.int(20, 80), false))}`,
    ].join('\n'),
  );
  writeFileSync(join(dir, 'quotes.yaml'), `${quotes.join('\n')}\n`);

  const patches = Array.from({ length: r.int(20, 40) }, (_, i) =>
    [
      `- category: ${PATCH_CATEGORIES[r.zipf(PATCH_CATEGORIES.length, 0.6)]}`,
      `  author: ${yamlString(sentence(r, words, 2).slice(0, -1))}`,
      `  title: ${yamlString(sentence(r, words, r.int(3, 9)).slice(0, -1))}`,
      `  date: ${addDays(date, -r.int(0, 6))}`,
      `  url: https://lists.example.org/lkml/${date}/p${i}`,
    ].join('\n'),
  );
  writeFileSync(join(dir, 'patches.yaml'), `${patches.join('\n')}\n`);

  writeFileSync(
    join(dir, 'edition.yaml'),
    `summary: ${yamlString(summaryOf(sentence(r, words, r.int(12, 30))))}\neditors:\n${Object.entries(editors)
      .map(([s, a]) => `  ${s}: ${a}`)
      .join('\n')}\n`,
  );
}

/**
 * Writes (or completes) a synthetic archive of `editions` editions into `root`. Editions already present
 * are left as they are, so growing an archive by one edition writes one edition.
 * @returns how many editions were written now
 */
export function generateArchive(root: string, editions: number, seed = 1): number {
  const r = rng(seed);
  const words = vocabulary(r);
  const people = cast(r, words);
  mkdirSync(join(root, 'editions'), { recursive: true });
  writeFileSync(
    join(root, 'authors.yaml'),
    people.authors
      .map(
        (a) =>
          `- id: ${a.id}\n  name: ${yamlString(a.name)}\n  bio: Synthetic author of the benchmark archive.\n  guest: ${a.guest}`,
      )
      .join('\n') + '\n',
  );
  writeFileSync(
    join(root, 'topics.yaml'),
    people.topics
      .map((t) => `- id: ${t.id}\n  name: ${yamlString(t.name)}${t.parent ? `\n  parent: ${t.parent}` : ''}`)
      .join('\n') + '\n',
  );
  writeFileSync(
    join(root, 'releases.yaml'),
    releases(FIRST_EDITION, editions)
      .map(
        (rel) =>
          `- version: "${rel.version}"\n  date: ${rel.date}\n  kind: ${rel.kind}\n  url: https://lkml.example.org/release/${rel.version}`,
      )
      .join('\n') + '\n',
  );
  let written = 0;
  for (let index = 0; index < editions; index++) {
    if (existsSync(join(root, 'editions', addDays(FIRST_EDITION, index * 7), 'edition.yaml'))) continue;
    writeEdition(root, index, seed, words, people);
    written++;
  }
  return written;
}

/** The default folder of a generated archive. */
export const archiveDir = (seed: number) => resolve('bench/archive', `seed-${seed}`);

if (import.meta.main) {
  const { values } = parseArgs({
    options: { editions: { type: 'string' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } },
  });
  const editions = Number(values.editions);
  const seed = Number(values.seed);
  if (!Number.isInteger(editions) || editions < 1) {
    console.error('usage: npm run bench:generate -- --editions N [--seed S] [--out DIR]');
    process.exit(2);
  }
  const out = resolve(values.out ?? archiveDir(seed));
  const started = performance.now();
  const written = generateArchive(out, editions, seed);
  console.log(
    `${out}: ${written} new edition(s) written (${editions} in all) in ${Math.round(performance.now() - started)} ms`,
  );
}
