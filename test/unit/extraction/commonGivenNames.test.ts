/**
 * The long lists of English given names (commonGivenNames.ts, written by the build script): weaker
 * evidence than the hand-kept list, so a few guards go with them.
 */
import assert from 'node:assert/strict';
import { genderOf } from '../../../src/core/extraction/quotes/names';
import { articleActors, mentionTexts, named, namesOf } from '../../fixtures/extraction/actors/helpers';

const actors = articleActors('given-names', '2022-03-21');

describe('common given names', () => {
  it('make the capitalised word after them a surname', () => {
    const found = actors('Neal Ascherson’s condemnation of the rhetoric is welcome.', 'Gabrielle Rifkind’s point that all sides must compromise holds true.');
    assert.deepEqual(namesOf(found, 'person'), ['Gabrielle Rifkind', 'Neal Ascherson']);
  });

  it('tell a pronoun’s gender', () => {
    assert.equal(genderOf('Neal Ascherson', []), 'male');
    assert.equal(genderOf('Gabrielle Rifkind', []), 'female');
  });

  it('make no person of a first name before a place, a month, a number or another first name', () => {
    const found = actors('Tex Gulf shares rose. Marion County voted. April Three was the code name. It ran in the Diane Francis Newsletter on Monday.');
    assert.deepEqual(namesOf(found, 'person'), []);
  });
});

describe('a surname that is a month', () => {
  it('is the person after a first name, and the person alone where no date can be meant', () => {
    const found = actors(
      'The critic is Clifford May, the president of the Foundation for the Defense of Democracies.',
      'May said the body had failed. In May, it failed again, and by mid-May and on May 5 too. May also took aim at the council.',
    );
    assert.deepEqual(mentionTexts(named(found, 'Clifford May')), ['Clifford May', 'May']);
    assert.equal(named(found, 'Clifford May')?.mentions.length, 3);
  });
});
