/**
 * Patterns behind the misses of held-out round 26 (read this session after it was measured
 * twice unread), each written anew as a short text.
 */
import assert from 'node:assert/strict';
import { sentenceDates as dates } from '../../fixtures/extraction/events/makeDoc';
import { articleActors, articleQuotes, namesOf, speakerOf } from '../../fixtures/extraction/actors/helpers';
import { knownOfficeWords } from '../../../src/core/extraction/quotes/offices';

const actorsOf = articleActors('heldout26', '2022-02-14');
const quotesOf = articleQuotes('heldout26', '2023-02-02');
const undatedQuotesOf = articleQuotes('heldout26-undated', null);
const organisations = (text: string): string[] => namesOf(actorsOf(text), 'organization');

describe('held-out 26: offices known at the article’s date', () => {
  it('gives the offices a well-known person held on a date, “former” after, and nothing undated', () => {
    assert.deepEqual(knownOfficeWords('Vladimir Putin', '2023-02-02'), ['russian', 'president']);
    assert.deepEqual(knownOfficeWords('Vladimir Putin', '2010-01-01'), ['russian', 'prime', 'minister']);
    assert.deepEqual(knownOfficeWords('Boris Johnson', '2023-02-02'), ['former', 'british', 'prime', 'minister']);
    assert.deepEqual(knownOfficeWords('Boris Johnson', '2018-01-01'), []);
    assert.deepEqual(knownOfficeWords('Vladimir Putin', null), []);
    assert.deepEqual(knownOfficeWords('Someone Else', '2023-02-02'), []);
  });

  const speech = [
    'Vladimir Putin has compared the invasion to the fight against Nazi Germany.',
    'Citing the decision to send tanks, the Russian president said history was repeating itself.',
    '“It is unbelievable but true,” he said.',
    '“Those who hope to defeat Russia do not understand,” the 70-year-old leader said.',
  ];

  it('links “the Russian president” and a pronoun after it to an untitled Putin', () => {
    const quotes = quotesOf(...speech);
    assert.equal(speakerOf(quotes, 'It is unbelievable'), 'Vladimir Putin');
    assert.equal(speakerOf(quotes, 'Those who hope'), 'Vladimir Putin');
  });

  it('learns no office when the article’s date is unknown', () => {
    assert.equal(speakerOf(undatedQuotesOf(speech[0], speech[1], speech[2]), 'It is unbelievable'), null);
  });

  it('takes no description that is the object of a clause for a pronoun’s person', () => {
    const quotes = quotesOf(
      'In a televised address, Putin made a clear reference to nuclear weapons.',
      'Mr Biden responded that the Russian leader had “shamelessly violated the core tenets” of the Charter.',
      'He said Putin had made “overt nuclear threats against Ukraine”.',
    );
    assert.equal(speakerOf(quotes, 'overt nuclear threats'), 'Joe Biden');
  });
});

describe('held-out 26: pronouns carried over sentences', () => {
  it('carries “he” over a sentence opened by “And he”', () => {
    const quotes = quotesOf(
      'Throughout the war, Mr Putin has sought to present the invasion as a battle against nationalists.',
      'And he returned to the theme throughout his speech.',
      '“Now, unfortunately, we see that the ideology of Nazism again creates threats,” he said.',
    );
    assert.equal(speakerOf(quotes, 'Now, unfortunately'), 'Vladimir Putin');
  });

  it('reads the holder named after a possessive office as the sentence’s subject', () => {
    const quotes = quotesOf(
      'Russian President Vladimir Putin has repeatedly declared that supplies will not change the conflict.',
      'Mr Putin’s spokesman, Dmitry Peskov, hailed the exhibition as a “brilliant idea”.',
      '“The exhibition of trophy equipment will attract great interest,” he said.',
    );
    assert.equal(speakerOf(quotes, 'The exhibition of trophy'), 'Dmitry Peskov');
  });
});

describe('held-out 26: firms named by their analysts', () => {
  it('reads the firm whose analysts or strategist speak', () => {
    assert.deepEqual(
      organisations('Capital Economics analysts wrote in a report. CFRA Research chief investment strategist Sam Stovall analyzed it. “It rose,” said Naeem Aslam, chief market analyst with AvaTrade.'),
      ['AvaTrade', 'CFRA Research', 'Capital Economics'],
    );
  });

  it('reads none in plain words, places or nationalities before “analysts”', () => {
    assert.deepEqual(organisations('Many analysts agree. Oil analysts disagree. Ukraine analysts say so. Western economists doubt it.'), []);
  });

  it('gives the firm its analysts’ quotations', () => {
    const quotes = quotesOf('Capital Economics analysts wrote in a report Monday that “a Russian invasion of Ukraine” could add to inflation.');
    assert.equal(speakerOf(quotes, 'a Russian invasion'), 'Capital Economics');
  });
});

describe('held-out 26: names', () => {
  it('knows railways, a network’s business desk, the Urals and the Russian Empire, and the U.S. administration', () => {
    const actors = actorsOf('The U.S. administration agreed. New York CNN Business — A Urals-based firm. PKP Intercity and Ukrzaliznytsia trains ran. The Russian Empire fell.');
    const kinds = Object.fromEntries(actors.map((a) => [a.name, a.kind]));
    assert.deepEqual(
      [kinds['US administration'], kinds['CNN Business'], kinds['PKP Intercity'], kinds['Ukrzaliznytsia'], kinds['Urals'], kinds['Russian Empire']],
      ['organization', 'organization', 'organization', 'organization', 'place', 'place'],
    );
  });
});

describe('held-out 26: dates', () => {
  it('reads “today” of a lasting state as these times, not the article’s day', () => {
    for (const sentence of [
      'A peaceful solution is completely impossible today, Kwasniewski noted.',
      'It is hard to plan, because today the conflict is frozen, and tomorrow it could be unfrozen.',
      'He stressed that, as of today, he sees no chance of a peace agreement.',
      'Ike knew that the freedom we enjoy today is a privilege.',
      'There are those who today favor appeasement.',
      'Ukraine’s battle for freedom today is a noble one.',
    ]) assert.deepEqual(dates('2022-07-11', sentence), [], sentence);
  });

  it('still dates a day’s happening “today”, and “tomorrow” of a plan', () => {
    assert.deepEqual(dates('2022-07-11', 'NATO leaders meet today in Vilnius.'), [['today', '2022-07-11', 'day']]);
    assert.deepEqual(dates('2022-07-11', 'The vote today is expected to pass.'), [['today', '2022-07-11', 'day']]);
    assert.deepEqual(dates('2022-07-11', 'Today the talks opened, and tomorrow the leaders will meet.'), [['Today', '2022-07-11', 'day'], ['tomorrow', '2022-07-12', 'day']]);
  });

  it('dates a year after “as early as” and “between”', () => {
    assert.deepEqual(dates('2022-07-11', 'As early as 2002, Putin told him about his goal.'), [['2002', '2002', 'year']]);
    assert.deepEqual(dates('2023-02-02', 'Stalin was accused of orchestrating a famine in Ukraine between 1932-33.'), [['1932-33', '1932', 'year']]);
    assert.deepEqual(dates('2023-02-02', 'The ratio is between 1000 and 2000 troops.'), []);
  });
});
