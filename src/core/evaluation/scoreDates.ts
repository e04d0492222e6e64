/**
 * Scores event dates against a {@link DateAnnotation}: how many annotated date expressions
 * resolve to the right date and precision, which events the annotation does not list, and which
 * annotated non-dates ("recently", a header date, a video length) wrongly became events.
 */
import type { CorpusDocument, TextSpan } from '../model';
import type { TimelineEvent } from '../extraction/types';
import type { AnnotatedDate, DateAnnotation } from './annotations';

export interface DateScore {
  correct: number;
  total: number;
  /** `correct / total` (1 when nothing is annotated). */
  accuracy: number;
  /** Annotated expressions resolved wrongly or not found as events, one line each. */
  errors: string[];
  /** Events whose date words overlap no annotated expression (reported, not scored). */
  unlisted: string[];
  /** Annotated non-dates that became events. */
  negativeHits: string[];
  /** Annotation entries whose text is not in the document (fix the annotation). */
  problems: string[];
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const overlaps = (a: TextSpan, b: TextSpan): boolean => a.start < b.end && b.start < a.end;

/**
 * Where an annotated expression stands: the first occurrence of its text from its sentence on.
 * Sentences are looked for in the body only: a header title often repeats the first sentence.
 */
function spanOf(doc: CorpusDocument, a: AnnotatedDate): TextSpan | string {
  const anchor = doc.text.indexOf(a.sentenceStartsWith, doc.bodyStart);
  if (anchor < 0) return `${a.file}: sentence not found: "${a.sentenceStartsWith}"`;
  const start = doc.text.indexOf(a.dateText, anchor);
  if (start < 0) return `${a.file}: "${a.dateText}" not found after "${a.sentenceStartsWith}"`;
  return { start, end: start + a.dateText.length };
}

/**
 * Scores `events` (whose `documentId` is the annotated file name) of the documents in `docs`
 * (keyed by file name) against the annotation.
 */
export function scoreDates(docs: ReadonlyMap<string, CorpusDocument>, events: readonly TimelineEvent[], annotation: DateAnnotation): DateScore {
  const byFile = new Map<string, TimelineEvent[]>();
  for (const e of events) byFile.set(e.documentId, [...(byFile.get(e.documentId) ?? []), e]);
  const problems: string[] = [];
  const errors: string[] = [];
  const listed = new Map<string, TextSpan[]>();
  let correct = 0;
  let total = 0;
  for (const a of annotation.expressions) {
    const doc = docs.get(a.file);
    if (!doc) {
      problems.push(`${a.file}: not in the corpus`);
      continue;
    }
    const span = spanOf(doc, a);
    if (typeof span === 'string') {
      problems.push(span);
      continue;
    }
    listed.set(a.file, [...(listed.get(a.file) ?? []), span]);
    total++;
    const hit = (byFile.get(a.file) ?? []).find((e) => overlaps(e.dateSpan, span));
    if (hit && hit.date === a.expected && hit.precision === a.precision) correct++;
    else errors.push(`${a.file}: "${a.dateText}" expected ${a.expected} (${a.precision}), got ${hit ? `${hit.date} (${hit.precision})` : 'nothing'}`);
  }
  const unlisted: string[] = [];
  for (const file of new Set(annotation.expressions.map((a) => a.file))) {
    for (const e of byFile.get(file) ?? []) {
      if (!(listed.get(file) ?? []).some((s) => overlaps(e.dateSpan, s))) unlisted.push(`${file}: "${e.dateText}" → ${e.date}`);
    }
  }
  const negativeHits: string[] = [];
  for (const n of annotation.negatives) {
    const doc = docs.get(n.file);
    if (!doc) {
      problems.push(`${n.file}: not in the corpus`);
      continue;
    }
    let from = 0;
    let to = doc.text.length;
    if (n.sentenceStartsWith) {
      const anchor = doc.text.indexOf(n.sentenceStartsWith, doc.bodyStart);
      if (anchor < 0) {
        problems.push(`${n.file}: sentence not found: "${n.sentenceStartsWith}"`);
        continue;
      }
      const sentence = doc.sentences.find((s) => s.start <= anchor && anchor < s.end);
      [from, to] = sentence ? [sentence.start, sentence.end] : [anchor, anchor + 300];
    }
    const pattern = new RegExp(`(?<!\\w)${escapeRegExp(n.text)}(?!\\w)`, 'gi');
    const occurrences = [...doc.text.slice(from, to).matchAll(pattern)].map((m) => from + m.index);
    if (occurrences.length === 0) problems.push(`${n.file}: negative "${n.text}" not found`);
    for (const start of occurrences) {
      const event = (byFile.get(n.file) ?? []).find((e) => overlaps(e.dateSpan, { start, end: start + n.text.length }));
      if (event) negativeHits.push(`${n.file}: "${n.text}" (${n.why}) became "${event.dateText}" → ${event.date}`);
    }
  }
  return { correct, total, accuracy: total ? correct / total : 1, errors, unlisted, negativeHits, problems };
}
