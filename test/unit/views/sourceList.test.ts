import * as assert from 'node:assert/strict';
import { buildSourceList } from '../../../src/core/views/sourceList';
import { doc } from './fixtures';

describe('sources list', () => {
  it('lists documents oldest first with date, outlet and passage count', () => {
    const cnn = doc('cnn');
    const older = doc('old', 'Title: Older\nDate: 2021-01-02\n\nA sentence here. Another one.\n');
    const undated = doc('nodate', 'Just a text without a date. It has two sentences.\n');
    const list = buildSourceList([undated, cnn, older]);
    const roots = list.roots();
    assert.deepEqual(roots.map((r) => r.id), ['source:old', 'source:cnn', 'source:nodate']);
    const node = roots[1];
    assert.equal(node.label, 'Austin visits Kyiv');
    assert.equal(node.description, `2022-04-26 · CNN · ${cnn.sentences.length} passages`);
    assert.match(node.tooltip!, /Citation key: /);
    assert.deepEqual(node.location, { documentId: 'cnn', start: cnn.bodyStart, end: cnn.bodyStart });
    assert.match(roots[2].description!, /^undated/);
  });
});
