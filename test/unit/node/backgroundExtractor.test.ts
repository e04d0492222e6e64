import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BackgroundExtractor } from '../../../src/node/backgroundExtractor';
import { extractCorpus } from '../../../src/core/extraction';
import { parseDocument } from '../../../src/core/parse/document';
import type { CorpusDocument } from '../../../src/core/model';

const doc = (id: string, text: string): CorpusDocument => parseDocument({ path: `${id}.txt`, text }, { id });

describe('BackgroundExtractor (worker thread)', () => {
  let extractor: BackgroundExtractor;
  beforeEach(() => {
    extractor = new BackgroundExtractor(path.resolve(__dirname, '../../../src/node/extractWorker.js'));
  });
  afterEach(() => extractor.dispose());

  it('gives the same extraction as the in-thread extractor', async () => {
    const corpus = path.resolve(__dirname, '../../../../corpus');
    const docs = fs.readdirSync(corpus).sort().map((f) => parseDocument({ path: f, text: fs.readFileSync(path.join(corpus, f), 'utf8') }, { id: f }));
    const inWorker = await extractor.extract(docs, {});
    assert.deepEqual(inWorker, extractCorpus(docs, {}));
    assert.ok(inWorker.actors.length > 10);
  });

  it('gives the same extraction when its worker shares detection with a pool of workers', async () => {
    const script = path.resolve(__dirname, '../../../src/node/extractWorker.js');
    const pooled = new BackgroundExtractor(script, { threads: 2, minCharsPerThread: 1 });
    try {
      const corpus = path.resolve(__dirname, '../../../../corpus');
      const docs = fs.readdirSync(corpus).sort().map((f) => parseDocument({ path: f, text: fs.readFileSync(path.join(corpus, f), 'utf8') }, { id: f }));
      assert.deepEqual(await pooled.extract(docs, {}), extractCorpus(docs, {}));
      // Then only the changed document is detected again, and the cache still holds the rest.
      const changed = [...docs.slice(1), doc('new', 'title: N\ndate: 2022-04-26\n\nJens Stoltenberg said NATO would meet in Brussels.\n')];
      assert.deepEqual(await pooled.extract(changed, { hide: ['Lloyd Austin'] }), extractCorpus(changed, { hide: ['Lloyd Austin'] }));
    } finally {
      pooled.dispose();
    }
  });

  it('follows added, changed and removed documents across requests', async () => {
    const a = doc('a', 'title: A\ndate: 2022-04-26\n\nDefense Secretary Lloyd Austin visited Kyiv on Monday.\n');
    const b = doc('b', 'title: B\ndate: 2022-04-26\n\n“We want Ukraine to win,” Antony Blinken said.\n');
    let result = await extractor.extract([a, b], {});
    assert.ok(result.actors.some((x) => x.name === 'Antony Blinken'));
    const b2 = doc('b', 'title: B\ndate: 2022-04-26\n\nJens Stoltenberg said NATO would meet in Brussels.\n');
    result = await extractor.extract([a, b2], {});
    assert.ok(!result.actors.some((x) => x.name === 'Antony Blinken'));
    assert.ok(result.actors.some((x) => x.name === 'Jens Stoltenberg'));
    result = await extractor.extract([a], {});
    assert.ok(!result.actors.some((x) => x.name === 'Jens Stoltenberg'));
    assert.ok(result.actors.some((x) => x.name === 'Lloyd Austin'));
  });

  it('honours actor overrides sent with the request', async () => {
    const a = doc('a', 'title: A\ndate: 2022-04-26\n\nDefense Secretary Lloyd Austin visited Kyiv on Monday.\n');
    const result = await extractor.extract([a], { hide: ['Lloyd Austin'] });
    assert.ok(!result.actors.some((x) => x.name === 'Lloyd Austin'));
  });
});
