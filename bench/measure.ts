import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What one command cost: wall time, the peak RSS of its whole process tree, and what it printed. */
export interface RunCost {
  wallSeconds: number;
  peakRssMB: number;
  /** Peak RSS of Pagefind's indexing service alone, and of the rest of the tree at its own peak. */
  peakPagefindMB: number;
  peakOthersMB: number;
  output: string;
  status: number | null;
}

const PAGE_SIZE = 4096;

/** Resident memory of a process group (Linux /proc): in all, and of Pagefind's processes alone. */
function groupRss(pgid: number): { total: number; pagefind: number } {
  let total = 0;
  let pagefind = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // After "pid (comm) ", field 3 is the state; pgrp is the 5th field of the full line, rss the 24th.
      if (Number(fields[2]) !== pgid) continue;
      const rss = Number(fields[21]) * PAGE_SIZE;
      total += rss;
      if (name.startsWith('pagefind')) pagefind += rss;
    } catch {
      // The process ended between readdir and read.
    }
  }
  return { total, pagefind };
}

/**
 * Runs a command in its own process group, sampling the group's total RSS every 200 ms, and returns its
 * cost. Output is collected (and echoed when `echo` is set).
 */
export function runMeasured(command: string, args: string[], env: NodeJS.ProcessEnv, echo = false): Promise<RunCost> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const peak = { total: 0, pagefind: 0, others: 0 };
    const collect = (chunk: Buffer) => {
      output += chunk;
      if (echo) process.stderr.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setInterval(() => {
      const { total, pagefind } = groupRss(child.pid!);
      peak.total = Math.max(peak.total, total);
      peak.pagefind = Math.max(peak.pagefind, pagefind);
      peak.others = Math.max(peak.others, total - pagefind);
    }, 200);
    child.on('close', (status) => {
      clearInterval(timer);
      const mb = (bytes: number) => bytes / 2 ** 20;
      resolve({
        wallSeconds: (performance.now() - started) / 1000,
        peakRssMB: mb(peak.total),
        peakPagefindMB: mb(peak.pagefind),
        peakOthersMB: mb(peak.others),
        output,
        status,
      });
    });
  });
}

/** Every file below a folder, with its size. */
export function filesUnder(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((path) => ({ path, full: join(dir, path) }))
    .filter(({ full }) => statSync(full).isFile())
    .map(({ path, full }) => ({ path, bytes: statSync(full).size }));
}

/** Gzip size of a file, as a browser would fetch it compressed. */
export function gzipBytes(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** Median and maximum of a list of numbers. */
export function medianMax(values: number[]): { median: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor((sorted.length - 1) / 2)] ?? 0, max: sorted.at(-1) ?? 0 };
}
