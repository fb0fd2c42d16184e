import { getArchive, type Archive } from './archive.ts';

/**
 * The static paths of the edition routes, shared by them: one path per page a route builds for each
 * published edition (`paramsOf`), with the edition's cache key; the page gets its params as props, typed.
 */
async function pathsPerEdition<P extends Record<string, string>>(paramsOf: (edition: string, archive: Archive) => P[]) {
  const archive = await getArchive();
  return archive.editions.flatMap((edition) =>
    paramsOf(edition.id, archive).map((params) => ({
      params,
      props: params,
      cacheKey: archive.cacheKeyOf(edition.id),
    })),
  );
}

/** One path per edition: its front page and its big page. */
export const editionPaths = () => pathsPerEdition((edition) => [{ edition }]);

/** One path per page of an edition other than the front page, which is the edition's own URL. */
export const sectionPagePaths = () =>
  pathsPerEdition((edition, archive) =>
    archive
      .pagesOf(edition)
      .filter((page) => page.section !== 'front')
      .map((page) => ({ edition, section: page.section })),
  );
