import { defineMiddleware } from 'astro:middleware';

/**
 * In `npm run dev`, a page is read whole before it is sent: Astro streams pages, so an error half-way would
 * otherwise reach the browser as a page cut off with status 200; read whole, it becomes Astro's error overlay
 * with status 500. Production builds write whole files anyway and pass through untouched.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!import.meta.env.DEV || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(await response.text(), response);
});
