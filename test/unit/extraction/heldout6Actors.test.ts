// Actor rules for error types a sixth held-out evaluation found. Every text here is written for
// the test; people, bodies and towns are invented unless the rule is about a well-known name.
import assert from 'node:assert/strict';
import { articleActors, named, namesOf } from '../../fixtures/extraction/actors/helpers';

const actorsOf = articleActors('heldout6');

describe('held-out 6: names beside a role in lower case', () => {
  it('takes the full name after a role and a comma', () => {
    const actors = actorsOf('“We expect more,” said Tamsk’s prosecutor general, Ivo Barten.', 'At the meeting, the European commissioner for fisheries, Lene Solberg, said she agreed.');
    assert.deepEqual(namesOf(actors, 'person'), ['Ivo Barten', 'Lene Solberg']);
    assert.ok(named(actors, 'Lene Solberg')?.roles.includes('European commissioner for fisheries'));
  });

  it('takes a full name set off by a dash before its role', () => {
    const actors = actorsOf('At a forum on Monday, Pavlo Derun – chief adviser to the mayor – asked for calm.');
    assert.deepEqual(namesOf(actors, 'person'), ['Pavlo Derun']);
  });

  it('does not run a speaker after the verb on past a comma', () => {
    const actors = actorsOf('Ivo Barten leads the office.', '“We will see,” said Barten, Tamsk’s chief prosecutor.');
    assert.equal(named(actors, 'Ivo Barten')?.mentions.length, 2);
  });

  it('stops a speaker before the verb at the body that titles him', () => {
    const actors = actorsOf('The deputy chairman of Norland’s Security Council Oskar Veldt said the plan was ready.');
    assert.deepEqual(namesOf(actors, 'person'), ['Oskar Veldt']);
  });

  it('keeps the first name beside any spelling of a known surname', () => {
    const actors = actorsOf('The adviser met Ukraine’s president, Volodymyr Zelenskiy, on Monday.');
    const zelenskyy = named(actors, 'Volodymyr Zelenskyy');
    assert.ok(zelenskyy?.mentions.some((m) => m.text === 'Volodymyr Zelenskiy'));
  });
});

describe('held-out 6: well-known names', () => {
  it('knows NATO by its other name and a dictator named in a quotation', () => {
    const actors = actorsOf('“Nobody wants to repeat what Hitler did,” the North Atlantic Alliance said in a statement about NATO plans.');
    assert.equal(named(actors, 'NATO')?.mentions.length, 2);
    assert.equal(named(actors, 'Adolf Hitler')?.kind, 'person');
  });
});

describe('held-out 6: lines that are not the story', () => {
  it('takes no actor from a teaser of other stories', () => {
    const actors = actorsOf(
      'Minister Ada Kern opened the bridge in Tamsk.',
      'Other Topics of Interest Norland President Dies in Ferry Crash in Stormy Waters – Weekly Update Strikes near Kharkiv; Blackouts go on, Voltera says',
      'See also: Kern Plans Second Bridge Near Odesa',
    );
    assert.deepEqual(namesOf(actors, 'person'), ['Ada Kern']);
    assert.deepEqual(namesOf(actors, 'place'), ['Tamsk']);
    assert.equal(named(actors, 'Voltera'), undefined);
  });

  it('takes no actor from a newsletter sign-up', () => {
    const actors = actorsOf('Minister Ada Kern opened the bridge.', 'skip past newsletter promotion Sign up to Morning Brief. We use Google reCaptcha to protect our website. after newsletter promotion');
    assert.equal(named(actors, 'Google'), undefined);
  });
});

describe('held-out 6: bodies and places', () => {
  it('reads a body written in lower case after its first word', () => {
    const actors = actorsOf('The motion passed a vote at the UN general assembly and the European parliament.');
    assert.deepEqual(namesOf(actors, 'organization'), ['European Parliament', 'UN General Assembly']);
  });

  it('takes no place from an event or a deal named after a town', () => {
    const actors = actorsOf('Leaders met at the Munich Security Conference and discussed the Helsinki process.');
    assert.equal(named(actors, 'Munich'), undefined);
    assert.equal(named(actors, 'Helsinki'), undefined);
  });

  it('reads plural body heads, prisons, parliaments and papers named before the noun', () => {
    const actors = actorsOf(
      'The Lindqvist Family Foundations paid for the study.',
      'Detainees were held at the notorious Kalmar Prison in Tamsk.',
      'The Polish parliament will vote, the government’s Kurier Tamski newspaper reported.',
    );
    assert.equal(named(actors, 'Lindqvist Family Foundations')?.kind, 'organization');
    assert.equal(named(actors, 'Kalmar Prison')?.kind, 'place');
    assert.equal(named(actors, 'Polish parliament')?.kind, 'organization');
    assert.equal(named(actors, 'Kurier Tamski')?.kind, 'organization');
  });

  it('reads an envoy titled by the country he is sent to', () => {
    const actors = actorsOf('Norland’s Ambassador to Poland Ivo Barten attended the vote.');
    assert.deepEqual(namesOf(actors, 'person'), ['Ivo Barten']);
  });

  it('makes the bare name of a body the country’s own one the document names', () => {
    const actors = actorsOf('Poland’s Senate passed the resolution.', 'The Senate also thanked the envoy.');
    assert.deepEqual(named(actors, 'Poland’s Senate')?.mentions.map((m) => m.text), ['Senate', 'Senate']);
    assert.equal(named(actors, 'Poland')?.kind, 'place');
    assert.equal(named(actors, 'Senate'), undefined);
  });

  it('keeps the bare name apart when the document writes the other body out', () => {
    const actors = actorsOf('Russia’s Security Council met.', 'The UN Security Council met too, and the Security Council voted.');
    assert.equal(named(actors, 'Russia’s Security Council')?.mentions.length, 1);
    assert.equal(named(actors, 'UN Security Council')?.mentions.length, 2);
  });
});
