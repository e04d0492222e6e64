/**
 * The war's recurring people under the spellings translated copy gives them (a surname alone, a
 * Polish spelling), and "according to him" as a speaker.
 */
import assert from 'node:assert/strict';
import { articleActors, articleQuotes, mentionTexts, named, namesOf } from '../../fixtures/extraction/actors/helpers';
import { skeleton } from '../../../src/core/extraction/actors/spelling';

const actorsOf = articleActors('known-people', '2023-07-12');

const quotesOf = articleQuotes('known-people', '2023-07-12');

describe('known people of the war', () => {
  it('gives a surname alone and a Polish spelling the canonical name', () => {
    const actors = actorsOf('Szojgu met the generals. Later Sergei Shoigu said the offensive would go on.');
    assert.deepEqual(namesOf(actors, 'person'), ['Sergei Shoigu']);
    assert.deepEqual(mentionTexts(named(actors, 'Sergei Shoigu')), ['Sergei Shoigu', 'Szojgu']);
  });

  it('merges a surname spelt yet another way with the known person the document names', () => {
    const actors = actorsOf('Maria Zacharowa, spokeswoman of the ministry, spoke on Monday.', 'Zacharów stated that the talks were over.');
    assert.deepEqual(namesOf(actors, 'person'), ['Maria Zakharova']);
  });

  it('reads Polish "ch" as English "kh" when comparing spellings', () => {
    assert.equal(skeleton('Mychajło'), skeleton('Mykhailo'));
    assert.equal(skeleton('Charkiw'), skeleton('Kharkiv'));
  });
});

describe('object pronouns as speakers', () => {
  it('resolves "According to him" like "he"', () => {
    const quotes = quotesOf('Nordian analyst Piotr Kowal spoke to the press on Monday. According to him, “the war will last for years.”');
    assert.equal(quotes[0].speakerName, 'Piotr Kowal');
  });

  it('does not read "according to her spokesman" as her', () => {
    const quotes = quotesOf('Anna Brook met reporters. According to her spokesman, “the talks went well.”');
    assert.equal(quotes[0].speakerName, null);
  });
});

describe('"the former president"', () => {
  it('is not the sitting president the article names', () => {
    const quotes = quotesOf('President Vladimir Putin spoke on Monday. Aleksander Brook, who led Nordia for ten years, said the union was strong. According to the former president, the threat is “an unclear situation before the elections.”');
    assert.notEqual(quotes[0].speakerName, 'Vladimir Putin');
  });
});

describe('"the UK\'s PM"', () => {
  it('is the prime minister the article names', () => {
    const quotes = quotesOf('British Prime Minister Rishi Sunak spoke in London on Friday.', 'But the UK\'s PM suggested the country "discourages" the use of cluster bombs.');
    assert.equal(quotes[0].speakerName, 'Rishi Sunak');
  });
});
