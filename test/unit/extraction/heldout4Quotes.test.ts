/**
 * Quotation patterns met in the fourth held-out round (unseen news articles), each written anew
 * as a short text: "he continued", present-tense "write" with two authors, a plural description
 * ("the authors"), "called … “…”", short quotations in a that-clause, names in quotation marks,
 * "it" for an organisation, a prepositional phrase after the subject, and a description newsrooms
 * use to name the same person again ("the former congressman").
 */
import assert from 'node:assert/strict';
import { type ActorSpec, quotesOf } from '../../fixtures/extraction/quotes/helpers';

const HOLT: ActorSpec = { id: 'person:anna-holt', name: 'Anna Holt', kind: 'person', roles: ['co-author of a report'], forms: ['Anna Holt', 'Holt'] };
const VARGA: ActorSpec = { id: 'person:ivo-varga', name: 'Ivo Varga', kind: 'person', forms: ['Ivo Varga', 'Varga'] };
const BRANDT: ActorSpec = { id: 'person:karl-brandt', name: 'Karl Brandt', kind: 'person', roles: ['Governor'], forms: ['Karl Brandt', 'Brandt'] };
const LIND: ActorSpec = { id: 'person:eva-lind', name: 'Eva Lind', kind: 'person', forms: ['Eva Lind', 'Lind'] };
const TRADE_MINISTRY: ActorSpec = { id: 'organization:ministry-of-trade', name: 'Ministry of Trade', kind: 'organization', forms: ['Ministry of Trade'] };
const DEFENCE_MINISTRY: ActorSpec = { id: 'organization:ministry-of-defence', name: 'Ministry of Defence', kind: 'organization', forms: ['Ministry of Defence'] };
const DAILY: ActorSpec = { id: 'organization:nowy-dzien', name: 'Nowy Dzien', kind: 'organization', forms: ['Nowy Dzien'] };
const PARIS: ActorSpec = { id: 'place:paris', name: 'Paris', kind: 'place', forms: ['Paris'] };

const texts = (text: string, specs: ActorSpec[] = []) => quotesOf(text, specs).map((q) => q.text);
const speakers = (text: string, specs: ActorSpec[]) => quotesOf(text, specs).map((q) => [q.text.slice(0, 12), q.speakerName]);

describe('quotations: held-out round 4 patterns', () => {
  it('takes "he continued" as a cue, but not "continued support"', () => {
    const text = 'Holt spoke at length.\n"The first phase is over," he continued. "The second will be harder."';
    assert.deepEqual(speakers(text, [{ ...HOLT, roles: ['Mr'] }]), [['The first ph', 'Anna Holt'], ['The second w', 'Anna Holt']]);
    const [q] = quotesOf('Holt said continued support was among the "vital interests" of the bloc.', [HOLT]);
    assert.equal(q.cue, 'Holt said');
  });

  it('reads present-tense "write" with two authors, giving the first', () => {
    const [q] = quotesOf('"Small states felt vindicated," write Holt and her co-author Ivo Varga.', [HOLT, VARGA]);
    assert.equal(q.speakerName, 'Anna Holt');
  });

  it('links a plural description to a person whose role holds it ("the authors" → a co-author)', () => {
    const text = 'Anna Holt presented the report on Monday.\nGovernments must "balance unity with public opinion", the authors write.';
    assert.equal(quotesOf(text, [HOLT])[0].speakerName, 'Anna Holt');
    const participle = 'Anna Holt presented the report.\nThe view differs, the authors said, cautioning leaders against "maximalist positions" over the war.';
    assert.deepEqual(speakers(participle, [HOLT]), [['maximalist p', 'Anna Holt']]);
  });

  it('takes "called … “…”" as speech however long the object, but not a name given', () => {
    const [q] = quotesOf('Varga called the idea of a mediator from outside the region at the end of the war "not real".', [VARGA]);
    assert.equal(q?.speakerName, 'Ivo Varga');
    assert.deepEqual(texts('The volunteers formed a unit called "Aurora" in the spring.'), []);
    assert.deepEqual(texts('The unit is called "Aurora" by its members.'), []);
    assert.deepEqual(texts('Varga rejected the so-called "peace plan" outright.', [VARGA]), []);
  });

  it('takes short quotations inside a that-clause of a speech verb as speech', () => {
    const text = 'Lind has stressed that the alliance believes the cable was cut on purpose, and any attack will be met with a "firm" and "united" response.';
    assert.deepEqual(speakers(text, [LIND]), [['firm', 'Eva Lind'], ['united', 'Eva Lind']]);
    const second = 'Lind said that any decision "must be unanimous" and that the "first priority" is support.';
    assert.deepEqual(texts(second, [LIND]), ['must be unanimous', 'first priority']);
    // Without the that-clause a short quotation far from its verb stays a scare quote.
    assert.deepEqual(texts('Lind said the meeting in the old town hall near the river on the first of the month was a "success".', [LIND]), []);
  });

  it('does not take a title or an outlet in quotation marks for speech, and keeps its sentence readable', () => {
    assert.deepEqual(texts('Lind spoke on the channel\'s "Morning Brief" show on Sunday.', [LIND]), []);
    const text = 'The Ministry of Defence in an interview with the newspaper "Nowy Dzien" announced that "it does not plan new barriers on the border".';
    const quotes = quotesOf(text, [DEFENCE_MINISTRY, DAILY]);
    assert.deepEqual(quotes.map((q) => [q.text.slice(0, 12), q.speakerName]), [['it does not ', 'Ministry of Defence']]);
    // Words spoken stay speech even in title case when punctuated as speech.
    assert.equal(texts('"Glory To The Heroes!" Lind told the crowd.', [LIND]).length, 1);
  });

  it('resolves "it" to the last organisation', () => {
    const text = '"Exports will go on," the Ministry of Trade said. It accused Paris of spreading "false information" about them.';
    assert.deepEqual(speakers(text, [TRADE_MINISTRY, PARIS]), [['Exports will', 'Ministry of Trade'], ['false inform', 'Ministry of Trade']]);
    const after = 'The Ministry of Trade issued a statement.\n"Exports will go on," it said.';
    assert.deepEqual(speakers(after, [TRADE_MINISTRY]), [['Exports will', 'Ministry of Trade']]);
  });

  it('gives "X’s top official" to the person titled by X, named before or in the next paragraphs', () => {
    const council: ActorSpec = { id: 'organization:nordic-council', name: 'Nordic Council', kind: 'organization', forms: ['Nordic Council'] };
    const text = 'Nordic Council’s top official has stressed that any attack will be met with a "firm" response.\n"We will not be divided," Nordic Council Secretary-General Eva Lind said.';
    assert.deepEqual(speakers(text, [council, LIND]), [['firm', 'Eva Lind'], ['We will not ', 'Eva Lind']]);
    const nobody = 'Nordic Council’s top official has stressed that any attack will be met with a "firm" response.\nEva Lind, a researcher, disagreed.';
    assert.deepEqual(speakers(nobody, [council, LIND]), [['firm', null]]);
  });

  it('takes a description newsrooms use to name the same person again, only when one person is in view', () => {
    const text = 'Governor Karl Brandt is expected to run for office.\nThe former congressman said support was not among the "vital national interests" of the country.';
    assert.equal(quotesOf(text, [BRANDT])[0].speakerName, 'Karl Brandt');
    const two = 'Governor Karl Brandt met Eva Lind.\nThe former congressman said support was not among the "vital national interests" of the country.';
    assert.equal(quotesOf(two, [BRANDT, LIND])[0].speakerName, null);
  });

  it('gives "he" to the subject of the sentence before, not the last name in it', () => {
    const OTTO: ActorSpec = { id: 'person:otto-kern', name: 'Otto Kern', kind: 'person', forms: ['Otto Kern', 'Kern'] };
    const text = 'Otto Kern has said he does not understand comments made by Ivo Varga in a debate.\nIn an interview with a weekly, he said: "I did not understand it."';
    assert.equal(quotesOf(text, [OTTO, VARGA])[0].speakerName, 'Otto Kern');
    const object = 'Before flying to Paris to meet with Ivo Varga, Otto Kern said talks should go on.\n"Only they want this war," he said.';
    assert.equal(quotesOf(object, [OTTO, VARGA, PARIS])[0].speakerName, 'Otto Kern');
    // In the pronoun's own sentence the nearest name is meant.
    const own = 'Otto Kern rejected comments by Ivo Varga, in which he claimed the war would end "in one day".';
    assert.equal(quotesOf(own, [OTTO, VARGA])[0].speakerName, 'Ivo Varga');
  });

  it('links a description to the words titling a mention, before it or in an appositive', () => {
    const KOVAL: ActorSpec = { id: 'person:olena-koval', name: 'Olena Koval', kind: 'person', forms: ['Olena Koval', 'Koval'] };
    const before = 'Ukrainian Ambassador to the U.S. Olena Koval appeared on television.\n"We will not give up," the ambassador said.';
    assert.equal(quotesOf(before, [KOVAL])[0].speakerName, 'Olena Koval');
    const appositive = 'Koval, Ukraine’s chief prosecutor, met the judges.\n"The court matters," the prosecutor said.';
    assert.equal(quotesOf(appositive, [KOVAL])[0].speakerName, 'Olena Koval');
    const diplomat = 'Foreign Ministry spokesperson Olena Koval commented.\n"We expect more," the diplomat said.';
    assert.equal(quotesOf(diplomat, [KOVAL])[0].speakerName, 'Olena Koval');
    const leader = 'Ukrainian President Olena Koval spoke in Munich.\n"We will defend our land," the Ukrainian leader stressed.';
    assert.equal(quotesOf(leader, [KOVAL])[0].speakerName, 'Olena Koval');
  });

  it('gives a plural description to the person it fits whom the document names most', () => {
    const text = 'Anna Holt wrote the report. Holt and her co-author Ivo Varga presented it.\nGovernments must "balance unity with opinion", the authors write.';
    assert.equal(quotesOf(text, [HOLT, { ...VARGA, roles: ['co-author'] }])[0].speakerName, 'Anna Holt');
  });

  it('gives "Ukraine’s ambassador" to the person holding that office, named before or in the next paragraphs', () => {
    const KOVAL: ActorSpec = { id: 'person:olena-koval', name: 'Olena Koval', kind: 'person', forms: ['Olena Koval', 'Koval'] };
    const text = 'Ukraine’s ambassador to the U.S. on Sunday said "Ukrainians will not surrender" and more.\nUkrainian Ambassador Olena Koval appeared on the channel’s "Weekly Talk," saying, "This war was started by others."';
    assert.deepEqual(speakers(text, [KOVAL]), [['Ukrainians w', 'Olena Koval'], ['This war was', 'Olena Koval']]);
  });

  it('takes pledged, vowed and maintained as cues, and one verb for two coordinated quotations', () => {
    assert.deepEqual(speakers('Varga pledged to "deepen cooperation" on training.', [VARGA]), [['deepen coope', 'Ivo Varga']]);
    assert.deepEqual(speakers('Varga maintained he wanted to see "peaceful negotiations" soon.', [VARGA]), [['peaceful neg', 'Ivo Varga']]);
    const two = 'Varga described the draft as a "dirty spectacle" and a "cynical ploy" by its backers.';
    assert.deepEqual(speakers(two, [VARGA]), [['dirty specta', 'Ivo Varga'], ['cynical ploy', 'Ivo Varga']]);
  });

  it('carries "he added" on from a quotation whose cue described its speaker', () => {
    const KOVAL: ActorSpec = { id: 'person:petro-koval', name: 'Petro Koval', kind: 'person', roles: ['Ukrainian President'], forms: ['Petro Koval', 'Koval'] };
    const text = 'Petro Koval spoke in Munich.\nAllies met later.\nThe talks went on.\n"We will defend our land," the Ukrainian leader stressed.\n"These are not gifts," he added.';
    assert.deepEqual(speakers(text, [KOVAL]), [['We will defe', 'Petro Koval'], ['These are no', 'Petro Koval']]);
  });

  it('gives a verb coordinated by "but" the subject of the first clause', () => {
    const text = 'Varga said that there are "some good points" in the plan of Paris but accused Paris of doing the opposite "in terms of its efforts to help".';
    assert.deepEqual(speakers(text, [VARGA, PARIS]), [['some good po', 'Ivo Varga'], ['in terms of ', 'Ivo Varga']]);
  });
});
