import assert from 'node:assert/strict';
import { parseDocument } from '../../../src/core/parse';
import { createIncrementalExtractor, detectDocument, extractCorpus, finishExtraction } from '../../../src/core/extraction';
import type { CorpusDocument } from '../../../src/core/model';

const doc = (id: string, text: string): CorpusDocument => parseDocument({ path: `${id}.txt`, text }, { id });
const A = doc('a', 'On Monday, Defense Secretary Lloyd Austin said in Kyiv that “we want to see Russia weakened.”');
const B = doc('b', 'Austin met officials in Poland on Tuesday. “The help will keep coming,” Austin said.');
const C = doc('c', 'Vladimir Putin spoke in Moscow on Wednesday. “We will respond,” Putin said.');

describe('extraction from detections computed elsewhere', () => {
  it('finishExtraction of detectDocument results equals extractCorpus, overrides and failures included', () => {
    const overrides = { hide: ['Vladimir Putin'], aliases: { 'Lloyd Austin': ['the secretary'] } };
    const docs = [A, B, C];
    assert.deepEqual(finishExtraction(docs, docs.map((d) => detectDocument(d, overrides)), overrides), extractCorpus(docs, overrides));
    const failed = [detectDocument(A), { documentId: 'b', reason: 'detected nowhere' }, detectDocument(C)];
    const e = finishExtraction(docs, failed);
    assert.deepEqual(e.problems, [{ documentId: 'b', reason: 'detected nowhere' }]);
    const withoutB = finishExtraction([A, C], [detectDocument(A), detectDocument(C)]);
    assert.deepEqual({ ...e, problems: undefined }, { ...withoutB, problems: undefined });
    assert.throws(() => finishExtraction(docs, [detectDocument(A)]), /1 detections for 3 documents/);
  });

  it('the incremental extractor lists what it lacks and takes supplied detections for it', () => {
    const extractor = createIncrementalExtractor();
    assert.deepEqual(extractor.stale([A, B]).map((d) => d.id), ['a', 'b']);
    const supplied = new Map([A, B].map((d) => [d.id, detectDocument(d)]));
    assert.deepEqual(extractor.extract([A, B], {}, supplied), extractCorpus([A, B]));
    assert.deepEqual(extractor.stale([A, B, C]).map((d) => d.id), ['c']);
    // New detection options (aliases) make every document stale again.
    assert.deepEqual(extractor.stale([A, B], { aliases: { 'Lloyd Austin': ['the secretary'] } }).length, 2);
    // A detection supplied for another document is not used: c is detected here.
    const wrong = new Map([['c', detectDocument(A)]]);
    assert.deepEqual(extractor.extract([A, B, C], {}, wrong), extractCorpus([A, B, C]));
  });
});
