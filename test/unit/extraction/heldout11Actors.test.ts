// Actor rules for error types the eleventh held-out evaluation found. Every text here is written for
// the test; people, bodies and towns are invented unless the rule is about a well-known name.
import assert from 'node:assert/strict';
import { articleActors, bySurface, named, namesOf } from '../../fixtures/extraction/actors/helpers';

const actorsOf = articleActors('heldout11', '2024-04-18');

describe('held-out 11: credit lines and teasers', () => {
  it('leaves out a photo credit of a photographer and agencies joined by slashes', () => {
    const actors = actorsOf('Talks opened in Vostrava on Monday, Mira Kellan said.', 'Tomas Rensky/Associated Press/East News/East News', 'The talks went on.');
    assert.equal(bySurface(actors, 'Associated Press'), undefined);
    assert.equal(bySurface(actors, 'East News'), undefined);
    assert.ok(named(actors, 'Mira Kellan'));
  });

  it('keeps two places joined by one slash in prose', () => {
    const actors = actorsOf('Trains on the Kyiv/Lviv line ran late, Mira Kellan said.');
    assert.ok(namesOf(actors, 'place').includes('Kyiv'));
  });

  it('drops a teaser in capitals naming a stranger even when it names one of the story’s bodies', () => {
    const actors = actorsOf('NATO ministers met on Thursday, Mira Kellan said.', 'TRUMP SAYS US WILL STAY IN NATO', 'The ministers agreed on more aid.');
    assert.equal(named(actors, 'Donald Trump'), undefined);
    assert.ok(named(actors, 'NATO'));
  });

  it('still reads a crosshead in capitals that names the story’s own person', () => {
    const actors = actorsOf('Mira Kellan chaired the NATO talks.', 'WHY KELLAN’S PLAN MATTERS', 'Kellan said the plan would hold.');
    assert.ok(named(actors, 'Mira Kellan'));
  });
});

describe('held-out 11: known bodies and places spelled another way', () => {
  it('takes "U.S. Congress" as the Congress and a wire agency written in lower case', () => {
    const actors = actorsOf('Ministers urged the U.S. Congress to act, German news agency dpa reported.');
    assert.equal(bySurface(actors, 'U.S. Congress')?.name, 'Congress');
    assert.equal(bySurface(actors, 'dpa')?.kind, 'organization');
  });

  it('reads the Russian spelling "Kharkov" as Kharkiv', () => {
    const actors = actorsOf('Shelling hit Kharkov overnight.');
    assert.equal(bySurface(actors, 'Kharkov')?.name, 'Kharkiv');
  });
});

describe('held-out 11: people named after a title with a body, or by their age', () => {
  it('reads the name after "Ambassador to the <known body>"', () => {
    const actors = actorsOf('On Tuesday, U.S. Ambassador to the United Nations Lina Varrow-Kent said she would not use the word.');
    assert.equal(named(actors, 'Lina Varrow-Kent')?.kind, 'person');
    assert.equal(named(actors, 'United Nations')?.kind, 'organization');
  });

  it('reads a full name set off by an age as a person', () => {
    const actors = actorsOf('Borys Hrenko, 32, a Vostrava-based engineer told reporters he had gone twice.');
    assert.equal(named(actors, 'Borys Hrenko')?.kind, 'person');
  });
});

describe('held-out 11: a first name cut off from its surname', () => {
  it('joins a first name alone to the one full name of the document that starts with it', () => {
    const actors = actorsOf('Vostran Premier Tomas Rensky met the envoys.', '“If we lose, (Vostran Premier Tomas) Rensky will never sit down,” Mira Kellan warned.');
    assert.equal(bySurface(actors, 'Tomas')?.name, 'Tomas Rensky');
  });

  it('leaves a first name alone when two people of the document share it', () => {
    const actors = actorsOf('Tomas Rensky met Tomas Vell on Monday.', 'Later a farmer said Tomas was right.');
    assert.notEqual(bySurface(actors, 'Tomas')?.name, 'Tomas Rensky');
    assert.notEqual(bySurface(actors, 'Tomas')?.name, 'Tomas Vell');
  });
});

describe('held-out 11: an agency described before its short name', () => {
  it('reads "the Russian Information Agency TASS" as one mention of TASS', () => {
    const actors = actorsOf('Her words were quoted by the Russian Information Agency TASS.');
    assert.equal(bySurface(actors, 'Russian Information Agency TASS')?.name, 'TASS');
    assert.equal(named(actors, 'Russian Information Agency'), undefined);
  });

  it('keeps an agency whose name is not followed by a known short name', () => {
    const actors = actorsOf('The Vostran Information Agency reported the strike.');
    assert.equal(named(actors, 'TASS'), undefined);
  });
});

describe('held-out 11: a wire dateline naming a town the gazetteer lacks', () => {
  it('reads the town of "VOSTRAVA, Italy (AP) —" as a place', () => {
    const actors = actorsOf('VOSTRAVA, Italy (AP) — Ministers met on the island on Thursday.');
    assert.equal(bySurface(actors, 'VOSTRAVA')?.name, 'Vostrava');
    assert.equal(bySurface(actors, 'VOSTRAVA')?.kind, 'place');
  });

  it('wants a known country before the credit', () => {
    const actors = actorsOf('VOSTRAVA, Narnia (AP) — Ministers met on Thursday.');
    assert.equal(bySurface(actors, 'VOSTRAVA'), undefined);
  });
});
