/**
 * Quotations brought in by someone's words or view rather than a speech verb: "Biden’s comment
 * that “…”", "his mantra “…”", "In his opinion, … “…”".
 */
import assert from 'node:assert/strict';
import { articleQuotes } from '../../fixtures/extraction/actors/helpers';

const quotesOf = articleQuotes('stance', '2023-05-02');

describe('stance cues: words owned by a name or a pronoun', () => {
  it('gives a quotation after a possessive speech noun to its owner', () => {
    const [q] = quotesOf('Officials urged citizens to leave, following Joe Biden’s comment that “things could go crazy quickly” in the region.');
    assert.equal(q.speakerName, 'Joe Biden');
    assert.equal(q.cue, 'Biden’s comment that');
  });

  it('takes the owner at the end of a longer name ("the State Department’s insistence")', () => {
    const [q] = quotesOf('Kelly Marsh wrote the report. It cites the State Department’s insistence that “the United States does not dictate to its allies what they must do.”');
    assert.equal(q.speakerName, 'State Department');
  });

  it('resolves "his" before a speech noun like a subject pronoun', () => {
    const [q] = quotesOf('Joe Biden spoke at length in Warsaw. His position is evident in his mantra “nothing about Ukraine without Ukraine” and in his votes.');
    assert.equal(q.speakerName, 'Joe Biden');
  });

  it('lets words owned nearer the quotation win over a speech verb further back', () => {
    const [q] = quotesOf('The embassy in Kyiv reiterated calls for Americans to leave, following Joe Biden’s comment that “things could go crazy quickly.”');
    assert.equal(q.speakerName, 'Joe Biden');
  });

  it('does not carry owned words on to the next paragraph’s quotation', () => {
    const quotes = quotesOf(
      'Speaking to journalists, a senior US official cast doubt on Russia’s assertions that “it was withdrawing troops from the border.”',
      '“They received a lot of attention for that claim. But we now know it was false.”',
    );
    assert.equal(quotes[0].speakerName, 'Russia');
    assert.notEqual(quotes[1].speakerName, 'Russia');
  });

  it('leaves a quotation after a possessive noun that is no speech alone ("his book")', () => {
    const [q] = quotesOf('Marek Nowak spoke in Gdansk. He admires his colleague Ewa Lis and her essay “Nothing lasts forever in the east of Europe”.');
    assert.equal(q.speakerName, null);
  });
});

describe('stance cues: "in his opinion"', () => {
  it('gives the quotations of a sentence opened by "In his opinion" to the person just quoted', () => {
    const quotes = quotesOf(
      '“It is impossible to misunderstand the deployment of troops,” said Frank-Walter Steinmeier.',
      'In his opinion, the concentration of troops “is a threat to Ukraine”, and the Ukrainian nation “has the right to live without fear and threats.”',
    );
    assert.deepEqual(quotes.map((q) => q.speakerName), ['Frank-Walter Steinmeier', 'Frank-Walter Steinmeier', 'Frank-Walter Steinmeier']);
    assert.equal(quotes[1].cue, 'In his opinion');
  });

  it('prefers the last speaker to a name inside that speaker’s own sentence', () => {
    const quotes = quotesOf(
      'Rafal Kos met the press on Monday. “I would like to see Anna Wolska and Petr Novak at one table,” Kos said.',
      'In his opinion, both sides need to “find a common denominator before the end of the war.”',
    );
    assert.equal(quotes[1].speakerName, 'Rafal Kos');
  });

  it('resolves "In her opinion" to a woman named before when nobody was quoted', () => {
    const [q] = quotesOf('European Commission President Ursula von der Leyen spoke about the goals of the meeting.', 'In her opinion, “this is a defining moment for all of Europe.”');
    assert.equal(q.speakerName, 'Ursula von der Leyen');
  });

  it('keeps the cue’s speaker when "his" finds nobody', () => {
    const quotes = quotesOf('The news agency reported on the summit.', 'In his opinion, the decision was a “serious mistake with significant political costs,” the chancellor Olaf Scholz said.');
    assert.equal(quotes[0].speakerName, 'Olaf Scholz');
  });
});
