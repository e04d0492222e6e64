import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { documentIdFor } from '../../../src/core/parse/documentId';
import { openCorpus } from '../../../src/node/openCorpus';
import { writeTree } from '../../fixtures/fileTree';

const CORPUS = path.resolve(__dirname, '../../../../corpus');

describe('openCorpus', () => {
  let tmpRoot: string;
  const makeTree = (name: string, files: Record<string, string>): string => writeTree(tmpRoot, name, files);
  const byPath = <T extends { path: string }>(docs: T[]): T[] => [...docs].sort((a, b) => a.path.localeCompare(b.path));

  before(() => {
    tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcebook-open-'));
  });
  after(() => {
    fs.rmSync(tmpRoot, { recursive: true, force: true });
  });

  it('opens the bundled corpus with the known dates', async () => {
    const { service, warnings } = await openCorpus([CORPUS]);
    assert.deepEqual(warnings, []);
    const documents = service.documents();
    const dates = Object.fromEntries(documents.map((d) => [path.basename(d.path), d.metadata.date]));
    assert.deepEqual(dates, {
      '2022-02-02-kirby-nato-deployments.txt': '2022-02-02',
      '2023-01-05-stoltenberg-milley-peace-talks.txt': '2023-01-05',
      'cnn-2022-04-26-weakened-russia.txt': '2022-04-26',
      'the-embassy-biden-offer-to-russia.txt': null,
      'wcbe-2022-01-10-russia-us-talks.txt': '2022-01-10',
    });
    assert.equal(new Set(documents.map((d) => d.key)).size, documents.length);
    for (const d of documents) assert.equal(d.id, documentIdFor(path.relative(CORPUS, d.path)));
  });

  it('makes citation keys unique and ids stable', async () => {
    const root = makeTree('dupes', {
      'one.txt': 'title: Talks resume\ndate: 2022-01-01\nsource: CNN\n\nBody one.',
      'two.txt': 'title: Talks resume\ndate: 2022-05-01\nsource: CNN\n\nBody two.',
    });
    const first = byPath((await openCorpus([root])).service.documents());
    assert.deepEqual(first.map((d) => d.key), ['cnn2022talks', 'cnn2022talksa']);
    const again = byPath((await openCorpus([root])).service.documents());
    assert.deepEqual(again.map((d) => d.id), first.map((d) => d.id));
    assert.equal(first[0].id, documentIdFor('one.txt'));
  });

  it('gives distinct ids to the same relative path in two folders', async () => {
    const one = makeTree('same-1', { 'a.txt': 'One.' });
    const two = makeTree('same-2', { 'a.txt': 'Two.' });
    const { service, warnings } = await openCorpus([one, two]);
    assert.deepEqual(warnings, []);
    const documents = byPath(service.documents());
    assert.equal(documents.length, 2);
    assert.notEqual(documents[0].id, documents[1].id);
    assert.equal(documents[0].id, documentIdFor('a.txt'));
  });

  it('turns a refused file into a warning and loads the other files', async () => {
    const root = makeTree('refused', { 'big.txt': 'A sentence far longer than the limit allows.', 'good.txt': 'Fine.' });
    const { service, warnings } = await openCorpus([root], { maxChars: 20 });
    assert.deepEqual(service.documents().map((d) => path.basename(d.path)), ['good.txt']);
    assert.deepEqual(warnings, [{ path: path.join(root, 'big.txt'), reason: 'larger than the limit of 20 characters' }]);
  });

  it('passes read warnings through', async () => {
    const root = makeTree('load-warn', { 'empty.txt': '', 'ok.txt': 'Fine.' });
    const { service, warnings } = await openCorpus([root]);
    assert.equal(service.documents().length, 1);
    assert.equal(warnings.length, 1);
  });
});
