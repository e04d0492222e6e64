import type { CorpusDocument, Passage } from '../model';

/**
 * One passage per sentence of `doc`, in text order, each with the span of its paragraph as
 * context. The passage text is a slice of `doc.text`, so nothing is copied per paragraph.
 *
 * ```ts
 * passagesOf(doc)[0] // → { id: 'cnn/weakened.txt#0', sentenceIndex: 0, start, end, paragraph, text, … }
 * ```
 */
export function passagesOf(doc: CorpusDocument): Passage[] {
  return doc.sentences.map((sentence) => {
    const paragraph = doc.paragraphs[sentence.paragraphIndex];
    return {
      id: `${doc.id}#${sentence.index}`,
      documentId: doc.id,
      sentenceIndex: sentence.index,
      start: sentence.start,
      end: sentence.end,
      // A sentence always lies in its paragraph; falling back to itself keeps a malformed
      // document searchable instead of throwing.
      paragraph: paragraph ? { start: paragraph.start, end: paragraph.end } : { start: sentence.start, end: sentence.end },
      text: doc.text.slice(sentence.start, sentence.end),
    };
  });
}
