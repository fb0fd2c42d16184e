import { authorSchema, idRef, releaseSchema, topicSchema } from '../../schemas/index.ts';
import { normalizeReleases, type Release } from '../releases.ts';
import { readList, type ListEntry } from './lists.ts';
import { unknownId, type Report } from './problems.ts';
import type { ContentSource } from './source.ts';

/** The archive-wide files every edition refers to: authors, topics, releases. */
export interface SharedData {
  authors: Set<string>;
  topics: Set<string>;
  /** Release versions. */
  releaseIds: Set<string>;
  releases: Release[];
}

/** Checks authors.yaml, topics.yaml and releases.yaml, each entry and the links between them. */
export function checkSharedFiles(source: ContentSource, report: Report): SharedData {
  const authorList = readList(source, 'authors.yaml', authorSchema, (a) => a.id, report, true);
  const authors = uniqueIds(source.shown('authors.yaml'), authorList, (a) => a.id, 'author id', report);

  const topicsFile = source.shown('topics.yaml');
  const topicList = readList(source, 'topics.yaml', topicSchema(idRef), (t) => t.id, report, true);
  const topics = uniqueIds(topicsFile, topicList, (t) => t.id, 'topic id', report);
  checkTopicParents(
    topicList.map(({ label, value }) => ({ label, id: value.id, parent: value.parent as string | undefined })),
    topics,
    (field, message) => report(topicsFile, field, message),
  );

  const releaseList = readList(source, 'releases.yaml', releaseSchema, (r) => r.version, report, true);
  const releaseIds = uniqueIds(source.shown('releases.yaml'), releaseList, (r) => r.version, 'release version', report);
  return { authors, topics, releaseIds, releases: normalizeReleases(releaseList.map((r) => r.value)) };
}

/** The ids of a list, each reported where it repeats an earlier one. */
function uniqueIds<T>(
  file: string,
  list: ListEntry<T>[],
  idOf: (entry: T) => string,
  what: string,
  report: Report,
): Set<string> {
  const seen = new Set<string>();
  for (const { label, value } of list) {
    const id = idOf(value);
    if (seen.has(id)) report(file, `${label}: id`, `duplicate ${what} "${id}"; expected each ${what} once`);
    seen.add(id);
  }
  return seen;
}

/** Every parent names a topic, and every chain of parents ends at a top-level topic. */
export function checkTopicParents(
  list: { label: string; id: string; parent?: string }[],
  topics: ReadonlySet<string>,
  report: (field: string, message: string) => void,
): void {
  const parents = new Map(list.map((t) => [t.id, t.parent]));
  for (const topic of list) {
    if (topic.parent === undefined) continue;
    if (!topics.has(topic.parent)) {
      report(`${topic.label}: parent`, unknownId('topic', topic.parent, 'a topic id defined in topics.yaml', topics));
      continue;
    }
    const seen = new Set([topic.id]);
    for (let p: string | undefined = topic.parent; p !== undefined; p = parents.get(p)) {
      if (seen.has(p)) {
        report(
          `${topic.label}: parent`,
          'topics form a cycle; expected each chain of parents to end at a top-level topic',
        );
        break;
      }
      seen.add(p);
    }
  }
}
