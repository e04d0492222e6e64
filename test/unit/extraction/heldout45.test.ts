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

describe('held-out 45: what a second review of these rules found', () => {
  it('links a known house’s short name, a coded name before an office, and a unit named after its parent', () => {
    const found = actors('Drexel Burnham Lambert Inc led it. Overall, Drexel said it ranks fifth.', 'KAF Corp rose as KAF Chairman Sam Hyde bid.', 'Citicorp’s Citicorp Global Payment Products subsidiary said it agreed.');
    assert.deepEqual(mentionTexts(named(found, 'Drexel Burnham Lambert')), ['Drexel', 'Drexel Burnham Lambert Inc']);
    assert.deepEqual(mentionTexts(named(found, 'KAF Corp')), ['KAF', 'KAF Corp']);
    assert.ok(namesOf(found, 'organization').includes('Citicorp Global Payment Products'));
  });

  it('reads a body set off by an appositive after "of", not a thing the body owns, nor an index futures pit', () => {
    const found = actors('Allard Beverage Corp said so. No officers of Allard Beverage, the company said, hold stock.', 'In a summary of its Weather and Crops Bulletin, the agency said it rained.', 'Brokers in the S and P pit record trades.');
    assert.deepEqual(mentionTexts(named(found, 'Allard Beverage Corp')), ['Allard Beverage', 'Allard Beverage Corp']);
    assert.deepEqual(namesOf(found, 'organization'), ['Allard Beverage Corp']);
  });

  it('dates a schedule’s day ahead only when near, and a year-end last year’s only for a figure', () => {
    assert.deepEqual(dates('1987-03-31', 'Share earnings reflect a stock split effective July 31.'), [['July 31', '1986-07-31', 'day']]);
    assert.deepEqual(dates('1987-06-18', 'The fund said it would keep gains for distribution at the end of the year.'), [['the end of the year', '1987', 'year']]);
    assert.deepEqual(dates('1987-06-18', 'It said the properties had proven reserves at year-end of 11 billion cubic feet.'), [['year-end', '1986', 'year']]);
  });
});

describe('round 41 read again: oil fields', () => {
  it('reads an oil or gas field named by its own name as a place, not a country’s or "the field"', () => {
    const found = actors('Shell shut the Brent field and the Veslefrikk oil field, but the Thailand gas field ran. The field was idle.');
    assert.deepEqual(namesOf(found, 'place'), ['Brent field', 'Thailand', 'Veslefrikk oil field']);
  });
});
