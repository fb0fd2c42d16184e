import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * A build writes into a staging folder beside the output folder and replaces the output only when it has
 * succeeded, so a host serving (or about to deploy) the output never sees a half-built site.
 *
 * The output a build replaces is kept as `<out>.previous` and becomes the next build's staging folder, so a
 * weekly build leaves the pages it does not change where they are instead of copying 30,000 of them back from
 * Astro's cache (and deleting as many). That folder holds the site of two builds ago: every file the build
 * between wrote is deleted from it first (`REWRITTEN` lists them), so what stays is exactly what the live site
 * has. Astro then keeps a page it finds in place only when its cache says the page is unchanged
 * (`vite.build.emptyOutDir: false`), and `src/integrations/prune-output.ts` removes what the build did not
 * produce.
 *
 * The staging folder has one name, `<out>.staging`, whichever build owns it: Astro's incremental cache keys
 * pages by a hash of their code, and `astro:assets` writes the output folder's path into that code, so a name
 * that changed with every build would make every page look changed. The owner's process id is in
 * `<out>.staging.pid`, created exclusively: one build at a time per output folder.
 */
const PREVIOUS_SUFFIX = '.previous';
/** In `<out>.previous`: the files (relative paths) that the build after it wrote, as a JSON array. */
const REWRITTEN = '.rewritten.json';

const previousOf = (outDir: string) => `${outDir}${PREVIOUS_SUFFIX}`;
const stagingOf = (outDir: string) => `${outDir}.staging`;
const ownerOf = (staging: string) => `${staging}.pid`;
const writtenListOf = (staging: string) => `${staging}.written.json`;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A JSON list of paths, or undefined when the file is missing or is not one. */
function readList(file: string): string[] | undefined {
  try {
    const list: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return Array.isArray(list) && list.every((path) => typeof path === 'string') ? list : undefined;
  } catch {
    return undefined;
  }
}

/** The process that owns the staging folder of `outDir`, if one that still runs does. */
export function stagingOwner(outDir: string): number | undefined {
  let pid: number;
  try {
    pid = Number(readFileSync(ownerOf(stagingOf(outDir)), 'utf8'));
  } catch {
    return undefined;
  }
  return Number.isInteger(pid) && pid > 0 && isRunning(pid) ? pid : undefined;
}

/** A folder `recoverLeftovers` removed, or the output it put back. */
export interface Tidied {
  path: string;
  done: 'removed' | 'put back';
}

/**
 * Tidies what a killed earlier build left beside `outDir`: its staging folder is removed; if it was killed
 * between the two renames of `publishStaging` (output moved aside, staging not yet in place), the output is
 * put back first. Leaves everything alone while another build runs. Returns what it did.
 */
export function recoverLeftovers(outDir: string): Tidied[] {
  const touched: Tidied[] = [];
  if (stagingOwner(outDir)) return touched;
  const previous = previousOf(outDir);
  // Moved aside but never given its list: the publish stopped between its renames.
  if (!existsSync(outDir) && existsSync(previous) && !readList(join(previous, REWRITTEN))) {
    renameSync(previous, outDir);
    touched.push({ path: outDir, done: 'put back' });
  }
  const staging = stagingOf(outDir);
  if (existsSync(staging)) touched.push({ path: staging, done: 'removed' });
  discardStaging(staging);
  return touched;
}

/**
 * Names the file in which a build run by `npm run build` lists what it wrote (JSON, paths relative to the
 * output): `src/integrations/prune-output.ts` writes it when this variable is set. Without it (a build run
 * otherwise), every file of the staging folder counts as written.
 */
export const WRITTEN_LIST_VARIABLE = 'KERNEL_WEEKLY_WRITTEN_LIST';

/** Removes a staging folder that will not be published, its list and its owner file. */
export function discardStaging(staging: string): void {
  rmSync(staging, { recursive: true, force: true });
  rmSync(writtenListOf(staging), { force: true });
  rmSync(ownerOf(staging), { force: true });
}

/**
 * Creates this process's staging folder for `outDir`: the previous output brought up to date with the live
 * one (see above) when there is one with its list, else an empty folder; and sets `WRITTEN_LIST_VARIABLE`
 * for the build that follows.
 */
export function createStaging(outDir: string): { staging: string; reused: boolean } {
  const staging = stagingOf(outDir);
  const previous = previousOf(outDir);
  mkdirSync(dirname(outDir), { recursive: true });
  // Exclusive: a second build of the same output stops here (call recoverLeftovers first).
  writeFileSync(ownerOf(staging), String(process.pid), { flag: 'wx' });
  rmSync(staging, { recursive: true, force: true });
  process.env[WRITTEN_LIST_VARIABLE] = writtenListOf(staging);
  const rewritten = existsSync(previous) ? readList(join(previous, REWRITTEN)) : undefined;
  if (rewritten) {
    try {
      renameSync(previous, staging);
      for (const path of [REWRITTEN, ...rewritten]) rmSync(join(staging, path), { force: true });
      return { staging, reused: true };
    } catch {
      rmSync(staging, { recursive: true, force: true });
    }
  }
  rmSync(previous, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  return { staging, reused: false };
}

/**
 * Puts a finished staging folder in place of `outDir` with two renames (the output aside as
 * `<out>.previous`, the staging in). Between the renames `outDir` is missing for an instant; a process killed
 * there leaves `<out>.previous` without its list, which `recoverLeftovers` puts back. The previous output then
 * gets its list: the files this build wrote whose bytes differ from the output's. A page Astro copied back
 * from its cache unchanged is not on it, so the list stays as short as the week's changes.
 */
export function publishStaging(staging: string, outDir: string): void {
  const previous = previousOf(outDir);
  const hadOutput = existsSync(outDir);
  const listFile = writtenListOf(staging);
  const written = readList(listFile) ?? filesUnder(staging);
  rmSync(listFile, { force: true });
  const rewritten = hadOutput ? written.filter((path) => !sameBytes(staging, outDir, path)) : [];
  rmSync(previous, { recursive: true, force: true });
  if (hadOutput) renameSync(outDir, previous);
  renameSync(staging, outDir);
  if (hadOutput) writeFileSync(join(previous, REWRITTEN), JSON.stringify(rewritten));
  rmSync(ownerOf(staging), { force: true });
}

function sameBytes(a: string, b: string, path: string): boolean {
  const [x, y] = [
    statSync(join(a, path), { throwIfNoEntry: false }),
    statSync(join(b, path), { throwIfNoEntry: false }),
  ];
  if (!x?.isFile() || !y?.isFile() || x.size !== y.size) return false;
  return readFileSync(join(a, path)).equals(readFileSync(join(b, path)));
}

/** The files below `dir`, as `/`-separated paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}
