/** The hand annotation of the bundled corpus and its annotated documents, parsed with ids = file names. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CorpusDocument } from '../../../src/core/model';
import { parseDocument } from '../../../src/core/parse/document';
import { annotatedFiles, type Annotations } from '../../../src/core/evaluation';

const root = path.resolve(__dirname, '../../../..');
const read = <T>(name: string): T => JSON.parse(fs.readFileSync(path.join(root, 'test/fixtures/annotations', name), 'utf8')) as T;

export function bundledAnnotations(): Annotations {
  return { actors: read('actors.json'), dates: read('events.json'), quotes: read('quotes.json') };
}

/** The annotated documents of `annotations` (default: all three files), read from `corpus/`. */
export function annotatedBundledDocuments(annotations: Annotations = bundledAnnotations()): CorpusDocument[] {
  return annotatedFiles(annotations).map((file) =>
    parseDocument({ path: file, text: fs.readFileSync(path.join(root, 'corpus', file), 'utf8') }, { id: file }),
  );
}
