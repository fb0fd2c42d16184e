import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, type Fixture } from './fixture.ts';

/**
 * The editor's commands on a copy of the minimal fixture, as an editor runs them: `new:edition`,
 * `new:item`, `import:patches`, then `npm run check` accepts what they wrote.
 */
const ROOT = join(import.meta.dirname, '..');
const MBOX = join(ROOT, 'test/fixtures/mbox');

describe('new:edition, new:item and import:patches', () => {
  let fixture: Fixture;
  const npm = (...args: string[]) => {
    const result = spawnSync('npm', ['run', '-s', ...args], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: fixture.dir },
      encoding: 'utf8',
    });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  };
  const read = (path: string) => readFileSync(join(fixture.dir, path), 'utf8');

  beforeAll(() => {
    fixture = copyFixture();
    // Releases up to the week of the edition the mailbox fixture belongs to.
    fixture.edit('releases.yaml', (t) => `${t}- version: 2.6.30\n  date: 2009-06-09\n  kind: mainline\n`);
  });
  afterAll(() => fixture.remove());

  it('refuses a day that is not a Thursday, naming the nearest one, and an edition that exists', () => {
    expect(npm('new:edition', '--', '2009-06-16')).toEqual({
      status: 1,
      output:
        'new:edition: 2009-06-16 is not a Thursday; editions are dated by their Thursday: did you mean 2009-06-18?\n',
    });
    expect(npm('new:edition', '--', '2008-03-27').output).toContain('edition 2008-03-27 already exists');
  });

  it('starts an edition with the page editors of the previous one', () => {
    const { status, output } = npm('new:edition', '--', '2009-06-18');
    expect(status).toBe(0);
    expect(output).toContain('Started the draft edition 2009-06-18:');
    expect(output).toContain('Page editors carried over from 2008-03-27: front test-writer, kernel test-writer.');
    expect(output).toContain('npm run new:item');
    expect(yaml.load(read('editions/2009-06-18/edition.yaml'))).toEqual({
      draft: true,
      editors: { front: 'test-writer', kernel: 'test-writer' },
    });
    expect(read('editions/2009-06-18/kernel/release-status.md')).toContain('releaseStatus: true');
  });

  it('defaults to the Thursday after the newest edition', () => {
    const { status, output } = npm('new:edition');
    expect(status).toBe(0);
    expect(output).toContain('Started the draft edition 2009-06-25:');
  });

  it('writes draft items into the newest edition, or the one named', () => {
    expect(
      npm('new:item', '--', 'kernel', 'Lazy reclaim, again', '--feature', '--author', 'test-writer').output,
    ).toContain('editions/2009-06-25/kernel/lazy-reclaim-again.md (feature, draft), in edition 2009-06-25.');
    expect(npm('new:item', '--', 'front', 'This week', '--edition', '2009-06-18').status).toBe(0);
    expect(read('editions/2009-06-18/front/this-week.md')).toMatch(/^---\ntitle: This week\nkind: brief\n/);
    expect(npm('new:item', '--', 'front', 'This week', '--edition', '2009-06-18').output).toContain(
      'edition 2009-06-18 already has an item "this-week"',
    );
    expect(npm('new:item', '--', 'front', 'A feature', '--feature').output).toContain('a feature needs an author');
    expect(npm('new:item', '--', 'frontpage', 'x').output).toContain(
      'unknown section "frontpage"; expected one of front',
    );
  });

  it('imports a mailbox and a gzipped one into an edition, and refuses a file that is no mbox', () => {
    const week = npm('import:patches', '--', join(MBOX, 'week.mbox'), '--edition', '2009-06-18');
    expect(week.status).toBe(0);
    expect(week.output).toContain('14 message(s) read, 5 added, 9 skipped.');
    expect(week.output).toContain(
      'Categories: Memory management 1, Networking 1, Miscellaneous 1, Core kernel code 1, Documentation 1.',
    );
    const dry = npm('import:patches', '--', join(MBOX, 'single.mbox.gz'), '--edition', '2009-06-18', '--dry-run');
    expect(dry.output).toContain('1 added, 0 skipped (dry run: nothing written).');
    expect(read('editions/2009-06-18/patches.yaml')).not.toContain('x86:');
    expect(npm('import:patches', '--', join(MBOX, 'single.mbox.gz'), '--edition', '2009-06-18').status).toBe(0);
    const list = yaml.load(read('editions/2009-06-18/patches.yaml'), { schema: yaml.CORE_SCHEMA }) as {
      title: string;
    }[];
    expect(list.map((e) => e.title)).toContain('x86: check the direction flag on signal entry');
    expect(list).toHaveLength(6);
    const bad = npm('import:patches', '--', join(MBOX, 'not-an-mbox.txt'), '--edition', '2009-06-18');
    expect(bad.status).toBe(1);
    expect(bad.output).toContain(
      'not-an-mbox.txt: not an mbox: expected the first line to be a "From <sender> <date>" separator',
    );
  });

  it('leaves content that npm run check accepts', () => {
    expect(existsSync(join(fixture.dir, 'editions/2009-06-25/quotes.yaml'))).toBe(true);
    const { status, output } = npm('check');
    expect(output).toContain('Content OK');
    expect(status).toBe(0);
  });
});
