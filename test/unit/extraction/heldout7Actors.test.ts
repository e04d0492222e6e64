// Actor rules for error types the seventh held-out evaluation found. Every text here is written for
// the test; people, bodies and towns are invented unless the rule is about a well-known name.
import assert from 'node:assert/strict';
import { articleActors, named, bySurface, namesOf } from '../../fixtures/extraction/actors/helpers';

const actorsOf = articleActors('heldout7', '2023-03-14');

describe('held-out 7: bodies named in lower case', () => {
  it('reads a country’s army and parliament as bodies', () => {
    const actors = actorsOf('Volunteers joined the Ukrainian army in spring, and the Estonian parliament sent aid.');
    assert.equal(bySurface(actors, 'Ukrainian army')?.kind, 'organization');
    assert.equal(bySurface(actors, 'Estonian parliament')?.kind, 'organization');
  });

  it('leaves the army as a qualifier of people, and the armed forces at large, alone', () => {
    const actors = actorsOf('Two Russian army officers were seen at the depot.', 'The plan would weaken the Russian army and navy for years.');
    assert.deepEqual(namesOf(actors, 'organization'), []);
  });

  it('reads a capital before “government” as that state’s government', () => {
    const actors = actorsOf('The Vilnius government said shelters would be inspected.');
    assert.equal(bySurface(actors, 'Vilnius government')?.kind, 'organization');
    assert.ok(!named(actors, 'Vilnius'));
  });

  it('reads the name before “TV channel” as a broadcaster', () => {
    const actors = actorsOf('The analyst spoke on the air of the KVT TV channel on Tuesday.');
    assert.equal(bySurface(actors, 'KVT')?.kind, 'organization');
  });

  it('reads a body whose name is followed by a date after “on”', () => {
    const actors = actorsOf('The Moldovan Security Service on August 26 charged the smuggler.');
    assert.equal(bySurface(actors, 'Moldovan Security Service')?.kind, 'organization');
  });

  it('reads a team named with a capitalised head', () => {
    const actors = actorsOf('The ministry set up a Harbour Fraud Review Team last year.');
    assert.equal(bySurface(actors, 'Harbour Fraud Review Team')?.kind, 'organization');
  });
});

describe('held-out 7: names down a hierarchy and acronyms', () => {
  it('reads a department of a service of a guard as one body', () => {
    const actors = actorsOf('He headed the Regional Department of the Federal Service of the Coastal Guard of the Varna Republic.');
    const name = 'Regional Department of the Federal Service of the Coastal Guard of the Varna Republic';
    assert.equal(bySurface(actors, name)?.kind, 'organization');
  });

  it('takes an acronym that keeps the connector’s letter as the body’s alias', () => {
    const actors = actorsOf('The Office of Harbour Safety (OOHS) opened a probe.', 'OOHS said the probe would take a year.');
    assert.deepEqual(namesOf(actors, 'organization'), ['Office of Harbour Safety']);
  });
});

describe('held-out 7: places', () => {
  it('reads "the X region" and "X province" as the place, the mention as written', () => {
    const actors = actorsOf('The head of the Kharkiv region spoke on Monday.', 'Rescuers worked in the Belvora province all night.');
    assert.equal(bySurface(actors, 'Kharkiv region')?.name, 'Kharkiv');
    assert.equal(bySurface(actors, 'Belvora province')?.kind, 'place');
  });

  it('reads a country’s formal name as the country', () => {
    const actors = actorsOf('Envoys of the Kingdom of Norway and the Republic of Belarus met.');
    assert.equal(bySurface(actors, 'Kingdom of Norway')?.name, 'Norway');
    assert.equal(bySurface(actors, 'Republic of Belarus')?.name, 'Belarus');
  });

  it('reads a town after a capitalised "City of"', () => {
    const actors = actorsOf('Explosions were heard near the airfield in the City of Drovnik.');
    assert.equal(bySurface(actors, 'Drovnik')?.kind, 'place');
  });

  it('does not read a trial named after a town as the town', () => {
    const actors = actorsOf('He said the war must end in Nuremberg trials for its planners.');
    assert.ok(!named(actors, 'Nuremberg'));
  });
});

describe('held-out 7: spellings, credits and well-known names', () => {
  it('folds a letter with a stroke so two spellings are one person', () => {
    const actors = actorsOf('The unit was led by Pavił Dorsky, a former commander.', 'Pavil Dorsky denied the charges.');
    assert.deepEqual(namesOf(actors, 'person'), ['Pavił Dorsky']);
  });

  it('leaves a picture credit and a consent notice out', () => {
    const actors = actorsOf(
      'Leaders attend a news conference in Kyiv (Presidential Press Office via AP)',
      'We need your consent to load this Social Media content.',
    );
    assert.ok(!named(actors, 'Associated Press'));
    assert.ok(!named(actors, 'Social Media'));
  });

  it('knows a few well-known names', () => {
    const actors = actorsOf(
      'The League of Nations failed, an expert told Fox News Digital.',
      'Ramzan Kadyrów sent troops; the region was once called New Russia under Catherine the Great.',
    );
    assert.equal(named(actors, 'League of Nations')?.kind, 'organization');
    assert.equal(named(actors, 'Fox News Digital')?.kind, 'organization');
    assert.equal(named(actors, 'Ramzan Kadyrov')?.kind, 'person');
    assert.equal(named(actors, 'Catherine the Great')?.kind, 'person');
    assert.equal(bySurface(actors, 'New Russia')?.kind, 'place');
  });
});

describe('held-out 8: names that put the family name first, titles before a name', () => {
  it('takes "Wang" after "Wang Wenbin" for the same person', () => {
    const actors = actorsOf('Foreign ministry spokesman Wang Wenbin spoke on Friday.', '“Our position is clear,” Wang said.');
    assert.deepEqual(namesOf(actors, 'person'), ['Wang Wenbin']);
  });

  it('does not take "Pentagon spokesperson" before a name for an unnamed source', () => {
    const actors = actorsOf('The drills test the posture, according to Pentagon spokesperson Maj. Gen. Pat Rydell.');
    assert.deepEqual(actors.filter((a) => a.kind === 'unnamed').map((a) => a.name), []);
    assert.ok(named(actors, 'Pat Rydell'));
  });
});
