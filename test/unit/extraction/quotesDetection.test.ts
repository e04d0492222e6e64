import assert from 'node:assert/strict';
import { quotesOf } from '../../fixtures/extraction/quotes/helpers';

function texts(text: string): string[] {
  return quotesOf(text).map((q) => q.text);
}

describe('extractQuotes: finding quotations', () => {
  it('finds curly double quotes and gives offsets of the words without the marks', () => {
    const text = '“We want Ukraine to win,” the spokesman added.';
    const [q] = quotesOf(text);
    assert.equal(q.text, 'We want Ukraine to win,');
    assert.equal(text.slice(q.start, q.end), q.text);
    assert.equal(text[q.start - 1], '“');
    assert.equal(text[q.end], '”');
    assert.deepEqual(q.flags, []);
  });

  it('finds straight double quotes and keeps straight apostrophes inside', () => {
    assert.deepEqual(
      texts(`"We've made very clear to Russia that there's going to be nothing," Blinken told CNN.`),
      ["We've made very clear to Russia that there's going to be nothing,"],
    );
  });

  it('finds single quotes used for speech, curly and straight', () => {
    assert.deepEqual(texts('‘It doesn’t matter what they say,’ he said.'), [
      'It doesn’t matter what they say,',
    ]);
    assert.deepEqual(texts(`'Russia's army is not what it was,' he said.`), [
      "Russia's army is not what it was,",
    ]);
  });

  it('does not take possessives or contractions for quotation marks', () => {
    const text =
      "Russia’s allies’ doubts are real, and it’s clear the U.S. doesn’t agree. The allies' view is firm.";
    assert.deepEqual(texts(text), []);
  });

  it('skips scare quotes of one or two words with no speech cue', () => {
    assert.deepEqual(texts('A theme is a focus on reciprocal ‘win-win’ measures.'), []);
    assert.deepEqual(texts('In 2014, Russia staged “snap” exercises near Ukraine.'), []);
    assert.deepEqual(texts('A delicate “balancing act”'), []);
    assert.deepEqual(
      texts('They weighed a “rollback” mechanism to reimpose sanctions, the sources said.'),
      [],
    );
  });

  it('skips a short quotation after "so-called" even with a speech verb nearby', () => {
    assert.deepEqual(texts('Putin said the so-called “peace” plan was a sham.'), []);
  });

  it('keeps a one- or two-word quotation governed by a speech verb', () => {
    const qs = quotesOf(
      'Blinken said in March that the change must be “irreversible” before sanctions are lifted.',
    );
    assert.deepEqual(
      qs.map((q) => [q.text, q.flags]),
      [['irreversible', ['partial']]],
    );
  });

  it('ignores a stray opening single quote', () => {
    assert.deepEqual(
      texts('It reflects the split between the political leaders and the military leaders of the ‘other.'),
      [],
    );
  });

  it('reports a quotation with a quotation inside as one, flagged nested', () => {
    const qs = quotesOf(
      'The letter notes that NATO “continued to refrain from the ‘additional permanent stationing of forces’ in Europe.”',
    );
    assert.equal(qs.length, 1);
    assert.ok(qs[0].text.startsWith('continued to refrain'));
    assert.ok(qs[0].text.endsWith('in Europe.'));
    assert.ok(qs[0].flags.includes('nested'));
  });

  it('keeps a quotation over several sentences whole and flags it', () => {
    const [q] = quotesOf(
      '“He’s already lost a lot. And a lot of his troops, frankly. And we want more,” Austin said.',
    );
    assert.equal(q.text, 'He’s already lost a lot. And a lot of his troops, frankly. And we want more,');
    assert.ok(q.flags.includes('multi-sentence'));
  });

  it('does not count U.S. as a sentence end', () => {
    const [q] = quotesOf('“The U.S. Army will stay,” he said.');
    assert.ok(!q.flags.includes('multi-sentence'));
  });

  it('runs a quotation never closed to the end of its paragraph, flagged unclosed', () => {
    const text =
      'Austin told reporters that “we want to see Russia weakened to the point where it can’t do that.\nNext paragraph here.';
    const [q] = quotesOf(text);
    assert.equal(q.text, 'we want to see Russia weakened to the point where it can’t do that.');
    assert.deepEqual(q.flags, ['unclosed', 'partial']);
  });

  it('recovers an orphan closing mark back to the previous quotation, flagged orphan-close', () => {
    const text =
      'A spokesman said they are “all in response to the war. They stop him” and to stop the killing. This is not about the people.”';
    const qs = quotesOf(text);
    assert.equal(qs.length, 2);
    assert.equal(qs[1].text, 'and to stop the killing. This is not about the people.');
    assert.ok(qs[1].flags.includes('orphan-close'));
  });

  it('recovers the “…commitments…” pattern from its ellipsis when the opening mark is lost', () => {
    const [q] = quotesOf(
      'Thus, the letter proposes in a passage: …commitments by both sides to refrain from deploying missiles…”',
    );
    assert.equal(q.text, '…commitments by both sides to refrain from deploying missiles…');
    assert.ok(q.flags.includes('orphan-close'));
  });

  it('does not make a quotation of a one-word stray closing mark, but flags the quotation before it', () => {
    const qs = quotesOf(
      'A source said there is “certainly a balancing act to weigh” here, “either in sanctions or support space.” intelligence”.',
    );
    assert.deepEqual(
      qs.map((q) => q.text),
      ['certainly a balancing act to weigh', 'either in sanctions or support space.'],
    );
    assert.ok(qs[1].flags.includes('orphan-close'));
  });

  it('numbers quote ids per document in text order', () => {
    const qs = quotesOf('“One two three,” he said. “Four five six,” she said.');
    assert.deepEqual(
      qs.map((q) => q.id),
      ['doc:q1', 'doc:q2'],
    );
  });

  it('handles a news-style quotation left open in one paragraph and reopened in the next', () => {
    const text = 'Austin said: “The first part runs on.\n“The second part ends here,” he added.';
    const qs = quotesOf(text);
    assert.equal(qs.length, 2);
    // The convention for a quotation over several paragraphs, not a mark left out.
    assert.deepEqual(qs[0].flags, []);
    assert.deepEqual(qs[1].flags, []);
  });

  it('treats a closing mark typed for an opening one as an opening', () => {
    assert.deepEqual(texts('Kirby said, ”We know he bristles at NATO.”'), ['We know he bristles at NATO.']);
  });

  it('ignores inch marks after digits', () => {
    assert.deepEqual(texts('The 16" guns and the 12" guns were old.'), []);
  });

  it('produces plain JSON-serialisable objects', () => {
    const qs = quotesOf('“One two three,” he said.');
    assert.deepEqual(JSON.parse(JSON.stringify(qs)), qs);
  });
});
