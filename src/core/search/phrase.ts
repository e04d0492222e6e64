/**
 * Exact-phrase matching on normalised text. The index only narrows the candidates; the words
 * that make a quotation exact (stop words, order, punctuation) are checked here, on the text.
 */
import type { TextSpan } from '../model';
import { isWordChar, normalize, normalizeWithMap, toOriginalSpan } from './normalize';

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
