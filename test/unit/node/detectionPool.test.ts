import assert from 'node:assert/strict';
import * as path from 'node:path';
import { detectInParallel, extractInParallel } from '../../../src/node/detectionPool';
import { openCorpus } from '../../../src/node/openCorpus';
import { extractCorpus } from '../../../src/core/extraction';
import { parseDocument } from '../../../src/core/parse/document';
import type { CorpusDocument } from '../../../src/core/model';

const ROOT = path.resolve(__dirname, '../../../..');
// The worker as tsc compiles it (out/src/node/), as the BackgroundExtractor tests use theirs.
const workerScript = path.resolve(__dirname, '../../../src/node/detectWorker.js');
// Small fixtures: without this the pool would rightly judge them too small for workers.
const pool = { threads: 2, minCharsPerThread: 1, workerScript };

const doc = (id: string, text: string): CorpusDocument => parseDocument({ path: `${id}.txt`, text }, { id });
const A = 'On Monday, Defense Secretary Lloyd Austin said in Kyiv that “we want to see Russia weakened.”';
const B = 'Austin met officials in Poland on Tuesday. “The help will keep coming,” Austin said.';
const BAD = 'Vladimir Putin spoke in Moscow on Wednesday. “We will respond,” Putin said.';

describe('detection pool (worker threads)', function () {
  this.timeout(60_000);
  let documents: CorpusDocument[];
  before(async () => {
    const folders = ['corpus', 'test/fixtures/cli', 'test/fixtures/evaluation/corpus'].map((f) => path.join(ROOT, f));
    documents = (await openCorpus(folders)).service.documents();
    assert.ok(documents.length >= 8);
  });

  it('gives exactly the extraction of extractCorpus, with overrides too', async () => {
    const { extraction, threads, inThread } = await extractInParallel(documents, {}, pool);
    assert.equal(threads, 2);
    assert.equal(inThread, 0);
    assert.deepEqual(extraction, extractCorpus(documents, {}));
    assert.ok(extraction.actors.length > 10 && extraction.quotes.length > 5 && extraction.events.length > 5);
    const overrides = { hide: ['Lloyd Austin'], aliases: { 'Jens Stoltenberg': ['the secretary-general'] } };
    assert.deepEqual((await extractInParallel(documents, overrides, pool)).extraction, extractCorpus(documents, overrides));
  });

  it('isolates a document whose detection throws in a worker', async () => {
    // Plain data, so it reaches a worker, where detection fails on the missing sentences.
    const corrupt = { ...doc('bad', BAD), sentences: null } as unknown as CorpusDocument;
    const docs = [doc('a', A), corrupt, doc('b', B)];
    const { extraction, inThread } = await extractInParallel(docs, {}, pool);
    assert.equal(inThread, 0, 'detected in the workers');
    assert.deepEqual(extraction.problems?.map((p) => p.documentId), ['bad']);
    assert.ok(!extraction.actors.some((a) => a.name.includes('Putin')));
    assert.deepEqual(extraction, extractCorpus(docs, {}));
  });

  it('isolates a document that cannot be sent to a worker, detecting it in the calling thread', async () => {
    const unsendable = doc('bad', BAD);
    Object.defineProperty(unsendable, 'sentences', {
      get() {
        throw new Error('sentences of bad are corrupt');
      },
    });
    const docs = [doc('a', A), unsendable, doc('b', B)];
    const { extraction, inThread } = await extractInParallel(docs, {}, pool);
    assert.equal(inThread, 1);
    assert.deepEqual(extraction.problems, [{ documentId: 'bad', reason: 'sentences of bad are corrupt' }]);
    assert.ok(extraction.actors.some((a) => a.name === 'Lloyd Austin'));
    assert.deepEqual(extraction, extractCorpus(docs, {}));
  });

  it('falls back to the calling thread when no worker can start', async () => {
    const result = await detectInParallel(documents, {}, { ...pool, workerScript: path.join(ROOT, 'no-such-worker.js') });
    assert.equal(result.inThread, documents.length);
    const again = await detectInParallel(documents, {}, { ...pool, threads: 1 });
    assert.equal(again.threads, 0);
    assert.deepEqual(result.detections, again.detections);
  });

  it('leaves a small corpus to the calling thread by default', async () => {
    const result = await detectInParallel([doc('a', A), doc('b', B)], {}, { workerScript });
    assert.equal(result.threads, 0);
    assert.equal(result.inThread, 2);
  });
});
