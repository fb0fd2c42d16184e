interface ImportMetaEnv {
  /** True under `astro dev`: drafts and scheduled editions are shown (set by the content-check integration). */
  readonly SHOW_UNPUBLISHED: boolean;
}
