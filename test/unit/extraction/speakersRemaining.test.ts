/**
 * Speaker patterns left after round 10, each written anew as a short text with invented names.
 * A place standing for a government speaks under the name the text gives it; "the statement
 * said" speaks for whoever issued the statement, unless two documents of that noun have different
 * issuers.
 */
import assert from 'node:assert/strict';
import { extractQuotes } from '../../../src/core/extraction/quotes';
import { type ActorSpec, makeActors, makeDoc, makeMentions } from '../../fixtures/extraction/quotes/helpers';

const NORDIA: ActorSpec = { id: 'place:nordia', name: 'Nordia', kind: 'place', forms: ['Nordia'] };
const CITADEL: ActorSpec = { id: 'place:citadel', name: 'Citadel', kind: 'place', forms: ['the Citadel', 'Citadel'] };
const HOLT: ActorSpec = { id: 'person:karl-holt', name: 'Karl Holt', kind: 'person', roles: ['Mr'], forms: ['Karl Holt', 'Mr Holt', 'Holt'] };
const FORUM: ActorSpec = { id: 'org:harbour-forum', name: 'Harbour Forum', kind: 'organization', forms: ['Harbour Forum'] };
const OFFICE: ActorSpec = { id: 'org:survey-office', name: 'Survey Office', kind: 'organization', forms: ['Survey Office'] };
const VESTA: ActorSpec = { id: 'place:vesta', name: 'Vesta', kind: 'place', forms: ['Vesta'] };

/** Quotes of `text` where each place in `standsFor` stands for the country it maps to. */
function speakersWith(text: string, specs: ActorSpec[], standsFor: Record<string, string> = {}): [string, string | null][] {
  const actors = makeActors(specs);
  for (const [id, country] of Object.entries(standsFor)) {
    const actor = actors.get(id);
    if (actor) actors.set(id, { ...actor, standsFor: country });
  }
  return extractQuotes(makeDoc(text), makeMentions(text, specs), actors).map((q) => [q.text.slice(0, 12), q.speakerName]);
}

describe('quotations: remaining speaker patterns', () => {
  it('names the seat of government the text names, not the country it stands for', () => {
    const text = [
      'Talks between the two neighbours stalled on Monday.',
      '“The border stays closed,” the Citadel said in a statement.',
      'Vesta called the decision “a step backwards for the region”.',
    ].join('\n');
    const places = { 'place:citadel': 'place:nordia', 'place:vesta': 'place:nordia' };
    assert.deepEqual(speakersWith(text, [NORDIA, CITADEL, VESTA], places), [
      ['The border s', 'Citadel'],
      ['a step backw', 'Vesta'],
    ]);
  });

  it('gives "the statement said" to the body that brought the statement in', () => {
    const text = [
      'The members of the Harbour Forum in a joint statement called for the port to reopen.',
      'The statement was published on Tuesday.',
      '“We stand by the people of Nordia,” the statement said.',
    ].join('\n');
    assert.deepEqual(speakersWith(text, [FORUM, NORDIA]), [['We stand by ', 'Harbour Forum']]);
  });

  it('gives "the report says" to the body named before the noun, not to a name the report mentions', () => {
    const text = [
      'The Survey Office released its annual threat report on Monday.',
      'The report mentioned Nordia several times.',
      '“Nordia remains the main risk,” the report says.',
    ].join('\n');
    assert.deepEqual(speakersWith(text, [OFFICE, NORDIA]), [['Nordia remai', 'Survey Office']]);
  });

  it('abstains on "the letter" when letters from two senders are in play', () => {
    const text = [
      'The Harbour Forum letter asks for talks. The Survey Office letter asks for a ceasefire.',
      'But the letter warns: “Time is running out.”',
    ].join('\n');
    assert.deepEqual(speakersWith(text, [FORUM, OFFICE]), [['Time is runn', null]]);
  });

  it('gives a participle the pronoun nearest it, not one inside the quotation before', () => {
    const text = [
      'Mr Holt met farmers near the border on Friday.',
      '“I believe they must hold on. The road is hard,” he said, adding that “the talks must go on”.',
    ].join('\n');
    assert.deepEqual(speakersWith(text, [HOLT]).at(-1), ['the talks mu', 'Karl Holt']);
  });

  it('gives the verb to a pronoun right before it, not to a name further back in quoted dash speech', () => {
    const text = [
      'Mr Holt spoke before the summit in Vesta.',
      'The first aim is - as he said - "how to keep up the pressure".- And second, how to help the Harbour Forum - he added.',
    ].join('\n');
    assert.deepEqual(speakersWith(text, [HOLT, FORUM, VESTA]), [['how to keep ', 'Karl Holt']]);
  });

  it('does not give the verb of a "when" clause to a name in the main clause before it', () => {
    const text = 'Mr Holt said the mayor was wrong on Nordia when the party rival called the war a "border quarrel."';
    assert.deepEqual(speakersWith(text, [HOLT, NORDIA]), [['border quarr', null]]);
  });

  it('does not give the verb to a description that is the object of a preposition', () => {
    const text = [
      'Premier Karl Holt met President Ivo Varga in Vesta.',
      'The Premier in his remarks before talking to the President pointed out that the war has "a heavy cost".',
    ].join('\n');
    const VARGA: ActorSpec = { id: 'person:ivo-varga', name: 'Ivo Varga', kind: 'person', forms: ['President Ivo Varga', 'Ivo Varga'] };
    assert.deepEqual(speakersWith(text, [HOLT, VARGA, VESTA]), [['a heavy cost', null]]);
  });
});
