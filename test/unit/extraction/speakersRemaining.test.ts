/**
 * Speaker patterns left after round 10, each written anew as a short text with invented names.
 * First: a place standing for a government speaks under the name the text gives it.
 */
import assert from 'node:assert/strict';
import { extractQuotes } from '../../../src/core/extraction/quotes';
import { type ActorSpec, makeActors, makeDoc, makeMentions } from '../../fixtures/extraction/quotes/helpers';

const NORDIA: ActorSpec = { id: 'place:nordia', name: 'Nordia', kind: 'place', forms: ['Nordia'] };
const CITADEL: ActorSpec = { id: 'place:citadel', name: 'Citadel', kind: 'place', forms: ['the Citadel', 'Citadel'] };
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
});
