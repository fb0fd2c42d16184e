import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCommand } from '../src/lib/content-check/command.ts';
import { CATALOGUE } from './content-check-catalogue.ts';
import { childEnv, copyFixture, type Fixture } from './fixture.ts';

/**
 * The bad-input catalogue through `npm run check`: its function (`checkCommand`, what the script prints and
 * its exit status) for every case, and the script itself, as a process, for one refused and one accepted
 * case. The cases marked `build` are built in build.test.ts.
 */
const ROOT = join(import.meta.dirname, '..');
const POLICY = { buildDate: '2026-01-01', showUnpublished: false };

/** What `npm run check` reports for a content folder: its exit status and problem lines (paths relative to it). */
function check(dir: string, buildDate = POLICY.buildDate) {
  const { status, stderr } = checkCommand(dir, { ...POLICY, buildDate }, dir);
  return { status, lines: stderr.slice(0, -2) };
}

describe.each(CATALOGUE)('npm run check on $name', ({ change, problems, env }) => {
  let fixture: Fixture;
  beforeAll(() => {
    fixture = copyFixture();
    change(fixture);
  });
  afterAll(() => fixture.remove());

  it(`exits ${problems.length ? 1 : 0} with exactly the expected lines`, () => {
    expect(check(fixture.dir, env?.BUILD_DATE)).toEqual({ status: problems.length ? 1 : 0, lines: problems });
  });
});

describe('the npm run check process', () => {
  const run = (dir: string) =>
    spawnSync('npm', ['run', '--silent', 'check'], {
      cwd: ROOT,
      env: childEnv({ CONTENT_DIR: dir }),
      encoding: 'utf8',
    });

  it('exits 1 and prints each problem, then the count', () => {
    const fixture = copyFixture();
    try {
      const { change, problems } = CATALOGUE.find((c) => c.name === 'a misspelt author and topic')!;
      change(fixture);
      const result = run(fixture.dir);
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(
        `${problems.map((p) => `${fixture.dir}/${p}`).join('\n')}\n\n2 problem(s) in ${fixture.dir}.\n`,
      );
    } finally {
      fixture.remove();
    }
  });

  it('exits 0 and says so for content without problems', () => {
    const fixture = copyFixture();
    try {
      const result = run(fixture.dir);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^Content OK: 1 editions, 2 items checked in \d+ ms\.\n$/);
    } finally {
      fixture.remove();
    }
  });
});
