/**
 * Patterns behind the misses of round 46 (1987 Reuters wire copy), read this session after three
 * unread scorings, and what a third review of this session's rules found, each written anew as a
 * short text: words wire copy brackets inside a name, a firm's named unit, the federal government,
 * chip makers, and where brackets, appositives and places do not make bodies.
 */
import assert from 'node:assert/strict';
import { sentenceDates as dates } from '../../fixtures/extraction/events/makeDoc';
import { articleActors, articleQuotes, mentionTexts, named, namesOf, speakerOf } from '../../fixtures/extraction/actors/helpers';

const actors = articleActors('heldout46', '1987-03-06');
const quotes = articleQuotes('heldout46-quotes', '1987-03-06');

describe('held-out 46: bodies', () => {
  it('reads a known body whose words wire copy brackets, a firm’s named unit and the federal government', () => {
    const found = actors(
      'It seeks a loan from the (International Monetary) Fund and the (World) Bank.',
      'Varga Ltd has a buyer for its Halden Semiconductor unit. Meat packers asked the federal government to relax a rule.',
    );
    assert.deepEqual(mentionTexts(named(found, 'International Monetary Fund')), ['(International Monetary) Fund']);
    const bodies = namesOf(found, 'organization');
    for (const name of ['Halden Semiconductor', 'Varga Ltd', 'World Bank', 'federal government']) assert.ok(bodies.includes(name), bodies.join(', '));
  });

  it('knows the chip and computer makers by their short names', () => {
    const found = actors('Fujitsu Ltd cancelled its deal. Advanced Micro Devices <AMD> and Intel Corp gained; Intel said so.');
    assert.deepEqual(namesOf(found, 'organization'), ['Advanced Micro Devices', 'Fujitsu', 'Intel']);
  });
});

describe('held-out 46: what a third review of these rules found', () => {
  it('takes a known firm in brackets with its legal form as the known firm, and no name from a bracket typed inside another', () => {
    const found = actors('It is owned by <Nestle SA>, of Switzerland. Nestle agreed.', 'Lenders are <Chemical Bank of New <York>, and the <First National Bank of Chicago>.');
    assert.deepEqual(mentionTexts(named(found, 'Nestlé')), ['Nestle', 'Nestle SA']);
    assert.ok(!namesOf(found, 'organization').includes('York'));
  });

  it('leaves an acronym after a dash to the acronym rule, and a longer party’s government alone', () => {
    const found = actors('It bought <Plant Gene Research Institute - PGRI> of California. PGRI grew.', 'Mulroney’s Progressive Conservative government was shaken.');
    assert.deepEqual(mentionTexts(named(found, 'Plant Gene Research Institute')), ['PGRI', 'Plant Gene Research Institute']);
    assert.ok(!namesOf(found, 'organization').includes('Conservative government'));
  });

  it('reads no body from a place before "the agency said", nor a known firm’s name inside a longer one', () => {
    const found = actors('The cold slowed growth from Texas to North Dakota, the agency said.', 'Shanghai Machine Tool Works and the Shanghai Machine Tool Corp agreed. CTC Dealer Holdings Ltd said so.');
    assert.deepEqual(namesOf(found, 'place'), ['North Dakota', 'Shanghai', 'Texas']);
    assert.deepEqual(namesOf(found, 'organization'), ['CTC Dealer Holdings Ltd', 'Shanghai Machine Tool Corp']);
  });

  it('gives an unnamed banker’s words to the banker, and a year-end balance to last year', () => {
    assert.equal(speakerOf(quotes('"The big money is holding out," one U.S. Banker said.'), 'The big money'), 'U.S. Banker');
    assert.deepEqual(dates('1987-03-06', 'Colonial had assets at year-end of about 150 mln dlrs.'), [['year-end', '1986', 'year']]);
  });
});

describe('held-out 46: what a fourth review of these rules found', () => {
  it('takes no capitalised trader or diplomat for a person, nor a national subsidiary in brackets for its parent', () => {
    const found = actors('Sam Hart, Head Trader at Laing Gilts Ltd, agreed. A U.S. Diplomat said talks went on.', 'Rates follow cuts by <Citibank Ltd> to 16 pct.');
    assert.deepEqual(namesOf(found, 'person'), ['Sam Hart']);
    assert.ok(namesOf(found, 'organization').includes('Citibank Ltd'));
  });

  it('reads a bracketed name after an unclosed bracket far before it, and no coded name before a comma and a name', () => {
    const found = actors('It dropped <Snecma of France and Rolls-Royce because the <International Aero Engine> (IAE) engine was late. The IAE consortium agreed.');
    assert.deepEqual(mentionTexts(named(found, 'International Aero Engine')), ['IAE', 'International Aero Engine']);
    const goldman = actors('KTX Corp rose. Ann Lee is president of KTX, Sachs Japan Corp.');
    assert.deepEqual(mentionTexts(named(goldman, 'KTX Corp')), ['KTX Corp']);
  });
});
