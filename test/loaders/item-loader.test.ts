import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bodyFile, itemLoader, readKnownItems } from '../../src/loaders/item-loader.ts';

/**
 * The item loader between builds: a weekly build must not read or render the items it already has, and must
 * notice every one that changed. Astro's context is stood in for by a store and a counting renderer.
 */
const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'minimal');
const FEATURE = '2008-03-27/kernel/markers.md';

let dir: string;
let editions: string;
let bodies: string;
const store = new Map<string, { id: string; data: unknown; digest?: string }>();

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'item-loader-'));
  cpSync(FIXTURE, join(dir, 'content'), { recursive: true });
  editions = join(dir, 'content', 'editions');
  bodies = join(dir, 'bodies');
  store.clear();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the loader once as a build does; returns the bodies it rendered. */
async function build(): Promise<string[]> {
  const rendered: string[] = [];
  const context = {
    config: { root: pathToFileURL(`${dir}/`) },
    store: {
      get: (id: string) => store.get(id),
      set: (entry: { id: string; data: unknown; digest?: string }) => store.set(entry.id, entry),
      has: (id: string) => store.has(id),
      delete: (id: string) => store.delete(id),
      keys: () => [...store.keys()],
    },
    logger: { info: () => {} },
    generateDigest: (text: string) => createHash('sha256').update(text).digest('hex'),
    parseData: async ({ data }: { data: unknown }) => data,
    renderMarkdown: async (body: string) => {
      rendered.push(body.trim());
      return { html: `<p>${body.trim()}</p>` };
    },
  } as unknown as LoaderContext;
  await itemLoader(editions, bodies).load(context);
  return rendered;
}

describe('the item loader', () => {
  it('renders every item once, and keeps what each body links to', async () => {
    expect(await build()).toHaveLength(2);
    expect(readFileSync(bodyFile(bodies, '2008-03-27/markers'), 'utf8')).toBe('<p>A body paragraph.</p>');
    expect([...readKnownItems(bodies).keys()].sort()).toEqual(['2008-03-27/markers', '2008-03-27/welcome']);
  });

  it('renders nothing again when no file changed', async () => {
    await build();
    expect(await build()).toEqual([]);
  });

  it('does not read a file whose modification time and size are those of the last build', async () => {
    const file = join(editions, FEATURE);
    const time = new Date('2026-01-01T00:00:00Z');
    utimesSync(file, time, time);
    await build();
    // Same size, same time: only a read would tell, and the loader does not read it.
    writeFileSync(file, readFileSync(file, 'utf8').replace('A body paragraph.', 'A body paragrapH.'));
    utimesSync(file, time, time);
    expect(await build()).toEqual([]);
  });

  it('reads a file again when the store is not the one its record was made with (a build killed before saving it)', async () => {
    const file = join(editions, FEATURE);
    const time = new Date('2026-01-01T00:00:00Z');
    utimesSync(file, time, time);
    await build();
    const saved = store.get('2008-03-27/markers');
    writeFileSync(file, readFileSync(file, 'utf8').replace('A body paragraph.', 'A body paragrapH.'));
    utimesSync(file, new Date(), new Date(Date.now() + 60_000));
    await build();
    // The record now names the edited file; the store goes back to what it was before that build.
    store.set('2008-03-27/markers', saved!);
    expect(await build()).toEqual(['A body paragrapH.']);
  });

  it('renders an edited item again, and records its new links', async () => {
    await build();
    const file = join(editions, FEATURE);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nSee [the release](/kernel/releases/#v2.6.25).\n`);
    expect(await build()).toEqual(['A body paragraph.\n\nSee [the release](/kernel/releases/#v2.6.25).']);
    expect(readKnownItems(bodies).get('2008-03-27/markers')?.references).toMatchObject([
      { kind: 'release', id: '2.6.25' },
    ]);
  });

  it('does not render a file that was only touched, and forgets a deleted one', async () => {
    await build();
    const file = join(editions, FEATURE);
    utimesSync(file, new Date(), new Date(Date.now() + 60_000));
    expect(await build()).toEqual([]);
    rmSync(file);
    await build();
    expect(store.has('2008-03-27/markers')).toBe(false);
    expect(readKnownItems(bodies).has('2008-03-27/markers')).toBe(false);
  });
});
