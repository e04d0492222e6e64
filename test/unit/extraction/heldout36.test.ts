/**
 * Patterns behind the misses of rounds 32 and 35 (gdelt) and round 36 (1987 Reuters wire copy),
 * read this session after they were measured unread, each written anew as a short text.
 */
import assert from 'node:assert/strict';
import { sentenceDates as dates } from '../../fixtures/extraction/events/makeDoc';
import { articleActors, articleQuotes, mentionTexts, named, namesOf, speakerOf } from '../../fixtures/extraction/actors/helpers';

const actors = articleActors('heldout36', '1987-03-26');
const quotes = articleQuotes('heldout36-quotes', '1987-03-26');

describe('held-out 36: firms of business copy', () => {
  it('reads a partnership "X and Co" and one "and" inside a firm’s name', () => {
    const found = actors('Analysts at Pershing and Co and at Goldman, Sachs and Co agreed.', 'Baring Brothers and Co Ltd bought shares of Nonoc Mining and Industrial Corp and of Cable and Wireless Plc.');
    assert.deepEqual(namesOf(found, 'organization'), ['Baring Brothers and Co Ltd', 'Cable and Wireless Plc', 'Goldman, Sachs and Co', 'Nonoc Mining and Industrial Corp', 'Pershing and Co']);
  });

  it('leaves a firm or a known name before the "and" apart', () => {
    assert.deepEqual(namesOf(actors('Shares of Credit Suisse and Metro AG fell.'), 'organization'), ['Credit Suisse', 'Metro AG']);
    assert.deepEqual(namesOf(actors('Visa Inc and Mastercard Inc suspended their operations.'), 'organization'), ['Mastercard', 'Visa Inc']);
    assert.deepEqual(namesOf(actors('Putin and Co said the war would go on.'), 'organization'), []);
  });

  it('takes the firm without its suffix for the same firm', () => {
    const found = actors('American Express Co plans to sell a stake. American Express earlier said it had an understanding with Nippon Life Insurance Co.');
    assert.deepEqual(mentionTexts(named(found, 'American Express Co')), ['American Express', 'American Express Co']);
    assert.equal(named(found, 'American Express'), undefined);
  });

  it('knows the Securities and Exchange Commission and the Group of Five', () => {
    const found = actors('The Securities and Exchange Commission said the Group of Five had met.');
    assert.deepEqual(namesOf(found, 'organization'), ['G5', 'Securities and Exchange Commission']);
  });
});

describe('held-out 36: a party’s member describes someone named before', () => {
  it('is no person, and the quotation after it is the person’s', () => {
    const paragraphs = ['Senate Finance Committee chairman Lloyd Bentsen said the resolution may jeopardize the agreement.', '"We need a truly free trade agreement," the Texas Democrat said in a statement.'];
    assert.deepEqual(namesOf(actors(...paragraphs), 'person'), ['Lloyd Bentsen']);
    assert.equal(speakerOf(quotes(...paragraphs), 'We need a truly'), 'Lloyd Bentsen');
  });
});

describe('held-out 32: unnamed sources that correct someone', () => {
  it('speak, and "the sources" later are they, not the person corrected', () => {
    const found = quotes(
      'UK defence sources later sought to clarify Mr Heappey’s remarks, who also told Times Radio it was fine.',
      '"The UK and many other Western allies are now providing longer-range weapon systems," the sources told the BBC.',
    );
    assert.equal(speakerOf(found, 'The UK and many'), 'UK defence sources');
  });
});

describe('held-out 32 and 35: dates', () => {
  it('dates nothing in a state since the start of a month', () => {
    assert.deepEqual(dates('2022-08-17', 'Gas prices have averaged more than $4 since the start of March.'), []);
    assert.deepEqual(dates('2022-08-17', 'It has grown since the beginning of last year.'), []);
    assert.deepEqual(dates('2022-08-17', 'It was shelled at the start of March.'), [['March', '2022-03', 'month']]);
  });

  it('dates no programme called Today', () => {
    assert.deepEqual(dates('2022-04-26', 'Mr Heappey told BBC Radio 4’s Today programme it was legitimate.'), []);
    assert.deepEqual(dates('2022-04-26', 'He told reporters today that it was legitimate.'), [['today', '2022-04-26', 'day']]);
  });

  it('makes no event of a date standing alone', () => {
    assert.deepEqual(dates('2023-01-24', 'June 22, 1941.'), []);
    assert.deepEqual(dates('2023-01-24', 'Operation Barbarossa began on June 22, 1941.'), [['June 22, 1941', '1941-06-22', 'day']]);
  });

  it('reads "by the weekend" as the coming one and "at the weekend" by its tense', () => {
    assert.deepEqual(dates('2024-04-22', 'Biden should sign the bill into law by the weekend.'), [['weekend', '2024-04-27', 'day']]);
    assert.deepEqual(dates('2023-06-20', 'At the weekend, Putin rejected a peace plan.'), [['weekend', '2023-06-17', 'day']]);
    assert.deepEqual(dates('2023-06-20', 'They will meet at the weekend in Paris.'), [['weekend', '2023-06-24', 'day']]);
  });
});
