import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * A build writes into a staging folder beside the output folder and replaces the output only when it has
 * succeeded, so a host serving (or about to deploy) the output never sees a half-built site. The folders are
 * named after the output folder and the process that owns them: `dist.staging-<pid>` and `dist.old-<pid>`.
 */
const STAGING = 'staging';
const OLD = 'old';

function sibling(outDir: string, kind: string, pid: number): string {
  return join(dirname(outDir), `${basename(outDir)}.${kind}-${pid}`);
}

/** The staging and old folders beside `outDir`, with the process id each carries. */
function leftovers(outDir: string): { path: string; kind: string; pid: number }[] {
  const parent = dirname(outDir);
  if (!existsSync(parent)) return [];
  const prefix = `${basename(outDir)}.`;
  const suffix = new RegExp(`^(${STAGING}|${OLD})-(\\d+)$`);
  return readdirSync(parent).flatMap((name) => {
    const match = name.startsWith(prefix) ? suffix.exec(name.slice(prefix.length)) : null;
    return match ? [{ path: join(parent, name), kind: match[1], pid: Number(match[2]) }] : [];
  });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Tidies what a killed earlier build left beside `outDir`: its staging folder is removed; if it was killed
 * between the two renames of `publish` (output moved aside, staging not yet in place), the old output is put
 * back first. Folders of a build still running are left alone. Returns the folders removed or restored.
 */
export function recoverLeftovers(outDir: string): string[] {
  const touched: string[] = [];
  for (const { path, kind, pid } of leftovers(outDir)) {
    if (pid === process.pid || isRunning(pid)) continue;
    if (kind === OLD && !existsSync(outDir)) renameSync(path, outDir);
    else rmSync(path, { recursive: true, force: true });
    touched.push(path);
  }
  return touched;
}

/** Creates this process's empty staging folder for `outDir`. */
export function createStaging(outDir: string): string {
  const staging = sibling(outDir, STAGING, process.pid);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  return staging;
}

/**
 * Puts a finished staging folder in place of `outDir` with two renames (the output aside, the staging in),
 * then removes the old output. Between the renames `outDir` is missing for an instant; a process killed there
 * leaves `dist.old-<pid>`, which `recoverLeftovers` puts back.
 */
export function publishStaging(staging: string, outDir: string): void {
  const old = sibling(outDir, OLD, process.pid);
  const hadOutput = existsSync(outDir);
  if (hadOutput) renameSync(outDir, old);
  renameSync(staging, outDir);
  if (hadOutput) rmSync(old, { recursive: true, force: true });
}
