import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { findKernelTokens, kernelTokens } from '../src/lib/search-tokens.ts';

/**
 * The judged query set of the search: queries with the items that must come in the first three results, and
 * queries that must find nothing. Run by the browser test (`e2e/search-quality.spec.ts`) and the benchmark
 * (`bench/search-quality.ts`), both through the search page itself.
 */
export interface Judgement {
  query: string;
  /** Item ids judged relevant: as many of them as fit must fill the top three. None: no result at all. */
  relevant: string[];
}

const A = '2008-03-27/atomic-context-api-design';
const THREADED = '2009-06-11/threaded-interrupt-handlers';
const NEW_IN_25 = '2008-04-17/whats-new-in-2-6-25';
const MODULES = '2008-04-17/building-external-modules';

/** Over the sample archive (`content/`), judged by reading it. */
export const SAMPLE_JUDGEMENTS: Judgement[] = [
  // Identifiers, however typed; their parts; identifiers found only in code blocks.
  { query: 'in_atomic', relevant: [A] },
  { query: 'in_atomic()', relevant: [A] },
  { query: 'IN_ATOMIC', relevant: [A] },
  { query: 'atomic', relevant: [A] },
  { query: 'GFP_ATOMIC', relevant: [A] },
  { query: 'gfp_kernel', relevant: [A, THREADED] },
  { query: 'request_threaded_irq()', relevant: [THREADED] },
  { query: 'irq_wake_thread', relevant: [THREADED] },
  { query: 'PREEMPT_ACTIVE', relevant: [A] },
  { query: 'kmalloc()', relevant: [A] },
  { query: 'madvise()', relevant: ['2008-03-27/predictive-elf-bitmaps'] },
  { query: 'ioctl()', relevant: ['2009-01-15/release-status'] },
  { query: 'timerfd_create', relevant: [NEW_IN_25] },
  { query: 'task_killable', relevant: [NEW_IN_25] },
  { query: 'CONFIG_CGROUP_MEM_RES_CTLR', relevant: [NEW_IN_25] },
  { query: 'EXPORT_SYMBOL_GPL', relevant: [MODULES] },
  { query: 'modules_install', relevant: [MODULES] },
  { query: 'frob_drain_fifo', relevant: [THREADED] },
  { query: 'struct frob_msg', relevant: [A] },
  { query: 'linux/hardirq.h', relevant: [A] },
  { query: 'hardirq.h', relevant: [A] },
  // Versions: a release, a prepatch, stable updates; titles first.
  { query: '2.6.25', relevant: ['2008-04-17/linux-2-6-25-released', NEW_IN_25] },
  { query: '2.6.25-rc7', relevant: ['2008-03-27/release-status'] },
  { query: '2.6.29-rc1', relevant: ['2009-01-15/release-status', '2009-01-15/merge-window-closes'] },
  { query: '2.6.29.5', relevant: ['2009-06-11/release-status'] },
  { query: '2.6.24.4', relevant: ['2008-03-27/release-status', '2008-04-17/release-status'] },
  { query: 'Python 3.0', relevant: ['2009-01-15/python-3-0'] },
  { query: 'GCC 4.3', relevant: ['2008-03-27/direction-flag'] },
  // Words and phrases.
  { query: '"atomic context"', relevant: [A] },
  { query: 'threaded interrupt handlers', relevant: [THREADED] },
  { query: 'workqueues', relevant: [THREADED] },
  { query: 'btrfs', relevant: ['2009-01-15/btrfs-merged'] },
  { query: 'kernel markers', relevant: ['2008-03-27/kernel-markers-binary-modules'] },
  { query: 'x86 direction flag', relevant: ['2008-03-27/direction-flag'] },
  { query: 'kbuild', relevant: [MODULES] },
  { query: 'relatime', relevant: ['2009-06-11/release-status'] },
  { query: 'TOMOYO', relevant: ['2009-06-11/tomoyo-and-ima'] },
  { query: 'copy-on-write', relevant: ['2009-01-15/btrfs-merged'] },
  { query: 'Halvard Inkwell', relevant: ['2008-03-27/predictive-elf-bitmaps'] },
  // Found nowhere: nothing at all, even where an indexed word starts the query word.
  { query: 'kmalloc_array', relevant: [] },
  { query: '__GFP_NOFAIL', relevant: [] },
  { query: 'CONFIG_PREEMPT_RT', relevant: [] },
  { query: 'mm/vmscan.c', relevant: [] },
  { query: '2.6.2', relevant: [] },
  { query: '6.1.y', relevant: [] },
  { query: '1da177e4c3f4', relevant: [] },
  { query: 'sched:', relevant: [] },
  { query: 'struct page', relevant: [] },
  { query: 'xylophonequartz', relevant: [] },
];

/** Queries for what a generated archive never holds. */
const ABSENT = [
  'zz_not_planted()',
  'mm/nowhere.c',
  '9.99-rc9',
  'CONFIG_NOT_PLANTED',
  'struct not_planted',
  'nosuchsys:',
];

/**
 * Over an archive written by `bench/generate.ts`, judged from its files: a feature about a kernel token names it
 * in its title and summary (some titles open with a subsystem prefix), the kernel page's brief names the week's
 * releases in its summary. For a sample of
 * those tokens, typed as a reader might (without `()`, upper case), the relevant items are those whose title or
 * summary holds the token.
 */
export function generatedJudgements(contentDir: string, count = 16): Judgement[] {
  const heads = new Map<string, Set<string>>();
  const subjects: string[] = [];
  const editions = join(contentDir, 'editions');
  for (const edition of readdirSync(editions).sort())
    for (const section of readdirSync(join(editions, edition), { withFileTypes: true })) {
      if (!section.isDirectory()) continue;
      for (const file of readdirSync(join(editions, edition, section.name)).sort()) {
        const { frontmatter } = splitFrontmatter(readFileSync(join(editions, edition, section.name, file), 'utf8'));
        const { title, summary } = frontmatter as { title: string; summary: string };
        const id = `${edition}/${file.replace(/\.mdx?$/, '')}`;
        heads.set(id, kernelTokens(`${title}\n\n${summary}`));
        const about = /(?:About (.+)|(?:Release|Stable update) (\S+) is out)\.$/.exec(summary);
        if (about) subjects.push(about[1] ?? about[2]);
        const prefix = /^[a-z0-9]+:/.exec(title)?.[0];
        if (prefix && !subjects.includes(prefix)) subjects.push(prefix);
      }
    }
  const step = Math.max(1, Math.floor(subjects.length / count));
  const typed = (subject: string, i: number) =>
    i % 3 === 0 ? subject.replace(/\(\)$/, '') : i % 3 === 1 ? subject.toUpperCase() : subject;
  const judged = subjects
    .filter((_, i) => i % step === 0)
    .slice(0, count)
    .map((subject, i) => {
      const token = findKernelTokens(subject)[0].token;
      return {
        query: typed(subject, i),
        relevant: [...heads].filter(([, tokens]) => tokens.has(token)).map(([id]) => id),
      };
    });
  return [...judged, ...ABSENT.map((query) => ({ query, relevant: [] }))];
}

/** The item ids of the first page of results the search page shows for a query, in order. */
export async function searchResults(page: Page, query: string): Promise<string[]> {
  const box = page.getByRole('searchbox', { name: 'Search for' });
  await box.fill(query);
  await page
    .getByRole('status')
    .filter({ hasText: `for “${query.trim()}”` })
    .waitFor();
  const hrefs = await page
    .locator('#search-results h2 a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return hrefs.map((href) => href.replace(/^\/articles\/|\/$/g, ''));
}

export interface Verdict {
  pass: boolean;
  /** The share of the first three results that are relevant, out of as many as there are relevant items. */
  precisionAt3: number;
  /** One over the rank of the first relevant result; 0 when none is shown. */
  reciprocalRank: number;
}

/** How a query's results measure up to its judgement. */
export function judge(judgement: Judgement, results: string[]): Verdict {
  if (judgement.relevant.length === 0) {
    const pass = results.length === 0;
    return { pass, precisionAt3: pass ? 1 : 0, reciprocalRank: pass ? 1 : 0 };
  }
  const needed = Math.min(3, judgement.relevant.length);
  const found = results.slice(0, 3).filter((id) => judgement.relevant.includes(id)).length;
  const first = results.findIndex((id) => judgement.relevant.includes(id));
  return { pass: found >= needed, precisionAt3: found / needed, reciprocalRank: first < 0 ? 0 : 1 / (first + 1) };
}

export interface Outcome {
  judgement: Judgement;
  results: string[];
  verdict: Verdict;
}

/** Runs judged queries one after another on the search page open in `page`. */
export async function runJudgements(page: Page, judgements: Judgement[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const judgement of judgements) {
    const results = await searchResults(page, judgement.query);
    outcomes.push({ judgement, results, verdict: judge(judgement, results) });
  }
  return outcomes;
}

/** A missed judgement, for a failure message or the benchmark's list. */
export const describeMiss = ({ judgement, results }: Outcome) =>
  `${judgement.query}: wanted ${judgement.relevant.join(', ') || 'nothing'}; top three ${results.slice(0, 3).join(', ') || 'empty'}`;
