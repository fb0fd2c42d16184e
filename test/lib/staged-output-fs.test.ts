import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createStaging,
  publishStaging,
  recoverLeftovers,
  stagingOwner,
  WRITTEN_LIST_VARIABLE,
} from '../../src/lib/staged-output-fs.ts';

/** A process id that no longer runs: a child that has exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

describe('staged output', () => {
  let parent: string;
  let dist: string;
  const put = (dir: string, text: string) => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), text);
  };
  const page = (dir: string) => readFileSync(join(dir, 'index.html'), 'utf8');

  beforeEach(() => {
    parent = mkdtempSync(join(tmpdir(), 'kw-staged-'));
    dist = join(parent, 'dist');
  });
  afterEach(() => rmSync(parent, { recursive: true, force: true }));

  const previous = () => join(parent, 'dist.previous');
  /** Publishes a build that wrote `pages` (folder -> text) into its staging folder; whether it reused one. */
  const publish = (pages: Record<string, string>) => {
    const { staging, reused } = createStaging(dist);
    for (const [dir, text] of Object.entries(pages)) put(join(staging, dir), text);
    publishStaging(staging, dist);
    return reused;
  };

  it('publishes a first build where there was no output yet, and leaves nothing beside it', () => {
    expect(publish({ '': 'first' })).toBe(false);
    expect(page(dist)).toBe('first');
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('replaces the output with the staging folder and keeps the replaced output for the next build', () => {
    put(dist, 'old');
    publish({ '': 'new' });
    expect(page(dist)).toBe('new');
    expect(readdirSync(parent).sort()).toEqual(['dist', 'dist.previous']);
    expect(page(previous())).toBe('old');
  });

  it('starts the next build from the replaced output, without the files the live build changed', () => {
    publish({ '': 'home 1', a: 'a 1', b: 'b 1' });
    publish({ '': 'home 1', a: 'a 2', b: 'b 1' });
    const { staging, reused } = createStaging(dist);
    // Written again but equal (home, b), those stay; a changed, so it goes: the build makes it anew.
    expect(reused).toBe(true);
    expect(page(staging)).toBe('home 1');
    expect(page(join(staging, 'b'))).toBe('b 1');
    expect(existsSync(join(staging, 'a', 'index.html'))).toBe(false);
    expect(readdirSync(parent).sort()).toEqual(['dist', 'dist.staging', 'dist.staging.pid']);
  });

  it('takes what the build wrote from its list when it has one', () => {
    publish({ '': 'home 1', a: 'a 1' });
    publish({ '': 'home 1', a: 'a 1' });
    const { staging } = createStaging(dist);
    put(join(staging, 'a'), 'a 2');
    // The build says it wrote only the home page: a is not on the next build's list.
    writeFileSync(process.env[WRITTEN_LIST_VARIABLE]!, JSON.stringify(['index.html']));
    publishStaging(staging, dist);
    expect(readdirSync(parent).sort()).toEqual(['dist', 'dist.previous']);
    expect(createStaging(dist).reused).toBe(true);
    expect(page(join(parent, 'dist.staging', 'a'))).toBe('a 1');
  });

  it('starts from an empty folder when the replaced output has no list (its build stopped after the renames)', () => {
    put(dist, 'live');
    put(previous(), 'unknown state');
    const { staging, reused } = createStaging(dist);
    expect(reused).toBe(false);
    expect(readdirSync(staging)).toEqual([]);
    expect(readdirSync(parent).sort()).toEqual(['dist', 'dist.staging', 'dist.staging.pid']);
  });

  /** What a build that died left: its staging folder, its owner file and the list of what it wrote. */
  const killedBuild = (pid: number) => {
    put(join(parent, 'dist.staging'), 'half');
    writeFileSync(join(parent, 'dist.staging.pid'), String(pid));
    writeFileSync(join(parent, 'dist.staging.written.json'), '[]');
  };

  it('removes the staging folder of a build that was killed, keeping the output', () => {
    put(dist, 'live');
    killedBuild(deadPid());
    expect(recoverLeftovers(dist)).toEqual([{ path: join(parent, 'dist.staging'), done: 'removed' }]);
    expect(readdirSync(parent)).toEqual(['dist']);
    expect(page(dist)).toBe('live');
  });

  it('puts the output back when a build was killed between its two renames', () => {
    put(previous(), 'live');
    killedBuild(deadPid());
    recoverLeftovers(dist);
    expect(readdirSync(parent)).toEqual(['dist']);
    expect(page(dist)).toBe('live');
  });

  it('leaves alone the folders of a build still running, and refuses a second build of the same output', () => {
    put(dist, 'live');
    killedBuild(process.ppid);
    put(join(parent, 'other.staging'), 'not ours');
    const before = readdirSync(parent).sort();
    expect(stagingOwner(dist)).toBe(process.ppid);
    expect(recoverLeftovers(dist)).toEqual([]);
    expect(() => createStaging(dist)).toThrow(/EEXIST/);
    expect(readdirSync(parent).sort()).toEqual(before);
  });
});
