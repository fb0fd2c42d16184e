import type { PublicationPolicy } from '../publication.ts';
import { checkContent, formatProblem } from './index.ts';

/** What `npm run check` prints and its exit status. */
export interface CommandResult {
  status: number;
  /** The problems, one per line, then a count; or nothing. */
  stderr: string[];
  /** "Content OK: …", or nothing. */
  stdout: string[];
}

/**
 * `npm run check` (scripts/check-content.ts) as a function: checks `contentDir` as a production build under
 * `policy` would, and says what to print and how to exit. Paths in messages are relative to `cwd`; `cacheFile`
 * keeps the facts of unchanged items between runs (see checkContent).
 */
export function checkCommand(
  contentDir: string,
  policy: PublicationPolicy,
  cwd: string = process.cwd(),
  cacheFile?: string,
): CommandResult {
  const started = performance.now();
  const { problems, editions, items } = checkContent(contentDir, cwd, policy, cacheFile);
  if (problems.length > 0)
    return {
      status: 1,
      stderr: [...problems.map(formatProblem), '', `${problems.length} problem(s) in ${contentDir}.`],
      stdout: [],
    };
  const took = `${Math.round(performance.now() - started)} ms`;
  return {
    status: 0,
    stderr: [],
    stdout: [`Content OK: ${editions.size} editions, ${items.size} items checked in ${took}.`],
  };
}
