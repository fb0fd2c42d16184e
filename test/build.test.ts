import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from './content-check-catalogue.ts';
import { addUnpublished, childEnv, copyFixture, DRAFT_TITLE, SCHEDULED_TITLE, type Fixture } from './fixture.ts';
import { devPort, startDev } from './dev-server.ts';
import { generateArchive } from '../bench/generate.ts';

/**
 * End-to-end checks of the build itself, on copies of the minimal fixture: bad content stops `astro build`
 * and `npm run check` with the file, field and expectation; drafts and scheduled editions never reach a
 * production build but show in `astro dev`. One file, so builds never run in parallel.
 */
const ROOT = join(import.meta.dirname, '..');

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
    (f) => f.edit(FEATURE, (t) => `${t}\nSee [the story](item:2008-03-27/no-such-story) for more.\n`),
    `${FEATURE}: line 11: item:2008-03-27/no-such-story points to an unknown item "2008-03-27/no-such-story"`,
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

// Check equals build: the catalogue's cases the build also meets fail it with the lines npm run check prints.
describe.each(CATALOGUE.filter((c) => c.build))('the build on $name', ({ change, problems, env, pages }) => {
  let fixture: Fixture;
  beforeAll(() => {
    fixture = copyFixture();
    change(fixture);
  });
  afterAll(() => fixture.remove());

  it(problems.length ? 'fails with the lines npm run check prints' : 'succeeds, as npm run check does', () => {
    const out = mkdtempSync(join(tmpdir(), 'kw-dist-'));
    try {
      const { status, output } = run(['astro', 'build', '--outDir', out], { CONTENT_DIR: fixture.dir, ...env });
      if (problems.length === 0) {
        expect(status, output).toBe(0);
        for (const [page, text] of Object.entries(pages ?? {}))
          expect(readFileSync(join(out, page), 'utf8'), page).toContain(text);
        return;
      }
      expect(status).not.toBe(0);
      for (const problem of problems) expect(output).toContain(`${fixture.dir}/${problem}`);
      expect(output, 'no stack trace without DEBUG=kernel-weekly').not.toMatch(/^\s+at /m);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('drafts and scheduled editions', () => {
  let fixture: Fixture;
  let out: string;
  let buildOutput: string;

  beforeAll(() => {
    fixture = copyFixture();
    addUnpublished(fixture);
    out = join(mkdtempSync(join(tmpdir(), 'kw-site-')), 'dist');
    const { status, output } = run(['node', 'scripts/build.ts', '--outDir', out], {
      CONTENT_DIR: fixture.dir,
      BUILD_DATE: '2008-03-30',
    });
    if (status !== 0) throw new Error(output);
    buildOutput = output;
  });
  afterAll(() => {
    fixture.remove();
    rmSync(dirname(out), { recursive: true, force: true });
  });

  it('leaves them out of every page of a production build, and marks nothing', () => {
    const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(files).toContain('articles/2008-03-27/markers/index.html');
    expect(existsSync(join(out, 'articles/2008-03-27/unfinished'))).toBe(false);
    expect(existsSync(join(out, 'editions/2008-04-03'))).toBe(false);
    for (const file of files) {
      const html = readFileSync(join(out, file), 'utf8');
      for (const needle of [DRAFT_TITLE, SCHEDULED_TITLE, '2008-04-03', 'unfinished', 'publication-mark', 'Scheduled'])
        expect(html, `${file} mentions ${needle}`).not.toContain(needle);
    }
  });

  it('ends the build with one line of what it published and held back', () => {
    expect(buildOutput.trim().split('\n').at(-1)).toBe(
      'published 1 edition and 2 items; held back 1 draft (2008-03-27/unfinished) and 1 scheduled (2008-04-03)',
    );
  });

  it('logs no warning about collections with no entries (no .mdx items, quotes or patches)', () => {
    expect(buildOutput).not.toMatch(/does not exist or is empty|No files found matching/);
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
    const dev = await startDev(devPort(2), { CONTENT_DIR: fixture.dir, BUILD_DATE: '2008-03-30' });
    try {
      const page = async (path: string) => (await fetch(`${dev.url}${path}`)).text();
      expect(await page('/articles/2008-03-27/unfinished/')).toContain(DRAFT_TITLE);
      expect(await page('/editions/2008-04-03/')).toContain(SCHEDULED_TITLE);
      expect(await page('/editions/')).toContain('April 3, 2008');
      expect(await page('/search/')).toContain('Searching the archive needs JavaScript');
      expect(dev.log()).not.toMatch(/does not exist or is empty|No files found matching/);
    } finally {
      dev.stop();
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

describe('builds over the last output but one (npm run build)', () => {
  const WELCOME = 'editions/2008-03-27/front/welcome.md';
  const html = (dir: string) =>
    new Map(
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.html'))
        .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
    );

  it('publish every week exactly the pages a build from nothing makes, keeping unchanged pages in place', () => {
    const fixture = copyFixture();
    const site = mkdtempSync(join(tmpdir(), 'kw-site-'));
    const out = join(site, 'dist');
    const env = { CONTENT_DIR: fixture.dir, BUILD_DATE: '2100-01-01' };
    const build = (outDir = out, ...flags: string[]) => {
      const { status, output } = run(['node', 'scripts/build.ts', '--outDir', outDir, ...flags], env);
      expect(status, output).toBe(0);
      return output;
    };
    const NEXT = 'editions/2008-04-03/front/next.md';
    fixture.write('editions/2008-04-03/edition.yaml', 'summary: The next week.\neditors:\n  front: test-writer\n');
    fixture.write(NEXT, '---\ntitle: Next week\nkind: brief\nsummary: A test item.\n---\n\nMore news.\n');
    try {
      build();
      fixture.edit(WELCOME, (t) => t.replace(/\n*$/, '\n\nFirst week\u2019s correction.\n'));
      build();
      expect(readdirSync(site).sort()).toEqual(['dist', 'dist.previous']);
      // The staging folder is now the first build's output: its welcome page is older than the live one, and
      // this build leaves that edition's pages alone (its cache keys are unchanged).
      fixture.edit(NEXT, (t) => t.replace('More news.', 'Even more news.'));
      const third = build();
      expect(third).toContain('building over the output before last');
      // Unchanged and in place: kept, not copied back from the cache.
      expect(third).toMatch(/\/authors\/test-guest\/index\.html \(cached\)/);
      // An article of the week before too (its page imports astro:assets, which writes the output path in code).
      expect(third).toMatch(/\/articles\/2008-03-27\/markers\/index\.html \(cached\)/);
      expect(readFileSync(join(out, 'articles/2008-03-27/welcome/index.html'), 'utf8')).toContain('correction');
      rmSync(join(fixture.dir, WELCOME));
      build();
      expect(existsSync(join(out, 'articles/2008-03-27/welcome'))).toBe(false);
      expect(readFileSync(join(out, 'editions/2008-03-27/index.html'), 'utf8')).not.toContain('/welcome/');
      const fresh = join(site, 'fresh');
      build(fresh, '--force');
      expect(html(out)).toEqual(html(fresh));
    } finally {
      fixture.remove();
      rmSync(site, { recursive: true, force: true });
    }
    // Five builds.
  }, 400_000);
});
