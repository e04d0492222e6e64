/**
 * Quotation patterns met in the eleventh held-out round, each written anew as a short text: "he
 * says" after a heading and a photo caption that stand between it and the person named, and a
 * list of quoted titles that is no speech, a straight opening mark typed with a space after it,
 * "he tells" as a cue, a cue-less quotation after a sentence led by a named person, and a name
 * followed by a bare role ("Oskar Brandt, chairperson at …, told"), and "posted" as a cue.
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

  it('does not take a list of three or more quoted titles for speech', () => {
    const text = [
      'Other tours include “Brave and hardy Nordport,” “Nordia In One Day,” “Old Town by Night” and “Lakes - a Pearl of the North.”',
      '“We sold many tickets,” Brandt said.',
    ].join('\n');
    assert.deepEqual(speakers(text, [BRANDT, NORDIA]), [['We sold many', 'Oskar Brandt']]);
  });

  it('keeps two quotations joined by "and" as speech', () => {
    const text = 'Brandt called the tours “a chance to show our spirit” and “a way to help the cities recover”, he said.';
    assert.equal(speakers(text, [BRANDT, NORDIA]).length, 2);
  });

  it('opens a quotation at a straight mark typed with a space after it, after a full stop', () => {
    const text = 'Brandt does not agree that life can go back to normal. " Nordia is far too invested in the war. It cannot turn back," he noted.';
    assert.deepEqual(speakers(text, [BRANDT, NORDIA]), [['Nordia is fa', 'Oskar Brandt']]);
  });

  it('reads "he tells CNN" as a speech cue rather than reaching for the paragraph before', () => {
    const text = [
      'Oskar Brandt, owner of a travel firm, says even areas of Nordia that look safe carry a risk.',
      '“I invite extreme caution,” he tells CNN.',
    ].join('\n');
    const quotes = quotesOf(text, [BRANDT, NORDIA]);
    assert.deepEqual(quotes.map((q) => [q.speakerName, q.cue?.startsWith('he tells CNN')]), [['Oskar Brandt', true]]);
  });

  it('gives a cue-less quotation the named person leading the sentence before it', () => {
    const text = 'Brandt is convinced Nordia will reopen its borders soon. “People will come back as soon as the war ends.”';
    assert.deepEqual(speakers(text, [BRANDT, NORDIA]), [['People will ', 'Oskar Brandt']]);
  });

  it('leaves such a quotation alone when the sentence before is not led by a person', () => {
    const text = 'Nordia is convinced Brandt will reopen the tours soon. “People will come back as soon as the war ends.”';
    assert.deepEqual(speakers(text, [BRANDT, NORDIA]), [['People will ', null]]);
  });

  it('takes the name before a bare role with no article as the subject of a cue after the quotation', () => {
    const text = '“Now is not the time to visit,” Oskar Brandt, chairperson at the National Agency for Tourism Development of Nordia, told reporters.';
    assert.deepEqual(speakers(text, [BRANDT, NORDIA]), [['Now is not t', 'Oskar Brandt']]);
  });

  it('reads "posted on Twitter" after a quotation as its cue', () => {
    const text = '“A lasting peace cannot be built on myths,” Foreign Minister of Nordia Oskar Brandt posted on Twitter.';
    assert.deepEqual(speakers(text, [BRANDT, NORDIA]), [['A lasting pe', 'Oskar Brandt']]);
  });
});
