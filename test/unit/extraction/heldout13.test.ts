/**
 * Patterns behind the thirteenth held-out round's misses, each written anew as a short text: a
 * body named "… Administration", "she" that cannot mean a man by his given name or a duchess by
 * her title, and an appositive closing a sentence's opening clause.
 */
import assert from 'node:assert/strict';
import { articleActors, named, namesOf } from '../../fixtures/extraction/actors/helpers';
import { type ActorSpec, quotesOf } from '../../fixtures/extraction/quotes/helpers';
import { fitsPronoun, genderOf } from '../../../src/core/extraction/quotes/names';

const actorsOf = articleActors('heldout13', '2024-04-29');

describe('held-out 13: bodies named "… Administration"', () => {
  it('reads a regional administration and a federal agency as organisations', () => {
    const actors = actorsOf('The Vorsk Regional Military Administration reported two dead. The U.S. Energy Information Administration expects prices to fall.');
    assert.equal(named(actors, 'Vorsk Regional Military Administration')?.kind, 'organization');
    assert.equal(named(actors, 'U.S. Energy Information Administration')?.kind, 'organization');
    assert.deepEqual(namesOf(actors, 'person'), []);
  });

  it('keeps "and Administration" as the second remit of a ministry', () => {
    const actors = actorsOf('The Ministry of the Interior and Administration said the border was closed.');
    assert.equal(named(actors, 'Ministry of the Interior and Administration')?.kind, 'organization');
  });

  it('does not start a body with "Administration" alone', () => {
    const actors = actorsOf('Administration officials declined to comment.');
    assert.deepEqual(namesOf(actors, 'organization'), []);
  });
});

describe('held-out 13: pronouns and gender', () => {
  it('knows common given names and noble titles', () => {
    assert.equal(genderOf('Martin Harris', []), 'male');
    assert.equal(genderOf('Oksana Markarova', []), 'female');
    assert.equal(genderOf('Duchess', []), 'female');
    assert.equal(genderOf('Anders Brekke', ['Lady']), 'female');
    assert.equal(genderOf('Brekke', ['Sir']), 'male');
    assert.equal(genderOf('Kim Brekke', []), null);
    assert.equal(fitsPronoun('Martin Harris', [], 'she'), false);
  });

  const DUCHESS: ActorSpec = { id: 'person:duchess', name: 'Duchess', kind: 'person', roles: [], forms: ['Duchess'] };
  const HARRIS: ActorSpec = { id: 'person:martin-harris', name: 'Martin Harris', kind: 'person', roles: [], forms: ['Martin Harris', 'Harris'] };

  it('lets "she" pass a man named in an opening clause and its appositive back to the duchess', () => {
    const text = [
      'The Duchess later said she would take the stories home.',
      'Speaking at a reception at the residence of Martin Harris, the ambassador to Nordia, she also thanked the survivors.',
      'She said she had travelled to many countries where “women and girls pay the highest price”.',
    ].join('\n\n');
    const quotes = quotesOf(text, [DUCHESS, HARRIS]);
    assert.deepEqual(quotes.map((q) => q.speakerName), ['Duchess']);
  });

  it('still takes the opening clause’s appositive as the subject when a name, not a pronoun, follows', () => {
    const text = [
      'After the talks, the ambassador, Martin Harris, met reporters.',
      '“We made progress,” he said.',
    ].join('\n\n');
    assert.deepEqual(quotesOf(text, [HARRIS]).map((q) => q.speakerName), ['Martin Harris']);
  });
});
