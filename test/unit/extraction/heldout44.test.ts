/**
 * Patterns behind the misses of round 44 (1987 Reuters wire copy), read this session after one
 * unread scoring, each written anew as a short text: firms named by a coded one-word stem, bodies
 * of a city state, a research house known by its appositive, the capitalised Administration, and
 * dates of monthly figures, spelled-out days and listed years.
 */
import assert from 'node:assert/strict';
import { sentenceDates as dates } from '../../fixtures/extraction/events/makeDoc';
import { articleActors, articleQuotes, mentionTexts, named, namesOf, speakerOf } from '../../fixtures/extraction/actors/helpers';

const actors = articleActors('heldout44', '1987-04-09');
const quotes = articleQuotes('heldout44-quotes', '1987-04-09');

describe('held-out 44: firms and bodies', () => {
  it('reads a firm’s coded one-word name alone as the firm, and gives it its quotations', () => {
    const text = ['KTX Corp said reserves fell. KTX\'s plants closed.', '"These plants are not shut," KTX said in the report.'];
    assert.deepEqual(mentionTexts(named(actors(...text), 'KTX Corp')), ['KTX', 'KTX Corp']);
    assert.equal(speakerOf(quotes(...text), 'These plants'), 'KTX Corp');
  });

  it('ends a firm’s name at its suffix, keeps a bracketed region, and reads a bank’s one-word name', () => {
    const found = actors('Velk, which owns Corran Oil Co and Ledge Oil and Gas Corp, gained.', 'Tamura Chemical (FE) Ltd and Zentbank rose; Riverbank was flooded.');
    const firms = namesOf(found, 'organization');
    for (const name of ['Corran Oil Co', 'Ledge Oil and Gas Corp', 'Tamura Chemical (FE) Ltd', 'Zentbank']) assert.ok(firms.includes(name), firms.join(', '));
    assert.ok(!firms.some((n) => n.startsWith('Co ') || n === 'Riverbank'), firms.join(', '));
  });

  it('reads a city state’s authorities and boards, and a known oil major by its old name', () => {
    const found = actors(
      'The list includes the Telecoms Authority of Singapore, the Public Works Board and the Port of Singapore Authority.',
      'British Petroleum Co Plc said BP would bid. The House Ways and Means Committee met.',
    );
    const bodies = namesOf(found, 'organization');
    for (const name of ['BP', 'House Ways and Means Committee', 'Port of Singapore Authority', 'Public Works Board', 'Telecoms Authority of Singapore']) assert.ok(bodies.includes(name), bodies.join(', '));
    assert.deepEqual(mentionTexts(named(found, 'BP')), ['BP', 'British Petroleum Co Plc']);
  });

  it('reads a body its appositive names, but not a war or a sentence’s first word', () => {
    const found = actors(
      'Jack Bede, President of Chip-Watch, an electronics research firm, was cautious. Analysts at Datamark, a market research firm, agreed.',
      'Meanwhile, a company spokesman said no. It honoured the heroes of the Great Patriotic War, a story told in song.',
    );
    assert.deepEqual(namesOf(found, 'organization'), ['Chip-Watch', 'Datamark']);
  });

  it('reads the capitalised Administration as the sitting president’s in American copy', () => {
    const found = actors('Chip sales rose on U.S. bookings.', 'Analysts do not expect the Administration to retreat from sanctions.');
    assert.deepEqual(mentionTexts(named(found, 'Reagan administration')), ['Administration']);
  });

  it('takes no note issue defined by its acronym for a body', () => {
    assert.deepEqual(namesOf(actors('"We will sell Andean Investment Notes (AINs) worth 150 mln dlrs," he said.'), 'organization'), []);
  });
});

describe('held-out 44: dates', () => {
  it('dates a month’s figures, however they are led in, but not a month goods are sold for', () => {
    assert.deepEqual(dates('1987-04-09', 'March billings were the strongest in years.'), [['March', '1987-03', 'month']]);
    assert.deepEqual(dates('1987-04-09', 'He said the numbers indicate March orders were up.'), [['March', '1987-03', 'month']]);
    assert.deepEqual(dates('1987-04-09', 'It revised the January book-to-bill figure to 1.09.'), [['January', '1987-01', 'month']]);
    assert.deepEqual(dates('1987-04-09', 'It sold cargoes for April shipments.'), []);
  });

  it('dates days spelled out, with their year when stated', () => {
    assert.deepEqual(dates('1987-03-25', 'The board heard of the offer on March nine and has weighed it since.'), [['March nine', '1987-03-09', 'day']]);
    assert.deepEqual(dates('1987-03-31', 'It extends the moratorium to June one, 1987.'), [['June one, 1987', '1987-06-01', 'day']]);
    assert.deepEqual(dates('1987-03-25', 'In May two people died.'), [['May', '1986-05', 'month']]);
  });

  it('dates years listed after "over", a year’s accounts, and an expected month ahead', () => {
    assert.deepEqual(dates('1987-03-31', 'Manila will pay 111 mln dlrs over 1987, 1988 and 1989.'), [['1987', '1987', 'year'], ['1988', '1988', 'year'], ['1989', '1989', 'year']]);
    assert.deepEqual(dates('1987-03-31', 'Deaths rose to over 2000.'), []);
    assert.deepEqual(dates('1987-03-31', 'Velk had 60 pct of its 1986 sales from oil, says Velk’s just-released 1986 annual report.'), [['1986', '1986', 'year'], ['1986', '1986', 'year']]);
    assert.deepEqual(dates('1987-03-31', 'He said he expected agreement from all of them by July.'), [['July', '1987-07', 'month']]);
  });
});

describe('rounds 41 and 42 read again: Wall Street and market towns', () => {
  it('knows the Wall Street houses of the 1980s by their short and full names', () => {
    const found = actors(
      'Salomon Brothers Inc led the issue, and Salomon Brothers said demand was strong.',
      'Donaldson Lufkin and Jenrette agreed, Drexel Burnham Lambert Inc co-managed it, and Smith Barney, Harris and Upham Inc agreed.',
    );
    assert.deepEqual(mentionTexts(named(found, 'Salomon Brothers')), ['Salomon Brothers', 'Salomon Brothers Inc']);
    const firms = namesOf(found, 'organization');
    for (const name of ['Donaldson Lufkin and Jenrette', 'Drexel Burnham Lambert', 'Smith Barney']) assert.ok(firms.includes(name), firms.join(', '));
  });

  it('reads a committee named with two joined initials, and no share index for its publisher', () => {
    const found = actors('The S and P Advisory Committee met.', 'It drove the exchange to a record Dow Jones index loss, and the Dow Jones industrial average fell.');
    assert.deepEqual(namesOf(found, 'organization'), ['S and P Advisory Committee']);
  });

  it('knows market and summit towns, while a town that is a given name still opens a name', () => {
    const found = actors('Before the Venice summit, oil firms in Dallas and banks in Frankfurt waited.', 'He met Dallas Smith yesterday.');
    assert.deepEqual(namesOf(found, 'place'), ['Dallas', 'Frankfurt', 'Venice']);
    assert.deepEqual(namesOf(found, 'person'), ['Dallas Smith']);
  });
});

describe('held-out 44: what a review of these rules found', () => {
  it('links no unit to its parent by the parent’s coded name, and takes no rate for a bank', () => {
    const found = actors('KTE Services, a unit of KTE Corp, evaluated it. KTE said it agreed.', 'Loans are priced over the London Interbank Offered Rate (LIBOR).');
    assert.deepEqual(mentionTexts(named(found, 'KTE Corp')), ['KTE', 'KTE Corp']);
    assert.ok(!namesOf(found, 'organization').includes('Interbank'));
  });

  it('ends a body’s name at its plural possessive, and reads no body from a subject or an initial', () => {
    const found = actors(
      'It joined the National Association of Stock Dealers\' NASDAQ system.',
      'In its Weather and Crops Bulletin, the agency said it rained. A spokesman for T. Rowe Harlan Associates, a Baltimore-based fund group, agreed.',
    );
    const bodies = namesOf(found, 'organization');
    assert.ok(bodies.includes('National Association of Stock Dealers'), bodies.join(', '));
    assert.ok(!bodies.includes('Crops Bulletin') && !bodies.includes('Rowe Harlan Associates'), bodies.join(', '));
  });

  it('dates a dividend’s days ahead, a range’s first day by its year, and a year-end by the tense', () => {
    assert.deepEqual(dates('1987-02-26', 'It is payable May one to shareholders of record April 10.'), [['May one', '1987-05-01', 'day'], ['April 10', '1987-04-10', 'day']]);
    assert.deepEqual(dates('1987-04-09', 'Sales fell from 222 mln dlrs in the January one through March 2, 1986, period.'), [['January one', '1986-01-01', 'day'], ['March 2, 1986', '1986-03-02', 'day']]);
    assert.deepEqual(dates('1987-02-26', 'Bad loans nearly doubled to 347 mln dlrs at year-end.'), [['year-end', '1986', 'year']]);
    assert.deepEqual(dates('2023-07-19', 'He called for the talks to start before the end of the year.'), [['the end of the year', '2023', 'year']]);
  });
});
