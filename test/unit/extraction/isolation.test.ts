import assert from 'node:assert/strict';
import { parseDocument } from '../../../src/core/parse';
import { createIncrementalExtractor, extractCorpus } from '../../../src/core/extraction';
import { detectMentions } from '../../../src/core/extraction/actors';
import type { Extraction } from '../../../src/core/extraction/types';
import type { CorpusDocument } from '../../../src/core/model';

const good = (id: string, text: string): CorpusDocument => parseDocument({ path: `${id}.txt`, text }, { id });

/** A parsed document whose `sentences` throw from the `failFrom`-th read on (0: always). */
function broken(id: string, text: string, failFrom = 0): CorpusDocument {
  const doc = good(id, text);
  const { sentences } = doc;
  let reads = 0;
  Object.defineProperty(doc, 'sentences', {
    get() {
      if (reads++ >= failFrom) throw new Error(`sentences of ${id} are corrupt`);
      return sentences;
    },
  });
  return doc;
}

const A = 'On Monday, Defense Secretary Lloyd Austin said in Kyiv that “we want to see Russia weakened.”';
const B = 'Austin met officials in Poland on Tuesday. “The help will keep coming,” Austin said.';
const BAD = 'Vladimir Putin spoke in Moscow on Wednesday. “We will respond,” Putin said.';

function documentsOf(e: Extraction): Set<string> {
  const ids = new Set<string>();
  for (const a of e.actors) for (const m of a.mentions) ids.add(m.documentId);
  for (const ev of e.events) ids.add(ev.documentId);
  for (const q of e.quotes) ids.add(q.documentId);
  return ids;
}

describe('extraction: one bad document', () => {
  const healthy = extractCorpus([good('a', A), good('b', B)]);

  it('a document whose detection throws contributes nothing; the rest are extracted', () => {
    const e = extractCorpus([good('a', A), broken('bad', BAD), good('b', B)]);
    assert.deepEqual(e.problems, [{ documentId: 'bad', reason: 'sentences of bad are corrupt' }]);
    assert.deepEqual([...documentsOf(e)].sort(), ['a', 'b']);
    assert.ok(!e.actors.some((a) => a.name.includes('Putin')));
    assert.deepEqual({ ...e, problems: undefined }, { ...healthy, problems: undefined });
  });

  it('a document whose events or quotes throw is dropped from the actors too', () => {
    // Let actor detection read the sentences (and find Putin); events and quotes then fail.
    const probe = broken('probe', BAD, Infinity);
    let reads = 0;
    const { sentences } = probe;
    Object.defineProperty(probe, 'sentences', { get: () => (reads++, sentences) });
    assert.ok(detectMentions(probe).actors.some((a) => a.name.includes('Putin')));
    const e = extractCorpus([good('a', A), broken('bad', BAD, reads), good('b', B)]);
    assert.deepEqual(e.problems?.map((p) => p.documentId), ['bad']);
    assert.deepEqual([...documentsOf(e)].sort(), ['a', 'b']);
    assert.ok(!e.actors.some((a) => a.name.includes('Putin')));
    assert.deepEqual({ ...e, problems: undefined }, { ...healthy, problems: undefined });
  });

  it('reports no problems when every document is extracted', () => {
    assert.equal(healthy.problems, undefined);
    assert.ok(healthy.actors.some((a) => a.id === 'person:lloyd-austin'));
    assert.ok(healthy.quotes.length >= 2);
  });

  it('the incremental extractor isolates it too, and retries it once it is fixed', () => {
    const extractor = createIncrementalExtractor();
    const first = extractor.extract([good('a', A), broken('bad', BAD), good('b', B)]);
    assert.deepEqual(first.problems?.map((p) => p.documentId), ['bad']);
    assert.deepEqual([...documentsOf(first)].sort(), ['a', 'b']);
    const fixed = extractor.extract([good('a', A), good('bad', BAD), good('b', B)]);
    assert.equal(fixed.problems, undefined);
    assert.ok(fixed.actors.some((a) => a.name.includes('Putin')));
    assert.deepEqual([...documentsOf(fixed)].sort(), ['a', 'b', 'bad']);
  });
});
