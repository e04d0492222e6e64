// Actor rules for error types the ninth held-out evaluation found. Every text here is written for
// the test; people, bodies and towns are invented unless the rule is about a well-known name.
import assert from 'node:assert/strict';
import { articleActors, named, namesOf } from '../../fixtures/extraction/actors/helpers';

const actorsOf = articleActors('heldout9', '2022-06-09');

describe('held-out 9: bylines, sources and captions are not the story', () => {
  it('leaves out “Author:” and “Source:” lines under a story', () => {
    const actors = actorsOf('The ferry to Vostrava was cancelled on Monday after the storm.', 'Author: Lena Sorrel / Source: Evening News KVT24', 'Source: PAP, Reuters');
    assert.deepEqual(namesOf(actors, 'person'), []);
    assert.deepEqual(namesOf(actors, 'organization'), []);
  });

  it('leaves out a picture caption credited to a web site', () => {
    const actors = actorsOf('The ferry to Vostrava was cancelled on Monday after the storm.', 'Drills of the Varnian army Mil.ru');
    assert.deepEqual(namesOf(actors, 'organization'), []);
  });

  it('keeps a line that sends readers to a portal', () => {
    const actors = actorsOf('The ferry to Vostrava was cancelled on Monday after the storm.', 'More news from the country on the main page of Gazeta.pl');
    assert.ok(named(actors, 'Gazeta.pl'));
  });
});

describe('held-out 9: outlets, members of parliament and peoples', () => {
  it('reads a quoted name before “daily” as the outlet', () => {
    const actors = actorsOf('The spokesman, quoted by the portal of the "Vestnik" daily, said the sanctions would hurt.');
    assert.equal(named(actors, 'Vestnik')?.kind, 'organization');
  });

  it('reads “the Reuters news agency” as Reuters', () => {
    const actors = actorsOf('The Reuters news agency reported earlier this year that the convoy had turned back.');
    assert.ok(named(actors, 'Reuters'));
  });

  it('takes “MP” as a title, not part of the name', () => {
    const actors = actorsOf('Now MP Tomasz Wilk says that the work has been completed.');
    const wilk = named(actors, 'Tomasz Wilk');
    assert.equal(wilk?.kind, 'person');
    assert.deepEqual(wilk?.roles, ['MP']);
  });

  it('does not take “the Germans said” for a person', () => {
    const actors = actorsOf('When we said we would arm, the Germans said they would too.');
    assert.deepEqual(namesOf(actors, 'person'), []);
    assert.equal(named(actors, 'Germans')?.kind, 'group');
  });
});
