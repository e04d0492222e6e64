import assert from 'node:assert/strict';
import { trimExcerpt } from '../../../src/core/citation';

const PARAGRAPH =
  'Austin spoke in Poland. He said Russia must be weakened. The talks ended late. Kyiv welcomed it.';
const at = (word: string): { start: number; end: number } => {
  const start = PARAGRAPH.indexOf(word);
  return { start, end: start + word.length };
};

describe('citation: trimming excerpts', () => {
  it('keeps the one sentence with the match', () => {
    assert.equal(trimExcerpt(PARAGRAPH, [], [at('weakened')]).text, 'He said Russia must be weakened.');
  });
  it('keeps the run of sentences between the first and last match', () => {
    assert.equal(
      trimExcerpt(PARAGRAPH, [], [at('weakened'), at('Kyiv')]).text,
      'He said Russia must be weakened. The talks ended late. Kyiv welcomed it.',
    );
  });
  it('returns offsets of the trimmed text', () => {
    const result = trimExcerpt(PARAGRAPH, [], [at('talks')]);
    assert.equal(PARAGRAPH.slice(result.start, result.end), 'The talks ended late.');
  });
  it('returns the whole text when nothing is highlighted', () => {
    assert.equal(trimExcerpt(` ${PARAGRAPH} `, [], []).text, PARAGRAPH);
  });
  it('uses given sentence spans in document coordinates', () => {
    const offset = 100;
    const sentences = [
      { start: 100, end: 123 },
      { start: 124, end: 156 },
      { start: 157, end: 178 },
      { start: 179, end: 195 },
    ];
    const highlight = { start: offset + at('Poland').start, end: offset + at('Poland').end };
    const result = trimExcerpt(PARAGRAPH, sentences, [highlight], offset);
    assert.deepEqual(result, { start: 100, end: 123, text: 'Austin spoke in Poland.' });
  });
  it('keeps closing quotes with their sentence', () => {
    const text = 'He said "we will win." Then he left.';
    assert.equal(trimExcerpt(text, [], [{ start: 10, end: 12 }]).text, 'He said "we will win."');
  });
});
