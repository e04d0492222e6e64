/**
 * Patterns behind the misses of round 48 (1987 Reuters wire copy), read this session after three
 * unread scorings, each written anew as a short text: a firm opening with a place that is a given
 * name, groups of nations, the Fed's funds rate, capitalised unnamed sources, and dates of budgets
 * of two years, statistics weeks and prices after "yesterday at".
 */
import assert from 'node:assert/strict';
import { sentenceDates as dates } from '../../fixtures/extraction/events/makeDoc';
import { articleActors, mentionTexts, named, namesOf } from '../../fixtures/extraction/actors/helpers';

const actors = articleActors('heldout48', '1987-04-08');

describe('held-out 48: bodies and sources', () => {
  it('reads a firm opened by a place that is a given name, named short as in full', () => {
    const found = actors('Its Georgia Power Co subsidiary has a 45 pct stake.', 'Georgia Power Chairman Robert W. Scherer said it was wrong. Georgia Smith agreed.');
    assert.deepEqual(mentionTexts(named(found, 'Georgia Power Co')), ['Georgia Power', 'Georgia Power Co']);
    assert.ok(namesOf(found, 'person').includes('Georgia Smith'));
  });

  it('knows the groups of nations by their numbers, and no Fed funds rate for the Fed', () => {
    const found = actors('The G-6 nations agreed in Paris. After trading late yesterday, Fed funds were indicated at six pct.');
    assert.deepEqual(namesOf(found, 'organization'), ['Group of Six']);
  });

  it('takes no capitalised unnamed source or opening adverb for a person, and keeps bankers’ bodies', () => {
    const found = actors('A leading U.S. Banker said the dollar would fall. Obviously, Greece would not agree.', 'The American Bankers Association disagreed.');
    assert.deepEqual(namesOf(found, 'person'), []);
    assert.deepEqual(namesOf(found, 'organization'), ['American Bankers Association']);
  });
});

describe('held-out 48: dates', () => {
  it('dates a budget of two years by its first, and a statistics week by its past Monday', () => {
    assert.deepEqual(dates('1987-04-29', 'The government unveiled its budget for fiscal 1987/88, Lawson said.'), [['1987/88', '1987', 'year']]);
    assert.deepEqual(dates('1987-03-19', 'Money supply data for the March 9 week will also be released.'), [['March 9', '1987-03-09', 'day']]);
  });

  it('dates "yesterday" and not the price after it', () => {
    assert.deepEqual(dates('1987-03-19', 'After trading late yesterday at 5-15/16 pct, funds were quoted at six pct.'), [['yesterday', '1987-03-18', 'day']]);
  });
});
