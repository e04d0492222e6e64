// Date patterns of dated events and how each is resolved against the article date.
import assert from 'node:assert/strict';
import { extractEvents, UNKNOWN_ARTICLE_DATE } from '../../../src/core/extraction/events';
import { dateRows, makeDoc, sentenceDates as dates } from '../../fixtures/extraction/events/makeDoc';

/** [dateText, date, precision] of every event of a one-paragraph document. */

const TUESDAY = '2022-04-26';
const MONDAY = '2022-01-10';
const JANUARY = '2023-01-05';

describe('event dates: weekdays', () => {
  it('resolves a past weekday to the latest such day on or before the article date', () => {
    assert.deepEqual(dates(TUESDAY, 'That message came through on Monday, when Austin spoke.'), [['Monday', '2022-04-25', 'day']]);
    assert.deepEqual(dates(TUESDAY, 'Psaki told reporters Monday that the war goes on.'), [['Monday', '2022-04-25', 'day']]);
    assert.deepEqual(dates(MONDAY, 'He acknowledged there was no progress Monday on this issue.'), [['Monday', '2022-01-10', 'day']]);
    assert.deepEqual(dates(MONDAY, 'Blinken told CNN on Sunday.'), [['Sunday', '2022-01-09', 'day']]);
  });

  it('resolves a weekday forward when the grammar speaks of the future', () => {
    assert.deepEqual(dates(MONDAY, 'The allies also plan to meet Russian officials on Wednesday in Brussels.'), [['Wednesday', '2022-01-12', 'day']]);
    assert.deepEqual(dates(MONDAY, 'And the U.S. will join talks with Russia on Thursday.'), [['Thursday', '2022-01-13', 'day']]);
    // In a Monday paper a future "Monday" is that day; a week ahead is "next Monday".
    assert.deepEqual(dates(MONDAY, 'The meeting is scheduled to take place Monday.'), [['Monday', '2022-01-10', 'day']]);
    assert.deepEqual(dates(MONDAY, 'The meeting is scheduled to take place next Monday.'), [['next Monday', '2022-01-17', 'day']]);
  });

  it('keeps a reported weekday in the past even when the report speaks of the future', () => {
    assert.deepEqual(dates(TUESDAY, 'Austin said Monday that Russia will be weakened.'), [['Monday', '2022-04-25', 'day']]);
    assert.deepEqual(dates(TUESDAY, 'Austin told reporters Monday, a move that will allow more aid.'), [['Monday', '2022-04-25', 'day']]);
  });

  it('reads "last" and "next" as strictly before and after', () => {
    assert.deepEqual(dates(MONDAY, 'They met last Monday.'), [['last Monday', '2022-01-03', 'day']]);
    assert.deepEqual(dates(MONDAY, 'They meet next Tuesday.'), [['next Tuesday', '2022-01-11', 'day']]);
  });
});

describe('event dates: calendar dates', () => {
  it('resolves a month and day without year to the latest such day before the article', () => {
    assert.deepEqual(dates(JANUARY, 'The paper broke the story on March 16.'), [['March 16', '2022-03-16', 'day']]);
    assert.deepEqual(dates(JANUARY, 'Blinken told the Journal on December 5 that the goal had changed.'), [['December 5', '2022-12-05', 'day']]);
    assert.deepEqual(dates(JANUARY, 'The ministers will meet on March 16.'), [['March 16', '2023-03-16', 'day']]);
  });

  it('takes a full date as stated, not relative', () => {
    const [event] = extractEvents(makeDoc('d', JANUARY, [['Russia must withdraw to positions before February 24, 2022, they said.']]), []);
    assert.equal(event.dateText, 'February 24, 2022');
    assert.equal(event.date, '2022-02-24');
    assert.equal(event.relative, false);
  });

  it('resolves a bare month to the latest such month, keeping "late" and "early"', () => {
    assert.deepEqual(dates(JANUARY, 'Blinken said in March that the change must be irreversible.'), [['March', '2022-03', 'month']]);
    assert.deepEqual(dates(JANUARY, 'In late October, Sunak asked Wallace to call Shoigu.'), [['late October', '2022-10', 'month']]);
    assert.deepEqual(dates(JANUARY, 'The study was published in December.'), [['December', '2022-12', 'month']]);
    assert.deepEqual(dates(JANUARY, 'Talks took place in March 2022 in Turkey.'), [['March 2022', '2022-03', 'month']]);
  });
});

describe('event dates: years and ranges', () => {
  it('dates happenings "in YEAR", "back in YEAR" and "X’s YEAR invasion" by year', () => {
    assert.deepEqual(dates(MONDAY, 'Crimea was annexed in 2014.'), [['2014', '2014', 'year']]);
    assert.deepEqual(dates(MONDAY, 'NATO said back in 2008 that Ukraine could seek membership.'), [['2008', '2008', 'year']]);
    assert.deepEqual(dates(MONDAY, "Yet Russia's 2014 invasion of Ukraine has led many to support closer ties."), [['2014', '2014', 'year']]);
    assert.deepEqual(dates(null, 'In 2015, Sandworm took down the power grid.'), [['2015', '2015', 'year']]);
  });

  it('dates a year range by its first year and keeps the range as the date text', () => {
    assert.deepEqual(dates(MONDAY, 'It was a result of Putin’s 2014-2015 invasions.'), [['2014-2015', '2014', 'year']]);
  });

  it('does not date states, borders or names by a bare year', () => {
    assert.deepEqual(dates(MONDAY, 'He has been living in Kyiv since 2014.'), []);
    assert.deepEqual(dates(MONDAY, 'They want its pre-2014 borders back.'), []);
    assert.deepEqual(dates(MONDAY, 'It claims all territory it possessed before 2014.'), []);
    assert.deepEqual(dates(MONDAY, 'NATO has held to the 1997 NATO Founding Act.'), []);
    assert.deepEqual(dates(MONDAY, 'Russia massed 2014 troops and 1,000 tanks; the 1990s are over.'), []);
  });

  it('counts "two years later" from a year stated just before, and drops it without one', () => {
    assert.deepEqual(
      dates(MONDAY, 'In 2015, Sandworm took down the grid.', 'Two years later, Russian hackers hit banks.'),
      [['2015', '2015', 'year'], ['Two years later', '2017', 'year']],
    );
    assert.deepEqual(dates(MONDAY, 'Two years later, Russian hackers hit banks.'), []);
    assert.deepEqual(dates(MONDAY, 'Russia invaded two years ago.'), [['two years ago', '2020', 'year']]);
  });
});

describe('event dates: weekends, seasons and today', () => {
  it('resolves "last weekend" to the Saturday of the weekend before', () => {
    assert.deepEqual(dates(MONDAY, 'Russian jets buzzed a patrol plane last weekend.'), [['last weekend', '2022-01-08', 'day']]);
    assert.deepEqual(dates(TUESDAY, 'That includes an incident last weekend.'), [['last weekend', '2022-04-23', 'day']]);
    assert.deepEqual(dates('2022-01-09', 'That includes an incident last weekend.'), [['last weekend', '2022-01-01', 'day']]);
    assert.deepEqual(dates(MONDAY, 'Talks resumed over the weekend.'), [['weekend', '2022-01-08', 'day']]);
  });

  it('resolves seasons to their first month at season precision', () => {
    assert.deepEqual(dates(MONDAY, 'Russia began moving troops toward the border last fall.'), [['last fall', '2021-09', 'season']]);
    assert.deepEqual(dates(MONDAY, 'Putin wrote a long essay last summer.'), [['last summer', '2021-06', 'season']]);
    assert.deepEqual(dates(JANUARY, 'He revealed his biggest fear for this winter.'), [['this winter', '2022-12', 'season']]);
    assert.deepEqual(dates(JANUARY, 'He revealed his fear last winter.'), [['last winter', '2021-12', 'season']]);
    assert.deepEqual(dates(null, 'The offensive began in the spring of 2021.'), [['spring of 2021', '2021-03', 'season']]);
    assert.deepEqual(dates(JANUARY, 'The offensive is expected next spring.'), [['next spring', '2023-03', 'season']]);
  });

  it('resolves "this weekend" and "next weekend" forward', () => {
    assert.deepEqual(dates(MONDAY, 'Talks will continue this weekend.'), [['this weekend', '2022-01-15', 'day']]);
    assert.deepEqual(dates(MONDAY, 'Talks will continue next weekend.'), [['next weekend', '2022-01-22', 'day']]);
  });

  it('resolves "today" and "yesterday" against a known article date', () => {
    assert.deepEqual(dates('2022-02-02', 'Kirby said at the briefing today.'), [['today', '2022-02-02', 'day']]);
    assert.deepEqual(dates('2022-02-02', 'Kirby said yesterday that troops would deploy.'), [['yesterday', '2022-02-01', 'day']]);
  });
});

describe('event dates: unknown article date', () => {
  it('leaves relative dates unresolved, says why, and never uses today', () => {
    const events = extractEvents(makeDoc('d', null, [['On Monday, Lavrov suggested talks.', 'The letters were leaked on February 2.', 'They were mailed in January.', 'Jets buzzed a plane last weekend.', 'Kirby said so today.']]), []);
    assert.deepEqual(events.map((e) => [e.dateText, e.date, e.precision, e.unresolvedReason, e.relative]), [
      ['Monday', null, 'day', UNKNOWN_ARTICLE_DATE, true],
      ['February 2', null, 'day', UNKNOWN_ARTICLE_DATE, true],
      ['January', null, 'month', UNKNOWN_ARTICLE_DATE, true],
      ['last weekend', null, 'day', UNKNOWN_ARTICLE_DATE, true],
      ['today', null, 'day', UNKNOWN_ARTICLE_DATE, true],
    ]);
    assert.equal(UNKNOWN_ARTICLE_DATE, 'article date unknown');
  });

  it('still resolves dates that state their year', () => {
    assert.deepEqual(dates(null, 'In 2014, Russia staged snap exercises.'), [['2014', '2014', 'year']]);
    assert.deepEqual(dates(null, 'The invasion began on February 24, 2022.'), [['February 24, 2022', '2022-02-24', 'day']]);
  });
});

describe('event dates: what is not a date', () => {
  it('rejects vague time words', () => {
    const vague = [
      'Officials have recently sought to push back.', 'US goals have been in line for months.', 'Forces might head to Ukraine in the future.',
      'There has been no decision so far.', 'Zelenskyy is now so offended.', 'Others might be coming soon.', 'Putin has sought for weeks to elicit concessions.',
      'It is a long-standing position.', 'The change has come in recent weeks.', 'Prices rose over the past week.',
      'Russia does not come back in a year or two years or three years.', 'Biden announced shipments over the past month.',
      'The army is neutralized for the next decade.', 'The war is in Ukraine right now.',
    ];
    for (const sentence of vague) assert.deepEqual(dates(TUESDAY, sentence), [], sentence);
  });

  it('rejects video lengths and times of day', () => {
    assert.deepEqual(dates(TUESDAY, 'What happened during the visit to Kyiv? 5:31'), []);
    assert.deepEqual(dates(TUESDAY, 'The briefing started at 10 a.m. and ran late into the night.'), []);
  });

  it('rejects "may" and "march" used as words, not months', () => {
    assert.deepEqual(dates(TUESDAY, 'Putin may be looking for an offramp.'), []);
    assert.deepEqual(dates(TUESDAY, 'May God help them, he said.'), []);
    assert.deepEqual(dates(TUESDAY, 'Protesters march on the embassy every day.'), []);
    assert.deepEqual(dates(TUESDAY, 'They will march on Monday.'), [['Monday', '2022-05-02', 'day']]);
    assert.deepEqual(dates(TUESDAY, 'Italy called for negotiations in May.'), [['May', '2021-05', 'month']]);
  });

  it('takes no dates from photo captions or credits', () => {
    assert.deepEqual(dates(null, 'A B-2 Spirit receives fuel, Feb 7, 2021. (U.S. Air Force photo by Airman David McLoney)'), []);
  });
});

describe('event dates: "today" meaning these times', () => {
  it('dates nothing for today’s state of things, a comparison with today or "still … today"', () => {
    assert.deepEqual(dates(TUESDAY, 'The world is entering an age where today’s rules on sovereignty no longer hold.'), []);
    assert.deepEqual(dates(TUESDAY, 'Not many of the veterans are still with us today.'), []);
    assert.deepEqual(dates(TUESDAY, 'Sanctions would isolate the regime more than it is today.'), []);
    assert.deepEqual(dates(TUESDAY, 'Even today the wounds of that war are open.'), []);
    assert.deepEqual(dates(TUESDAY, 'Today’s Russia is not the Soviet Union.'), []);
    assert.deepEqual(dates(TUESDAY, 'Russia today is weaker than it was.'), []);
  });

  it('still dates a happening of the article’s day', () => {
    assert.deepEqual(dates(TUESDAY, 'More than 100 civilians died today in the shelling.'), [['today', TUESDAY, 'day']]);
    assert.deepEqual(dates(TUESDAY, 'Fighting was still raging in the port today.'), [['today', TUESDAY, 'day']]);
    assert.deepEqual(dates(TUESDAY, 'Today’s attacks killed 12 people.'), [['Today', TUESDAY, 'day']]);
    assert.deepEqual(dates(TUESDAY, 'Today’s meeting ended without a deal.'), [['Today', TUESDAY, 'day']]);
    assert.deepEqual(dates(TUESDAY, 'The minister met his counterpart today.'), [['today', TUESDAY, 'day']]);
  });
});

describe('event dates: a year before a named happening', () => {
  it('dates the happening a year qualifies, after a possessive and an adjective too', () => {
    assert.deepEqual(dates(TUESDAY, 'All nine joined the alliance after the 1991 Soviet collapse.'), [['1991', '1991', 'year']]);
    assert.deepEqual(dates(TUESDAY, 'Since Russia’s full-scale 2022 invasion, men have to stay in the country.'), [['2022', '2022', 'year']]);
    assert.deepEqual(dates(TUESDAY, 'The 1997 NATO Founding Act still stands.'), []);
  });
});

describe('event dates: a passage about another year', () => {
  it('reads "the night of February 27" as that day', () => {
    assert.deepEqual(dates(TUESDAY, 'On the night of February 27, the buildings were seized.'), [['February 27', '2022-02-27', 'day']]);
  });

  it('keeps the passage year through the next paragraph, however long the first', () => {
    const rows = dateRows('2022-02-21', [
      ['On February 20, 2014, troops began the occupation.', 'Trucks without plates appeared.', 'Soldiers wore no insignia.', 'Local units were armed.'],
      ['On the night of February 27, the parliament was seized.', 'A vote was held on March 16.'],
    ]);
    assert.deepEqual(rows, [['February 20, 2014', '2014-02-20', 'day'], ['February 27', '2014-02-27', 'day'], ['March 16', '2014-03-16', 'day']]);
  });
});
