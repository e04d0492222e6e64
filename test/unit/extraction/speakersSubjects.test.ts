/**
 * Speakers found through the sentence around a quotation rather than a speech verb next to it:
 * verbs that judge or pledge, the subject of the sentence before or of a colon's sentence, a
 * quotation carried over from the previous paragraph, and an agency relaying another's words.
 * Names are invented.
 */
import assert from 'node:assert/strict';
import { extractQuotes } from '../../../src/core/extraction/quotes';
import { type ActorSpec, makeActors, makeDoc, makeMentions } from '../../fixtures/extraction/quotes/helpers';

const MORRA: ActorSpec = { id: 'person:ivo-morra', name: 'Ivo Morra', kind: 'person', roles: ['President'], forms: ['Ivo Morra', 'Morra'] };
const DALE: ActorSpec = { id: 'person:tessa-dale', name: 'Tessa Dale', kind: 'person', roles: ['Minister'], forms: ['Tessa Dale', 'Dale'] };
const KESS: ActorSpec = { id: 'person:anton-kess', name: 'Anton Kess', kind: 'person', roles: [], forms: ['Anton Kess', 'Kess'] };
const AGENCY: ActorSpec = { id: 'org:nordpress', name: 'Nordpress', kind: 'organization', forms: ['Nordpress'] };
const AIRLINE: ActorSpec = { id: 'org:skyline', name: 'Skyline', kind: 'organization', forms: ['Skyline'] };
const ALL = [MORRA, DALE, KESS, AGENCY, AIRLINE];

function speakers(...paragraphs: string[]): [string, string | null][] {
  const text = paragraphs.join('\n');
  return extractQuotes(makeDoc(text), makeMentions(text, ALL), makeActors(ALL)).map((q) => [q.text.slice(0, 12), q.speakerName]);
}

describe('quotations: speakers from the sentence around them', () => {
  it('takes the subject of a verb that praises, slams or pledges', () => {
    assert.deepEqual(speakers(
      'Morra praised Dale as a “lion of the harbour” on Monday.',
      'Kess slammed the council for “a reckless and costly plan”.',
      'Dale went a step further, now pledging to “stop business as usual” until the vote.',
    ), [['lion of the ', 'Ivo Morra'], ['a reckless a', 'Anton Kess'], ['stop busines', 'Tessa Dale']]);
  });

  it('does not read a gerund after "of" or a progressive as a participle of the subject before', () => {
    assert.deepEqual(speakers(
      'Dale rejected the claim and accused Kess of demanding “guarantees nobody can give”.',
    ), [['guarantees n', 'Tessa Dale']]);
  });

  it('gives a quotation the person the sentence before is about', () => {
    assert.deepEqual(speakers(
      'Morra spoke at length about the port. He further debunks the myth that trade is falling. “Exports rose by a third last year and will rise again,” he went on.',
      'Kess is convinced the plan will fail. “It cannot work without money from the capital.”',
    ).slice(1), [['It cannot wo', 'Anton Kess']]);
  });

  it('gives a quotation the speaker of a cue closing the sentence before', () => {
    assert.deepEqual(speakers(
      'Dale spoke at the port. The new ferry deal is another encouraging step, she notes. “Everyone knew the port could grow. It only needed cranes.”',
    ), [['Everyone kne', 'Tessa Dale']]);
  });

  it('gives a quotation after a colon to its sentence’s subject, an office linked back included', () => {
    assert.deepEqual(speakers(
      'President Ivo Morra opened the session.',
      'The head of state also thanked the volunteers: “You are our dear people. The harbour remembers you.”',
    ), [['You are our ', 'Ivo Morra']]);
  });

  it('carries the previous speaker into the next paragraph when the quotation opens its sentence', () => {
    assert.deepEqual(speakers(
      'Promises to rebuild the pier “remain largely unfulfilled”, Kess wrote.',
      'In contrast, “the northern towns have undertaken historic repairs of their own”.',
    ), [['remain large', 'Anton Kess'], ['the northern', 'Anton Kess']]);
  });

  it('does not carry a speaker into a quotation inside another actor’s sentence', () => {
    // "declaring" is a cue of its own: the body issuing the statement speaks, never Kess.
    assert.deepEqual(speakers(
      '“We cannot predict the date of the storm, and we will not guess,” Kess said.',
      'Skyline issued a statement declaring the strait a “zone of potential danger” for small planes.',
    ), [['We cannot pr', 'Anton Kess'], ['zone of pote', 'Skyline']]);
  });

  it('prefers the speaker named before to an agency that reported the words', () => {
    assert.deepEqual(speakers(
      'Minister Tessa Dale said the port must be closed “because, of course, there must be a reaction to this,” the agency Nordpress reported.',
    ), [['because, of ', 'Tessa Dale']]);
  });

  it('gives a participle opening the sentence the main clause’s subject after the quotation', () => {
    assert.deepEqual(speakers(
      'Deploring “western hysteria”, Skyline denies any plan to cut flights.',
      'Fulminating against “self-fulfilling prophecies”, Ivo Morra, the president, is trying to calm the talk.',
    ), [['western hyst', 'Skyline'], ['self-fulfill', 'Ivo Morra']]);
  });

  it('reads a pronoun in a leading "when" clause as the main clause’s subject', () => {
    assert.deepEqual(speakers(
      'Kess spoke first.',
      'When he cites “world-changing” threats, Morra is talking about the port.',
    ), [['world-changi', 'Ivo Morra']]);
  });

  it('takes short quotations after suggesting, informing and deploring verbs as speech', () => {
    assert.deepEqual(speakers(
      'Dale demanded that Morra stop suggesting the storm was “imminent”.',
      'In a call on Monday, Morra informed Kess that he would “move quickly” to send aid.',
    ), [['imminent', 'Ivo Morra'], ['move quickly', 'Ivo Morra']]);
  });

  it('carries "he says" back over a paragraph without people to a sentence closed by "he says"', () => {
    assert.deepEqual(speakers(
      'Kess says, whatever the risks, people want to visit. Of the 150 tickets sold, 15 went abroad, he says.',
      'Tour groups will be small. Visitors meet their guide at the pier.',
      '“A guide who knows the place is a guarantee,” he says.',
    ), [['A guide who ', 'Anton Kess']]);
  });

  it('reads "the Skyline CEO" as a person, not the firm, and links "the speaker of" a body to its chair', () => {
    const people: ActorSpec[] = [
      { id: 'person:vera-lind', name: 'Vera Lind', kind: 'person', roles: ['Chairwoman of the Harbour Council'], forms: ['Vera Lind'] },
      { id: 'org:harbour-council', name: 'Harbour Council', kind: 'organization', forms: ['Harbour Council'] },
      AIRLINE,
    ];
    const text = [
      'Chairwoman of the Harbour Council Vera Lind opened the session.',
      '“Prices will be high this winter,” says the Skyline CEO.',
      '“We have doubled the budget,” the speaker of the Harbour Council said.',
    ].join('\n');
    const quotes = extractQuotes(makeDoc(text), makeMentions(text, people), makeActors(people));
    assert.deepEqual(quotes.map((q) => q.speakerName), [null, 'Vera Lind']);
  });

  it('gives a document that "reads" the body it is the statement of', () => {
    const specs: ActorSpec[] = [{ id: 'org:port-authority', name: 'Port Authority', kind: 'organization', forms: ['Port Authority'] }, AIRLINE];
    const text = [
      '“The harbour stays closed until the storm passes,” reads the Statement of the Port Authority on the storm.',
      'Skyline cancelled its flights on Monday.',
      '“Ferries will run again on Friday,” reads the statement.',
    ].join('\n');
    const quotes = extractQuotes(makeDoc(text), makeMentions(text, specs), makeActors(specs));
    assert.deepEqual(quotes.map((q) => q.speakerName), ['Port Authority', 'Port Authority']);
  });

  it('takes the Kremlin’s name for the war and a term held up for comparison as no speech', () => {
    assert.deepEqual(speakers(
      'Morra said the war, which the Citadel calls a “special military operation”, would go on.',
      'Kess tells reporters it is not the same as “dark tourism” at all.',
      '“The tours are safe,” Kess said.',
    ), [['The tours ar', 'Anton Kess']]);
  });

  it('takes the person in the main clause’s subject words, not a country or a possessive before them', () => {
    const specs: ActorSpec[] = [{ id: 'place:nordia', name: 'Nordia', kind: 'place', forms: ['Nordia'] }, MORRA, KESS];
    const text = [
      'Praising “the heroic resistance of the harbour”, Nordia President Ivo Morra spoke on Monday.',
      'Deploring “a reckless plan”, Morra’s chief of staff Anton Kess walked out.',
    ].join('\n');
    const quotes = extractQuotes(makeDoc(text), makeMentions(text, specs), makeActors(specs));
    assert.deepEqual(quotes.map((q) => q.speakerName), ['Ivo Morra', 'Anton Kess']);
  });

  it('reads no speaker into a passive of a judging verb', () => {
    assert.deepEqual(speakers('Dale was praised by the council as a “lion of the harbour” on Monday.'), [['lion of the ', null]]);
  });
});
