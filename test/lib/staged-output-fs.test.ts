import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStaging, publishStaging, recoverLeftovers } from '../../src/lib/staged-output-fs.ts';

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

  it('replaces the output with the staging folder and leaves nothing beside it', () => {
    put(dist, 'old');
    const staging = createStaging(dist);
    put(staging, 'new');
    publishStaging(staging, dist);
    expect(page(dist)).toBe('new');
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('publishes a first build where there was no output yet', () => {
    const staging = createStaging(dist);
    put(staging, 'first');
    publishStaging(staging, dist);
    expect(page(dist)).toBe('first');
  });

  it('removes the staging folder of a build that was killed, keeping the output', () => {
    put(dist, 'live');
    const killed = join(parent, `dist.staging-${deadPid()}`);
    put(killed, 'half');
    expect(recoverLeftovers(dist)).toEqual([killed]);
    expect(readdirSync(parent)).toEqual(['dist']);
    expect(page(dist)).toBe('live');
  });

  it('puts the old output back when a build was killed between its two renames', () => {
    const pid = deadPid();
    put(join(parent, `dist.old-${pid}`), 'live');
    put(join(parent, `dist.staging-${pid}`), 'complete but never published');
    recoverLeftovers(dist);
    expect(readdirSync(parent)).toEqual(['dist']);
    expect(page(dist)).toBe('live');
  });

  it('removes an old output the killed build had already replaced', () => {
    put(dist, 'new');
    put(join(parent, `dist.old-${deadPid()}`), 'old');
    recoverLeftovers(dist);
    expect(readdirSync(parent)).toEqual(['dist']);
    expect(page(dist)).toBe('new');
  });

  it('leaves alone the folders of a build still running, and folders of other outputs', () => {
    put(dist, 'live');
    put(join(parent, `dist.staging-${process.ppid}`), 'in progress');
    put(join(parent, `other.staging-${deadPid()}`), 'not ours');
    put(join(parent, 'dist.staging-notes'), 'not a build');
    const before = readdirSync(parent).sort();
    expect(recoverLeftovers(dist)).toEqual([]);
    expect(readdirSync(parent).sort()).toEqual(before);
  });
});
