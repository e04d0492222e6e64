/**
 * Patterns behind the misses of held-out rounds 22 and 23 (read this session after they were
 * measured twice), each written anew as a short text.
 */
import assert from 'node:assert/strict';
import { articleActors, named } from '../../fixtures/extraction/actors/helpers';

const actorsOf = articleActors('heldout22', '2024-04-30');

describe('held-out 22: actors the gazetteer knows', () => {
  it('reads a seat of office as the office, as the White House is read', () => {
    const actors = actorsOf('Buckingham Palace announced on Monday that the duchess had arrived. Downing Street said it welcomed the visit, and the Élysée agreed.');
    for (const name of ['Buckingham Palace', 'Downing Street', 'Élysée']) assert.equal(named(actors, name)?.kind, 'organization', name);
    assert.equal(named(actors, 'Buckingham'), undefined);
  });

  it('knows alliances and the wider world’s wires by name alone', () => {
    const actors = actorsOf('Former members of the Warsaw Pact joined NATO. The Quad met in Melbourne. The minister arrived in Belgrade, Tanjug reported.');
    for (const name of ['Warsaw Pact', 'Quad', 'Tanjug']) assert.equal(named(actors, name)?.kind, 'organization', name);
  });
});
