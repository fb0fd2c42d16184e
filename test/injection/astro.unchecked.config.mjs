// @ts-check
import config from '../../astro.config.mjs';

/**
 * The site's configuration without the content check, for the injection tests only (test/injection.test.ts):
 * they build the corpus with nothing in front of the rendering pipeline, to prove that the pipeline alone
 * keeps every payload off the page. Production has no switch to skip the check.
 */
export default {
  ...config,
  integrations: (config.integrations ?? []).filter(
    (integration) => !(integration && 'name' in integration && integration.name === 'kernel-weekly:content-check'),
  ),
};
