/**
 * The CLI's report of documents whose extraction failed: each names its file and the problem.
 */
import assert from 'node:assert/strict';
import { extractionProblemLines } from '../../../src/node/cli/commands';

describe('sourcebook CLI: extraction problems', () => {
  it('names the file of each failed document and its problem', () => {
    const paths = new Map([['a', '/corpus/a.txt']]);
    const lines = extractionProblemLines(
      [
        { documentId: 'a', reason: 'Cannot read properties of undefined' },
        { documentId: 'gone', reason: 'boom' },
      ],
      (id) => paths.get(id),
    );
    assert.deepEqual(lines, [
      'sourcebook: left out actors, events and quotes of /corpus/a.txt: Cannot read properties of undefined',
      'sourcebook: left out actors, events and quotes of gone: boom',
    ]);
  });

  it('prints nothing when every document was extracted', () => {
    assert.deepEqual(extractionProblemLines([], () => undefined), []);
  });
});
