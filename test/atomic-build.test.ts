import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnv, copyFixture, type Fixture } from './fixture.ts';

/**
 * `npm run build` replaces the output folder only when the whole build succeeded: builds that fail in each
 * phase, or are killed part-way, leave the previous output byte for byte, and the next build tidies up.
 * Builds run the script directly on Node (not through npx), so a signal reaches the build itself.
 */
const ROOT = join(import.meta.dirname, '..');
const BUILD_DATE = '2008-04-10';

const env = (vars: Record<string, string>) => childEnv({ BUILD_DATE, ...vars });

/** Every file under `dir` with its bytes, as one digest. */
function treeHash(dir: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name))
    .sort();
  for (const file of files) hash.update(`${file.slice(dir.length)}\0`).update(readFileSync(file));
  return `${files.length} files, ${hash.digest('hex')}`;
}

describe('npm run build', () => {
  let fixture: Fixture;
  let site: string;
  let dist: string;
  let published: string;
  const build = (vars: Record<string, string> = {}) => {
    const result = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', dist], {
      cwd: ROOT,
      env: env({ CONTENT_DIR: fixture.dir, ...vars }),
      encoding: 'utf8',
    });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  };

  beforeAll(() => {
    fixture = copyFixture();
    site = mkdtempSync(join(tmpdir(), 'kw-site-'));
    dist = join(site, 'dist');
    const { status, output } = build();
    if (status !== 0) throw new Error(output);
    published = treeHash(dist);
  });
  afterAll(() => {
    fixture.remove();
    rmSync(site, { recursive: true, force: true });
  });

  it('publishes a complete site with its search index and nothing of the build itself', () => {
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' });
    expect(files).toContain('articles/2008-03-27/markers/index.html');
    expect(files).toContain('pagefind/parts.json');
    expect(files.filter((f) => f.startsWith('.prerender'))).toEqual([]);
    expect(readdirSync(site)).toEqual(['dist']);
  });

  const failures: [string, (f: Fixture) => () => void, Record<string, string>, string][] = [
    [
      'the content check (an unknown author)',
      (f) => {
        f.edit('editions/2008-03-27/kernel/markers.md', (t) => t.replace('author: test-writer', 'author: nobody'));
        return () => f.edit('editions/2008-03-27/kernel/markers.md', (t) => t.replace('nobody', 'test-writer'));
      },
      {},
      'unknown author "nobody"',
    ],
    [
      'MDX compilation (an unclosed tag)',
      (f) => {
        f.write(
          'editions/2008-03-27/kernel/broken.mdx',
          mdx('Broken syntax', '<Quote source="https://x.test/">\n\nno end'),
        );
        return () => rmSync(join(f.dir, 'editions/2008-03-27/kernel/broken.mdx'));
      },
      {},
      'broken.mdx',
    ],
    [
      'rendering (an unknown component)',
      (f) => {
        f.write('editions/2008-03-27/kernel/unknown.mdx', mdx('Unknown component', 'Text.\n\n<Frobnicate />\n'));
        return () => rmSync(join(f.dir, 'editions/2008-03-27/kernel/unknown.mdx'));
      },
      {},
      'Frobnicate',
    ],
    // Pagefind's Node API runs its binary; one that exits at once is a search index that cannot be written. A page
    // changes, so its part of the index is built anew rather than reused from the cache.
    [
      'search indexing (Pagefind fails)',
      (f) => {
        const file = 'editions/2008-03-27/kernel/markers.md';
        const added = '\nA paragraph the search index has not seen.\n';
        f.edit(file, (t) => `${t}${added}`);
        return () => f.edit(file, (t) => t.replace(added, ''));
      },
      { PAGEFIND_BINARY_PATH: '/bin/false' },
      'left as it was',
    ],
  ];

  it.each(failures)('that fails in %s leaves the last output as it was', (_phase, breakIt, env, message) => {
    const repair = breakIt(fixture);
    try {
      const { status, output } = build(env);
      expect(status, output).not.toBe(0);
      expect(output).toContain(message);
      expect(treeHash(dist)).toBe(published);
      expect(readdirSync(site)).toEqual(['dist']);
    } finally {
      repair();
    }
  });

  // Log lines that mark a phase: content loading, bundling, page generation, search indexing.
  const kills: [NodeJS.Signals, string][] = [
    ['SIGTERM', '[content] Syncing content'],
    ['SIGKILL', 'Building static entrypoints'],
    ['SIGTERM', 'generating static routes'],
    ['SIGKILL', '[@astrojs/sitemap]'],
  ];

  it.each(kills)('killed with %s at "%s" leaves the last output as it was', async (signal, marker) => {
    const child = spawn(process.execPath, ['scripts/build.ts', '--outDir', dist], {
      cwd: ROOT,
      env: env({ CONTENT_DIR: fixture.dir }),
    });
    let log = '';
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const onData = (chunk: Buffer) => {
      log += chunk;
      if (log.includes(marker) && child.exitCode === null) child.kill(signal);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const code = await exited;
    expect(log, 'the build reached the marker').toContain(marker);
    expect(code, log).not.toBe(0);
    expect(treeHash(dist)).toBe(published);
    // A terminated build removes its staging folder itself; a killed one leaves it for the next build.
    const left = readdirSync(site).filter((name) => name !== 'dist');
    // (With the file naming its owner, and the list of what it wrote if it got that far.)
    if (signal === 'SIGKILL') expect(left).toEqual(expect.arrayContaining(['dist.staging', 'dist.staging.pid']));
    else expect(left).toEqual([]);
    expect(
      left.every((name) => name.startsWith('dist.staging')),
      left.join(),
    ).toBe(true);
  });

  it('after all that, publishes the next good build, reusing unchanged pages, and removes what killed builds left', () => {
    fixture.write('editions/2008-04-03/edition.yaml', 'summary: The next week.\neditors:\n  front: test-writer\n');
    fixture.write('editions/2008-04-03/front/next.md', mdx('Next week', 'More news.'));
    const { status, output } = build();
    expect(status, output).toBe(0);
    expect(output).toMatch(/removed .*dist\.staging, left by an interrupted build/);
    // The replaced output stays beside it, for the next build to start from.
    expect(readdirSync(site).sort()).toEqual(['dist', 'dist.previous']);
    expect(treeHash(dist)).not.toBe(published);
    expect(readFileSync(join(dist, 'articles/2008-04-03/next/index.html'), 'utf8')).toContain('More news.');
    // The incremental cache lives outside the output folder, so a staging folder that starts empty (there was
    // no output before the first) still gets the pages of the unchanged edition from it.
    expect(output).toContain('/articles/2008-03-27/markers/index.html (restored)');
  });
});

function mdx(title: string, body: string): string {
  return `---\ntitle: ${title}\nkind: brief\nsummary: A test item.\n---\n\n${body}\n`;
}
