// Word boundaries before names that start with a letter outside ASCII, and the cheap keyword tests
// that guard costlier block patterns: each test must let through every text its pattern matches.
import assert from 'node:assert/strict';
import { articleActors, bySurface, named } from '../../fixtures/extraction/actors/helpers';

const actorsOf = articleActors('boundaries', '2023-06-14');

describe('actor patterns and names that start outside ASCII', () => {
  it('keeps a first word like "Šiauliai" in a military district’s name', () => {
    const actors = actorsOf('He left the Šiauliai Military District in May.');
    assert.equal(named(actors, 'Šiauliai Military District')?.kind, 'organization');
    assert.equal(named(actors, 'Military District'), undefined);
  });
});

describe('keyword tests before block patterns', () => {
  it('drops an agency credited in brackets that open with "via"', () => {
    const actors = actorsOf('Leaders met in Kyiv (via Reuters) on Monday.');
    assert.equal(bySurface(actors, 'Reuters'), undefined);
    assert.equal(bySurface(actors, 'Kyiv')?.kind, 'place');
  });

  it('drops a lower-case plea to follow the outlet', () => {
    const actors = actorsOf('The talks ended without a deal. Please join us on Telegram for more.');
    assert.equal(bySurface(actors, 'Telegram'), undefined);
  });

  it('drops a wire credited after a caption’s last word, keeping the caption’s names', () => {
    const actors = actorsOf('Shells hit the town on Monday, the governor said.', 'A crater at the Vorsk Regional Hospital in Kharkiv PAP/Anna Brook', 'Troops near Kharkiv PAP');
    assert.equal(bySurface(actors, 'PAP'), undefined);
    assert.equal(bySurface(actors, 'Anna Brook'), undefined);
    assert.equal(bySurface(actors, 'Kharkiv')?.kind, 'place');
  });
});

describe('a full name whose first name is spelled another way', () => {
  it('joins the spelling the document gave first', () => {
    const actors = actorsOf('Mychajło Kowalczuk said on Monday the talks were over.', 'Later Michajło Kowalczuk added that the capital would wait.');
    const people = actors.filter((a) => a.kind === 'person');
    assert.deepEqual(people.map((a) => a.name), ['Mychajło Kowalczuk']);
  });

  it('gives a known person the canonical name whichever spelling the document uses', () => {
    const actors = actorsOf('Mychajło Podolak said on Monday the talks were over.', 'Later Podolak added that the capital would wait.');
    const people = actors.filter((a) => a.kind === 'person');
    assert.deepEqual(people.map((a) => a.name), ['Mykhailo Podolyak']);
  });

  it('keeps apart first names a final "a" or a short name tells apart', () => {
    const actors = actorsOf('Aleksandr Nowak met Aleksandra Nowak in the capital.', 'Ivo Stam met Iva Stam on Monday.');
    const people = actors.filter((a) => a.kind === 'person').map((a) => a.name).sort();
    assert.deepEqual(people, ['Aleksandr Nowak', 'Aleksandra Nowak', 'Iva Stam', 'Ivo Stam']);
  });
});
