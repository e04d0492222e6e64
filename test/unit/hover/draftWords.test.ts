import * as assert from 'node:assert/strict';
import { contextWords, isMeaningfulWord, nameCandidates, wordAt } from '../../../src/core/hover/draftWords';

describe('draft words', () => {
  const draft = 'After a trip to Kyiv, Defense Secretary Lloyd Austin said Russia’s army was weakened.';

  it('finds the word under the cursor, apostrophes kept inside', () => {
    assert.equal(wordAt(draft, draft.indexOf('Austin') + 2)?.text, 'Austin');
    assert.equal(wordAt(draft, draft.indexOf('Russia’s') + 7)?.text, 'Russia’s');
    assert.equal(wordAt(draft, draft.indexOf('Kyiv') + 4)?.text, 'Kyiv'); // just after the word
    assert.equal(wordAt(draft, draft.indexOf(',') + 1), null); // on a space
  });

  it('ignores stop words and short words, keeps acronyms and years', () => {
    for (const w of ['the', 'said', 'was', 'It', 'of', 'ab']) assert.equal(isMeaningfulWord(w), false, w);
    for (const w of ['Kyiv', 'US', 'EU', '2022', 'sanctions']) assert.equal(isMeaningfulWord(w), true, w);
    assert.equal(isMeaningfulWord('12'), false);
  });

  it('offers the capitalised names around a word, longest first', () => {
    const word = wordAt(draft, draft.indexOf('Austin'))!;
    const names = nameCandidates(draft, word);
    assert.equal(names[0], 'Defense Secretary Lloyd Austin');
    assert.ok(names.indexOf('Lloyd Austin') < names.indexOf('Austin'));
    assert.ok(!names.some((n) => n.includes('said')));
    const ministry = 'the Ministry of Defense said';
    assert.equal(nameCandidates(ministry, wordAt(ministry, 6)!)[0], 'Ministry of Defense');
  });

  it('collects meaningful context words nearest first', () => {
    const at = draft.indexOf('Austin');
    const words = contextWords(draft, { start: at, end: at + 6 }, new Set(['austin']), 3);
    assert.deepEqual(words, ['lloyd', 'russia’s', 'army']);
  });
});
