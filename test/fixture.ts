import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const MINIMAL = join(import.meta.dirname, 'fixtures/minimal');

/** A writable copy of the minimal valid content folder, for tests that break it on purpose. */
export interface Fixture {
  dir: string;
  write(path: string, text: string): void;
  edit(path: string, change: (text: string) => string): void;
  remove(): void;
}

export function copyFixture(): Fixture {
  const dir = mkdtempSync(join(tmpdir(), 'kw-content-'));
  cpSync(MINIMAL, dir, { recursive: true });
  return {
    dir,
    write(path, text) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    },
    edit(path, change) {
      writeFileSync(join(dir, path), change(readFileSync(join(dir, path), 'utf8')));
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The environment of a child process (Astro, the check): Vitest's own variables change how Astro and Vite behave. */
export function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV'),
  );
  // Plain logs: with CI set, Astro's logger colours its output, and tests read it.
  return { ...clean, NO_COLOR: '1', ...env };
}

export const DRAFT_TITLE = 'Unfinished draft feature';
export const SCHEDULED_TITLE = 'Scheduled next week';

/** A draft item in the fixture's edition and an edition of the next week (scheduled before 2008-04-03). */
export function addUnpublished(fixture: Fixture) {
  fixture.write(
    'editions/2008-03-27/kernel/unfinished.md',
    `---\ntitle: ${DRAFT_TITLE}\nkind: feature\nauthor: test-writer\nsummary: Not ready.\ndraft: true\n---\n\nHalf a thought.\n`,
  );
  fixture.write('editions/2008-04-03/edition.yaml', 'summary: Next week.\neditors:\n  front: test-writer\n');
  fixture.write(
    'editions/2008-04-03/front/ahead.md',
    `---\ntitle: ${SCHEDULED_TITLE}\nkind: brief\nsummary: Soon.\n---\n\nSoon.\n`,
  );
}
