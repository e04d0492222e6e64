/**
 * Quotation patterns met in the tenth held-out round, each written anew as a short text: "he
 * said" after sentences whose subject is the person's office ("The Premier also laid …") or the
 * same pronoun with another person as its object ("He also briefed Mr Holt …"), a headline in
 * capitals between paragraphs, and a sentence-final cue naming its subject after the verb.
 */
import assert from 'node:assert/strict';
import { type ActorSpec, quotesOf } from '../../fixtures/extraction/quotes/helpers';

const HOLT: ActorSpec = { id: 'person:karl-holt', name: 'Karl Holt', kind: 'person', roles: ['Mr'], forms: ['Premier Karl Holt', 'Karl Holt', 'Mr Holt', 'Holt'] };
const VARGA: ActorSpec = { id: 'person:ivo-varga', name: 'Ivo Varga', kind: 'person', roles: ['Mr'], forms: ['President Ivo Varga', 'Ivo Varga', 'Mr Varga', 'Varga'] };
const NORDIA: ActorSpec = { id: 'place:nordia', name: 'Nordia', kind: 'place', forms: ['Nordia'] };

const speakers = (text: string, specs: ActorSpec[]) => quotesOf(text, specs).map((q) => [q.text.slice(0, 12), q.speakerName]);

describe('quotations: held-out round 10 patterns', () => {
  it('lets "he said" follow a person referred to again by office in the sentence before', () => {
    const text = [
      'Premier Karl Holt met President Ivo Varga in the capital.',
      'Mr Holt visited a memorial on the edge of the city.',
      'He was shown a bridge destroyed in the fighting.',
      'The Premier also laid a wreath for the fallen soldiers.',
      '“I saw the damage with my own eyes,” he said afterwards.',
    ].join('\n');
    assert.deepEqual(speakers(text, [HOLT, VARGA, NORDIA]), [['I saw the da', 'Karl Holt']]);
  });

  it('does not give "he said" to a person named as the object of a sentence led by the same "he"', () => {
    const text = [
      'Mr Varga thanked the people of Nordia for their help.',
      'He also briefed Mr Holt about the recent attacks on the port. He said the strikes hit grain stores.',
      '“Every country must condemn this,” he said.',
    ].join('\n');
    assert.deepEqual(speakers(text, [HOLT, VARGA, NORDIA]), [['Every countr', 'Ivo Varga']]);
  });

  it('passes over a headline in capitals and reads a cue after the quotation as its sentence subject', () => {
    const text = [
      '“Mr Varga is wrong about the port,” Holt said.',
      '“The port is ours.”',
      'VARGA ANGERS THE OPPOSITION AFTER PORT REMARKS',
      'He added that the decision was “a grave mistake”.',
    ].join('\n');
    assert.deepEqual(speakers(text, [HOLT, VARGA, NORDIA]).at(-1), ['a grave mist', 'Karl Holt']);
  });

  it('gives a second verb joined by "and" or "but" the pronoun leading the first, not a name after it', () => {
    const text = [
      'Mr Holt spoke to reporters in the capital on Friday.',
      'He added that Varga “has done well as mayor,” but said, “Nobody in the party wants a weak leader.”',
      '- Nordia will always stand alone - he said and said that both parties “act for the capital”.',
    ].join('\n');
    assert.deepEqual(speakers(text, [HOLT, VARGA, NORDIA]), [
      ['has done wel', 'Karl Holt'],
      ['Nobody in th', 'Karl Holt'],
      ['act for the ', 'Karl Holt'],
    ]);
  });

  it('names the person before an appositive office, not the office, as the subject', () => {
    const ADVISER: ActorSpec = { id: 'unnamed:trade-adviser', name: 'trade adviser', kind: 'unnamed', forms: ['trade adviser'] };
    const text = 'Ivo Varga, the Nordia trade adviser, told the evening programme: “We have seen the prices climb for ten days.”';
    assert.deepEqual(speakers(text, [VARGA, NORDIA, ADVISER]), [['We have seen', 'Ivo Varga']]);
  });

  it('hangs a quotation on the clause before it when a participle follows it', () => {
    const text = 'Mr Holt spoke for an hour.\nLater in the speech, he compared the new tariffs with the "Great Plague", saying that they are part of a war against Nordia.';
    assert.deepEqual(speakers(text, [HOLT, NORDIA]), [['Great Plague', 'Karl Holt']]);
  });

  it('reads "said the …" as a that-clause without "that", so a short quotation further in it is speech', () => {
    const text = 'Nordia’s trade minister Ivo Varga said the “first move” was asking for talks within the next two days to bring the “openness” about the plans.';
    assert.deepEqual(speakers(text, [VARGA, NORDIA]), [
      ['first move', 'Ivo Varga'],
      ['openness', 'Ivo Varga'],
    ]);
  });
});
