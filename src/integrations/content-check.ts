import type { AstroIntegration } from 'astro';
import { checkContent, formatProblem } from '../lib/content-check/index.ts';
import { BUILD_DATE, CONTENT_CHECK_CACHE } from '../settings.ts';

/**
 * Runs the content check before Astro loads anything. A build stops on the first bad file with every
 * problem listed (file, field, expected); `astro dev` logs them and keeps serving, so an editor can fix
 * them while previewing.
 *
 * It also tells the pages whether this is `astro dev` (`import.meta.env.SHOW_UNPUBLISHED`), from the
 * command itself: NODE_ENV left over in a shell must never publish drafts.
 */
export function contentCheck(contentDir: string): AstroIntegration {
  return {
    name: 'kernel-weekly:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.SHOW_UNPUBLISHED': JSON.stringify(command === 'dev') } } });
        const { problems } = checkContent(
          contentDir,
          process.cwd(),
          { buildDate: BUILD_DATE, showUnpublished: command === 'dev' },
          CONTENT_CHECK_CACHE,
        );
        if (problems.length === 0) return;
        const lines = problems.map(formatProblem);
        if (command === 'dev') {
          for (const line of lines) logger.error(line);
          return;
        }
        throw contentError(`The content has ${problems.length} problem(s):\n${lines.join('\n')}`);
      },
    },
  };
}

/**
 * The error that stops a build on bad content. Its message is all an editor needs: the stack trace (frames of
 * this hook) is dropped unless DEBUG names kernel-weekly (`DEBUG=kernel-weekly npm run build`).
 */
function contentError(message: string): Error {
  const error = Object.assign(new Error(message), {
    hint: '`npm run check` lists the same problems without building; docs/authoring.md says what each one means.',
  });
  if (!/\bkernel-weekly\b/.test(process.env.DEBUG ?? '')) error.stack = '';
  return error;
}
