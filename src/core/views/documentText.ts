/** Small wording helpers about documents shared by the trees and the hover card. */
import type { CorpusDocument, TextSpan } from '../model';

/** The title a person recognises a source by. */
export function documentLabel(doc: CorpusDocument): string {
  return doc.metadata.title.trim() || fileName(doc.path);
}

/** "CNN · 2022-04-26", "2022-04-26", "CNN" or "" when neither is known. */
export function documentByline(doc: CorpusDocument): string {
  return [doc.metadata.source, doc.metadata.date].filter((s): s is string => !!s).join(' · ');
}

export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/**
 * The sentence at `index`, or when the document has no such sentence (a mention in a header),
 * the line around `fallback`.
 */
export function sentenceText(doc: CorpusDocument, index: number, fallback: TextSpan): string {
  const sentence = doc.sentences[index]?.index === index ? doc.sentences[index] : doc.sentences.find((s) => s.index === index);
  if (sentence) return doc.text.slice(sentence.start, sentence.end);
  const lineStart = doc.text.lastIndexOf('\n', fallback.start - 1) + 1;
  const lineEnd = doc.text.indexOf('\n', fallback.end);
  return doc.text.slice(lineStart, lineEnd < 0 ? doc.text.length : lineEnd).trim();
}

/** The paragraph containing `offset`, or the sentence span itself when it is outside every paragraph. */
export function paragraphAround(doc: CorpusDocument, span: TextSpan): TextSpan {
  const paragraph = doc.paragraphs.find((p) => p.start <= span.start && span.end <= p.end);
  return paragraph ? { start: paragraph.start, end: paragraph.end } : span;
}
