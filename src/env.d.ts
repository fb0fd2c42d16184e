interface ImportMetaEnv {
  /** True under `astro dev`: drafts and scheduled editions are shown (set by the content-check integration). */
  readonly SHOW_UNPUBLISHED: boolean;
}

/** `--site-url` for the print styles (src/integrations/site-url-css.ts). */
declare module 'virtual:kernel-weekly/site-url.css';
