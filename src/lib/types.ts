import type { ItemKind, SectionId } from '../schemas/sections.ts';

/** The domain model the pages are built from: plain data, independent of how content is loaded. */

export interface Edition {
  /** The edition's date, YYYY-MM-DD; also its id and folder name. */
  id: string;
  summary?: string;
  draft: boolean;
  /** Page editor (author id) per section. */
  editors: Partial<Record<SectionId, string>>;
}

export interface Item {
  /** `<edition>/<slug>`. */
  id: string;
  edition: string;
  section: SectionId;
  slug: string;
  title: string;
  kind: ItemKind;
  author?: string;
  topics: string[];
  summary: string;
  order?: number;
  draft: boolean;
  /** Shows the computed kernel release status as of the edition's date above the body. */
  releaseStatus?: boolean;
}

export interface Author {
  id: string;
  name: string;
  bio?: string;
  guest: boolean;
}

export interface Topic {
  id: string;
  name: string;
  parent?: string;
  description?: string;
}

/** A quote of the week, from an edition's quotes.yaml. */
export interface Quote {
  /** `<edition>/<n>`, n counting from 1 in file order. */
  id: string;
  edition: string;
  speaker: string;
  context?: string;
  date: string;
  source: string;
  text: string;
}

/** An entry of an edition's "Patches and updates" list (patches.yaml). */
export interface Patch {
  category: string;
  author: string;
  title: string;
  date: string;
  url: string;
  note?: string;
}
