// Bodies the gazetteer knows by name, which no cue word marks: wires, statistics offices, formats of
// states, ministries named bare, and a national body with its country's initials before it.
import assert from 'node:assert/strict';
import { articleActors, bySurface } from '../../fixtures/extraction/actors/helpers';

const actorsOf = articleActors('known-bodies', '2023-06-14');

describe('organisations the gazetteer knows by name', () => {
  it('finds wires, statistics offices and formats of states', () => {
    const actors = actorsOf(
      'In an interview with PAP, the deputy minister said the plan would hold.',
      'Prices rose by a tenth, according to Eurostat, and Euromaidan Press reported the same.',
      'The Lublin Triangle and the Bucharest Nine met in Vilnius.',
    );
    for (const name of ['PAP', 'Eurostat', 'Euromaidan Press', 'Lublin Triangle', 'Bucharest Nine']) {
      assert.equal(bySurface(actors, name)?.kind, 'organization', name);
    }
    assert.equal(bySurface(actors, 'PAP')?.name, 'Polish Press Agency');
  });

  it('finds a ministry named bare after a possessive', () => {
    const actors = actorsOf('Dubious claims were floated by Anna Brook’s Foreign Office on Sunday.');
    assert.equal(bySurface(actors, 'Foreign Office')?.kind, 'organization');
  });

  it('keeps "US" in the mention of the National Security Council it qualifies', () => {
    const actors = actorsOf('A US National Security Council spokesman, Tom Rook, spoke on Friday.');
    const council = bySurface(actors, 'US National Security Council');
    assert.equal(council?.name, 'National Security Council');
    assert.equal(council?.kind, 'organization');
  });
});

describe('places the gazetteer knows by name', () => {
  it('finds regions written in lower case and zones of states', () => {
    const actors = actorsOf('Fighting goes on in eastern Ukraine, and from the Baltic republics to the Schengen zone and Xinjiang the mood darkens.');
    for (const surface of ['eastern Ukraine', 'Baltic republics', 'Schengen zone', 'Xinjiang']) {
      assert.equal(bySurface(actors, surface)?.kind, 'place', surface);
    }
    assert.equal(bySurface(actors, 'Baltic republics')?.name, 'Baltics');
  });

  it('reads "the collective West" as the West', () => {
    const actors = actorsOf('The sanctions imposed by the collective West did not break the economy.');
    assert.equal(bySurface(actors, 'West')?.name, 'the West');
  });
});

describe('acronyms a document uses without defining them', () => {
  it('joins an acronym spelling the initials of one body the document names', () => {
    const actors = actorsOf(
      'The Ministry of Foreign Affairs of Ukraine issued a statement on Monday.',
      'The MFA emphasizes that the border must stay open, and the Ministry of Defence agreed. The MoD added that drills would end.',
    );
    const mfa = bySurface(actors, 'MFA');
    assert.equal(mfa?.name, 'Ministry of Foreign Affairs of Ukraine');
    assert.equal(bySurface(actors, 'MoD')?.name, 'Ministry of Defence');
    assert.equal(bySurface(actors, 'MoD')?.kind, 'organization');
  });

  it('never reads an everyday acronym, or one used before its body is named, as that body', () => {
    const actors = actorsOf('AI tools spread fast, Amnesty International said on Monday.', 'Later the AI models improved.');
    assert.notEqual(bySurface(actors, 'AI')?.name, 'Amnesty International');
    const before = actorsOf('The NSC met first.', 'Then the National Security Council of Vostria met.');
    assert.notEqual(bySurface(before, 'NSC')?.kind, 'organization');
  });

  it('leaves an acronym two bodies could spell alone', () => {
    const actors = actorsOf('The Harbour Council met the Highway Commission. Later the HC said nothing.');
    assert.equal(bySurface(actors, 'HC'), undefined);
  });
});

describe('a source named after "according to"', () => {
  it('makes a person of a full name before a comma, and leaves outlets alone', () => {
    const actors = actorsOf(
      'According to Anatol Brenner, the crisis is the most dangerous in the world.',
      'According to Politico, the talks failed. According to Defense Express, the drones were new.',
    );
    assert.equal(bySurface(actors, 'Anatol Brenner')?.kind, 'person');
    assert.equal(bySurface(actors, 'Politico')?.kind, 'organization');
    assert.notEqual(bySurface(actors, 'Defense Express')?.kind, 'person');
  });

  it('makes no person of an acronym before a speech verb', () => {
    const actors = actorsOf('The harbour reopened on Monday. DSNS said the fire was out, and MPs said nothing.');
    assert.equal(bySurface(actors, 'DSNS')?.kind, undefined);
    assert.equal(bySurface(actors, 'MPs')?.kind, undefined);
  });
});

describe('known names in their longer forms and in capitals', () => {
  it('reads "The Times of Israel" whole and no WHO out of a headline in capitals', () => {
    const actors = actorsOf('The Times of Israel reported the strike on Monday.', 'THE MAN WHO SAVED THE PORT');
    assert.equal(bySurface(actors, 'The Times of Israel')?.name, 'Times of Israel');
    assert.equal(bySurface(actors, 'WHO'), undefined);
  });

  it('keeps TASS as a source after "reports"', () => {
    const actors = actorsOf('Russia says it downed 30 drones over the sea, reports TASS');
    assert.equal(bySurface(actors, 'TASS')?.kind, 'organization');
  });
});
