import { escapeMarkup } from './feeds.ts';
import { formatProblem, type Problem } from './content-check/index.ts';

/**
 * The page `npm run dev` answers with (status 500) while the content has problems: every problem as the check
 * prints it (file: field: what was expected), instead of a page that stops half-way with status 200.
 */
export function devErrorPage(problems: readonly Problem[]): string {
  const items = problems.map((p) => `<li><code>${escapeMarkup(formatProblem(p))}</code></li>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Content error: ${problems.length} problem(s)</title>
<style>
body { font: 1rem/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; background: #fff; }
h1 { color: #a4001a; font-size: 1.5rem; }
li { margin: .5rem 0; }
code { white-space: pre-wrap; overflow-wrap: anywhere; }
@media (prefers-color-scheme: dark) { body { color: #eee; background: #161616; } h1 { color: #ff8a8a; } }
</style>
</head>
<body>
<main>
<h1>Content error: this page cannot be previewed</h1>
<p>The content has ${problems.length} problem(s). The same list is in the terminal, and <code>npm run check</code> prints it too.</p>
<ul>
${items}
</ul>
<p>Fix the file(s), save, and reload this page.</p>
</main>
</body>
</html>
`;
}
