/**
 * Exact-phrase matching on normalised text. The index only narrows the candidates; the words
 * that make a quotation exact (stop words, order, punctuation) are checked here, on the text.
 */
import type { TextSpan } from '../model';
import { isWordChar, normalize, normalizeWithMap, toOriginalSpan } from './normalize';
import { type Ranked, toResult } from './rank';
import { forEachToken } from './tokenize';
import type { SearchResult } from './types';

const OPENING = new Set(['"', '\u201C', '\u201E', '\u201F', '\u00AB']);
const CLOSING = new Set(['"', '\u201D', '\u201C', '\u00BB']);

/**
 * The text inside a query wrapped in double quotes (straight or curly), or null when the query is
 * not wrapped. Only the outer pair counts: `"a" and "b"` is wrapped too, as a phrase with quotes
 * inside, which is what a pasted quotation with inner quotes looks like.
 *
 * ```ts
 * unquote('“strategic failure”') // → 'strategic failure'
 * unquote('strategic failure')   // → null
 * ```
 */
export function unquote(query: string): string | null {
  const trimmed = query.trim();
  if (trimmed.length < 2 || !OPENING.has(trimmed[0]) || !CLOSING.has(trimmed[trimmed.length - 1])) return null;
  return trimmed.slice(1, -1);
}

/** A phrase prepared once per query: its normalised form, trimmed. */
export function preparePhrase(phrase: string): string {
  return normalize(phrase).trim();
}

/**
 * Start indices of `phrase` in `haystack` (both normalised) where it stands on word
 * boundaries, so "war" does not match inside "award".
 */
export function findPhrase(haystack: string, phrase: string): number[] {
  const found: number[] = [];
  if (!phrase) return found;
  const checkStart = isWordChar(phrase[0]);
  const checkEnd = isWordChar(phrase[phrase.length - 1]);
  for (let at = haystack.indexOf(phrase); at !== -1; at = haystack.indexOf(phrase, at + 1)) {
    if (checkStart && isWordChar(haystack[at - 1])) continue;
    if (checkEnd && isWordChar(haystack[at + phrase.length])) continue;
    found.push(at);
  }
  return found;
}

/**
 * Spans of `phrase` (prepared with {@link preparePhrase}) inside `text`, relative to `text`;
 * empty when the phrase does not occur. The cheap normalisation runs first so that the offset
 * map is only built for texts that do contain the phrase.
 */
export function phraseSpans(text: string, phrase: string): TextSpan[] {
  if (findPhrase(normalize(text), phrase).length === 0) return [];
  const mapped = normalizeWithMap(text);
  return findPhrase(mapped.text, phrase).map((at) => toOriginalSpan(mapped, at, at + phrase.length));
}

/** A phrase query: the phrase prepared for matching, its words, and the content words of them. */
export interface PhraseQuery {
  phrase: string;
  /** Every word's term, stop words included (the result's `terms`). */
  words: Set<string>;
  /** The terms the index can narrow candidates by (stop words left out); may be empty. */
  terms: Set<string>;
}

/** The phrase inside a query (quotes already removed), or null when it holds no words. */
export function phraseQuery(phraseText: string): PhraseQuery | null {
  const phrase = preparePhrase(phraseText);
  const words = new Set<string>();
  const terms = new Set<string>();
  forEachToken(phraseText, (term, _start, _end, stop) => {
    words.add(term);
    if (!stop) terms.add(term);
  });
  return !phrase || words.size === 0 ? null : { phrase, words, terms };
}

/** The candidates, in their order, that really hold the phrase, with its spans highlighted; at most `limit`. */
export function verifyPhrase(query: PhraseQuery, candidates: Iterable<Ranked>, limit: number): SearchResult[] {
  const results: SearchResult[] = [];
  for (const { passage, score } of candidates) {
    const spans = phraseSpans(passage.text, query.phrase);
    if (spans.length === 0) continue;
    const highlights = spans.map((s) => ({ start: passage.start + s.start, end: passage.start + s.end }));
    results.push(toResult(passage, score, [...query.words], highlights));
    if (results.length === limit) break;
  }
  return results;
}
