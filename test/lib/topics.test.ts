import { describe, expect, it } from 'vitest';
import { flattenTopicTree, topicAncestors, topicTree } from '../../src/lib/topics.ts';
import type { Topic } from '../../src/lib/types.ts';

const topics: Topic[] = [
  { id: 'tracing', name: 'Tracing' },
  { id: 'markers', name: 'Markers', parent: 'tracing' },
  { id: 'ftrace', name: 'Ftrace', parent: 'tracing' },
  { id: 'function-graph', name: 'Function graph', parent: 'ftrace' },
  { id: 'btrfs', name: 'Btrfs', parent: 'filesystems' },
  { id: 'filesystems', name: 'Filesystems' },
  { id: 'stray', name: 'Stray', parent: 'missing' },
];

describe('topicTree', () => {
  const tree = topicTree(topics);

  it('puts top-level topics first, alphabetically, whatever the input order', () => {
    expect(tree.map((n) => n.topic.id)).toEqual(['filesystems', 'stray', 'tracing']);
  });

  it('nests subtopics under their parent, alphabetically, at any depth', () => {
    const tracing = tree.find((n) => n.topic.id === 'tracing')!;
    expect(tracing.children.map((n) => n.topic.id)).toEqual(['ftrace', 'markers']);
    expect(tracing.children[0].children.map((n) => n.topic.id)).toEqual(['function-graph']);
    expect(tree[0].children.map((n) => n.topic.id)).toEqual(['btrfs']);
  });
});

describe('flattenTopicTree', () => {
  it('lists each topic followed by its subtopics, with depths and children', () => {
    const flat = flattenTopicTree(topicTree(topics));
    expect(flat.map((e) => `${e.depth}:${e.topic.id}`)).toEqual([
      '0:filesystems',
      '1:btrfs',
      '0:stray',
      '0:tracing',
      '1:ftrace',
      '2:function-graph',
      '1:markers',
    ]);
    expect(flat.find((e) => e.topic.id === 'tracing')!.children.map((t) => t.id)).toEqual(['ftrace', 'markers']);
  });
});

describe('topicAncestors', () => {
  const byId = new Map(topics.map((t) => [t.id, t]));

  it('gives the parents outermost first', () => {
    expect(topicAncestors(byId, 'function-graph').map((t) => t.id)).toEqual(['tracing', 'ftrace']);
  });

  it('is empty for a top-level topic and stops at an unknown parent', () => {
    expect(topicAncestors(byId, 'tracing')).toEqual([]);
    expect(topicAncestors(byId, 'stray')).toEqual([]);
  });

  it('stops on a cycle instead of looping', () => {
    const cyclic = new Map<string, Topic>([
      ['a', { id: 'a', name: 'A', parent: 'b' }],
      ['b', { id: 'b', name: 'B', parent: 'a' }],
    ]);
    expect(topicAncestors(cyclic, 'a').map((t) => t.id)).toEqual(['b']);
  });
});
