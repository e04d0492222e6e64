/**
 * Patterns behind the misses of round 47 (1987 Reuters wire copy), read this session after two
 * unread scorings, each written anew as a short text: companies in angle brackets, systems and
 * cabinets, a party's government, a Spanish name's first surname, and dates of devaluations,
 * month spans, base years and figures of a year.
 */
import assert from 'node:assert/strict';
import { sentenceDates as dates } from '../../fixtures/extraction/events/makeDoc';
import { articleActors, articleQuotes, mentionTexts, named, namesOf, speakerOf } from '../../fixtures/extraction/actors/helpers';

const actors = articleActors('heldout47', '1987-03-24');
const quotes = articleQuotes('heldout47-quotes', '1987-03-24');

describe('held-out 47: bodies', () => {
  it('reads a company wire copy sets in angle brackets, without its possessive or full stop, but no ticker', () => {
    const found = actors(
      'A firm, <Ardent Holdings Ltd>, bid for the brewer <San Lorenzo>. The rating of <Kiso Fire and Marine Insurance Co Ltd\'s> claims-paying ability rose.',
      '<Triton Seafoods Corp.> said so. Halden Co <HAL> rose.',
    );
    const firms = namesOf(found, 'organization');
    for (const name of ['Ardent Holdings Ltd', 'Kiso Fire and Marine Insurance Co Ltd', 'San Lorenzo', 'Triton Seafoods Corp']) assert.ok(firms.includes(name), firms.join(', '));
    assert.ok(!firms.includes('HAL'), firms.join(', '));
  });

  it('reads a social security system, a nation’s cabinet and a party’s government as bodies', () => {
    const found = actors('The price was what the Philippine Social Security System suggested.', 'The Japanese cabinet today reviewed progress. The Liberal government sold the company.', 'A Japanese cabinet minister spoke.');
    assert.deepEqual(namesOf(found, 'organization'), ['Japanese cabinet', 'Liberal government', 'Philippine Social Security System']);
  });

  it('takes a Spanish name’s first surname alone for the whole name', () => {
    const text = ['Central bank governor Javier Ortega Iturbe said it was good.', '"It is working out very well," Ortega said.'];
    assert.deepEqual(mentionTexts(named(actors(...text), 'Javier Ortega Iturbe')), ['Javier Ortega Iturbe', 'Ortega']);
    assert.equal(speakerOf(quotes(...text), 'It is working'), 'Javier Ortega Iturbe');
  });
});

describe('held-out 47: dates', () => {
  it('dates a month’s devaluation, a span of months by its first, a base year and the middle of a year', () => {
    assert.deepEqual(dates('1987-03-24', 'Indonesia’s September devaluation helped profits rise in calendar 1986.'), [['September', '1986-09', 'month'], ['1986', '1986', 'year']]);
    assert.deepEqual(dates('1987-03-24', 'Sales in January-June 1985 rose.'), [['January-June 1985', '1985-01', 'month']]);
    assert.deepEqual(dates('1987-03-24', 'Using 1973 as a base year, the ministry said prices rose. It was seen as early as in middle 1985.'), [['1973', '1973', 'year'], ['1985', '1985', 'year']]);
  });

  it('dates a year’s outlook and figures, but no total counted from a year', () => {
    assert.deepEqual(dates('1987-03-24', 'He saw the outlook for 1987 as more favourable.'), [['1987', '1987', 'year']]);
    assert.deepEqual(dates('1987-03-24', 'Profits would fall slightly from 1986 pre-tax levels.'), [['1986', '1986', 'year']]);
    assert.deepEqual(dates('1987-03-24', 'The value of assistance from 2014 is 11.8 billion.'), []);
  });
});
