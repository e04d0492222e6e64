/**
 * Quotation patterns met in the third held-out round (unseen news articles), each written anew
 * as a short text: a cue closing the sentence after other words, participle cues, a spaced
 * hyphen for a dash, descriptions by office that hold an organisation, a name after a
 * preposition, a mark typed with no space after the sentence before, paragraphs of one quotation.
 */
import assert from 'node:assert/strict';
import { type ActorSpec, AUSTIN, PUTIN, quotesOf } from '../../fixtures/extraction/quotes/helpers';

const BIDEN: ActorSpec = { id: 'person:joe-biden', name: 'Joe Biden', kind: 'person', roles: ['President'], forms: ['Joe Biden', 'Biden'] };
const MILLER: ActorSpec = { id: 'person:matt-miller', name: 'Matt Miller', kind: 'person', roles: ['State Department spokesman'], forms: ['Matt Miller', 'Miller'] };
const BORRELL: ActorSpec = { id: 'person:josep-borrell', name: 'Josep Borrell', kind: 'person', roles: ['Representative for Foreign Affairs'], forms: ['Josep Borrell', 'Borrell'] };
const EU: ActorSpec = { id: 'organization:eu', name: 'European Union', kind: 'organization', forms: ['EU'] };
const PENTAGON: ActorSpec = { id: 'organization:pentagon', name: 'Pentagon', kind: 'organization', forms: ['Pentagon'] };
const KOWALSKI: ActorSpec = { id: 'person:jan-kowalski', name: 'Jan Kowalski', kind: 'person', roles: ['Minister of National Defense'], forms: ['Jan Kowalski', 'Kowalski'] };
const DEFENSE_MINISTRY: ActorSpec = { id: 'organization:ministry-of-national-defense', name: 'Ministry of National Defense', kind: 'organization', forms: ['Ministry of National Defense'] };
const SCHOLZ: ActorSpec = { id: 'person:olaf-scholz', name: 'Olaf Scholz', kind: 'person', forms: ['Olaf Scholz', 'Scholz'] };
const XI: ActorSpec = { id: 'person:xi-jinping', name: 'Xi Jinping', kind: 'person', forms: ['Xi Jinping', 'Xi'] };
const CHINA: ActorSpec = { id: 'place:china', name: 'China', kind: 'place', forms: ['China'] };
const RUSSIA: ActorSpec = { id: 'place:russia', name: 'Russia', kind: 'place', forms: ['Russia'] };

const speakers = (text: string, specs: ActorSpec[]) => quotesOf(text, specs).map((q) => [q.text.slice(0, 16), q.speakerName]);

describe('quotations: held-out round 3 patterns', () => {
  it('takes a cue that closes the sentence after other words', () => {
    const [q] = quotesOf('"The talks should go on" at the level of ministers, Biden said.', [BIDEN]);
    assert.equal(q.speakerName, 'Joe Biden');
    assert.equal(q.cue, 'Biden said');
    const [dash] = quotesOf('"We agreed to meet again in June" - added Scholz in a post on Sunday.', [SCHOLZ]);
    assert.equal(dash.speakerName, 'Olaf Scholz');
  });

  it('does not make a short scare quote speech by a cue at the end of its sentence', () => {
    assert.deepEqual(quotesOf('Allies weighed a "rollback" mechanism to restore sanctions quickly, officials said.'), []);
  });

  it('does not take a cue past another quotation in the sentence', () => {
    const [first, second] = quotesOf('"The talks should go on" at the level of ministers and "they will go on," Biden said.', [BIDEN]);
    assert.deepEqual([first.speakerName, second.speakerName], [null, 'Joe Biden']);
    const [alone] = quotesOf('"The talks should go on" at the level of ministers, the paper said.', [BIDEN]);
    assert.equal(alone.speakerName, null);
  });

  it('gives a participle cue to the clause’s person, not to the places in it', () => {
    assert.deepEqual(speakers('Biden spoke of the ties between Russia and the U.S., warning that "a war would be a choice and not a necessity."', [BIDEN, RUSSIA]), [['a war would be a', 'Joe Biden']]);
    assert.deepEqual(speakers('Matt Miller confirmed the call on Monday, adding that it was "a new thing to see in Russia today."', [MILLER, RUSSIA]), [['a new thing to s', 'Matt Miller']]);
  });

  it('links a participle cue’s description back to the person', () => {
    const text = 'President Joe Biden arrived in Warsaw. The president thanked Poland for its help, arguing that "the alliance is stronger than ever."';
    assert.equal(quotesOf(text, [BIDEN])[0].speakerName, 'Joe Biden');
  });

  it('gives “the EU High Representative said” to the person holding the office', () => {
    const text = 'Josep Borrell wrote a blog post.\n"Support for the war rests on false information," the EU High Representative said.';
    assert.equal(quotesOf(text, [BORRELL, EU])[0].speakerName, 'Josep Borrell');
  });

  it('gives “the head of the Ministry of X wrote” to the minister, not the ministry', () => {
    const text = 'Minister of National Defense Jan Kowalski spoke on Monday. "Eight more jets will join the mission," the head of the Ministry of National Defense wrote on Twitter.';
    assert.equal(quotesOf(text, [KOWALSKI, DEFENSE_MINISTRY])[0].speakerName, 'Jan Kowalski');
  });

  it('links “the warlord” to the person whose role says chief', () => {
    const PRIGOZHIN: ActorSpec = { id: 'person:yevgeny-prigozhin', name: 'Yevgeny Prigozhin', kind: 'person', roles: ['Wagner Group chief'], forms: ['Yevgeny Prigozhin', 'Prigozhin'] };
    const text = 'Wagner Group chief Yevgeny Prigozhin spoke to Putin.\n"We started our march due to injustice," the warlord said.';
    assert.equal(quotesOf(text, [PRIGOZHIN, PUTIN])[0].speakerName, 'Yevgeny Prigozhin');
  });

  it('knows the Pentagon chief is the defense secretary', () => {
    const text = 'Lloyd Austin visited Kyiv. The Pentagon chief added that Ukraine could win with "the right equipment and training."';
    assert.equal(quotesOf(text, [AUSTIN, PENTAGON])[0].speakerName, 'Lloyd Austin');
  });

  it('leaves an office it cannot link to anyone unattributed rather than naming the country', () => {
    const text = 'Xi Jinping met Olaf Scholz. The leader of China noted that "both sides should avoid protectionism in trade."';
    const [q] = quotesOf(text, [XI, SCHOLZ, CHINA]);
    assert.equal(q.speaker, null);
    assert.equal(q.cue, 'The leader of China noted');
  });

  it('does not take a name after a preposition for the subject', () => {
    const text = 'The chancellor in his remarks before talking to Xi pointed out that the war has "a very negative impact on Europe."';
    const [q] = quotesOf(text, [XI, SCHOLZ]);
    assert.notEqual(q.speakerName, 'Xi Jinping');
  });

  it('accuses and describes … as are speech cues', () => {
    assert.equal(quotesOf('Vladimir Putin has accused the West of trying to "split Russian society from within".', [PUTIN])[0].speakerName, 'Vladimir Putin');
    assert.equal(quotesOf('Biden (who, in a debate, described the plan as a "big, fat mistake") lost.', [BIDEN])[0].speakerName, 'Joe Biden');
  });

  it('opens a quotation typed with no space after the sentence before it', () => {
    const qs = quotesOf('Joe Biden said the embassy would move to Lviv."Staff will stay at the site for now," he said.', [BIDEN]);
    assert.deepEqual(qs.map((q) => [q.text, q.speakerName, q.flags]), [['Staff will stay at the site for now,', 'Joe Biden', []]]);
  });

  it('does not flag a quotation that runs on into the next paragraph as unclosed', () => {
    const qs = quotesOf('"We should give diplomacy every chance," Biden said. "It is not too late.\n"The United States has put ideas on the table," he continued.', [BIDEN]);
    assert.deepEqual(qs.map((q) => [q.text.slice(0, 12), q.speakerName, q.flags.includes('unclosed')]), [
      ['We should gi', 'Joe Biden', false],
      ['It is not to', 'Joe Biden', false],
      ['The United S', 'Joe Biden', false],
    ]);
    const [last] = quotesOf('"It is not too late.\nAnalysts were not convinced.', [BIDEN]);
    assert.ok(last.flags.includes('unclosed'), 'a paragraph that does not reopen leaves it unclosed');
  });
});
