/**
 * Quotation patterns met in the ninth held-out round (machine-translated and wire copy), each
 * written anew as a short text: a sentence that runs into the next with no space after its
 * closing mark, a noun modified by a passive ("the plan endorsed by Paris"), a name spelt another
 * way by the translation, a description before a "who" clause, and a body named again in lower
 * case with its modifier ("the trade ministry").
 */
import assert from 'node:assert/strict';
import { type ActorSpec, quotesOf } from '../../fixtures/extraction/quotes/helpers';

const HOLT: ActorSpec = { id: 'person:karl-holt', name: 'Karl Holt', kind: 'person', roles: ['Mr'], forms: ['Karl Holt', 'Holt'] };
const VARGA: ActorSpec = { id: 'person:ivo-varga', name: 'Ivo Varga', kind: 'person', roles: ['Mr'], forms: ['Ivo Varga', 'Varga'] };
const NORDIA: ActorSpec = { id: 'place:nordia', name: 'Nordia', kind: 'place', forms: ['Nordia'] };

const speakers = (text: string, specs: ActorSpec[]) => quotesOf(text, specs).map((q) => [q.text.slice(0, 12), q.speakerName]);

describe('quotations: held-out round 9 patterns', () => {
  it('ends a sentence at a closing mark with no space before the next one', () => {
    const text = 'Premier Karl Holt of Nordia said on Monday that he would urge Ivo Varga to "step back from the brink."He stressed that a war would be a "calamity for everyone."';
    assert.deepEqual(speakers(text, [HOLT, VARGA, NORDIA]), [
      ['step back fr', 'Karl Holt'],
      ['calamity for', 'Karl Holt'],
    ]);
  });

  it('ends a sentence at a full stop between two quotations with no space, so the cue after the second is its own', () => {
    const SPOKESMAN: ActorSpec = { ...VARGA, roles: ['Palace spokesman'] };
    const text = 'Palace spokesman Ivo Varga spoke on Monday.\nNordia warned of a "place of concern"."We will answer these steps," the Palace spokesman announced.';
    assert.deepEqual(speakers(text, [SPOKESMAN, NORDIA]), [
      ['place of con', 'Nordia'],
      ['We will answ', 'Ivo Varga'],
    ]);
  });

  it('reads a passive after a noun as modifying it, not as the cue, and a quoted name before "daily" as a name', () => {
    const text = 'Spokesman Ivo Varga, quoted by the "Evening Star" daily, said that the measures announced by Nordia are "an economic assault" on the region.';
    assert.deepEqual(speakers(text, [VARGA, NORDIA]), [['an economic ', 'Ivo Varga']]);
    // A passive with its auxiliary still gives the quotation to its agent.
    assert.deepEqual(speakers('Varga spoke on Monday. The loss was also confirmed by Nordia, "a heavy blow".', [VARGA, NORDIA]), [['a heavy blow', 'Nordia']]);
  });

  it('gives a cue whose subject spells a named person\'s surname another way to that person', () => {
    const PETROV: ActorSpec = { id: 'person:dan-petrov', name: 'Dan Petrov', kind: 'person', roles: ['Mr'], forms: ['Dan Petrov', 'Petrov'] };
    const text = 'Spokesman Dan Petrov said the plan was "reckless".\nPetrow also pointed out that "many firms have partners there." "It hurts everyone," he said.';
    assert.deepEqual(speakers(text, [PETROV]), [
      ['reckless', 'Dan Petrov'],
      ['many firms h', 'Dan Petrov'],
      ['It hurts eve', 'Dan Petrov'],
    ]);
    // Two people whose surnames share the skeleton: neither is meant.
    const PETRIV: ActorSpec = { id: 'person:ana-petriv', name: 'Ana Petriv', kind: 'person', forms: ['Ana Petriv'] };
    assert.equal(speakers('Dan Petrov met Ana Petriv.\nPetrow pointed out that "many firms have partners there."', [PETROV, PETRIV])[0][1], null);
  });

  it('reads a description before its "who" clause as the subject, and lets "he said" carry the speaker on', () => {
    const BANK: ActorSpec = { id: 'organization:north-bank', name: 'North Bank', kind: 'organization', forms: ['North Bank'] };
    const text = 'Businessman Karl Holt has criticised the war.\n"Nobody gains from it," Holt said.\nThe banker, who founded North Bank in 2001, wrote that "most people" were against it.\n"The officials are stunned," he said.';
    assert.deepEqual(speakers(text, [{ ...HOLT, roles: ['Businessman', 'banker'] }, BANK]), [
      ['Nobody gains', 'Karl Holt'],
      ['most people', 'Karl Holt'],
      ['The official', 'Karl Holt'],
    ]);
  });

  it('gives a participle to the office opening its clause, named in the next paragraph, not to a group it governs', () => {
    const OSTRIANS: ActorSpec = { id: 'group:ostrians', name: 'Ostrians', kind: 'group', forms: ['Ostrians'] };
    const MINISTER: ActorSpec = { ...HOLT, roles: ['Foreign Minister'] };
    const text = 'Nordia’s foreign minister spoke at the summit, urging allies to back Ostrians against the invasion and warning of outside "coercion" everywhere.\nForeign Minister Karl Holt said the country was not afraid.';
    assert.deepEqual(speakers(text, [MINISTER, OSTRIANS, NORDIA]), [['coercion', 'Karl Holt']]);
    // An office further in the clause is an object.
    const BODY: ActorSpec = { id: 'organization:palace', name: 'Palace', kind: 'organization', forms: ['Palace'] };
    const [q] = quotesOf('Foreign Minister Karl Holt spoke.\nThe Palace rejected Nordia’s minister’s claims, calling them "baseless".', [MINISTER, BODY, NORDIA]);
    assert.equal(q.speakerName, 'Palace');
  });

  it('links a body named again in lower case with its modifier to the body whose name holds both words', () => {
    const TRADE: ActorSpec = { id: 'organization:trade-ministry', name: 'Trade Ministry', kind: 'organization', forms: ['Trade Ministry'] };
    const DEFENCE: ActorSpec = { id: 'organization:defence-ministry', name: 'Defence Ministry', kind: 'organization', forms: ['Defence Ministry'] };
    const text = 'Trade Ministry officials spoke first. The Defence Ministry stayed silent.\nThe trade ministry also said exporters had used "grey channels," or middlemen, all year.';
    assert.deepEqual(speakers(text, [TRADE, DEFENCE]), [['grey channel', 'Trade Ministry']]);
  });

  it('never gives a quotation to the country in an appositive office before the verb', () => {
    const text = 'The adviser Mirek, the Minister of Trade of Nordia, warned on Monday that the country "pays dearly for its neutrality."';
    assert.deepEqual(speakers(text, [NORDIA]), [['pays dearly ', null]]);
  });

  it('takes a short quotation as speech in a sentence whose cue is set off by commas', () => {
    const text = 'Nordia’s choices, Varga said, were never about defying anyone but about holding on to "values."';
    assert.deepEqual(speakers(text, [VARGA, NORDIA]), [['values.', 'Ivo Varga']]);
    // Without a cue the two words stay a scare quote.
    assert.deepEqual(speakers('Nordia’s choices were about holding on to "values."', [NORDIA]), []);
  });

  it('refers "the Nordian minister" back to the head of Nordia\'s ministry, but not to its spokeswoman', () => {
    const ANNA: ActorSpec = { id: 'person:anna-brok', name: 'Anna Brok', kind: 'person', forms: ['Anna Brok'] };
    const head = 'Holt spoke with the head of the Nordian Ministry of Foreign Affairs Ivo Varga. The Nordian minister said that "the campaign is a provocation."';
    assert.equal(quotesOf(head, [HOLT, VARGA])[0].speakerName, 'Ivo Varga');
    const spokeswoman = 'Holt spoke with the Nordian Ministry of Foreign Affairs spokeswoman Anna Brok. The Nordian minister said that "the campaign is a provocation."';
    assert.equal(quotesOf(spokeswoman, [HOLT, ANNA])[0].speakerName, null);
  });
});
