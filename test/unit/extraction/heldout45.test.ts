/**
 * Patterns behind the misses of round 45 (1987 Reuters wire copy), read this session after three
 * unread scorings, each written anew as a short text: a party named by its members, an issue named
 * after the government, a share index, and years of seasons and calendars.
 */
import assert from 'node:assert/strict';
import { sentenceDates as dates } from '../../fixtures/extraction/events/makeDoc';
import { articleActors, mentionTexts, named, namesOf } from '../../fixtures/extraction/actors/helpers';

const actors = articleActors('heldout45', '1987-03-16');

describe('held-out 45: parties, issues and indices', () => {
  it('reads a party named by its members as the party the story names in full', () => {
    const found = actors('Prime Minister Aho’s Social Democratic Party lost one seat.', 'The Social Democrats held 57 seats before.');
    assert.deepEqual(mentionTexts(named(found, 'Social Democratic Party')), ['Social Democratic Party', 'Social Democrats']);
    assert.deepEqual(namesOf(actors('The Free Democrats gained.'), 'organization'), ['Free Democrats']);
  });

  it('takes no government securities for the government, and no share index for its publisher', () => {
    const found = actors('It lists primary dealers in U.S. Government securities.', 'The Dow Jones Industrial average fell a record 508 points.');
    assert.deepEqual(namesOf(found, 'organization'), []);
    assert.deepEqual(namesOf(actors('The U.S. government said so.'), 'organization'), ['US government']);
  });
});

describe('held-out 45: years of seasons and calendars', () => {
  it('dates a split season by its first year, and a calendar year', () => {
    assert.deepEqual(dates('1987-10-20', 'It exported 33,000 tonnes in the 1986/87 cocoa year.'), [['1986/87', '1986', 'year']]);
    assert.deepEqual(dates('1987-10-20', 'The 1987/88 season opened.'), [['1987/88', '1987', 'year']]);
    assert.deepEqual(dates('1987-10-20', 'Output should total 150,000 tonnes in calendar 1987.'), [['1987', '1987', 'year']]);
  });
});
