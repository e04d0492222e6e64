import * as assert from 'node:assert/strict';
import { buildActorTree, shownRoles } from '../../../src/core/views/actorTree';
import { actor, doc, mentionsOf, quoteIn } from './fixtures';

describe('actor tree', () => {
  const d = doc();
  const austin = actor('person:lloyd-austin', 'Lloyd Austin', 'person', mentionsOf(d, 'Austin'), {
    roles: ['Defense Secretary'],
    aliases: ['Austin'],
  });
  const russia = actor('place:russia', 'Russia', 'place', mentionsOf(d, 'Russia'));
  const nato = actor('organization:nato', 'NATO', 'organization', mentionsOf(d, 'NATO'));
  const us = actor('place:united-states', 'United States', 'place', mentionsOf(d, 'United States'));
  const quote = quoteIn(d, 'We want to see Russia weakened,', austin.id, 'Lloyd Austin');
  const input = { actors: [russia, nato, austin, us], quotes: [quote], document: (id: string) => (id === d.id ? d : undefined) };

  it('groups by kind in a fixed order, most mentioned first within a kind', () => {
    const tree = buildActorTree(input);
    assert.deepEqual(tree.roots().map((r) => r.label), ['People', 'Organizations', 'Places']);
    const places = tree.children(tree.roots()[2]);
    assert.deepEqual(places.map((p) => p.label), ['Russia', 'United States']);
    assert.ok(russia.mentions.length > us.mentions.length);
  });

  it('describes an actor by role and mention count, with a location and icon', () => {
    const tree = buildActorTree(input);
    const [node] = tree.children(tree.roots()[0]);
    assert.equal(node.label, 'Lloyd Austin');
    assert.equal(node.description, 'Defense Secretary · 3 mentions');
    assert.equal(node.icon, 'person');
    assert.equal(node.kind, 'actor');
    assert.deepEqual(node.location, { documentId: d.id, start: austin.mentions[0].start, end: austin.mentions[0].end });
    assert.match(node.tooltip!, /Also: Austin/);
  });

  it('lists quotes first, then mentions per document with their sentence', () => {
    const tree = buildActorTree(input);
    const node = tree.children(tree.roots()[0])[0];
    const kids = tree.children(node);
    assert.deepEqual(kids.map((k) => k.kind), ['quote', 'actorDocument']);
    assert.equal(kids[0].label, '“We want to see Russia weakened,”');
    assert.equal(kids[0].quoteId, quote.id);
    assert.equal(kids[1].label, 'Austin visits Kyiv');
    assert.equal(kids[1].description, '3 mentions');
    const mentions = tree.children(kids[1]);
    assert.equal(mentions.length, 3);
    // A mention outside every sentence (the title line) shows its line.
    assert.equal(mentions[0].label, 'Title: Austin visits Kyiv');
    assert.match(mentions[1].label, /^Defense Secretary Lloyd Austin said/);
    assert.equal(mentions[1].description, 'Austin');
    assert.equal(tree.parent(mentions[0])?.id, kids[1].id);
  });

  it('filters by name, alias or role, case-insensitively', () => {
    assert.deepEqual(
      buildActorTree({ ...input, filter: 'secretary' }).roots().map((r) => r.label),
      ['People'],
    );
    const byAlias = buildActorTree({ ...input, filter: 'AUSTIN' });
    assert.equal(byAlias.children(byAlias.roots()[0])[0].label, 'Lloyd Austin');
    assert.deepEqual(buildActorTree({ ...input, filter: 'zzz' }).roots(), []);
  });

  it('keeps ids stable across rebuilds', () => {
    const a = buildActorTree(input);
    const b = buildActorTree(input);
    assert.equal(a.children(a.roots()[0])[0].id, b.children(b.roots()[0])[0].id);
  });
});

describe('roles shown for an actor', () => {
  it('leaves honorifics out of what is shown', () => {
    assert.deepEqual(shownRoles(['Mr.', 'President', 'Ms', 'Dr']), ['President']);
  });
});
