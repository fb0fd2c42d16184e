import type { Topic } from './types.ts';

/** A topic of the kernel index with its subtopics, as the index shows them. */
export interface TopicNode {
  topic: Topic;
  children: TopicNode[];
}

const byName = (a: TopicNode, b: TopicNode) =>
  a.topic.name.localeCompare(b.topic.name, 'en') || a.topic.id.localeCompare(b.topic.id);

/**
 * The kernel index as a tree: top-level topics and, under each, its subtopics, alphabetically at every
 * level. A topic whose parent is unknown is shown at the top level (the content check reports it).
 */
export function topicTree(topics: Iterable<Topic>): TopicNode[] {
  const nodes = new Map<string, TopicNode>();
  for (const topic of topics) nodes.set(topic.id, { topic, children: [] });
  const roots: TopicNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.topic.parent === undefined ? undefined : nodes.get(node.topic.parent);
    (parent ? parent.children : roots).push(node);
  }
  for (const node of nodes.values()) node.children.sort(byName);
  return roots.sort(byName);
}

/** The parents of a topic, outermost first (empty for a top-level topic). */
export function topicAncestors(topics: ReadonlyMap<string, Topic>, id: string): Topic[] {
  const chain: Topic[] = [];
  const seen = new Set([id]);
  for (let p = topics.get(id)?.parent; p !== undefined && !seen.has(p); p = topics.get(p)?.parent) {
    seen.add(p);
    const parent = topics.get(p);
    if (!parent) break;
    chain.unshift(parent);
  }
  return chain;
}

/** A topic in index order with its depth (0 for a top-level topic). */
export interface IndexedTopic {
  topic: Topic;
  depth: number;
  /** Its subtopics, alphabetically. */
  children: Topic[];
}

/** The tree in reading order, depth first: each topic followed by its subtopics. */
export function flattenTopicTree(tree: readonly TopicNode[], depth = 0): IndexedTopic[] {
  return tree.flatMap((node) => [
    { topic: node.topic, depth, children: node.children.map((c) => c.topic) },
    ...flattenTopicTree(node.children, depth + 1),
  ]);
}

/**
 * Articles listed per topic on the kernel index page; the topic's own page lists them all. At 20,000 items
 * a complete index on one page would run to megabytes.
 */
export const INDEX_ENTRIES_PER_TOPIC = 10;
