/**
 * Hand annotations that extraction is scored against. The shapes are those of the files in
 * `test/fixtures/annotations/` (`actors.json`, `events.json`, `quotes.json`); a reviewer can
 * write the same three files for any text and score the extractor on it with `npm run evaluate`.
 * Documents are named by `file`: their path relative to the corpus folder.
 */
import type { ActorKind, DatePrecision, QuoteFlag } from '../extraction/types';

/** One real actor of one document, with every surface form it has there. */
export interface AnnotatedActor {
  name: string;
  kind: ActorKind;
  /** Surface forms as they appear (titles and possessive endings left out). */
  aliases: string[];
}

/** `actors.json` */
export interface ActorAnnotation {
  guideline?: string;
  documents: { file: string; actors: AnnotatedActor[] }[];
}

/** A date expression and what it should resolve to. */
export interface AnnotatedDate {
  file: string;
  /** The date words as they stand in the text; the first occurrence from the sentence on is meant. */
  dateText: string;
  /** The first characters of the sentence holding `dateText`. */
  sentenceStartsWith: string;
  /** `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or null when the text does not allow resolving it. */
  expected: string | null;
  precision: DatePrecision | string;
}

/**
 * Words that must never become an event's date: every whole-word occurrence of `text` in the file,
 * or only in the sentence starting with `sentenceStartsWith`.
 */
export interface AnnotatedNonDate {
  file: string;
  text: string;
  sentenceStartsWith?: string;
  why: string;
}

/** `events.json` */
export interface DateAnnotation {
  $comment?: string;
  expressions: AnnotatedDate[];
  negatives: AnnotatedNonDate[];
}

/** One direct quotation. */
export interface AnnotatedQuote {
  /** The first (up to) 40 characters of the quoted words, marks excluded. */
  text: string;
  /** The speaker a careful reader would name, or null when the text does not make it plain. */
  speaker: string | null;
  namedPerson: boolean;
  flags: (QuoteFlag | string)[];
}

/** `quotes.json` */
export interface QuoteAnnotation {
  description?: string;
  documents: Record<string, { quotes: AnnotatedQuote[]; nonQuotes: string[] }>;
}

/** Any of the three annotation files; a reviewer may write only some. */
export interface Annotations {
  actors?: ActorAnnotation;
  dates?: DateAnnotation;
  quotes?: QuoteAnnotation;
}

/** The files the annotations name, in first-seen order. */
export function annotatedFiles(annotations: Annotations): string[] {
  const files = new Set<string>();
  for (const d of annotations.actors?.documents ?? []) files.add(d.file);
  for (const e of annotations.dates?.expressions ?? []) files.add(e.file);
  for (const n of annotations.dates?.negatives ?? []) files.add(n.file);
  for (const file of Object.keys(annotations.quotes?.documents ?? {})) files.add(file);
  return [...files];
}
