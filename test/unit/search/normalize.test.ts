import assert from 'node:assert/strict';
import { normalize, normalizeWithMap, toOriginalSpan } from '../../../src/core/search/normalize';
import { indexTerms, tokenize } from '../../../src/core/search/tokenize';
import { findPhrase, phraseSpans, preparePhrase, unquote } from '../../../src/core/search/phrase';
import { STOP_WORDS } from '../../../src/core/search/stopWords';

describe('normalize', () => {
  it('folds case and unifies quotes and apostrophes', () => {
    assert.equal(normalize('Russia’s ‘plan’ “Now”'), `russia's 'plan' "now"`);
    assert.equal(normalize('„Ja“ «non» ʼtis'), `"ja" "non" 'tis`);
  });

  it('unifies dashes', () => {
    assert.equal(normalize('2019–2020 — pro‑Russian ‐ x−y'), '2019-2020 - pro-russian - x-y');
  });

  it('collapses white space of every kind', () => {
    assert.equal(normalize('a \t\n  b\u00A0\u2003c'), 'a b c');
  });

  it('folds diacritics, composed or decomposed, and letters Unicode does not decompose', () => {
    assert.equal(normalize('Sébastien'), 'sebastien');
    assert.equal(normalize('Se\u0301bastien'), 'sebastien');
    assert.equal(normalize('Łukasz Straße Søren'), 'lukasz strasse soren');
  });

  it('drops invisible characters and keeps simple ASCII as lower case', () => {
    assert.equal(normalize('co\u00ADoperate\u200B'), 'cooperate');
    assert.equal(normalize('Plain ASCII, text.'), 'plain ascii, text.');
  });

  it('maps normalised spans back to exact original offsets', () => {
    const original = 'Mr  Se\u0301bastien’s   Straße ends.';
    const mapped = normalizeWithMap(original);
    assert.equal(mapped.text, "mr sebastien's strasse ends.");
    const at = mapped.text.indexOf('sebastien');
    const span = toOriginalSpan(mapped, at, at + 'sebastien'.length);
    assert.equal(original.slice(span.start, span.end), 'Se\u0301bastien');
    const street = mapped.text.indexOf('strasse');
    const streetSpan = toOriginalSpan(mapped, street, street + 7);
    assert.equal(original.slice(streetSpan.start, streetSpan.end), 'Straße');
  });
});

describe('tokenize', () => {
  it('drops possessives and contractions, and other apostrophes', () => {
    assert.deepEqual(indexTerms('Russia’s army'), ['russia', 'army']);
    assert.deepEqual(indexTerms("Russia's army"), ['russia', 'army']);
    assert.deepEqual(indexTerms('O’Brien, he’ll say states’ rights'), ['obrien', 'say', 'states', 'rights']);
  });

  it('reads U.S. and US as the same term and keeps it, but drops the pronoun us', () => {
    assert.deepEqual(indexTerms('The U.S. told us'), ['us', 'told']);
    assert.deepEqual(indexTerms('The US told us'), ['us', 'told']);
    assert.deepEqual(indexTerms('U.S.-led talks'), ['us', 'led', 'talks']);
    assert.deepEqual(indexTerms('the WHO said'), ['who', 'said']);
  });

  it('splits hyphenated words into parts plus the compound', () => {
    assert.deepEqual(indexTerms('pro-Russian e‑mail'), ['pro', 'russian', 'prorussian', 'e', 'mail', 'email']);
  });

  it('keeps numbers whole', () => {
    assert.deepEqual(indexTerms('1,000 troops and 3.5 tanks.'), ['1000', 'troops', '3.5', 'tanks']);
  });

  it('folds diacritics and case in terms, with offsets into the raw text', () => {
    const text = 'Hi Sébastien!';
    const [, token] = tokenize(text);
    assert.equal(token.term, 'sebastien');
    assert.equal(text.slice(token.start, token.end), 'Sébastien');
  });

  it('removes stop words from index terms', () => {
    assert.deepEqual(indexTerms('It was the best of times'), ['best', 'times']);
    assert.ok(STOP_WORDS.has('dont'));
    assert.deepEqual(indexTerms('I don’t know'), ['know']);
  });
});

describe('phrase helpers', () => {
  it('unquotes straight and curly quotes only when the query is wrapped', () => {
    assert.equal(unquote('"strategic failure"'), 'strategic failure');
    assert.equal(unquote(' “strategic failure” '), 'strategic failure');
    assert.equal(unquote('strategic failure'), null);
    assert.equal(unquote('"strategic failure'), null);
  });

  it('finds a phrase only on word boundaries', () => {
    assert.deepEqual(findPhrase('an award for war', 'war'), [13]);
    assert.deepEqual(findPhrase('war, war', preparePhrase('War')), [0, 5]);
  });

  it('maps phrase spans back to the original text', () => {
    const text = 'It was a  strategic\nfailure, Sébastien’s aide said.';
    const [span] = phraseSpans(text, preparePhrase("strategic failure, Sebastien's"));
    assert.equal(text.slice(span.start, span.end), 'strategic\nfailure, Sébastien’s');
  });
});
