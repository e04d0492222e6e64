// Date patterns a fourth held-out evaluation found missing: a season after "in the" with no year,
// and a year after "from" that ends its phrase or opens a range. The sentences are written for
// these tests.
import assert from 'node:assert/strict';
import { dateRows, type DateRow } from '../../fixtures/extraction/events/makeDoc';

const dates = (articleDate: string | null, ...sentences: string[]): DateRow[] => dateRows(articleDate, [sentences]);

describe('event dates: "in the summer" and "from 1997"', () => {
  it('dates "in the summer" by the nearest summer, towards the past unless told in the future', () => {
    assert.deepEqual(dates('2022-10-02', 'The agency in the summer had warned its partners of an attack.'), [['in the summer', '2022-06', 'season']]);
    assert.deepEqual(dates('2022-03-10', 'The ministry will decide in the autumn.'), [['in the autumn', '2022-09', 'season']]);
  });

  it('leaves "in the summer of 2014" to the year and ignores seasons used as modifiers', () => {
    assert.deepEqual(dates('2022-10-02', 'Fighting began in the summer of 2014.'), [['summer of 2014', '2014-06', 'season']]);
    assert.deepEqual(dates('2022-10-02', 'Troops trained in the summer-like heat.'), []);
  });

  it('dates a year after "from" when it ends the phrase or opens a range, not a count', () => {
    assert.deepEqual(dates('2024-04-30', 'The country signed a treaty from 1997.'), [['1997', '1997', 'year']]);
    assert.deepEqual(dates('2024-04-30', 'He led the agency from 2014 to 2016.'), [['2014', '2014', 'year']]);
    assert.deepEqual(dates('2024-04-30', 'Prices rose from 2014 levels.'), []);
  });
});

describe('event dates: sixth-round patterns', () => {
  it('dates "on Thursday evening" by its weekday, with the weekday as its words', () => {
    assert.deepEqual(dates('2023-06-03', 'Speaking on Thursday evening, the former mayor suggested new talks.'), [['Thursday', '2023-06-01', 'day']]);
    assert.deepEqual(dates('2023-06-03', 'The comments came on Thursday night during a town hall.'), [['Thursday', '2023-06-01', 'day']]);
  });
});
