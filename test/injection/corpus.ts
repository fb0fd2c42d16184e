/**
 * The injection corpus of issue 11: every payload in every body and prop position, in `.md` and `.mdx`.
 * Each payload is the whole body of one item; tests check that `npm run check` refuses it at its line, and
 * that with the check bypassed nothing of it runs: the sanitiser removes it (`fatal: false`), or the build
 * refuses the file (`fatal: true`: MDX code, which must never run at build time).
 */
export interface Payload {
  name: string;
  format: 'md' | 'mdx';
  body: string;
  /** The line of the body the check names (1 = the body's first line). */
  line: number;
  /** What the check's message contains. */
  message: string;
  /** The build refuses the file instead of sanitising it. */
  fatal?: boolean;
}

const SCHEME = 'uses a scheme that is not allowed';

/** Payloads written the same way in Markdown and in MDX. */
const both: Omit<Payload, 'format'>[] = [
  { name: 'link', body: '[click](javascript:alert(1))', line: 1, message: SCHEME },
  { name: 'link, mixed case', body: '[click](JaVaScRiPt:alert(1))', line: 1, message: SCHEME },
  { name: 'link, entity-encoded', body: '[click](&#106;avascript:alert(1))', line: 1, message: SCHEME },
  { name: 'link, escaped tab', body: '[click](<java&#9;script:alert(1)>)', line: 1, message: SCHEME },
  { name: 'link, vbscript', body: '[click](vbscript:msgbox(1))', line: 1, message: SCHEME },
  { name: 'link, data: HTML', body: '[click](data:text/html,<script>alert(1)</script>)', line: 1, message: SCHEME },
  { name: 'reference link', body: 'See [click][r].\n\n[r]: javascript:alert(1)', line: 3, message: SCHEME },
  { name: 'image', body: '![x](javascript:alert(1))', line: 1, message: SCHEME },
];

const mdOnly: Omit<Payload, 'format'>[] = [
  { name: 'autolink', body: 'Go <javascript:alert(1)> now.', line: 1, message: SCHEME },
  { name: 'raw script block', body: '<script>alert(1)</script>', line: 1, message: '<script>' },
  { name: 'raw script inline', body: 'Text <script>alert("x")</script> text.', line: 1, message: '<script>' },
  { name: 'img onerror', body: '<img src="x" onerror="alert(1)">', line: 1, message: 'onerror' },
  { name: 'iframe javascript:', body: '<iframe src="javascript:alert(1)"></iframe>', line: 1, message: '<iframe>' },
  { name: 'raw a href', body: '<a href="javascript:alert(1)">click</a>', line: 1, message: 'href="javascript:' },
  { name: 'raw a href, entity', body: '<a href="&#106;avascript:alert(1)">click</a>', line: 1, message: 'href=' },
  {
    name: 'details ontoggle',
    body: '<details open ontoggle="alert(1)"><summary>s</summary></details>',
    line: 1,
    message: 'ontoggle',
  },
  { name: 'svg onload', body: '<svg onload="alert(1)"></svg>', line: 1, message: '<svg>' },
  {
    name: 'style attribute',
    body: '<div style="background:url(javascript:alert(1))">x</div>',
    line: 1,
    message: 'style',
  },
  { name: 'object', body: '<object data="javascript:alert(1)"></object>', line: 1, message: '<object>' },
  { name: 'embed', body: '<embed src="javascript:alert(1)">', line: 1, message: '<embed>' },
  { name: 'form', body: '<form action="javascript:alert(1)"><button>go</button></form>', line: 1, message: '<form>' },
  {
    name: 'Quote typed into .md',
    body: '<Quote speaker="x" source="javascript:alert(1)">w</Quote>',
    line: 1,
    message: 'MDX component',
  },
  { name: 'Ref typed into .md', body: 'See <Ref item="2008-03-27/markers" />.', line: 1, message: 'use [text](item:' },
];

const mdxOnly: Omit<Payload, 'format'>[] = [
  { name: 'JSX script', body: '<script>alert(1)</script>', line: 1, message: '<script>' },
  { name: 'JSX img onerror', body: '<img src="x" onerror="alert(1)" />', line: 1, message: 'onerror' },
  { name: 'JSX onClick', body: '<span onClick="alert(1)">x</span>', line: 1, message: 'onclick' },
  { name: 'JSX iframe', body: '<iframe src="javascript:alert(1)"></iframe>', line: 1, message: '<iframe>' },
  { name: 'JSX a href', body: '<a href="javascript:alert(1)">click</a>', line: 1, message: 'href="javascript:' },
  {
    name: 'JSX a href, literal expression',
    body: '<a href={"javascript:alert(1)"}>click</a>',
    line: 1,
    message: 'href="javascript:',
  },
  {
    name: 'JSX details ontoggle',
    body: '<details open ontoggle="alert(1)"><summary>s</summary></details>',
    line: 1,
    message: 'ontoggle',
  },
  { name: 'JSX style', body: '<div style="color: red">x</div>', line: 1, message: 'style' },
  // The build refuses these files outright.
  {
    name: 'Quote source',
    body: '<Quote speaker="x" source="javascript:alert(1)">w</Quote>',
    line: 1,
    message: SCHEME,
    fatal: true,
  },
  {
    name: 'Quote source, mixed case',
    body: '<Quote speaker="x" source="JaVaScRiPt:alert(1)">w</Quote>',
    line: 1,
    message: SCHEME,
    fatal: true,
  },
  {
    name: 'Quote source, literal expression',
    body: '<Quote speaker="x" source={"javascript:alert(1)"}>w</Quote>',
    line: 1,
    message: SCHEME,
    fatal: true,
  },
  {
    name: 'expression',
    body: 'Home is {process.env.HOME}.',
    line: 1,
    message: '{…} expressions are not allowed',
    fatal: true,
  },
  {
    name: 'expression in a prop',
    body: '<Quote speaker={process.env.HOME} source="https://example.org/">w</Quote>',
    line: 1,
    message: 'is not a literal',
    fatal: true,
  },
  { name: 'spread prop', body: '<Quote {...props}>w</Quote>', line: 1, message: 'spread', fatal: true },
  {
    name: 'import of a file',
    body: 'import host from "/etc/hostname?raw"\n\nThe host is {host}.',
    line: 1,
    message: 'import and export',
    fatal: true,
  },
  {
    name: 'export',
    body: 'export const home = process.env.HOME\n\nText.',
    line: 1,
    message: 'import and export',
    fatal: true,
  },
  {
    name: 'expression in JSX',
    body: '<script>{"alert(1)"}</script>',
    line: 1,
    message: '{…} expressions',
    fatal: true,
  },
  {
    name: 'unknown component',
    body: '<Frobnicate />',
    line: 1,
    message: 'unknown component <Frobnicate>',
    fatal: true,
  },
];

export const PAYLOADS: Payload[] = [
  ...[...both, ...mdOnly].map((p) => ({ ...p, format: 'md' as const })),
  ...[...both, ...mdxOnly].map((p) => ({ ...p, format: 'mdx' as const })),
];

/** The frontmatter every corpus item gets; the body starts on line FRONTMATTER_LINES + 2. */
export const FRONTMATTER = '---\ntitle: Payload\nkind: brief\nsummary: An injection payload.\n---\n\n';
export const BODY_START_LINE = 7;

/** A file name for a payload: its index, so each file is one payload. */
export const payloadSlug = (index: number) => `payload-${String(index).padStart(2, '0')}`;
