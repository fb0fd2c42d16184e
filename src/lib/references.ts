import { authorUrl, editionUrl, itemUrl, releaseUrl, topicUrl } from './urls.ts';

/**
 * Cross-references in item bodies. Editors write them three ways, all checked before a build:
 *
 * - `<Ref item="2008-03-27/predictive-elf-bitmaps" />` (MDX; also `edition=`, `topic=`, `release=`): a link
 *   showing the target's title;
 * - `[link text](item:2008-03-27/predictive-elf-bitmaps)` (Markdown and MDX; also `edition:`, `topic:`,
 *   `release:`): a link with the editor's text;
 * - plain site links, `[text](/articles/2008-03-27/predictive-elf-bitmaps/)`, `/editions/…`, `/topics/…`,
 *   `/authors/…`, `/kernel/releases/#v…`.
 */

export const REF_KINDS = ['item', 'edition', 'topic', 'release'] as const;
export type RefKind = (typeof REF_KINDS)[number];
export type TargetKind = RefKind | 'author';

/** A reference found in a body: what it points to, where, and how it was written. */
export interface BodyReference {
  kind: TargetKind;
  id: string;
  /** 1-based line in the text scanned. */
  line: number;
  /** The reference as written, for messages: `<Ref item="…">`, `item:…`, `/articles/…/`. */
  written: string;
}

/** Something wrong with a reference that cannot be resolved to a target (no id, no link text). */
export interface MalformedReference {
  line: number;
  message: string;
}

const REF_SCHEME = new RegExp(`^(${REF_KINDS.join('|')}):(.+)$`);

/** The URL a `kind:id` reference stands for. */
export function refUrl(kind: RefKind, id: string): string {
  switch (kind) {
    case 'item':
      return itemUrl(id);
    case 'edition':
      return editionUrl(id);
    case 'topic':
      return topicUrl(id);
    case 'release':
      return releaseUrl(id);
  }
}

/** Reads `item:2008-03-27/slug` (and the other kinds) from a link address; undefined for any other address. */
export function parseRefScheme(href: string): { kind: RefKind; id: string } | undefined {
  const match = REF_SCHEME.exec(href);
  return match ? { kind: match[1] as RefKind, id: match[2] } : undefined;
}

/** Stands for the id in a URL built by urls.ts, to turn the builder into a pattern. */
const ID = '\u0000';
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A fixed path, its trailing slash optional. */
const fixedPath = (path: string) => `${escapeRegExp(path.replace(/\/$/, ''))}/?`;

/**
 * The pattern of the paths a URL builder makes, capturing the id (`idPattern`); the trailing slash is
 * optional, and with `below` so are the pages below it (an edition's section pages and big page).
 */
function pathPattern(build: (id: string) => string, idPattern: string, below = false): RegExp {
  const [before, after] = build(ID).split(ID);
  return new RegExp(`^${escapeRegExp(before)}(${idPattern})${below ? '(?:/[^?]*)?' : fixedPath(after)}$`);
}

const SEGMENT = '[^/?]+';
const PATH_TARGETS: [TargetKind, RegExp][] = [
  ['item', pathPattern(itemUrl, `${SEGMENT}/${SEGMENT}`)],
  ['edition', pathPattern(editionUrl, SEGMENT, true)],
  ['topic', pathPattern(topicUrl, SEGMENT)],
  ['author', pathPattern(authorUrl, SEGMENT)],
];
const [RELEASES_PATH, RELEASE_FRAGMENT] = releaseUrl(ID).split('#');
const RELEASES_PATTERN = new RegExp(`^${fixedPath(RELEASES_PATH)}$`);
const RELEASE_ANCHOR_PREFIX = RELEASE_FRAGMENT.split(ID)[0];

/** The target of a site-internal link (`/articles/…`, `/editions/…`, …), or undefined for other links. */
export function targetOfPath(href: string): { kind: TargetKind; id: string } | undefined {
  if (!href.startsWith('/')) return undefined;
  const [pathAndQuery, fragment] = href.split('#', 2);
  const path = pathAndQuery.split('?')[0];
  for (const [kind, pattern] of PATH_TARGETS) {
    const match = pattern.exec(path);
    if (match) return { kind, id: match[1] };
  }
  if (RELEASES_PATTERN.test(path) && fragment?.startsWith(RELEASE_ANCHOR_PREFIX))
    return { kind: 'release', id: fragment.slice(RELEASE_ANCHOR_PREFIX.length) };
  return undefined;
}

/** Blanks out code (fenced blocks and inline code spans), line by line, so line numbers stay right. */
function withoutCode(body: string): string {
  let fence: string | undefined;
  return body
    .split('\n')
    .map((line) => {
      const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker)
          fence = undefined;
        return '';
      }
      if (marker) {
        fence = marker;
        return '';
      }
      return line.replace(/(`+)[^`].*?\1/g, (code) => ' '.repeat(code.length));
    })
    .join('\n');
}

/**
 * Finds every cross-reference and checked site link in a Markdown/MDX body (frontmatter removed), outside
 * code. Returns the references, and the malformed ones (a `<Ref>` without a target, a link without text).
 */
export function findReferences(body: string): { references: BodyReference[]; malformed: MalformedReference[] } {
  const text = withoutCode(body);
  const found: { at: number; reference: BodyReference }[] = [];
  const malformed: MalformedReference[] = [];
  const lineAt = (index: number) => text.slice(0, index).split('\n').length;

  for (const match of text.matchAll(/<Ref\b([^>]*)>/g)) {
    const attributes = [...match[1].matchAll(/\b(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].filter(([, name]) =>
      (REF_KINDS as readonly string[]).includes(name),
    );
    if (attributes.length !== 1) {
      malformed.push({
        line: lineAt(match.index),
        message: `${match[0]} needs exactly one of ${REF_KINDS.map((k) => `${k}="…"`).join(', ')}`,
      });
      continue;
    }
    const [, kind, double, single] = attributes[0];
    const id = double ?? single;
    found.push({
      at: match.index,
      reference: { kind: kind as RefKind, id, line: lineAt(match.index), written: `<Ref ${kind}="${id}">` },
    });
  }

  const addresses: { href: string; index: number; linkText?: string }[] = [
    // [text](address "title") and ![alt](address)
    ...[...text.matchAll(/(!?)\[((?:[^\]\\]|\\.)*)\]\(\s*<?([^\s)>]+)/g)].map((m) => ({
      href: m[3],
      index: m.index,
      linkText: m[1] ? undefined : m[2],
    })),
    // [label]: address
    ...[...text.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map((m) => ({ href: m[1], index: m.index })),
    // <a href="address"> in HTML and JSX
    ...[...text.matchAll(/\bhref\s*=\s*["']([^"']+)["']/g)].map((m) => ({ href: m[1], index: m.index })),
  ];
  for (const { href, index, linkText } of addresses) {
    const target = parseRefScheme(href) ?? targetOfPath(href);
    if (!target) continue;
    if (linkText !== undefined && linkText.trim() === '')
      malformed.push({
        line: lineAt(index),
        message: `the link to ${href} has no text; write [text](${href}), or use <Ref> in an .mdx file to show the title`,
      });
    found.push({ at: index, reference: { ...target, line: lineAt(index), written: href } });
  }
  return {
    references: found.sort((a, b) => a.at - b.at).map((f) => f.reference),
    malformed: malformed.sort((a, b) => a.line - b.line),
  };
}

/** Whether a target can be linked to in this build: true, or why not ("a draft", "scheduled for …"). */
export type Availability = true | string;

/** What exists in this build, for resolving references. */
export interface TargetIndex {
  items: ReadonlyMap<string, Availability>;
  editions: ReadonlyMap<string, Availability>;
  topics: ReadonlySet<string>;
  releases: ReadonlySet<string>;
  authors: ReadonlySet<string>;
}

const EXPECTED: Record<TargetKind, string> = {
  item: 'the id of an item, <edition date>/<slug> (its file is editions/<date>/<section>/<slug>.md[x])',
  edition: 'the date of an edition folder, YYYY-MM-DD',
  topic: 'a topic id defined in topics.yaml',
  release: 'a version listed in releases.yaml',
  author: 'an author id defined in authors.yaml',
};

/**
 * Resolves a reference against what this build publishes. Returns undefined when it resolves, else what is
 * wrong, naming the reference as written and what was expected.
 */
export function referenceProblem(ref: BodyReference, index: TargetIndex): string | undefined {
  let availability: Availability | undefined;
  switch (ref.kind) {
    case 'item':
      availability = index.items.get(ref.id);
      break;
    case 'edition':
      availability = index.editions.get(ref.id);
      break;
    case 'topic':
      availability = index.topics.has(ref.id) || undefined;
      break;
    case 'release':
      availability = index.releases.has(ref.id) || undefined;
      break;
    case 'author':
      availability = index.authors.has(ref.id) || undefined;
      break;
  }
  if (availability === undefined)
    return `${ref.written} points to an unknown ${ref.kind} "${ref.id}"; expected ${EXPECTED[ref.kind]}`;
  if (availability !== true)
    return `${ref.written} points to ${ref.kind} "${ref.id}", which is not published in this build (${availability}); expected a published ${ref.kind}`;
  return undefined;
}
