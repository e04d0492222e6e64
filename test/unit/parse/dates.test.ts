import assert from 'node:assert/strict';
import { dateFromUrl, datelineDate, isValidDate, parseDateValue } from '../../../src/core/parse/dates';

describe('dates', () => {
  it('validates calendar dates, leap years included', () => {
    assert.equal(isValidDate(2024, 2, 29), true);
    assert.equal(isValidDate(2023, 2, 29), false);
    assert.equal(isValidDate(1900, 2, 29), false);
    assert.equal(isValidDate(2000, 2, 29), true);
    assert.equal(isValidDate(2022, 4, 31), false);
    assert.equal(isValidDate(2022, 0, 1), false);
  });

  it('parses the stated forms to YYYY-MM-DD', () => {
    assert.equal(parseDateValue('2022-04-26'), '2022-04-26');
    assert.equal(parseDateValue('2022/4/6'), '2022-04-06');
    assert.equal(parseDateValue('20220110'), '2022-01-10');
    assert.equal(parseDateValue('2022-04-26T10:00:00Z'), '2022-04-26');
    assert.equal(parseDateValue('April 26, 2022'), '2022-04-26');
    assert.equal(parseDateValue('Apr. 26, 2022'), '2022-04-26');
    assert.equal(parseDateValue('Tuesday, April 26, 2022'), '2022-04-26');
    assert.equal(parseDateValue('26 April 2022'), '2022-04-26');
    assert.equal(parseDateValue('"2022-04-26"'), '2022-04-26');
  });

  it('returns null rather than guessing', () => {
    assert.equal(parseDateValue('2022-02-30'), null);
    assert.equal(parseDateValue('yesterday'), null);
    assert.equal(parseDateValue('on February 2'), null);
    assert.equal(parseDateValue('Feb 7'), null);
    assert.equal(parseDateValue(''), null);
    assert.equal(parseDateValue('Smarch 3, 2021'), null);
  });

  it('reads a date from a URL path only', () => {
    assert.equal(dateFromUrl('https://www.wcbe.org/2022-01-10/the-u-s-and-russia'), '2022-01-10');
    assert.equal(dateFromUrl('https://example.org/news/2021/03/07/harbour'), '2021-03-07');
    assert.equal(dateFromUrl('https://example.org/2021/13/07/harbour'), null);
    assert.equal(dateFromUrl('https://2021-03-07.example.org/x'), null);
    assert.equal(dateFromUrl('https://example.org/story-12345678'), null);
  });

  it('reads the full filing date of a dateline, and nothing from a dateline without a year or a dash', () => {
    assert.deepEqual(datelineDate('KYIV, Ukraine, March 3, 2023 (AP) — Troops moved.'), { date: '2023-03-03', length: 36 });
    assert.deepEqual(datelineDate('TALLINN, 3 March 2023 – Envoys met.')?.date, '2023-03-03');
    assert.equal(datelineDate('MINSK, 7 May (BelTA) - The president spoke.'), null);
    assert.equal(datelineDate('Tallinn, 3 March 2023. Envoys met.'), null);
    assert.equal(datelineDate('On March 3, 2023 - we met.'), null);
    assert.equal(datelineDate('TALLINN, 31 February 2023 – Envoys met.'), null);
  });
});
