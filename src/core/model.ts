/**
 * The corpus model shared by every part of Sourcebook. Plain data only: no I/O, no editor types.
 * Every offset is a UTF-16 string index into {@link CorpusDocument.text}, the file's text exactly
 * as read (after UTF-8 decoding, BOM kept out), so `text.slice(start, end)` is the span.
 */

/** A half-open range `[start, end)` of string indices into a document's text. */
export interface TextSpan {
  start: number;
  end: number;
}

/** A file handed to the core by a host (Node reader, VS Code workspace, tests). */
export interface SourceFile {
  /** Path as the host knows it; used in messages and output, never opened by the core. */
  path: string;
  text: string;
  /** Stable document id; derived from `path` when absent (see `documentIdFor`). */
  id?: string;
}

/** Metadata of one document, each field marked when it was inferred rather than stated. */
export interface DocumentMetadata {
  title: string;
  titleInferred: boolean;
  /** `YYYY-MM-DD`, or null when the date cannot be known. Never invented. */
  date: string | null;
  dateInferred: boolean;
  /** The outlet ("CNN", "The Embassy"), or null. */
  source: string | null;
  sourceInferred: boolean;
  url: string | null;
  author: string | null;
  authorInferred: boolean;
}

export interface Paragraph extends TextSpan {
  index: number;
}

export interface Sentence extends TextSpan {
  index: number;
  paragraphIndex: number;
}

/** A parsed and segmented document. */
export interface CorpusDocument {
  /** Stable id derived from the path relative to its corpus root (same input, same id). */
  id: string;
  path: string;
  /** Citation key such as `cnn2022weakened`; unique within a corpus. */
  key: string;
  text: string;
  metadata: DocumentMetadata;
  /** Where the article body starts (after any header lines). */
  bodyStart: number;
  /** Body paragraphs, boilerplate excluded, in text order. */
  paragraphs: Paragraph[];
  /** Body sentences, boilerplate excluded, in text order. */
  sentences: Sentence[];
  /** Lines recognised as web boilerplate or image credits; kept in `text`, left out of passages. */
  boilerplate: TextSpan[];
}

/** A searchable unit: one sentence, with its paragraph as context. */
export interface Passage extends TextSpan {
  /** `${documentId}#${sentenceIndex}` */
  id: string;
  documentId: string;
  sentenceIndex: number;
  paragraph: TextSpan;
  text: string;
}

/** A file the loader could not take, and why, in words a person understands. */
export interface LoadWarning {
  path: string;
  reason: string;
}
