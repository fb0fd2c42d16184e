/**
 * The pages of a weekly edition, in the order they are read. Defined once: schemas, navigation, URLs and
 * feeds all take the section list from here.
 */
export const SECTIONS = [
  { id: 'front', title: 'Front page', featuresHeading: 'Features' },
  { id: 'security', title: 'Security', featuresHeading: 'Security news' },
  { id: 'kernel', title: 'Kernel development', featuresHeading: 'Kernel development news' },
  { id: 'distributions', title: 'Distributions', featuresHeading: 'Distribution news' },
  { id: 'development', title: 'Development', featuresHeading: 'Development news' },
  { id: 'announcements', title: 'Announcements', featuresHeading: 'Announcements' },
] as const;

/** The title of a section. */
export function sectionTitle(id: SectionId): string {
  return SECTIONS.find((s) => s.id === id)!.title;
}

export type SectionId = (typeof SECTIONS)[number]['id'];

export const SECTION_IDS = SECTIONS.map((s) => s.id) as [SectionId, ...SectionId[]];

/** Item kinds: bylined feature articles and short brief items. */
export const ITEM_KINDS = ['brief', 'feature'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
