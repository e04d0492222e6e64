/**
 * Personal names written with middle initials and generational suffixes, which the rules read
 * word by word: "George W. Bush", "George H.W. Bush", "Joseph S. Bermudez Jr.".
 */
import assert from 'node:assert/strict';
import { articleActors, mentionTexts, namesOf } from '../../fixtures/extraction/actors/helpers';

const actorsOf = articleActors('person-names', '2024-04-27');

describe('person names with initials and suffixes', () => {
  it('keeps a middle initial inside the name before a speech verb', () => {
    const actors = actorsOf('After the attacks, then-President George W. Bush declared that every country had to decide. Bush said so again.');
    assert.deepEqual(namesOf(actors, 'person'), ['George W Bush']);
    assert.deepEqual(mentionTexts(actors[0]), ['Bush', 'George W. Bush']);
  });

  it('keeps a middle initial inside the name after a speech verb', () => {
    const actors = actorsOf('“We choose to go,” said John F. Kennedy.');
    assert.deepEqual(namesOf(actors, 'person'), ['John F Kennedy']);
  });

  it('reads dotted double initials as part of the name, but not a known acronym', () => {
    assert.deepEqual(namesOf(actorsOf('Former president George H.W. Bush met the press.'), 'person'), ['George H.W. Bush']);
    const actors = actorsOf('Talks with the U.S. Biden administration failed.');
    assert.deepEqual(namesOf(actors, 'person'), []);
    assert.deepEqual(namesOf(actors, 'place'), ['United States']);
  });

  it('merges a surname with the full name that ends in "Jr.", and never makes "Jr" a name', () => {
    const actors = actorsOf(
      'But Joseph S. Bermudez Jr., a senior fellow at CSIS, cautioned that the move could drown towns.',
      'Bermudez said later that the dams were old.',
    );
    const people = actors.filter((a) => a.kind === 'person');
    assert.equal(people.length, 1);
    assert.deepEqual(mentionTexts(people[0]), ['Bermudez', 'Joseph S. Bermudez Jr']);
  });

  it('keeps the first name of a full name spelt with an initial but no dot', () => {
    const actors = actorsOf('The 1941 law with which Franklin D Roosevelt sought to help Britain. Roosevelt signed it in March.');
    assert.deepEqual(namesOf(actors, 'person'), ['Franklin D Roosevelt']);
  });
});
