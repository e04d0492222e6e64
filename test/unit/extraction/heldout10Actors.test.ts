// Actor rules for error types the tenth held-out evaluation found. Every text here is written for
// the test; people, bodies and towns are invented unless the rule is about a well-known name.
import assert from 'node:assert/strict';
import { articleActors, bySurface, named, mentionTexts, namesOf } from '../../fixtures/extraction/actors/helpers';

const actorsOf = articleActors('heldout10', '2023-03-09');

describe('held-out 10: a country’s government and bodies named by a common noun', () => {
  it('reads "<Nationality> government" and "the government of <Country>" as one organisation', () => {
    const actors = actorsOf('The Norwegian government raised tariffs on Monday.', 'Critics said the government of Norway had waited too long.');
    assert.deepEqual(mentionTexts(named(actors, 'Norwegian government')), ['Norwegian government', 'government of Norway']);
    assert.equal(named(actors, 'Norwegian government')?.kind, 'organization');
  });

  it('does not make a government official into the government', () => {
    const actors = actorsOf('A Danish government official said the talks had stalled.');
    assert.equal(named(actors, 'Danish government'), undefined);
  });

  it('finds an embassy, a country’s intelligence acting and a fleet in lower case', () => {
    const actors = actorsOf('US intelligence claimed the drills were a cover. The US embassy in Vostrava was closed, and Russia’s Northern fleet sailed.');
    assert.equal(bySurface(actors, 'US intelligence')?.kind, 'organization');
    assert.equal(bySurface(actors, 'US embassy')?.kind, 'organization');
    assert.equal(named(actors, 'Northern Fleet')?.kind, 'organization');
  });

  it('leaves a country’s intelligence satellite alone', () => {
    const actors = actorsOf('A strike on a US intelligence satellite was one of the scenarios.');
    assert.equal(bySurface(actors, 'US intelligence'), undefined);
  });

  it('takes the name after "airline" as an organisation', () => {
    const actors = actorsOf('The regional airline Skyvarna said its flight was diverted.');
    assert.equal(named(actors, 'Skyvarna')?.kind, 'organization');
  });

  it('reads "the central bank" as the one central bank the document names', () => {
    const actors = actorsOf('The Bank of England raised rates on Thursday.', 'The central bank said inflation would fall.');
    assert.deepEqual(mentionTexts(named(actors, 'Bank of England')), ['Bank of England', 'central bank']);
  });

  it('ends a body in "Police", "Community" or "Theatre"', () => {
    const actors = actorsOf('The Varnian National Police is overwhelmed, the Intelligence Community noted. The actors performed at the Orlen Theatre.');
    assert.equal(named(actors, 'Varnian National Police')?.kind, 'organization');
    assert.equal(named(actors, 'Intelligence Community')?.kind, 'organization');
    assert.equal(named(actors, 'Orlen Theatre')?.kind, 'organization');
    assert.deepEqual(namesOf(actors, 'person'), []);
  });
});

describe('held-out 10: people', () => {
  it('reads a nickname in quotation marks inside a name', () => {
    const actors = actorsOf('He was killed alongside freelance journalist Darina “Dasha” Holovko, 24.');
    assert.deepEqual(namesOf(actors, 'person'), ['Darina Holovko']);
  });

  it('takes a name after a lower-case "prosecutor general" or set off after "rival of …,"', () => {
    const actors = actorsOf('The prosecutor general Ostap Verbenko explained the work. The main rival of Verbenko, Larysa Moroz, had to leave.');
    assert.ok(named(actors, 'Ostap Verbenko'));
    assert.ok(named(actors, 'Larysa Moroz'));
  });

  it('takes a name set off after "ambassador in <town>,"', () => {
    const actors = actorsOf('The country’s ambassador in Vostrava, Taras Hlyba, suggested a compromise.');
    assert.ok(named(actors, 'Taras Hlyba'));
  });

  it('does not take a contraction for a speaker', () => {
    const actors = actorsOf("I really do believe it, but I've told the committee that it will not work.");
    assert.deepEqual(namesOf(actors, 'person'), []);
  });
});

describe('held-out 10: places', () => {
  it('reads a name set off by "a village" and a town followed by its country', () => {
    const actors = actorsOf('The premier visited Zarichne, a village that saw heavy fighting. The flight from Tavira, Portugal, was diverted.');
    assert.equal(named(actors, 'Zarichne')?.kind, 'place');
    assert.equal(named(actors, 'Tavira')?.kind, 'place');
  });

  it('reads landmarks, with a bracketed second name as the same place', () => {
    const actors = actorsOf('He visited Lypova Square (St Olha’s Square) and the Church of St Roman, then the Wall of Memory of the Fallen.');
    assert.deepEqual(mentionTexts(named(actors, 'Lypova Square')), ['Lypova Square', 'St Olha’s Square']);
    assert.equal(named(actors, 'Church of St Roman')?.kind, 'place');
    assert.equal(named(actors, 'Wall of Memory of the Fallen')?.kind, 'place');
    assert.deepEqual(namesOf(actors, 'person'), []);
  });

  it('reads a known town’s dam, whatever its case, and a hyphenated part of a continent', () => {
    const actors = actorsOf('Aid followed the attack on the kakhovka dam. States in east-central Europe were worried.');
    assert.equal(named(actors, 'Kakhovka dam')?.kind, 'place');
    assert.equal(named(actors, 'East-Central Europe')?.kind, 'place');
  });

  it('knows historical states apart from today’s', () => {
    const actors = actorsOf('Nazi Germany took part in the division of Czechoslovakia.');
    assert.deepEqual(namesOf(actors, 'place'), ['Czechoslovakia', 'Nazi Germany']);
  });
});
