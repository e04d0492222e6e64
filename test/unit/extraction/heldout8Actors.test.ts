// Actor rules for error types the eighth held-out evaluation found. Every text here is written for
// the test; people, bodies and towns are invented unless the rule is about a well-known name.
import assert from 'node:assert/strict';
import { articleActors, named, bySurface, mentionTexts, namesOf } from '../../fixtures/extraction/actors/helpers';

const actorsOf = articleActors('heldout8', '2023-06-20');

describe('held-out 8: credits are not the story’s actors', () => {
  it('leaves out a “Reporting from” line that lists reporters', () => {
    const actors = actorsOf('The ferry to Vostrava was cancelled on Monday after the storm.', 'Reporting from Milo Varga, Dana Kesk and Ivo Pramm');
    assert.deepEqual(namesOf(actors, 'person'), []);
  });

  it('leaves out a “contributed reporting” line', () => {
    const actors = actorsOf('The ferry to Vostrava was cancelled on Monday after the storm.', 'Daily Harbour’s Lena Sorrel and Piet Vandam contributed reporting.');
    assert.deepEqual(namesOf(actors, 'person'), []);
  });

  it('leaves out a photographer and agency credited under a picture', () => {
    const actors = actorsOf('The mayor opened the new bridge on Monday. Tomas Keller/AFP via Getty Images', 'The crowd cheered (Ria Solden/AP).');
    assert.deepEqual(namesOf(actors, 'person'), []);
    assert.deepEqual(namesOf(actors, 'organization'), []);
  });

  it('keeps two places written with a slash', () => {
    const actors = actorsOf('Talks on the Russia/Ukraine grain corridor resumed on Monday.');
    assert.ok(named(actors, 'Russia'));
    assert.ok(named(actors, 'Ukraine'));
  });

  it('leaves out a broadcaster’s “Watch … live on” plug', () => {
    const actors = actorsOf('The minister resigned on Monday.', 'Watch TV live on KVT GO');
    assert.deepEqual(namesOf(actors, 'organization'), []);
  });
});

describe('held-out 8: names beside roles and bodies', () => {
  it('reads a name after a quotation set off by “a retired admiral”', () => {
    const actors = actorsOf('“We need more ships,” Oren Talvik, a retired admiral in the navy and a former head of the Coastal Intelligence Headquarters told the paper.');
    assert.equal(bySurface(actors, 'Oren Talvik')?.kind, 'person');
    assert.ok(!named(actors, 'Headquarters'));
  });
});

describe('held-out 8: one body, two word orders', () => {
  it('merges “the Harbour Studies Center” into “the Center for Harbour Studies”', () => {
    const actors = actorsOf('Ada Vell of the Center for Harbour Studies said the port would reopen.', 'The director of the Harbour Studies Center added that ferries would wait.');
    const center = named(actors, 'Center for Harbour Studies');
    assert.equal(center?.kind, 'organization');
    assert.equal(center?.mentions.length, 2);
  });
});

describe('held-out 8: well-known names', () => {
  it('reads Asia-Pacific as one region, not Asia', () => {
    const actors = actorsOf('The alliance has come to the Asia-Pacific region, the spokesman said.');
    assert.ok(named(actors, 'Asia-Pacific'));
    assert.ok(!named(actors, 'Asia'));
  });

  it('reads the Food and Agriculture Organization whole', () => {
    const actors = actorsOf('The United Nations Food and Agriculture Organization (FAO) published the report in June.');
    assert.equal(bySurface(actors, 'Food and Agriculture Organization')?.kind, 'organization');
    assert.ok(!named(actors, 'Agriculture Organization'));
  });

  it('finds Josep Borrell and the cities a nuclear story names', () => {
    const actors = actorsOf('Ministers met Josep Borrell, who spoke of Hiroshima and Nagasaki.');
    assert.equal(named(actors, 'Josep Borrell')?.kind, 'person');
    assert.equal(named(actors, 'Hiroshima')?.kind, 'place');
    assert.equal(named(actors, 'Nagasaki')?.kind, 'place');
  });
});

describe('held-out 8: a capitalised common noun after “a”', () => {
  it('does not take “a Demilitarized Zone” for a place', () => {
    const actors = actorsOf('The council wants the valley around the dam declared a Demilitarized Zone, but the army refused.');
    assert.deepEqual(namesOf(actors, 'place'), []);
  });

  it('keeps a name that qualifies the noun after it', () => {
    const actors = actorsOf('The mayor was asked in a Talk TV interview about the dam.');
    assert.ok(bySurface(actors, 'Talk TV'));
  });
});

describe('held-out 8: an office defined by its acronym', () => {
  it('does not take a titled office before a name for a body', () => {
    const actors = actorsOf('Reporters asked about Special Harbour Envoy for Fisheries (SHEF) Ada Vell and her remarks.');
    assert.deepEqual(namesOf(actors, 'organization'), []);
  });

  it('still takes a body defined by its acronym', () => {
    const actors = actorsOf('The Coastal Fisheries Research Council (CFRC) published its figures.', 'The CFRC said catches fell.');
    assert.ok(mentionTexts(named(actors, 'Coastal Fisheries Research Council')).includes('CFRC'));
  });
});

describe('held-out 8: words the tagger takes for people', () => {
  it('does not take “the Russo-Japanese War” for a person', () => {
    const actors = actorsOf('The museum in Vostrava shows maps of the Russo-Japanese War and of later wars.');
    assert.deepEqual(namesOf(actors, 'person'), []);
  });

  it('does not take a caption’s “Courtesy” for a person', () => {
    const actors = actorsOf('The old pier was rebuilt in May.', 'Dana Kesk Courtesy of Dana Kesk');
    assert.ok(!actors.some((a) => a.mentions.some((m) => m.text.includes('Courtesy'))));
  });

  it('does not take a belief after “in” for a place', () => {
    const actors = actorsOf('The painter was raised in Roman Catholicism and later left the church.');
    assert.deepEqual(namesOf(actors, 'place'), []);
  });
});

describe('held-out 8: a ministry written out in lower case', () => {
  it('reads “Estonia’s ministry of foreign affairs” as a body', () => {
    const actors = actorsOf('Estonia’s ministry of foreign affairs summoned the envoy on Monday.');
    assert.equal(bySurface(actors, 'ministry of foreign affairs')?.kind, 'organization');
    assert.ok(named(actors, 'Estonia'));
  });
});
