/**
 * Patterns behind the misses of held-out round 27 (read this session after it was measured
 * twice unread), each written anew as a short text.
 */
import assert from 'node:assert/strict';
import { sentenceDates as dates } from '../../fixtures/extraction/events/makeDoc';
import { articleQuotes, speakerOf } from '../../fixtures/extraction/actors/helpers';

const quotesOf = articleQuotes('heldout27', '2024-05-13');

describe('held-out 27: speakers', () => {
  it('gives “the statement” to the body that issued it in a clause opening the sentence', () => {
    const quotes = quotesOf(
      'In a statement released Tuesday, Japan’s Ministry of Foreign Affairs said the visit was at Zelensky’s invitation.',
      'Kishida will “resolutely reject Russia’s aggression against Ukraine,” said the statement.',
    );
    assert.equal(speakerOf(quotes, 'resolutely reject'), 'Ministry of Foreign Affairs');
  });

  it('links “the Russian strongman” to the president', () => {
    const quotes = quotesOf(
      'Vladimir Putin was sworn in for a fifth term on May 7.',
      'Brimming with confidence, the Russian strongman punctuated his speech by declaring: “Together we will overcome all obstacles.”',
    );
    assert.equal(speakerOf(quotes, 'Together we will'), 'Vladimir Putin');
  });
});

describe('held-out 27: dates', () => {
  it('dates a year that opens the sentence as its subject, not a day’s year or a count', () => {
    assert.deepEqual(dates('2024-04-22', 'In the worst case scenario, 2024 could see the fall of other cities.'), [['2024', '2024', 'year']]);
    assert.deepEqual(dates('2024-04-22', '2022 was a hard year.'), [['2022', '2022', 'year']]);
    assert.deepEqual(dates('2023-02-26', 'Analysts fear the war begun on February 24, 2022 will not end soon.'), [['February 24, 2022', '2022-02-24', 'day']]);
    assert.deepEqual(dates('2024-04-22', 'He sent 2014 troops.'), []);
  });

  it('reads “today … tomorrow” of one clause with a modal as no days', () => {
    assert.deepEqual(dates('2023-03-22', 'Ukraine today may be East Asia tomorrow, Kishida said.'), []);
  });

  it('takes “the next installment” for no sign of the future', () => {
    assert.deepEqual(dates('2022-04-12', 'His words are the next installment of the feud. Last month, Le Yucheng blamed NATO, the agency reported in mid-March.'), [
      ['Last month', '2022-03', 'month'],
      ['mid-March', '2022-03', 'month'],
    ]);
  });
});
