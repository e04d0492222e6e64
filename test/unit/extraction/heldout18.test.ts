/**
 * Patterns behind the misses of held-out rounds 18 and 19 (measured only last session, read this
 * one), each written anew as a short text.
 */
import assert from 'node:assert/strict';
import { articleActors, named } from '../../fixtures/extraction/actors/helpers';

const actorsOf = articleActors('heldout18', '2023-03-01');

describe('held-out 18 and 19: people', () => {
  it('knows Ukrainian, Russian and Baltic spellings of given names, so the unknown surname after one is a person', () => {
    const actors = actorsOf(
      'Four journalists had been killed: Evgen Sakun, Maks Levin, Yevgeniya Boryan and Lyubov Chaika. ' +
        'Sergii Dadsko, a chaplain, said the work goes on. His Lithuanian counterpart, Laurynas Kasciunas, agreed.',
    );
    for (const name of ['Evgen Sakun', 'Maks Levin', 'Yevgeniya Boryan', 'Lyubov Chaika', 'Sergii Dadsko', 'Laurynas Kasciunas']) {
      assert.equal(named(actors, name)?.kind, 'person', name);
    }
  });
});
