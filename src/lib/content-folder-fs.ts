import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import yaml from 'js-yaml';
import { isCalendarDate } from '../schemas/common.ts';
import type { ScaffoldFile } from './scaffold.ts';

/** What the editor commands (`scripts/new-*.ts`, `scripts/import-patches.ts`) read from a content folder. */

/** The dates of the edition folders, oldest first. */
export function editionDates(contentDir: string): string[] {
  const dir = join(contentDir, 'editions');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && isCalendarDate(entry.name))
    .map((entry) => entry.name)
    .sort();
}

/** The edition a command works on: the one named (which must exist), or the newest. */
export function chooseEdition(contentDir: string, requested: string | undefined): string {
  const dates = editionDates(contentDir);
  if (requested !== undefined) {
    if (!dates.includes(requested))
      throw new Error(
        `no edition ${requested} in ${contentDir}/editions; start it with npm run new:edition -- ${requested}`,
      );
    return requested;
  }
  const newest = dates.at(-1);
  if (!newest) throw new Error(`no edition in ${contentDir}/editions; start one with npm run new:edition`);
  return newest;
}

/** Reads a YAML file with scalars kept as text (dates stay YYYY-MM-DD strings). */
export function readYamlFile(path: string): unknown {
  return yaml.load(readFileSync(path, 'utf8'), { schema: yaml.CORE_SCHEMA });
}

/** The page editors of an edition, by section (none when its edition.yaml is missing or has none). */
export function editorsOf(contentDir: string, date: string): Record<string, string> {
  const file = join(contentDir, 'editions', date, 'edition.yaml');
  const data = existsSync(file) ? readYamlFile(file) : undefined;
  const editors = (data as { editors?: unknown } | undefined)?.editors;
  return editors && typeof editors === 'object' ? (editors as Record<string, string>) : {};
}

/** The author ids of authors.yaml. */
export function authorIds(contentDir: string): string[] {
  const list = readYamlFile(join(contentDir, 'authors.yaml'));
  return Array.isArray(list) ? list.map((a: { id?: unknown }) => String(a.id)) : [];
}

/** The item slugs of an edition, whatever their section (a slug is unique within its edition). */
export function itemSlugs(contentDir: string, date: string): Set<string> {
  const dir = join(contentDir, 'editions', date);
  const slugs = new Set<string>();
  for (const section of readdirSync(dir, { withFileTypes: true }))
    if (section.isDirectory())
      for (const file of readdirSync(join(dir, section.name)))
        if (/\.mdx?$/.test(file)) slugs.add(file.replace(/\.mdx?$/, ''));
  return slugs;
}

/** Writes new files under the content folder; never overwrites one (the `wx` flag fails instead). */
export function writeNewFiles(contentDir: string, files: readonly ScaffoldFile[]): string[] {
  return files.map(({ path, text }) => {
    const target = join(contentDir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text, { flag: 'wx' });
    return target;
  });
}

/** A path as messages show it: relative to the working folder when inside it, else absolute. */
export function shownPath(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown === '' || shown.startsWith('..') ? path : shown;
}
