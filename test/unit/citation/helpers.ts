// Shared fixtures for the citation tests; not a test file itself (mocha runs *.test.js only).
import type { CitableDocument, TextEdit } from '../../../src/core/citation';
import type { DocumentMetadata } from '../../../src/core/model';

/** Applies edits from the end of the text, as an editor applies one WorkspaceEdit. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  for (let i = 1; i < edits.length; i++) {
    if (edits[i].start < edits[i - 1].end) throw new Error('edits overlap or are not sorted');
  }
  let result = text;
  for (const edit of [...edits].reverse())
    result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return result;
}

/** A CNN article with every field known, each field overridable. */
export function makeDoc(metadata: Partial<DocumentMetadata> = {}, key = 'cnn2022weakened'): CitableDocument {
  return {
    key,
    path: 'corpus/cnn-weakened.txt',
    metadata: {
      title: 'US wants to see Russia weakened',
      titleInferred: false,
      date: '2022-04-26',
      dateInferred: false,
      source: 'CNN',
      sourceInferred: false,
      url: 'https://edition.cnn.com/2022/04/25/politics/russia-weakened',
      author: 'Kevin Liptak',
      authorInferred: false,
      ...metadata,
    },
  };
}

/** A document whose date, outlet, author and URL are all unknown. */
export function bareDoc(key = 'unknown2022'): CitableDocument {
  return makeDoc({ date: null, source: null, author: null, url: null, title: 'Talks resume' }, key);
}
