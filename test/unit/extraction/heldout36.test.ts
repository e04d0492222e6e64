/**
 * Patterns behind the misses of rounds 32 and 35 (gdelt) and round 36 (1987 Reuters wire copy),
 * read this session after they were measured unread, each written anew as a short text.
 */
import assert from 'node:assert/strict';
import { dateRows, sentenceDates as dates } from '../../fixtures/extraction/events/makeDoc';
import { articleActors, articleQuotes, mentionTexts, named, namesOf, speakerOf } from '../../fixtures/extraction/actors/helpers';

const actors = articleActors('heldout36', '1987-03-26');
const quotes = articleQuotes('heldout36-quotes', '1987-03-26');

describe('held-out 36: firms of business copy', () => {
  it('reads a partnership "X and Co" and one "and" inside a firm’s name', () => {
    const found = actors('Analysts at Pershing and Co and at Goldfarb, Sachter and Co agreed.', 'Baring Brothers and Co Ltd bought shares of Nonoc Mining and Industrial Corp and of Cable and Wireless Plc.');
    assert.deepEqual(namesOf(found, 'organization'), ['Baring Brothers and Co Ltd', 'Cable and Wireless Plc', 'Goldfarb, Sachter and Co', 'Nonoc Mining and Industrial Corp', 'Pershing and Co']);
  });

  it('leaves a firm or a known name before the "and" apart', () => {
    assert.deepEqual(namesOf(actors('Shares of Credit Suisse and Metro AG fell.'), 'organization'), ['Credit Suisse', 'Metro AG']);
    assert.deepEqual(namesOf(actors('Visa Inc and Mastercard Inc suspended their operations.'), 'organization'), ['Mastercard', 'Visa Inc']);
    assert.deepEqual(namesOf(actors('Putin and Co said the war would go on.'), 'organization'), []);
  });

  it('reads no partnership into a list, a title or a "Co-" word (second review)', () => {
    const listed = actors('Underwriters are Drexler Burnside Lambeth Inc, Kidman Peabody and Co Inc and Salton Brothers Inc.');
    assert.deepEqual(namesOf(listed, 'organization'), ['Drexler Burnside Lambeth Inc', 'Kidman Peabody and Co Inc', 'Salton Brothers Inc']);
    const cochair = actors('Bill Gates, Microsoft Founder and Co-chair of the Gates Foundation, said it.');
    assert.deepEqual(namesOf(cochair, 'person'), ['Bill Gates']);
    assert.deepEqual(namesOf(actors('President Volodymyr Zelensky and Co met in Kyiv. Russia, China and Co objected.'), 'organization'), []);
    assert.deepEqual(namesOf(actors('Managers are County Natwest Ltd, Samuel Montagu and Co Ltd and others.'), 'organization'), ['County Natwest Ltd', 'Samuel Montagu and Co Ltd']);
  });

  it('takes the firm without its suffix for the same firm', () => {
    const found = actors('American Express Co plans to sell a stake. American Express earlier said it had an understanding with Nippon Life Insurance Co.');
    assert.deepEqual(mentionTexts(named(found, 'American Express Co')), ['American Express', 'American Express Co']);
    assert.equal(named(found, 'American Express'), undefined);
  });

  it('knows the Securities and Exchange Commission and the Group of Five', () => {
    const found = actors('The Securities and Exchange Commission said the Group of Five had met.');
    assert.deepEqual(namesOf(found, 'organization'), ['Group of Five', 'Securities and Exchange Commission']);
    assert.deepEqual(namesOf(actors('The G5 Sahel force and the G5 network rollout.'), 'organization'), []);
  });
});

describe('held-out 36: a party’s member describes someone named before', () => {
  it('is no person, and the quotation after it is the person’s', () => {
    const paragraphs = ['Senate Finance Committee chairman Lloyd Bentsen said the resolution may jeopardize the agreement.', '"We need a truly free trade agreement," the Texas Democrat said in a statement.'];
    assert.deepEqual(namesOf(actors(...paragraphs), 'person'), ['Lloyd Bentsen']);
    assert.equal(speakerOf(quotes(...paragraphs), 'We need a truly'), 'Lloyd Bentsen');
  });

  it('gives no speaker when two people could be meant, and never the place (second review)', () => {
    const found = quotes('House Speaker James Wright said President Reagan had erred.', '"In my judgment it is wrong," the Texas Democrat told reporters.');
    assert.equal(speakerOf(found, 'In my judgment'), null);
  });

  it('leaves other nouns after a place alone (second review)', () => {
    const found = quotes('Vladimir Putin addressed the nation on Monday night.', '"He is more isolated than ever," the Moscow analyst said.');
    assert.notEqual(speakerOf(found, 'He is more isolated'), 'Vladimir Putin');
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

  it('still takes the year of a date standing alone for the passage after it (second review)', () => {
    assert.deepEqual(dateRows('2022-03-10', [['February 20, 2014'], ['On February 22, parliament voted to remove Yanukovych.']]), [['February 22', '2014-02-22', 'day']]);
  });

  it('reads "by the weekend" as the coming one and "at the weekend" by its tense', () => {
    assert.deepEqual(dates('2024-04-22', 'Biden should sign the bill into law by the weekend.'), [['weekend', '2024-04-27', 'day']]);
    assert.deepEqual(dates('2023-06-20', 'At the weekend, Putin rejected a peace plan.'), [['weekend', '2023-06-17', 'day']]);
    assert.deepEqual(dates('2023-06-20', 'They will meet at the weekend in Paris.'), [['weekend', '2023-06-24', 'day']]);
  });
});
