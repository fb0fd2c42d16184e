import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, type Fixture } from './fixture.ts';
import { generateArchive } from '../bench/generate.ts';

/**
 * End-to-end checks of the build itself, on copies of the minimal fixture: bad content stops `astro build`
 * and `npm run check` with the file, field and expectation; drafts and scheduled editions never reach a
 * production build but show in `astro dev`. One file, so builds never run in parallel.
 */
const ROOT = join(import.meta.dirname, '..');

/** The environment of a child Astro process: Vitest's own variables change how Astro and Vite behave. */
function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV'),
  );
  return { ...clean, ...env };
}

function run(args: string[], env: Record<string, string>) {
  const result = spawnSync('npx', args, { cwd: ROOT, env: childEnv(env), encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const FEATURE = 'editions/2008-03-27/kernel/markers.md';

const brokenCases: [string, (f: Fixture) => void, string][] = [
  [
    'a reference to an author that does not exist (Astro only logs these)',
    (f) => f.edit(FEATURE, (t) => t.replace('author: test-writer', 'author: nobody')),
    `${FEATURE}: author: unknown author "nobody"; expected an id defined in authors.yaml`,
  ],
  [
    'a missing required field',
    (f) => f.edit(FEATURE, (t) => t.replace(/^summary: .*\n/m, '')),
    `${FEATURE}: summary: Invalid input: expected string, received undefined; found missing`,
  ],
  [
    'a dangling cross-reference in a body',
    (f) => f.edit(FEATURE, (t) => `${t}\nSee <Ref item="2008-03-27/no-such-story" /> for more.\n`),
    `${FEATURE}: body line 11: <Ref item="2008-03-27/no-such-story"> points to an unknown item "2008-03-27/no-such-story"`,
  ],
];

describe.each(brokenCases)('content with %s', (_name, breakIt, message) => {
  let fixture: Fixture;
  beforeAll(() => {
    fixture = copyFixture();
    breakIt(fixture);
  });
  afterAll(() => fixture.remove());

  it('fails npm run check with the message', () => {
    const { status, output } = run(['npm', 'run', 'check'], { CONTENT_DIR: fixture.dir });
    expect(status).toBe(1);
    expect(output).toContain(message.replace(FEATURE, join(fixture.dir, FEATURE)).replace(`${fixture.dir}/`, ''));
  });

  it('fails the build with the message', () => {
    const out = mkdtempSync(join(tmpdir(), 'kw-dist-'));
    const { status, output } = run(['astro', 'build', '--outDir', out], { CONTENT_DIR: fixture.dir });
    rmSync(out, { recursive: true, force: true });
    expect(status).not.toBe(0);
    expect(output).toContain(message);
  });
});

describe('drafts and scheduled editions', () => {
  let fixture: Fixture;
  let out: string;
  const DRAFT_TITLE = 'Unfinished draft feature';
  const SCHEDULED_TITLE = 'Scheduled next week';

  beforeAll(() => {
    fixture = copyFixture();
    fixture.write(
      'editions/2008-03-27/kernel/unfinished.md',
      `---\ntitle: ${DRAFT_TITLE}\nkind: feature\nauthor: test-writer\nsummary: Not ready.\ndraft: true\n---\n\nHalf a thought.\n`,
    );
    fixture.write('editions/2008-04-03/edition.yaml', 'summary: Next week.\n');
    fixture.write(
      'editions/2008-04-03/front/ahead.md',
      `---\ntitle: ${SCHEDULED_TITLE}\nkind: brief\nsummary: Soon.\n---\n\nSoon.\n`,
    );
    out = mkdtempSync(join(tmpdir(), 'kw-dist-'));
    const { status, output } = run(['astro', 'build', '--outDir', out], {
      CONTENT_DIR: fixture.dir,
      BUILD_DATE: '2008-03-30',
    });
    if (status !== 0) throw new Error(output);
  });
  afterAll(() => {
    fixture.remove();
    rmSync(out, { recursive: true, force: true });
  });

  it('leaves them out of every page of a production build', () => {
    const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(files).toContain('articles/2008-03-27/markers/index.html');
    expect(existsSync(join(out, 'articles/2008-03-27/unfinished'))).toBe(false);
    expect(existsSync(join(out, 'editions/2008-04-03'))).toBe(false);
    for (const file of files) {
      const html = readFileSync(join(out, file), 'utf8');
      for (const needle of [DRAFT_TITLE, SCHEDULED_TITLE, '2008-04-03', 'unfinished'])
        expect(html, `${file} mentions ${needle}`).not.toContain(needle);
    }
  });

  it('indexes the published item pages for search, and only those', () => {
    const { parts } = JSON.parse(readFileSync(join(out, 'pagefind/parts.json'), 'utf8'));
    const articles = readdirSync(join(out, 'articles'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('index.html'),
    );
    expect(articles).toHaveLength(2);
    expect(parts).toHaveLength(1);
    const entry = JSON.parse(readFileSync(join(out, 'pagefind', parts[0].id, 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(articles.length);
    expect(parts[0].pages).toBe(articles.length);
  });

  it('shows them in astro dev', async () => {
    const port = String(Number(process.env.E2E_PORT ?? 4329) + 1);
    const dev = spawn('npx', ['astro', 'dev', '--port', port, '--host', '127.0.0.1'], {
      cwd: ROOT,
      env: childEnv({ CONTENT_DIR: fixture.dir, BUILD_DATE: '2008-03-30' }),
      detached: true,
    });
    try {
      let log = '';
      dev.stdout.on('data', (chunk) => (log += chunk));
      dev.stderr.on('data', (chunk) => (log += chunk));
      const home = `http://127.0.0.1:${port}/`;
      for (
        let attempt = 0;
        !(await fetch(home).then(
          (r) => r.ok,
          () => false,
        ));
        attempt++
      ) {
        if (attempt === 120 || dev.exitCode !== null) throw new Error(`astro dev did not serve ${home}:\n${log}`);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      const page = async (path: string) => (await fetch(`http://127.0.0.1:${port}${path}`)).text();
      expect(await page('/articles/2008-03-27/unfinished/')).toContain(DRAFT_TITLE);
      expect(await page('/editions/2008-04-03/')).toContain(SCHEDULED_TITLE);
      expect(await page('/editions/')).toContain('April 3, 2008');
      expect(await page('/search/')).toContain('Searching the archive needs JavaScript');
    } finally {
      if (dev.exitCode === null) process.kill(-dev.pid!, 'SIGTERM');
    }
  });
});

describe('the benchmark archive', () => {
  it('generates a few editions that build from CONTENT_DIR into one page per item', () => {
    const archive = mkdtempSync(join(tmpdir(), 'kw-bench-'));
    const out = mkdtempSync(join(tmpdir(), 'kw-dist-'));
    try {
      expect(generateArchive(archive, 3, 7)).toBe(3);
      expect(generateArchive(archive, 4, 7)).toBe(1);
      const items = readdirSync(join(archive, 'editions'), { recursive: true, encoding: 'utf8' }).filter((f) =>
        f.endsWith('.md'),
      );
      expect(items.length).toBeGreaterThanOrEqual(4 * 12);

      const { status, output } = run(['astro', 'build', '--outDir', out], {
        CONTENT_DIR: archive,
        BUILD_DATE: '2100-01-01',
      });
      expect(status, output).toBe(0);
      const articles = readdirSync(join(out, 'articles'), { recursive: true, encoding: 'utf8' }).filter((f) =>
        f.endsWith('index.html'),
      );
      expect(articles.sort()).toEqual(items.map((f) => f.replace(/\/[a-z]+\/([^/]+)\.md$/, '/$1/index.html')).sort());
      expect(readdirSync(join(out, 'editions')).filter((d) => /^\d/.test(d))).toEqual([
        '1998-01-22',
        '1998-01-29',
        '1998-02-05',
        '1998-02-12',
      ]);
    } finally {
      rmSync(archive, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    }
  });
});
