import * as assert from 'node:assert/strict';
import { buildEventTree, eventPath, formatEventDate } from '../../../src/core/views/eventTree';
import type { ViewNode } from '../../../src/core/views/viewNode';
import { doc, event } from './fixtures';

describe('event timeline', () => {
  const d = doc();
  const events = [
    event('a', '2022-04-25', 'day', { relative: true, actors: ['person:lloyd-austin'] }),
    event('b', '2022-04', 'month'),
    event('c', '2014', 'year'),
    event('d', null, null),
    event('e', '2022-01-10', 'day'),
  ];
  const input = { events, document: () => d, order: 'oldest' as const };

  const labels = (tree: ReturnType<typeof buildEventTree>, node?: ViewNode): string[] =>
    (node ? tree.children(node) : tree.roots()).map((n) => n.label);

  it('nests year → month → day, oldest first, with Undated last', () => {
    const tree = buildEventTree(input);
    assert.deepEqual(labels(tree), ['2014', '2022', 'Undated']);
    const y2022 = tree.roots()[1];
    assert.deepEqual(labels(tree, y2022), ['January', 'April']);
    const april = tree.children(y2022)[1];
    // The month-only event sits on the month, before the days.
    assert.deepEqual(labels(tree, april), ['event b', 'April 25']);
    assert.equal(tree.children(april)[1].description, 'Monday · 1 event');
    assert.deepEqual(labels(tree, tree.roots()[0]), ['event c']);
  });

  it('reverses for newest first', () => {
    const tree = buildEventTree({ ...input, order: 'newest' });
    assert.deepEqual(labels(tree), ['2022', '2014', 'Undated']);
    assert.deepEqual(labels(tree, tree.roots()[0]), ['April', 'January']);
  });

  it('marks dates worked out from the article date with ≈', () => {
    const tree = buildEventTree(input);
    const april = tree.children(tree.roots()[1])[1];
    const day = tree.children(april)[1];
    const [node] = tree.children(day);
    assert.equal(node.label, '≈ event a');
    assert.match(node.tooltip!, /worked out from the article date 2022-04-26/);
    assert.equal(formatEventDate(events[0]), '≈ April 25, 2022');
    assert.equal(formatEventDate(events[1]), 'April 2022');
    assert.equal(formatEventDate(events[3]), 'Undated');
  });

  it('filters by actor and gives the path to reveal an event', () => {
    const tree = buildEventTree({ ...input, actorId: 'person:lloyd-austin' });
    assert.deepEqual(labels(tree), ['2022']);
    assert.deepEqual(eventPath(events[0]), ['year:2022', 'month:2022-04', 'day:2022-04-25', 'event:a']);
    let node: ViewNode | undefined;
    for (const id of eventPath(events[0])) node = (node ? tree.children(node) : tree.roots()).find((n) => n.id === id);
    assert.equal(node?.id, 'event:a');
    assert.equal(tree.parent(node!)?.id, 'day:2022-04-25');
  });

  it('says when other sources report the same happening (same timeline group)', () => {
    const grouped = [
      event('x', '2022-01-10', 'day', { groupId: 'x' }),
      event('y', '2022-01-10', 'day', { groupId: 'x', documentId: 'npr' }),
      event('z', '2022-01-10', 'day', { groupId: 'z' }),
    ];
    const tree = buildEventTree({ events: grouped, document: () => d, order: 'oldest' });
    const day = tree.children(tree.children(tree.roots()[0])[0])[0];
    const [x, y, z] = tree.children(day);
    assert.match(x.description!, /also in 1 other source$/);
    assert.match(y.tooltip!, /Reported as the same happening by 1 other source/);
    assert.doesNotMatch(z.description!, /also in/);
  });

  it('puts a week under the month of its Monday, not on a day, and marks it worked out', () => {
    // The week of Monday 2024-04-29 runs into May; it still sits under April.
    const week = event('w', '2024-04-29', 'week', { relative: true, dateText: 'last week' });
    const sameDay = event('s', '2024-04-29', 'day');
    const tree = buildEventTree({ events: [week, sameDay], document: () => d, order: 'oldest' });
    const april = tree.children(tree.roots()[0])[0];
    assert.equal(april.label, 'April');
    assert.deepEqual(labels(tree, april), ['≈ event w', 'April 29']);
    assert.deepEqual(labels(tree, tree.children(april)[1]), ['event s']);
    assert.equal(formatEventDate(week), '≈ week of April 29, 2024');
    assert.deepEqual(eventPath(week), ['year:2024', 'month:2024-04', 'event:w']);
    let node: ViewNode | undefined;
    for (const id of eventPath(week)) node = (node ? tree.children(node) : tree.roots()).find((n) => n.id === id);
    assert.equal(node?.id, 'event:w');
  });

  it('explains undated events', () => {
    const tree = buildEventTree(input);
    const undated = tree.roots()[2];
    assert.equal(undated.description, '1 event');
    assert.match(tree.children(undated)[0].tooltip!, /Undated: no date in the text/);
  });
});
