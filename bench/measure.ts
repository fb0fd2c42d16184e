import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What one command cost: wall time, the peak RSS of its whole process tree, and what it printed. */
export interface RunCost {
  wallSeconds: number;
  peakRssMB: number;
  output: string;
  status: number | null;
}

const PAGE_SIZE = 4096;

/** Sum of the resident memory of every process in a process group (Linux /proc). */
function groupRssBytes(pgid: number): number {
  let total = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // After "pid (comm) ", field 3 is the state; pgrp is the 5th field of the full line, rss the 24th.
      if (Number(fields[2]) === pgid) total += Number(fields[21]) * PAGE_SIZE;
    } catch {
      // The process ended between readdir and read.
    }
  }
  return total;
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
    let peak = 0;
    const collect = (chunk: Buffer) => {
      output += chunk;
      if (echo) process.stderr.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setInterval(() => (peak = Math.max(peak, groupRssBytes(child.pid!))), 200);
    child.on('close', (status) => {
      clearInterval(timer);
      resolve({ wallSeconds: (performance.now() - started) / 1000, peakRssMB: peak / 2 ** 20, output, status });
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
