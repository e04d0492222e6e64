/**
 * Builds CorpusDocuments for search tests without the real parser: one paragraph per block
 * separated by blank lines, sentences split after . ! ? followed by white space, exact offsets.
 */
import type { CorpusDocument, Paragraph, Sentence } from '../../../src/core/model';
import { fixtureDocument } from '../../fixtures/fixtureDocument';

export function makeDoc(id: string, text: string, title = id): CorpusDocument {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const blocks = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g;
  for (let block = blocks.exec(text); block; block = blocks.exec(text)) {
    const trimmed = block[0].trimEnd();
    const lead = trimmed.length - trimmed.trimStart().length;
    if (trimmed.trim() === '') continue;
    const pStart = block.index + lead;
    const pEnd = block.index + trimmed.length;
    const paragraphIndex = paragraphs.length;
    paragraphs.push({ index: paragraphIndex, start: pStart, end: pEnd });
    const body = text.slice(pStart, pEnd);
    const parts = /(?<=[.!?])\s+/g;
    let from = 0;
    const cut = (to: number): void => {
      if (to > from) sentences.push({ index: sentences.length, paragraphIndex, start: pStart + from, end: pStart + to });
    };
    for (let m = parts.exec(body); m; m = parts.exec(body)) {
      cut(m.index);
      from = m.index + m[0].length;
    }
    cut(body.length);
  }
  return fixtureDocument({ id, text, paragraphs, sentences, metadata: { title, titleInferred: false } });
}
