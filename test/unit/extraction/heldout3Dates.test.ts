// Date patterns a third held-out evaluation found missing: weeks, month-days just ahead of the
// article, the year of a passage told about another year, years as modifiers, "ahead of …" and
// "this weekend" told in the past. The sentences are written for these tests.
import assert from 'node:assert/strict';
import { extractEvents, UNKNOWN_ARTICLE_DATE } from '../../../src/core/extraction/events';
import { type DateRow, dateRows, makeDoc, sentenceDates as dates } from '../../fixtures/extraction/events/makeDoc';

const paragraphs = (articleDate: string | null, ...paras: string[][]): DateRow[] => dateRows(articleDate, paras);

const MON = '2022-02-14';
const SUN = '2023-03-19';
const WED = '2024-04-17';

describe('event dates: weeks (Monday-to-Sunday, dated by the Monday)', () => {
  it('dates "last week" by the Monday of the week before the article’s', () => {
    assert.deepEqual(dates(MON, 'More fighter jets arrived in the country last week.'), [['last week', '2022-02-07', 'week']]);
    assert.deepEqual(dates(SUN, 'The analyst told me last week that it was a mistake.'), [['last week', '2023-03-06', 'week']]);
    assert.deepEqual(dates(WED, 'The ministry, which last week voiced concern, stayed quiet.'), [['last week', '2024-04-08', 'week']]);
  });

  it('dates "this week" and "next week" by their Mondays, whatever the tense', () => {
    assert.deepEqual(dates(WED, 'Talks continue this week in Geneva.'), [['this week', '2024-04-15', 'week']]);
    assert.deepEqual(dates(SUN, 'Ministers met this week.'), [['this week', '2023-03-13', 'week']]);
    assert.deepEqual(dates(WED, 'Envoys will meet again next week.'), [['next week', '2024-04-22', 'week']]);
    assert.deepEqual(dates(WED, 'Last week’s summit ended without a deal.'), [['Last week', '2024-04-08', 'week']]);
  });

  it('leaves a week unresolved when the article date is unknown', () => {
    const [e] = extractEvents(makeDoc('d', null, [['Jets arrived last week.']]), []);
    assert.deepEqual([e.dateText, e.date, e.precision, e.unresolvedReason, e.relative], ['last week', null, 'week', UNKNOWN_ARTICLE_DATE, true]);
  });

  it('does not take spans of seven days or plural weeks for a week', () => {
    for (const s of ['Prices rose over the last week.', 'Nothing will change in the next week.', 'Prices rose over the past week.', 'Laws were passed in the last weeks.', 'A this week-long pause held.', 'She appeared on “This Week” to argue.']) {
      assert.deepEqual(dates(WED, s), [], s);
    }
  });
});

describe('event dates: a month-day without a year just after the article date', () => {
  it('reads it as coming up when the clause does not narrate the past', () => {
    assert.deepEqual(dates(MON, 'Officials see no threat of an attack on February 16.'), [['February 16', '2022-02-16', 'day']]);
    assert.deepEqual(dates(MON, 'He said Russia could attack on February 20.'), [['February 20', '2022-02-20', 'day']]);
    assert.deepEqual(dates('2022-12-28', 'Officials expect a decision on January 3.'), [['January 3', '2023-01-03', 'day']]);
  });

  it('keeps the past reading for a past clause or a date further ahead', () => {
    assert.deepEqual(dates(MON, 'Troops crossed the border on February 16.'), [['February 16', '2021-02-16', 'day']]);
    assert.deepEqual(dates(MON, 'On February 16, protesters gathered in the square.'), [['February 16', '2021-02-16', 'day']]);
    assert.deepEqual(dates(MON, 'Officials see no threat of an attack on June 3.'), [['June 3', '2021-06-03', 'day']]);
  });

  it('makes a second bare day of a pair its own date in the same month', () => {
    assert.deepEqual(dates(MON, 'Officials see no threat of an attack on February 16 or 17.'), [
      ['February 16', '2022-02-16', 'day'],
      ['17', '2022-02-17', 'day'],
    ]);
    assert.deepEqual(dates(MON, 'The talks took place on February 3 and 4, 2021, in Vienna.'), [
      ['February 3', '2021-02-03', 'day'],
      ['4', '2021-02-04', 'day'],
    ]);
    assert.deepEqual(dates(MON, 'Officials see no threat on 16 or 17 February.'), [
      ['16', '2022-02-16', 'day'],
      ['17 February', '2022-02-17', 'day'],
    ]);
  });

  it('keeps "between … and …" as one span dated by its first day', () => {
    assert.deepEqual(dates(MON, 'Shelling was heavy between February 3 and 9.'), [['February 3', '2022-02-03', 'day']]);
    assert.deepEqual(dates(MON, 'Shelling was heavy between 3 and 9 February.'), [['9 February', '2022-02-09', 'day']]);
  });

  it('does not take counts or out-of-order numbers for a second day', () => {
    assert.deepEqual(dates(MON, 'Shelling on February 6 and 17 people were hurt.'), [['February 6', '2022-02-06', 'day']]);
    assert.deepEqual(dates(MON, 'Shelling on February 6 or 3 times a day.'), [['February 6', '2022-02-06', 'day']]);
  });
});

describe('event dates: the year of a passage about another year', () => {
  it('gives a day-month without a year the year of a full date just before it', () => {
    assert.deepEqual(
      paragraphs(SUN, ['On 20 March 2003, the bombing of the capital began.'], ['Few of us saw what was coming.'], ['The president gave a victory speech on 1 May, to cheers.']),
      [['20 March 2003', '2003-03-20', 'day'], ['1 May', '2003-05-01', 'day']],
    );
    assert.deepEqual(dates(SUN, 'On 20 March 2003 the war began.', 'By May, the looting had spread.'), [
      ['20 March 2003', '2003-03-20', 'day'],
      ['May', '2003-05', 'month'],
    ]);
  });

  it('lets the passage year lapse, and ends it at a date told from the present', () => {
    assert.deepEqual(
      paragraphs(SUN, ['On 20 March 2003, the bombing began.'], ['One.'], ['Two.'], ['Three.'], ['On 1 May, the envoy spoke.']),
      [['20 March 2003', '2003-03-20', 'day'], ['1 May', '2022-05-01', 'day']],
    );
    assert.deepEqual(
      paragraphs(SUN, ['On 20 March 2003, the bombing began.'], ['Two weeks ago, I returned to the city.', 'On 12 March, I met its mayor.']),
      [['20 March 2003', '2003-03-20', 'day'], ['Two weeks ago', '2023-03-05', 'day'], ['12 March', '2023-03-12', 'day']],
    );
  });

  it('does not start a passage at a month with a year, a season or a full date of the year before', () => {
    assert.deepEqual(dates('2022-08-18', 'After a March 2014 vote, Moscow annexed the peninsula.', 'In the first hours of the invasion on February 24, troops poured in.'), [
      ['March 2014', '2014-03', 'month'],
      ['February 24', '2022-02-24', 'day'],
    ]);
    assert.deepEqual(dates('2023-01-24', 'In spring 2021, the sanctions were waived.', 'In a piece on Jan. 20, a critic urged haste.'), [
      ['spring 2021', '2021-03', 'season'],
      ['Jan. 20', '2023-01-20', 'day'],
    ]);
    assert.deepEqual(dates('2023-07-11', 'He took part in the invasion on February 24, 2022.', 'Before the counteroffensive began on June 4, four generals died.'), [
      ['February 24, 2022', '2022-02-24', 'day'],
      ['June 4', '2023-06-04', 'day'],
    ]);
  });

  it('does not start a passage at a bare year or at a date in the article’s own year', () => {
    assert.deepEqual(dates('2022-04-26', 'Russia annexed Crimea in 2014.', 'On 24 February, troops crossed the border.'), [
      ['2014', '2014', 'year'],
      ['24 February', '2022-02-24', 'day'],
    ]);
    assert.deepEqual(dates('2022-04-26', 'The invasion began on February 24, 2022.', 'On 1 December, the envoy spoke.'), [
      ['February 24, 2022', '2022-02-24', 'day'],
      ['1 December', '2021-12-01', 'day'],
    ]);
  });
});

describe('event dates: a year as a modifier', () => {
  it('dates "the 2003 invasion" and "a 2016 candidates’ debate" by their year', () => {
    assert.deepEqual(dates(SUN, 'Several powers took the 2003 invasion as a reference point.'), [['2003', '2003', 'year']]);
    assert.deepEqual(dates(SUN, 'In a 2016 candidates’ debate, he called the war a mistake.'), [['2016', '2016', 'year']]);
    assert.deepEqual(dates(SUN, 'Its 2008 crisis left scars.'), [['2008', '2008', 'year']]);
  });

  it('does not take counts, units or names for a modifying year', () => {
    for (const s of ['The 2000 soldiers left the base.', 'They sent a 2,000 strong force.', 'The 1997 NATO Founding Act still stands.', 'They built the 1900 km fence.', 'A 1500 year old church burned.']) {
      assert.deepEqual(dates(SUN, s), [], s);
    }
  });
});

describe('event dates: cues that point ahead or back', () => {
  it('reads a weekday inside "ahead of an … on WEEKDAY" as coming up', () => {
    assert.deepEqual(dates(SUN, 'She spoke to me last week, ahead of an event on Monday about the war.'), [
      ['last week', '2023-03-06', 'week'],
      ['Monday', '2023-03-20', 'day'],
    ]);
  });

  it('keeps a weekday outside the "ahead of" phrase in the past', () => {
    assert.deepEqual(dates(SUN, 'Troops massed on Monday ahead of the talks.'), [['Monday', '2023-03-13', 'day']]);
    assert.deepEqual(dates(SUN, 'Ahead of the summit, leaders met on Monday.'), [['Monday', '2023-03-13', 'day']]);
  });

  it('dates "this weekend" told in the past by the weekend just gone', () => {
    const MONDAY = '2023-06-26';
    assert.deepEqual(dates(MONDAY, 'The mercenary chief shocked the world this weekend when he turned on the army.'), [['this weekend', '2023-06-24', 'day']]);
    assert.deepEqual(dates(MONDAY, 'Protests are planned this weekend.'), [['this weekend', '2023-07-01', 'day']]);
    assert.deepEqual(dates(MONDAY, 'He will travel this weekend.'), [['this weekend', '2023-07-01', 'day']]);
  });
});

describe('event dates: still not dates', () => {
  it('takes no date from wars, centuries, resolution numbers, times, durations or "since"', () => {
    const sentences = [
      'The order built after World War II is fraying.', 'It is a war of the 21st century.', 'The assembly adopted resolution ES-11/1.',
      'It was the bloodiest conflict of the 20th century.', 'The sirens sounded at 10:30 and again at 11:15.',
      'The siege lasted for three months.', 'The region has been occupied since 2014.',
    ];
    for (const s of sentences) assert.deepEqual(dates(SUN, s), [], s);
  });
});
