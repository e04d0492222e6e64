/**
 * Quotation patterns met in the fifth round (scored held-out first, then tuned on), each written
 * anew: more cue verbs (condemned, decried, suggested), the agent of a passive, "the head of
 * state", a body named again by its noun ("the department"), a title in the name ("the Pope"), a
 * participle after an earlier quotation, an appositive between the quotation and its verb, and
 * quotation marks in a teaser headline in capitals.
 */
import assert from 'node:assert/strict';
import { type ActorSpec, quotesOf } from '../../fixtures/extraction/quotes/helpers';

const VARGA: ActorSpec = { id: 'person:ivo-varga', name: 'Ivo Varga', kind: 'person', forms: ['Ivo Varga', 'Varga'] };
const MARKO: ActorSpec = { id: 'person:marko-petrov', name: 'Marko Petrov', kind: 'person', roles: ['President'], forms: ['Marko Petrov', 'Petrov'] };
const POPE: ActorSpec = { id: 'person:pope-clement', name: 'Pope Clement', kind: 'person', forms: ['Pope Clement', 'Clement'] };
const STATE_DEPARTMENT: ActorSpec = { id: 'organization:department-of-state', name: 'Department of State', kind: 'organization', forms: ['Department of State'] };
const CHANNEL: ActorSpec = { id: 'organization:front-notes', name: 'Front Notes', kind: 'organization', forms: ['Front Notes'] };

const speakers = (text: string, specs: ActorSpec[]) => quotesOf(text, specs).map((q) => [q.text.slice(0, 12), q.speakerName]);

describe('quotations: fifth-round patterns', () => {
  it('takes condemned, decried and suggested as cues', () => {
    assert.deepEqual(speakers('Varga condemned "armed conquest and expansion" on Thursday.', [VARGA]), [['armed conque', 'Ivo Varga']]);
    assert.deepEqual(speakers('Varga decried a "barbarous" strike on a mall.', [VARGA]), [['barbarous', 'Ivo Varga']]);
    assert.deepEqual(speakers('Varga suggested to a newspaper that the "barking of the alliance" forced the move.', [VARGA]), [['barking of t', 'Ivo Varga']]);
  });

  it('gives a passive cue to its agent', () => {
    assert.equal(quotesOf('The death was also confirmed by the channel Front Notes, "a competent officer".', [CHANNEL])[0]?.speakerName, 'Front Notes');
  });

  it('reads "the head of state" as the president', () => {
    const text = 'President Marko Petrov met the envoys.\n"We resolutely condemn sanctions," the head of state said.';
    assert.equal(quotesOf(text, [MARKO])[0].speakerName, 'Marko Petrov');
  });

  it('links "the department" to the last body with that noun in its name, past an adverb', () => {
    const text = 'The Department of State issued new advice.\nIn a stark message the department also said, "Do not travel there."';
    assert.equal(quotesOf(text, [STATE_DEPARTMENT])[0].speakerName, 'Department of State');
  });

  it('links "the Pope" to a person whose name holds the title, but not a name taken for a title', () => {
    const text = 'Pope Clement spoke on Sunday.\nEarlier in the week, the Pope decried a "barbarous" strike, saying that he carries "dear and martyred Ukraine" in his heart.';
    assert.deepEqual(speakers(text, [POPE]), [['barbarous', 'Pope Clement'], ['dear and mar', 'Pope Clement']]);
  });

  it('reads the name before an appositive between the quotation and its verb', () => {
    const text = '"Yes, it will be tough," Ivo Varga, the head of the security council, told television on Thursday.';
    assert.equal(quotesOf(text, [VARGA])[0].speakerName, 'Ivo Varga');
  });

  it('finds no speech in a teaser headline in capitals after the first paragraph', () => {
    const text = 'Varga spoke on Monday.\nRUSSIA WARNS ITS NEIGHBOUR: "WILL LEAD TO AN ESCALATION OF THIS CRISIS"\n"We will see," Varga said.';
    assert.deepEqual(speakers(text, [VARGA]), [['We will see,', 'Ivo Varga']]);
  });

  it('gives a verb in a "who" clause to the person before "who"', () => {
    const text = 'President Marko Petrov floated a plan, prompting questions from Mr Varga, who sought a clarification and insisted he did not want "any surprises" from the visit.';
    assert.equal(quotesOf(text, [MARKO, VARGA])[0].speakerName, 'Ivo Varga');
  });

  it('ends a sentence where copy lost the space after the full stop', () => {
    const text = 'Ambassador Ivo Varga spoke to a broadcaster.As he said, Kiev wants to check it carefully."It is all about two things: justice and duty," he said.';
    assert.equal(quotesOf(text, [VARGA, { id: 'place:kyiv', name: 'Kyiv', kind: 'place', forms: ['Kiev'] }])[0].speakerName, 'Ivo Varga');
  });

  it('takes a long book title or an outlet with "della" in quotation marks for a name', () => {
    assert.deepEqual(quotesOf('Varga, the author of "Putin\'s Playbook: Russia\'s Secret Plan to Defeat America," spoke on Friday.', [VARGA]), []);
    assert.deepEqual(quotesOf('Varga said in an interview with "Corriere della Sera" that talks would go on.', [VARGA]), []);
  });
});

describe('quotations: eighth-round patterns', () => {
  it('refers "the analyst" back to the one person in view, and never gives "the interlocutor of X" to X', () => {
    const ANNA: ActorSpec = { id: 'person:anna-brok', name: 'Anna Brok', kind: 'person', forms: ['Anna Brok', 'Brok'] };
    const TV: ActorSpec = { id: 'organization:tv9', name: 'TV9', kind: 'organization', forms: ['TV9'] };
    const text = 'Anna Brok, who studies the region, spoke on Monday.\n"It does not really pretend to be a threat," the analyst emphasized. The interlocutor of TV9 pointed out "excessively offensive actions".';
    assert.deepEqual(speakers(text, [ANNA, TV]), [['It does not ', 'Anna Brok'], ['excessively ', null]]);
  });

  it('takes "what he called “threats”" as speech, but a title after "what it called" as a name', () => {
    assert.deepEqual(speakers('Varga ordered drills against what he called "threats" by the West.', [VARGA]), [['threats', 'Ivo Varga']]);
    assert.deepEqual(quotesOf('The platform launched tours to what it called "Brave Cities" with guides.'), []);
  });

  it('reads the name before an appositive that runs into the verb without a comma, and "boasted"', () => {
    const text = '"Japan needs its own deterrent," Ivo Varga, a retired admiral and a former head of the intelligence service told the paper.';
    assert.equal(quotesOf(text, [VARGA])[0].speakerName, 'Ivo Varga');
    assert.equal(quotesOf('But Varga boasted after the strike that the "war must end with the liberation of the peninsula."', [VARGA])[0].speakerName, 'Ivo Varga');
  });

  it('gives the words of two coordinated subjects to the first', () => {
    const FUND: ActorSpec = { id: 'organization:grain-fund', name: 'Grain Fund', kind: 'organization', forms: ['Grain Fund'] };
    const BOARD: ActorSpec = { id: 'organization:harvest-board', name: 'Harvest Board', kind: 'organization', forms: ['Harvest Board'] };
    const text = 'The Grain Fund and the Harvest Board on June 6 said "the war has made hunger worse".';
    assert.equal(quotesOf(text, [FUND, BOARD])[0].speakerName, 'Grain Fund');
  });
});
