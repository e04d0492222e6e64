// Date patterns a fourth held-out evaluation found missing: a season after "in the" with no year,
// and a year after "from" that ends its phrase or opens a range. The sentences are written for
// these tests.
import assert from 'node:assert/strict';
import { sentenceDates as dates } from '../../fixtures/extraction/events/makeDoc';


describe('event dates: "in the summer" and "from 1997"', () => {
  it('dates "in the summer" by the nearest summer, towards the past unless told in the future', () => {
    assert.deepEqual(dates('2022-10-02', 'The agency in the summer had warned its partners of an attack.'), [['summer', '2022-06', 'season']]);
    assert.deepEqual(dates('2022-03-10', 'The ministry will decide in the autumn.'), [['autumn', '2022-09', 'season']]);
  });

  it('leaves "in the summer of 2014" to the year and ignores seasons used as modifiers', () => {
    assert.deepEqual(dates('2022-10-02', 'Fighting began in the summer of 2014.'), [['summer of 2014', '2014-06', 'season']]);
    assert.deepEqual(dates('2022-10-02', 'Troops trained in the summer-like heat.'), []);
  });

  it('dates a year after "from" when it ends the phrase, opens a range or names its levels, not a count', () => {
    assert.deepEqual(dates('2024-04-30', 'The country signed a treaty from 1997.'), [['1997', '1997', 'year']]);
    assert.deepEqual(dates('2024-04-30', 'He led the agency from 2014 to 2016.'), [['2014', '2014', 'year'], ['2016', '2016', 'year']]);
    // (Round 47's readers both date "from 1986 pre-tax levels".)
    assert.deepEqual(dates('2024-04-30', 'Prices rose from 2014 levels.'), [['2014', '2014', 'year']]);
    assert.deepEqual(dates('2024-04-30', 'Output rose from 2000 tonnes.'), []);
  });
});

describe('event dates: sixth-round patterns', () => {
  it('dates "on Thursday evening" by its weekday, with the weekday as its words', () => {
    assert.deepEqual(dates('2023-06-03', 'Speaking on Thursday evening, the former mayor suggested new talks.'), [['Thursday', '2023-06-01', 'day']]);
    assert.deepEqual(dates('2023-06-03', 'The comments came on Thursday night during a town hall.'), [['Thursday', '2023-06-01', 'day']]);
  });

  it('dates "before the Autumn" by the coming autumn when told in the future', () => {
    assert.deepEqual(dates('2022-07-25', 'The groups are expected to be reinforced before the Autumn.'), [['Autumn', '2022-09', 'season']]);
  });

  it('dates "earlier in the week" and "later this week" by the article’s own week', () => {
    assert.deepEqual(dates('2022-07-01', 'Earlier in the week, the delegation met the envoy.'), [['Earlier in the week', '2022-06-27', 'week']]);
    assert.deepEqual(dates('2022-07-01', 'The talks resume later this week.'), [['this week', '2022-06-27', 'week']]);
  });

  it('keeps a future cue in another clause from moving a past weekday', () => {
    assert.deepEqual(dates('2023-02-16', "Missiles were fired on Thursday, but officials say they expect next week's volley to be larger.").slice(0, 1), [['Thursday', '2023-02-16', 'day']]);
    assert.deepEqual(dates('2022-08-16', 'The ship departed on Tuesday from the port and will sail south.'), [['Tuesday', '2022-08-16', 'day']]);
  });

  it('leaves a count after a month and year out of the date’s words', () => {
    assert.deepEqual(dates('2023-07-11', 'In February 2023, 20 generals were killed.'), [['February 2023', '2023-02', 'month']]);
    assert.deepEqual(dates('2023-07-11', 'They met on February 3, 2023.'), [['February 3, 2023', '2023-02-03', 'day']]);
  });

  it('dates both days of "from Saturday to Sunday"', () => {
    assert.deepEqual(dates('2024-04-28', 'At night from Saturday to Sunday, drones were seen over the regions.'), [['Saturday', '2024-04-27', 'day'], ['Sunday', '2024-04-28', 'day']]);
  });

  it('counts long spans back: "795 days ago"', () => {
    assert.deepEqual(dates('2024-04-28', '795 days ago, the invasion began.'), [['795 days ago', '2022-02-23', 'day']]);
  });

  it('dates "at the end of February" by its month, never an impossible day', () => {
    assert.deepEqual(dates('2023-06-17', 'China presented its own peace proposal at the end of February.'), [['end of February', '2023-02', 'month']]);
  });

  it('reads the tense of a reported clause, not of the verb reporting it', () => {
    assert.deepEqual(dates('2022-04-09', 'An analyst told reporters that May 9, the day of the parade, is a date the Kremlin wants a win by.'), [['May 9', '2022-05-09', 'day']]);
    assert.deepEqual(dates('2022-04-09', 'The analyst said that troops crossed the river on March 3.'), [['March 3', '2022-03-03', 'day']]);
  });

  it('dates "for the winter" by the winter ahead, and leaves "winter wheat" alone', () => {
    assert.deepEqual(dates('2022-08-18', 'His control means he can shut it down for the winter.'), [['winter', '2022-12', 'season']]);
    assert.deepEqual(dates('2022-07-13', 'Exports rose in the winter wheat season.'), []);
  });

  it('dates "May of 2023" by its month', () => {
    assert.deepEqual(dates('2024-05-06', 'The drills began in May of 2023 near the border.'), [['May of 2023', '2023-05', 'month']]);
  });
});

describe('event dates: ninth-round patterns', () => {
  it('dates "half a year ago" and "a year and a half ago" to the month', () => {
    assert.deepEqual(dates('2022-06-09', 'Half a year ago the commission promised a report.'), [['Half a year ago', '2021-12', 'month']]);
    assert.deepEqual(dates('2022-06-09', 'The envoy resigned a year and a half ago.'), [['a year and a half ago', '2020-12', 'month']]);
    assert.deepEqual(dates('2022-06-09', 'The envoy resigned a year ago.'), [['a year ago', '2021', 'year']]);
  });

  it('reads a journey told in the present tense as scheduled, but not a past one', () => {
    assert.deepEqual(dates('2022-01-31', 'The premier goes to Warsaw on Tuesday to meet the chancellor.'), [['Tuesday', '2022-02-01', 'day']]);
    assert.deepEqual(dates('2022-01-31', 'The envoy flies to Ankara on Thursday.'), [['Thursday', '2022-02-03', 'day']]);
    assert.deepEqual(dates('2022-01-31', 'The premier went to Warsaw on Tuesday.'), [['Tuesday', '2022-01-25', 'day']]);
    // A full stop whose space was lost still ends the clause the weekday belongs to.
    assert.deepEqual(dates('2022-01-31', 'The daily wrote on Tuesday.The convoy goes to the front.'), [['Tuesday', '2022-01-25', 'day']]);
  });

  it('takes no date after "since": it starts a state, like "since 2014"', () => {
    assert.deepEqual(dates('2024-04-21', 'The ministry has asked for more money since last August.'), []);
    assert.deepEqual(dates('2024-04-21', 'The government has insisted since April that it will not yield.'), []);
    assert.deepEqual(dates('2024-04-21', 'Land seized since February 24 must be returned.'), []);
    assert.deepEqual(dates('2024-04-21', 'The ministry asked for more money last August.'), [['August', '2023-08', 'month']]);
  });
});

describe('event dates: tenth-round patterns', () => {
  it('splits "from 14 to 19 February" into two days, but keeps a dashed span as one', () => {
    assert.deepEqual(dates('2022-02-14', 'Planes should avoid the sea from 14 to 19 February.'), [
      ['14', '2022-02-14', 'day'],
      ['19 February', '2022-02-19', 'day'],
    ]);
    assert.deepEqual(dates('2022-02-14', 'The drills run from February 14 to March 2.'), [
      ['February 14', '2022-02-14', 'day'],
      ['March 2', '2022-03-02', 'day'],
    ]);
    assert.deepEqual(dates('2022-02-14', 'The drills ran on 13-19 February.'), [['13-19 February', '2022-02-13', 'day']]);
  });

  it('dates "this morning" by the article day, and "by the end of the year" by its year', () => {
    assert.deepEqual(dates('2023-07-19', 'I arrived in the capital this morning.'), [['this morning', '2023-07-19', 'day']]);
    assert.deepEqual(dates('2023-07-19', 'He spoke in the morning.'), []);
    assert.deepEqual(dates('2023-07-19', 'The plan will be ready by the end of the year.'), [['the end of the year', '2023', 'year']]);
  });

  it('takes no calendar year from a span counted from now', () => {
    assert.deepEqual(dates('2024-04-26', 'Tensions will grow over the next year.'), []);
    assert.deepEqual(dates('2024-04-26', 'In the past year, prices rose.'), []);
    assert.deepEqual(dates('2024-04-26', 'Elections are due next year.'), [['next year', '2025', 'year']]);
  });

  it('dates a named happening after "the" and a year', () => {
    assert.deepEqual(dates('2024-04-26', 'Beijing may try to sway the 2024 U.S. elections.'), [['2024', '2024', 'year']]);
    assert.deepEqual(dates('2024-04-26', 'They cited the 1997 NATO Founding Act.'), []);
  });

  it('takes no event from a dateline’s full filing date, in capitals or not', () => {
    assert.deepEqual(dates('2023-03-03', 'TALLINN, 3 March 2023 (Harbour Wire) — Envoys met on Friday.'), [['Friday', '2023-03-03', 'day']]);
    assert.deepEqual(dates('2023-03-03', 'Tallinn, March 3, 2023 – Envoys met on Friday.'), [['Friday', '2023-03-03', 'day']]);
  });

  it('reads the dates of a story opening with a wire dateline, while a picture credit still marks a caption', () => {
    assert.deepEqual(dates('2024-04-18', 'CAPRI, Italy (AP) — Officials urged ministers on Thursday to act.'), [['Thursday', '2024-04-18', 'day']]);
    assert.deepEqual(dates('2024-04-18', 'KYIV (Reuters) - Officials met on Thursday.'), [['Thursday', '2024-04-18', 'day']]);
    assert.deepEqual(dates('2024-04-18', 'Ministers pose for a photo on Thursday. (AP Photo/Jane Roe)'), []);
  });

  it('ends a future cue’s reach at ", but there were"', () => {
    assert.deepEqual(dates('2022-02-14', 'Moscow denies it plans to invade, but there were reports on Sunday of troop moves.'), [['Sunday', '2022-02-13', 'day']]);
  });
});
