import assert from 'node:assert/strict';
import { PassageIndex, passagesOf } from '../../../src/core/search/searchIndex';
import type { SearchResult } from '../../../src/core/search/types';
import type { CorpusDocument } from '../../../src/core/model';
import { makeDoc } from './docs';

const A = makeDoc(
  'a',
  'The invasion was a strategic failure for Moscow. Analysts said the army was weakened.\n\n' +
    'Russia’s economy shrank. The failure was strategic, officials admitted.',
  'War in Ukraine',
);
const B = makeDoc(
  'b',
  'Sébastien Martin said the  strategic\n failure surprised nobody. Sanctions came from the U.S.',
  'Paris reacts',
);
const C = makeDoc('c', 'Failure after failure after failure. Nothing strategic here.', 'Essay');

function build(...docs: CorpusDocument[]): PassageIndex {
  const index = new PassageIndex();
  for (const doc of docs) index.add(doc);
  return index;
}

function docOf(results: SearchResult[]): string[] {
  return results.map((r) => r.passageId);
}

function withoutScore(result: SearchResult): Omit<SearchResult, 'score'> {
  const { score: _score, ...rest } = result;
  return rest;
}

function highlighted(doc: CorpusDocument, result: SearchResult): string[] {
  return result.highlights.map((h) => doc.text.slice(h.start, h.end));
}

describe('passagesOf', () => {
  it('makes one passage per sentence with its paragraph and exact text', () => {
    const passages = passagesOf(A);
    assert.equal(passages.length, 4);
    assert.equal(passages[2].id, 'a#2');
    assert.equal(passages[2].text, 'Russia’s economy shrank.');
    assert.equal(A.text.slice(passages[2].paragraph.start, passages[2].paragraph.end), A.text.split('\n\n')[1]);
  });
});

describe('PassageIndex words search', () => {
  const index = build(A, B, C);

  it('ranks passages with all the words above those with one word repeated', () => {
    const results = index.search('strategic failure', { prefix: false });
    assert.ok(results.length >= 4);
    const top = results[0];
    assert.ok(top.terms.includes('strategic') && top.terms.includes('failure'));
    assert.notEqual(top.passageId, 'c#0', 'repeating one word must not beat having both');
    const rankOfC0 = docOf(results).indexOf('c#0');
    const withBoth = results.filter((r) => r.terms.includes('strategic') && r.terms.includes('failure'));
    assert.ok(withBoth.every((r) => docOf(results).indexOf(r.passageId) < rankOfC0));
  });

  it('sorts by score and breaks ties by document id then position', () => {
    const results = index.search('failure');
    for (let i = 1; i < results.length; i++) {
      const [p, q] = [results[i - 1], results[i]];
      assert.ok(p.score > q.score || (p.score === q.score && (p.documentId < q.documentId || p.start < q.start)));
    }
  });

  it('returns nothing for a query of stop words only', () => {
    assert.deepEqual(index.search('the was a of'), []);
  });

  it('matches possessives, diacritics and U.S. forms', () => {
    assert.deepEqual(docOf(index.search('Russia')), ['a#2']);
    assert.deepEqual(docOf(index.search('Sebastien')), ['b#0']);
    assert.deepEqual(docOf(index.search('US sanctions')).slice(0, 1), ['b#1']);
    assert.deepEqual(docOf(index.search('u.s.', { prefix: false })), ['b#1']);
  });

  it('treats the last word as a prefix while typing', () => {
    assert.deepEqual(docOf(index.search('army weak')), ['a#1']);
    assert.deepEqual(index.search('weak', { prefix: false }), []);
    assert.deepEqual(index.search('weak '), [], 'a trailing space ends the word');
  });

  it('forgives typos in long words but not in short ones', () => {
    const results = index.search('weakend', { prefix: false });
    assert.deepEqual(docOf(results), ['a#1']);
    assert.deepEqual(highlighted(A, results[0]), ['weakened']);
    assert.deepEqual(index.search('weakend', { prefix: false, fuzzy: 0 }), []);
    assert.deepEqual(index.search('arm', { prefix: false }), [], '"arm" must not fuzz to "army"');
  });

  it('highlights exactly the matched words in the original text', () => {
    const [top] = index.search('Russia economy', { prefix: false });
    assert.deepEqual(highlighted(A, top), ['Russia’s', 'economy']);
    const [b] = index.search('sebastien strategic', { prefix: false });
    assert.deepEqual(highlighted(B, b), ['Sébastien', 'strategic']);
    const [us] = index.search('US', { prefix: false });
    assert.deepEqual(highlighted(B, us), ['U.S.']);
  });

  it('applies per-term boosts', () => {
    const plain = index.search('moscow sanctions', { prefix: false });
    const boosted = index.search('moscow sanctions', { prefix: false, boostTerms: { Sanctions: 10 } });
    assert.equal(boosted[0].passageId, 'b#1');
    assert.ok(plain.some((r) => r.passageId === 'a#0'));
  });

  it('filters by document ids and honours the limit', () => {
    assert.deepEqual(new Set(index.search('failure', { documentIds: ['c'] }).map((r) => r.documentId)), new Set(['c']));
    assert.deepEqual(index.search('failure', { documentIds: [] }), []);
    assert.equal(index.search('failure', { limit: 2 }).length, 2);
    assert.equal(index.search('failure', { limit: 0 }).length, 0);
  });

  it('searches titles with a lower weight than the sentence', () => {
    const results = index.search('ukraine');
    assert.equal(results.length, 4);
    assert.deepEqual(results[0].highlights, []);
  });

  it('indexes actor names when given', () => {
    const withActors = new PassageIndex({ actorNames: (p) => (p.id === 'a#3' ? ['Vladimir Putin'] : []) });
    withActors.add(A);
    assert.deepEqual(docOf(withActors.search('putin')), ['a#3']);
    assert.deepEqual(index.search('putin'), []);
  });
});

describe('PassageIndex phrase search', () => {
  const index = build(A, B, C);

  it('matches the words only in order, across white space, with the phrase highlighted', () => {
    const results = index.search('"strategic failure"');
    assert.deepEqual(docOf(results).sort(), ['a#0', 'b#0']);
    const b = results.find((r) => r.documentId === 'b') as SearchResult;
    assert.deepEqual(highlighted(B, b), ['strategic\n failure']);
  });

  it('accepts curly quotes and explicit phrase mode', () => {
    assert.deepEqual(docOf(index.search('“strategic failure”')).sort(), ['a#0', 'b#0']);
    assert.deepEqual(docOf(index.search('strategic failure', { mode: 'phrase' })).sort(), ['a#0', 'b#0']);
    assert.ok(index.search('"strategic failure"', { mode: 'words' }).length > 2);
  });

  it('verifies stop words and matches curly apostrophes in the source', () => {
    assert.deepEqual(docOf(index.search('"a strategic failure"')), ['a#0']);
    assert.deepEqual(index.search('"the strategic failure for"'), []);
    const [r] = index.search(`"Russia's economy"`);
    assert.deepEqual(highlighted(A, r), ['Russia’s economy']);
  });

  it('finds a phrase of stop words only by scanning', () => {
    const results = index.search('"was a"');
    assert.deepEqual(docOf(results), ['a#0']);
    assert.deepEqual(highlighted(A, results[0]), ['was a']);
    assert.deepEqual(index.search('"was a"', { documentIds: ['b'] }), []);
  });

  it('reports every occurrence in a passage and respects filters', () => {
    const [r] = index.search('"after failure"');
    assert.deepEqual(highlighted(C, r), ['after failure', 'after failure']);
    assert.deepEqual(index.search('"strategic failure"', { documentIds: ['b'] }).map((x) => x.documentId), ['b']);
    assert.equal(index.search('"strategic failure"', { limit: 1 }).length, 1);
  });
});

describe('PassageIndex incremental updates', () => {
  it('adds, replaces and removes one document without touching the others', () => {
    const index = build(A, B);
    assert.equal(index.size, 6);
    assert.ok(index.has('a') && index.has('b'));

    index.replace(makeDoc('b', 'Sébastien Martin resigned. Markets rallied.', 'Paris reacts'));
    assert.equal(index.size, 6);
    assert.deepEqual(docOf(index.search('sanctions')), []);
    assert.deepEqual(docOf(index.search('resigned')), ['b#0']);
    assert.equal(index.passage('b#1')?.text, 'Markets rallied.');
    assert.deepEqual(docOf(index.search('"strategic failure"')), ['a#0']);

    assert.equal(index.remove('a'), true);
    assert.equal(index.remove('a'), false);
    assert.equal(index.has('a'), false);
    assert.equal(index.passage('a#0'), undefined);
    assert.deepEqual(index.search('strategic'), []);
    assert.deepEqual(index.search('"was a"'), []);
    assert.deepEqual(docOf(index.search('markets')), ['b#1']);

    index.add(C);
    index.add(C);
    assert.equal(index.documentCount, 2);
    assert.deepEqual(new Set(index.search('failure').map((r) => r.documentId)), new Set(['c']));
  });

  it('finds words added after the first prefix and typo searches', () => {
    const index = build(A);
    assert.deepEqual(docOf(index.search('zepp')), []);
    assert.deepEqual(docOf(index.search('zeppelni', { prefix: false })), []);
    index.add(makeDoc('z', 'A zeppelin landed.'));
    assert.deepEqual(docOf(index.search('zepp')), ['z#0']);
    assert.deepEqual(docOf(index.search('zeppelni', { prefix: false })), ['z#0']);
    for (let i = 0; i < 300; i++) index.add(makeDoc(`w${i}`, `Word${i} appears.`));
    assert.deepEqual(docOf(index.search('word29 ')), ['w29#0']);
    assert.equal(index.search('word29').length, 11, 'word29 and word290…word299');
    index.remove('z');
    assert.deepEqual(docOf(index.search('zepp')), []);
  });

  it('stays correct through many replacements (discard and vacuum)', async () => {
    const index = new PassageIndex();
    for (let i = 0; i < 50; i++) index.add(makeDoc(`d${i}`, `Report ${i} mentions alpha. Second sentence.`));
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 50; i++) index.replace(makeDoc(`d${i}`, `Report ${i} mentions beta${round}. Second sentence.`));
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.deepEqual(index.search('alpha'), []);
    assert.equal(index.search('beta2', { prefix: false, limit: 100 }).length, 50);
    assert.equal(index.search('beta1', { prefix: false, fuzzy: 0, limit: 100 }).length, 0);
    assert.equal(index.size, 100);
  });
});

describe('PassageIndex bulk build and common words', () => {
  const docs = [A, B, C, makeDoc('d', 'Moscow denied any failure. Analysts in Moscow disagreed.', 'Denial')];
  const queries = ['strategic failure', 'failure moscow analysts', 'weak', 'weakend', 'US', '"strategic failure"', '"was a"'];

  it('builds with addAll exactly what add builds, and stays incremental afterwards', () => {
    const one = build(...docs);
    const bulk = new PassageIndex();
    bulk.addAll(docs);
    assert.equal(bulk.size, one.size);
    for (const q of queries) assert.deepEqual(bulk.search(q), one.search(q), q);
    bulk.remove('a');
    one.remove('a');
    bulk.addAll([makeDoc('e', 'A new strategic failure.')]);
    one.add(makeDoc('e', 'A new strategic failure.'));
    for (const q of queries) assert.deepEqual(bulk.search(q), one.search(q), q);
  });

  it('scores candidates of rare words the same when common words only re-score them', () => {
    const plain = build(...docs);
    // "failure" occurs 7 times, over the threshold; "moscow" and "analysts" find 4 passages.
    const split = new PassageIndex({ commonTermCount: 3 });
    split.addAll(docs);
    const expected = plain.search('failure moscow analysts', { limit: 3 });
    const actual = split.search('failure moscow analysts', { limit: 3 });
    assert.deepEqual(actual.map(withoutScore), expected.map(withoutScore));
    actual.forEach((r, i) => assert.ok(Math.abs(r.score - expected[i].score) < 1e-9));
    assert.ok(expected.some((r) => r.terms.includes('failure')));
    const fewRare = split.search('failure moscow', { limit: 20 }).map(withoutScore);
    assert.deepEqual(fewRare, plain.search('failure moscow', { limit: 20 }).map(withoutScore));
  });

  it('builds the same index whatever the order of adds and removes that lead to it', () => {
    const fresh = new PassageIndex();
    fresh.addAll(docs.slice(1));
    const churned = new PassageIndex();
    churned.addAll(docs);
    // Enough removals to compact the postings several times over.
    for (let i = 0; i < 5; i++) churned.replace(makeDoc('c', `Filler ${i}.`));
    churned.remove('a');
    churned.replace(C);
    churned.remove('c');
    churned.add(C);
    for (const q of queries) {
      assert.deepEqual(docOf(churned.search(q)).sort(), docOf(fresh.search(q)).sort(), q);
    }
  });
});

describe('PassageIndex required terms', () => {
  const index = new PassageIndex();
  index.addAll([A, B, C, makeDoc('d', 'Moscow denied any failure. Analysts in Moscow disagreed.', 'Denial')]);

  it('keeps only passages whose text contains the required word, scored on the whole query', () => {
    const results = index.search('failure moscow analysts', { prefix: false, requiredTerms: ['Moscow'] });
    assert.deepEqual(docOf(results).sort(), ['a#0', 'd#0', 'd#1']);
    const plain = index.search('failure moscow analysts', { prefix: false });
    for (const r of results) {
      const same = plain.find((p) => p.passageId === r.passageId) as SearchResult;
      assert.ok(Math.abs(same.score - r.score) < 1e-9, 'same score as without the requirement');
      assert.deepEqual(same.highlights, r.highlights);
    }
  });

  it('adds a required word missing from the query, and normalises it', () => {
    assert.deepEqual(docOf(index.search('analysts', { requiredTerms: ['Russia’s'] })), ['a#2']);
    assert.deepEqual(index.search('analysts', { requiredTerms: ['zzyzx'] }), []);
  });

  it('requires every word unless told how many', () => {
    const all = index.search('strategic failure', { prefix: false, requiredTerms: ['strategic', 'failure'] });
    assert.deepEqual(docOf(all).sort(), ['a#0', 'a#3', 'b#0', 'c#1'].filter((id) => id !== 'c#1'));
    const one = index.search('strategic failure', { prefix: false, requiredTerms: ['strategic', 'failure'], minRequired: 1 });
    assert.ok(one.length > all.length);
    assert.ok(one.every((r) => r.terms.includes('strategic') || r.terms.includes('failure')));
  });

  it('does not count a title match and honours document filters', () => {
    assert.deepEqual(index.search('ukraine', { requiredTerms: ['ukraine'] }), []);
    assert.equal(index.search('ukraine').length, 4);
    assert.deepEqual(docOf(index.search('failure', { requiredTerms: ['failure'], documentIds: ['c'], limit: 5 })), ['c#0']);
  });

  it('finds the required word among many passages that match only the other words', () => {
    const many = Array.from({ length: 60 }, (_, i) => makeDoc(`n${i}`, `Officials said talks on energy continued ${i}.`));
    const other = Array.from({ length: 200 }, (_, i) => makeDoc(`o${i}`, `Unrelated filler number ${i}.`));
    const big = new PassageIndex();
    big.addAll([...many, ...other, makeDoc('z', 'Officials said the sanctions stay.')]);
    const query = 'officials said talks energy continued sanctions';
    assert.ok(!docOf(big.search(query, { limit: 10 })).includes('z#0'), 'the OR search ranks it out of the top 10');
    assert.deepEqual(docOf(big.search(query, { limit: 10, requiredTerms: ['sanctions'] })), ['z#0']);
  });

  it('matches a typo of a required word by its expansion', () => {
    assert.deepEqual(docOf(index.search('army weakend', { prefix: false, requiredTerms: ['weakend'] })), ['a#1']);
  });
});
