/**
 * Kernel tokens: the words of kernel text that readers search for exactly (`in_atomic()`, `GFP_ATOMIC`,
 * `__GFP_NOFAIL`, `CONFIG_PREEMPT`, `mm/vmscan.c`, `2.6.25-rc7`, `6.1.y`, commit ids, `sched:`, `struct page`),
 * and the one normalisation both sides of the search share: item pages hand their tokens to Pagefind as
 * metadata (`tokenMeta`), and the search page rewrites what the reader types the same way (`searchQuery`).
 *
 * Why Pagefind needs the help: for a query word that no indexed word starts with, it falls back to the longest
 * indexed word the query word starts with, so an `in_atomic` absent from the archive matched every page
 * containing "in". A canonical token is bracketed by a mark no other word contains, so it matches itself and
 * nothing else: found exactly, or not at all. The mark and the separator are Unicode letters, which Pagefind
 * keeps inside a word on both sides and never splits into parts.
 */

/** Opens and closes every canonical token. */
export const TOKEN_MARK = 'ǂ';
/** Stands for every separator inside a token (`_`, `/`, `.`, `-`, `:`, space). */
export const TOKEN_SEP = 'ǀ';

export type TokenKind = 'type' | 'subsystem' | 'path' | 'file' | 'version' | 'commit' | 'identifier';

export interface KernelToken {
  kind: TokenKind;
  /** Where the token stands in the text (lower-cased text has the same offsets). */
  start: number;
  end: number;
  /** The canonical token, as indexed and as searched. */
  token: string;
  /** Further tokens the index holds for it: a path's file name, a type's name. */
  parts: string[];
}

const FILE_EXTENSIONS = 'c|h|s|rs|py|sh|pl|txt|rst|dts|dtsi|lds|mk|ko|o|json|yaml|yml';

/**
 * One alternative per kind, tried in this order at each position. Text is lower-cased first, so every token
 * is found whatever its case. URLs are consumed whole and yield nothing.
 */
const TOKEN_PATTERN = new RegExp(
  [
    String.raw`(?<url>[a-z][a-z0-9+.-]*:\/\/\S+)`,
    String.raw`(?<type>\b(?:struct|union|enum)\s+_*[a-z]\w*)`,
    String.raw`(?<subsystem>(?<![\w./:-])[a-z][\w/.+-]*:)(?=\s|$)`,
    String.raw`(?<path>(?<![\w./:-])[\w.+-]*\w(?:\/[\w.+-]*\w)+\/?)`,
    String.raw`(?<file>(?<![\w./-])\w[\w-]*\.(?:${FILE_EXTENSIONS}))(?![\w.]*\w)`,
    String.raw`(?<version>(?<![\w./-])v?\d+(?:\.\d+)+(?:-rc\d+)?(?:\.y)?(?![\w.]*\w))`,
    String.raw`(?<commit>\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{7,40}\b)`,
    String.raw`(?<identifier>\w+)(?<call>\(\)?)?`,
  ].join('|'),
  'g',
);

/** A commit id is found by its first seven digits, however many the reader types or the text gives. */
const COMMIT_DIGITS = 7;

/** The canonical token for the text of one kernel token. */
export function canonicalToken(kind: TokenKind, text: string): string {
  let body = text.toLowerCase();
  if (kind === 'version') body = body.replace(/^v/, '');
  if (kind === 'commit') body = body.slice(0, COMMIT_DIGITS);
  // Separators, whatever they are, become one; leading and trailing ones go (`__GFP_NOFAIL` is `gfp_nofail`),
  // except the colon that makes a subsystem prefix.
  body = body.replace(/[^\p{L}\p{N}]+/gu, TOKEN_SEP).replace(new RegExp(`^${TOKEN_SEP}+|${TOKEN_SEP}+$`, 'g'), '');
  return `${TOKEN_MARK}${body}${kind === 'subsystem' ? TOKEN_SEP : ''}${TOKEN_MARK}`;
}

/**
 * In indexed text a subsystem prefix opens a block or a quoted patch title (`"sched: fix..."`), not a line of a
 * sentence ("as follows:"); in a query any word ending in a colon is one. Block ends are blank lines.
 */
const SUBSYSTEM_BEFORE = /(?:\n\s*\n\s*|["'`“‘(])$/;

/**
 * Every kernel token of a plain text, in order (a word that is no kernel token yields nothing); `index` when
 * the text is an item's rather than a query.
 */
export function findKernelTokens(text: string, index = false): KernelToken[] {
  const found: KernelToken[] = [];
  for (const match of text.toLowerCase().matchAll(TOKEN_PATTERN)) {
    const groups = match.groups!;
    const start = match.index;
    const end = start + match[0].length;
    const add = (kind: TokenKind, raw: string, parts: string[] = []) =>
      found.push({ kind, start, end, token: canonicalToken(kind, raw), parts });
    if (groups.type) {
      const name = groups.type.split(/\s+/)[1];
      add('type', groups.type, isIdentifier(name, false) ? [canonicalToken('identifier', name)] : []);
    } else if (groups.subsystem) {
      if (!index || start === 0 || SUBSYSTEM_BEFORE.test(text.slice(Math.max(0, start - 40), start)))
        add('subsystem', groups.subsystem);
    } else if (groups.path) {
      const base = groups.path.replace(/\/$/, '').split('/').at(-1)!;
      add('path', groups.path, FILE_NAME.test(base) ? [canonicalToken('file', base)] : []);
    } else if (groups.file) add('file', groups.file);
    else if (groups.version) add('version', groups.version);
    else if (groups.commit) add('commit', groups.commit);
    else if (groups.identifier && isIdentifier(groups.identifier, Boolean(groups.call)))
      add('identifier', groups.identifier);
  }
  return found;
}

const FILE_NAME = new RegExp(`^\\w[\\w-]*\\.(?:${FILE_EXTENSIONS})$`);

/**
 * A word is an identifier when it holds an underscore between letters or digits, starts with `__`
 * (`__init`), or is called (`kmalloc(`); plain words are left to Pagefind's own matching.
 */
function isIdentifier(word: string, called: boolean): boolean {
  if (!/[a-z]/.test(word)) return false;
  return called || /[a-z0-9]_+[a-z0-9]/.test(word) || /^__[a-z]/.test(word);
}

/** The distinct canonical tokens of a text, with their parts: what the index holds for it. */
export function kernelTokens(text: string): Set<string> {
  const tokens = new Set<string>();
  for (const { token, parts } of findKernelTokens(text, true)) {
    tokens.add(token);
    for (const part of parts) tokens.add(part);
  }
  return tokens;
}

/** Pagefind's exact search: a query that is one quoted phrase, as Pagefind itself detects it. */
const QUOTED = /^\s*".+"\s*$/;

/**
 * Symbols Pagefind's query side keeps but its index never holds (`=`, `+`, `<`, `*`...): left in, a word that
 * holds one could only fall back to a shorter word, so they separate words instead.
 */
const UNINDEXED = /[^\p{L}\p{N}\p{M}\s_"'’-]/gu;

/**
 * What the search page passes to Pagefind for what the reader typed: each kernel token becomes its canonical
 * token (found exactly, whatever the case, with or without `()`), other words stay as typed. A query that is
 * one quoted phrase goes unchanged to Pagefind's phrase search, which matches the words in that order.
 */
export function searchQuery(input: string): string {
  if (QUOTED.test(input)) return input.trim();
  let query = '';
  let at = 0;
  const words = (text: string) => text.replace(UNINDEXED, ' ');
  for (const { start, end, token } of findKernelTokens(input)) {
    query += `${words(input.slice(at, start))} ${token} `;
    at = end;
  }
  return (query + words(input.slice(at))).replace(/\s+/g, ' ').trim();
}

/** Where a kernel token was found; each place is its own metadata field, weighted apart in ranking. */
export const TOKEN_FIELDS = ['kt_title', 'kt_summary', 'kt_text', 'kt_code'] as const;
export type TokenField = (typeof TOKEN_FIELDS)[number];

/**
 * The token fields of an item: the tokens of its title, its summary, its prose and its code blocks, each token
 * once, in the first of these where it occurs. Empty fields are left out.
 */
export function tokenMeta(
  text: Record<'title' | 'summary' | 'prose' | 'code', string>,
): Partial<Record<TokenField, string>> {
  const seen = new Set<string>();
  const meta: Partial<Record<TokenField, string>> = {};
  const sources: [TokenField, string][] = [
    ['kt_title', text.title],
    ['kt_summary', text.summary],
    ['kt_text', text.prose],
    ['kt_code', text.code],
  ];
  for (const [field, source] of sources) {
    const own = [...kernelTokens(source)].filter((token) => !seen.has(token));
    for (const token of own) seen.add(token);
    if (own.length) meta[field] = own.join(' ');
  }
  return meta;
}
