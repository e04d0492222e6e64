// Actor rules for error shapes that recur across the held-out rounds (3–10). Every text here is
// written for the test; people, bodies and towns are invented unless the rule is about a known name.
import assert from 'node:assert/strict';
import { articleActors, bySurface, named } from '../../fixtures/extraction/actors/helpers';

const actorsOf = articleActors('remaining11', '2023-06-14');

describe('remaining actor shapes: an institution with two remits joined by "and"', () => {
  it('keeps the second remit in the name', () => {
    const actors = actorsOf(
      'Exports rose, according to the Department of Fisheries and Trade.',
      'The Veltrian Ministry of the Interior and Administration published the list.',
      'A grant came from the Ministry of Labour and Social Policy.',
      'The Ministry of Culture and Information Policy banned the film.',
    );
    assert.equal(named(actors, 'Ministry of Culture and Information Policy')?.kind, 'organization');
    assert.equal(named(actors, 'Department of Fisheries and Trade')?.kind, 'organization');
    assert.equal(named(actors, 'Veltrian Ministry of the Interior and Administration')?.kind, 'organization');
    assert.equal(named(actors, 'Ministry of Labour and Social Policy')?.kind, 'organization');
  });

  it('leaves a person, a place after "and" out of the name', () => {
    const actors = actorsOf(
      'The Institute of Regional Affairs and Dobromir Kasek, its director, disagreed.',
      'The Ministry of Defence and Ukraine signed the deal.',
    );
    assert.equal(named(actors, 'Institute of Regional Affairs')?.kind, 'organization');
    assert.ok(!actors.some((a) => a.kind === 'organization' && a.name.includes('Kasek')));
    assert.equal(named(actors, 'Ministry of Defence')?.kind, 'organization');
    assert.equal(bySurface(actors, 'Ukraine')?.kind, 'place');
  });
});

describe('remaining actor shapes: a numbered body', () => {
  it('keeps "No. 3" in the name of a body the tagger finds', () => {
    const actors = actorsOf('A shell fell by the Regional Clinical Psychiatric Hospital No. 3 in Vorsk.');
    assert.ok(actors.some((a) => a.kind === 'organization' && a.name === 'Regional Clinical Psychiatric Hospital No. 3'));
    assert.ok(!actors.some((a) => a.name === 'Regional Clinical Psychiatric Hospital'));
  });
});

describe('remaining actor shapes: the General Staff', () => {
  it('finds the General Staff, alone or with a nationality', () => {
    assert.equal(named(actorsOf('The army’s General Staff began the drills.'), 'General Staff')?.kind, 'organization');
    assert.equal(named(actorsOf('The Estonian General Staff reported losses.'), 'Estonian General Staff')?.kind, 'organization');
  });

  it('leaves the title "Chief of the General Staff" to its holder', () => {
    const actors = actorsOf('Chief of the General Staff Oren Malkov inspected the troops.');
    assert.ok(!actors.some((a) => a.kind === 'organization'));
    assert.equal(bySurface(actors, 'Oren Malkov')?.kind, 'person');
  });
});

describe('remaining actor shapes: outlets cited by a bare name', () => {
  it('knows the outlets the war coverage cites, quoted or not', () => {
    const actors = actorsOf('A poll for "Rzeczpospolita" found support; Die Welt and Radio Svoboda reported it.');
    assert.equal(named(actors, 'Rzeczpospolita')?.kind, 'organization');
    assert.equal(named(actors, 'Die Welt')?.kind, 'organization');
    assert.equal(bySurface(actors, 'Radio Svoboda')?.name, 'Radio Free Europe/Radio Liberty');
  });
});
