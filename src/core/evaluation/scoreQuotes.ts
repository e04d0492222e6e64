/**
 * Scores quotations against a {@link QuoteAnnotation}: detection precision and recall, the
 * speaker of each found quotation (and of those by named people apart), flags, and annotated
 * non-quotations (scare quotes) that wrongly came out as quotations.
 */
import type { Actor, Quote } from '../extraction/types';
import type { AnnotatedQuote, QuoteAnnotation } from './annotations';
import { f1Of } from './scoreActors';

export interface QuoteScore {
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Found quotations the annotation gives to a named person, and how many of them are right. */
  namedPerson: { right: number; total: number; accuracy: number };
  /** Over all found quotations: the right speaker, null instead of one, a wrong one. */
  speakers: { right: number; abstained: number; wrong: number };
  flagsRight: number;
  /** Annotated non-quotations that came out as quotations. */
  nonQuoteHits: string[];
  /** One line each: `missed`, `extra`, `speaker` and `flags` entries. */
  errors: string[];
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

function sameQuote(found: Quote, expected: AnnotatedQuote): boolean {
  const f = squash(found.text);
  const e = squash(expected.text);
  return f.startsWith(e) || (f.length >= 10 && e.startsWith(f));
}

function normName(s: string): string {
  return s
    .toLowerCase()
    .replace(/\bu\.s\.?/g, 'us')
    .replace(/^(?:a|an|the)\s+/, '')
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .trim();
}

/** Same person by surname; for sources and organisations, one description holding the other. */
function sameSpeaker(found: Quote, expected: AnnotatedQuote, actors: ReadonlyMap<string, Actor>): boolean {
  if (expected.speaker === null) return found.speaker === null;
  if (!found.speaker || !found.speakerName) return false;
  const want = normName(expected.speaker);
  const names = [found.speakerName, ...(actors.get(found.speaker)?.aliases ?? [])].map(normName);
  if (expected.namedPerson) return names.some((n) => n.split(' ').pop() === want.split(' ').pop());
  return names.some((n) => n === want || n.includes(want) || want.includes(n));
}

/**
 * Scores `quotes` (whose `documentId` is the annotated file name) against the annotation;
 * `actors` gives the speakers' aliases.
 */
export function scoreQuotes(quotes: readonly Quote[], actors: readonly Actor[], annotation: QuoteAnnotation): QuoteScore {
  const actorsById = new Map(actors.map((a) => [a.id, a]));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let named = 0;
  let namedRight = 0;
  let right = 0;
  let abstained = 0;
  let wrong = 0;
  let flagsRight = 0;
  const errors: string[] = [];
  const nonQuoteHits: string[] = [];
  for (const [file, a] of Object.entries(annotation.documents)) {
    const found = quotes.filter((q) => q.documentId === file);
    const used = new Set<Quote>();
    for (const e of a.quotes) {
      const hit = found.find((q) => !used.has(q) && sameQuote(q, e));
      if (!hit) {
        fn++;
        errors.push(`missed  ${file}: “${e.text}”`);
        continue;
      }
      used.add(hit);
      tp++;
      const ok = sameSpeaker(hit, e, actorsById);
      if (ok) right++;
      else if (hit.speaker === null) abstained++;
      else wrong++;
      if (e.namedPerson) {
        named++;
        if (ok) namedRight++;
      }
      if (!ok) errors.push(`speaker ${file}: “${e.text}” expected ${e.speaker}, got ${hit.speakerName} (cue: ${hit.cue})`);
      if (e.flags.every((f) => (hit.flags as string[]).includes(f))) flagsRight++;
      else errors.push(`flags   ${file}: “${e.text}” expected ${e.flags.join(',')}, got ${hit.flags.join(',')}`);
    }
    for (const q of found) {
      if (used.has(q)) continue;
      fp++;
      errors.push(`extra   ${file}: “${q.text.slice(0, 40)}”`);
    }
    for (const n of a.nonQuotes) {
      if (found.some((q) => squash(q.text).startsWith(squash(n)))) nonQuoteHits.push(`${file}: “${n}” is not a quotation`);
    }
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return {
    precision,
    recall,
    f1: f1Of(precision, recall),
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    namedPerson: { right: namedRight, total: named, accuracy: named ? namedRight / named : 1 },
    speakers: { right, abstained, wrong },
    flagsRight,
    nonQuoteHits,
    errors,
  };
}
