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
