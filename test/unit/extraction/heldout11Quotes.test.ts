/**
 * Quotation patterns met in the eleventh held-out round, each written anew as a short text: "he
 * says" after a heading and a photo caption that stand between it and the person named.
 */
import assert from 'node:assert/strict';
import { type ActorSpec, quotesOf } from '../../fixtures/extraction/quotes/helpers';

const BRANDT: ActorSpec = { id: 'person:oskar-brandt', name: 'Oskar Brandt', kind: 'person', roles: [], forms: ['Oskar Brandt', 'Brandt'] };
const NORDIA: ActorSpec = { id: 'place:nordia', name: 'Nordia', kind: 'place', forms: ['Nordia'] };

const speakers = (text: string, specs: ActorSpec[]) => quotesOf(text, specs).map((q) => [q.text.slice(0, 12), q.speakerName]);

describe('quotations: held-out round 11 patterns', () => {
  it('lets "he says" step over a heading and a photo caption back to the person named', () => {
    const text = [
      'The tour company founder Oskar Brandt spoke to reporters in the capital.',
      'Brandt says the tours show how life goes on in Nordia.',
      '‘Life goes on’',
      'Visitors walk along the river in the capital. Photo agency',
      '“People are learning to live with the war and help each other,” he says.',
    ].join('\n');
    assert.deepEqual(speakers(text, [BRANDT, NORDIA]).at(-1), ['People are l', 'Oskar Brandt']);
  });
});
