/**
 * Patterns behind the misses of round 43 (1987 Reuters wire copy), read this session after four
 * unread scorings, each written anew as a short text: brokerage houses named with their founders,
 * a leader's government, a chamber named by its Speaker, offices set off after a name, a place an
 * unnamed source is in, and dates of schedules, year-ends and weeks of a month.
 */
import assert from 'node:assert/strict';
import { sentenceDates as dates } from '../../fixtures/extraction/events/makeDoc';
import { articleActors, articleQuotes, mentionTexts, named, namesOf, speakerOf } from '../../fixtures/extraction/actors/helpers';

const actors = articleActors('heldout43', '1987-04-10');
const quotes = articleQuotes('heldout43-quotes', '1987-04-10');

describe('held-out 43: bodies', () => {
  it('knows a brokerage house by its full name with commas, by its short name and its arms', () => {
    const found = actors(
      'Dana Holt, analyst with Merrill Lynch, Pierce, Fenner and Smith, was cautious. Merrill Lynch and Co owns the unit.',
      'Smith Barney, Harris Upham and Co agreed. Merrill Lynch Capital Markets led the issue.',
    );
    assert.deepEqual(mentionTexts(named(found, 'Merrill Lynch')), ['Merrill Lynch and Co', 'Merrill Lynch, Pierce, Fenner and Smith']);
    const firms = namesOf(found, 'organization');
    for (const name of ['Merrill Lynch Capital Markets', 'Smith Barney']) assert.ok(firms.includes(name), firms.join(', '));
  });

  it('reads an arm of a known firm named short after its full name', () => {
    const found = actors('The bid came from <Merrill Lynch Capital Partners Inc>.', 'Ann Ruiz, president of Merrill Lynch Capital Partners, said the deal was done.');
    assert.deepEqual(mentionTexts(named(found, 'Merrill Lynch Capital Partners Inc')), ['Merrill Lynch Capital Partners', 'Merrill Lynch Capital Partners Inc']);
    assert.deepEqual(namesOf(found, 'person'), ['Ann Ruiz']);
  });

  it('reads a leader’s government when the leader is named, and a party’s, but not a country’s', () => {
    const found = actors('President Lena Moravec promised land reform.', 'Analysts said the Moravec government could fail, as the Labour government did.');
    assert.deepEqual(namesOf(found, 'organization'), ['Labour government', 'Moravec government']);
  });

  it('reads a capitalised Federal Government, Japan’s ruling party by its initials, and a body of employers’ groups', () => {
    const found = actors(
      'He said the Federal Government is spending too much.',
      'Signs are the LDP is listening, said Goro Tanaka, President of the Osaka Federation of Employers\' Associations.',
    );
    const bodies = namesOf(found, 'organization');
    for (const name of ['Federal Government', 'Liberal Democratic Party', "Osaka Federation of Employers' Associations"]) assert.ok(bodies.includes(name), bodies.join(', '));
    assert.deepEqual(namesOf(found, 'person'), ['Goro Tanaka']);
  });

  it('reads the House from its Speaker, but not a White House speaker', () => {
    const found = actors('He opposed a tax proposed by House Speaker Ed Lowry, D-Ohio.', 'A White House Speaker series began.');
    assert.deepEqual(mentionTexts(named(found, 'House of Representatives')), ['House']);
  });

  it('takes neither a round of trade talks nor a post’s remit for an actor', () => {
    const found = actors(
      'Ministers backed the Uruguay trade round and the Tokyo Round before it.',
      '"We will see," said Tom Hale, Bankfirst\'s Vice President for Investor Relations.',
    );
    assert.deepEqual(namesOf(found, 'place'), []);
    assert.ok(!namesOf(found, 'organization').includes('Investor Relations'));
  });
});

describe('held-out 43: speakers', () => {
  it('gives a quotation to a name set off by a capitalised office of a body', () => {
    const found = quotes('Employers want change. "Cut prices, not wages," Bumpei Ota, President of the Nagoya Federation of Employers\' Associations told reporters.');
    assert.equal(speakerOf(found, 'Cut prices'), 'Bumpei Ota');
  });

  it('gives a quotation to an unnamed source, not the place the source is in', () => {
    const found = quotes('"There is slack," a U.S. Government official in Tokyo said. "It could be spent."', '"No," an aide in Ottawa said.');
    assert.equal(speakerOf(found, 'There is slack'), 'U.S. Government official');
    assert.equal(speakerOf(found, 'It could be spent'), 'U.S. Government official');
    assert.equal(speakerOf(found, 'No'), null);
  });
});

describe('held-out 43: dates', () => {
  it('dates a month a thing is scheduled for, not one goods are for', () => {
    assert.deepEqual(dates('1987-06-19', 'Local elections are scheduled for November.'), [['November', '1987-11', 'month']]);
    assert.deepEqual(dates('1987-06-19', 'It sold cargoes for November shipment.'), []);
  });

  it('dates a year-end as the year, with its year when one follows', () => {
    assert.deepEqual(dates('1987-06-19', 'Sy predicted the index would rise by year-end.'), [['year-end', '1987', 'year']]);
    assert.deepEqual(dates('1987-06-19', 'Debt stood at two billion at year-end 1985.'), [['1985', '1985', 'year']]);
  });

  it('dates the last and first weeks of a month by their Mondays', () => {
    assert.deepEqual(dates('1987-06-01', 'During the last week of April, silver traded at the limit.'), [['last week of April', '1987-04-27', 'week']]);
    assert.deepEqual(dates('1987-06-01', 'In the first week of March 1988 it rose.'), [['first week of March 1988', '1988-02-29', 'week']]);
  });

  it('dates "this afternoon" after a price fraction, and no population "today"', () => {
    assert.deepEqual(dates('1987-02-26', 'The stock traded around 12, down 1/8, this afternoon.'), [['this afternoon', '1987-02-26', 'day']]);
    assert.deepEqual(dates('1987-02-26', 'More than 60 pct of today\'s 50 mln people are poor.'), []);
  });
});
