/** Small text helpers shared by the actor rules: tokens, slugs and name normalisation. */

import type { Sentence } from '../../model';

/** A word of a sentence with its offsets in the document text. */
export interface Token {
  /** The word, possessive ending removed ("Russia" for "Russia’s"). */
  text: string;
  start: number;
  /** End of {@link text}; the possessive ending, when present, lies after it. */
  end: number;
  /** Starts with an upper-case letter (or is an acronym such as U.S.). */
  cap: boolean;
  /** A `.` follows directly (abbreviations such as Mr., Gen.). */
  dot: boolean;
  possessive: boolean;
}

// Acronyms with dots first so "U.S." stays one token; words may hold inner hyphens/apostrophes.
const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu;
const UPPER_RE = /^\p{Lu}/u;

/** Splits `text.slice(from, to)` into word tokens with absolute offsets. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const slice = text.slice(from, to);
  const tokens: Token[] = [];
  for (const m of slice.matchAll(TOKEN_RE)) {
    let word = m[0];
    const start = from + (m.index ?? 0);
    let possessive = false;
    // "Putin's", and "PUTIN'S" in a headline in capitals.
    if ((/[’']s$/u.test(word) || /^\p{Lu}+[’']S$/u.test(word)) && word.length > 2) {
      word = word.slice(0, -2);
      possessive = true;
    }
    const end = start + word.length;
    const after = text[start + m[0].length];
    tokens.push({ text: word, start, end, cap: UPPER_RE.test(word), dot: after === '.' && !word.endsWith('.'), possessive });
  }
  return tokens;
}

/** Lower case without accents: `Sébastien` → `sebastien`, `Danił` → `danil`. */
export function foldLetters(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // Letters with a stroke do not decompose: "Danił" is "Danil", "Søren" is "Soren".
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/đ/g, 'd');
}

/** Lower-case ASCII slug used in actor ids (`Sébastien Roblin` → `sebastien-roblin`). */
export function slug(name: string): string {
  return foldLetters(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The actor id contract: `${kind}:${slug(name)}`. */
export function actorId(kind: string, name: string): string {
  return `${kind}:${slug(name)}`;
}

/** Key for comparing names typed by people: case, accents, dots and apostrophes ignored. */
export function nameKey(name: string): string {
  return slug(name.replace(/[’']s$/u, ''));
}

/** Trims punctuation, brackets, quotes and a possessive ending off both ends of a span. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /[^\p{L}\p{N}]/u.test(text[start])) start++;
  while (end > start && /[^\p{L}\p{N}.]/u.test(text[end - 1])) end--;
  // A final dot belongs to the span only for acronyms (U.S.) and initials.
  if (end > start && text[end - 1] === '.' && !/(?:\p{Lu}\.)+$/u.test(text.slice(start, end))) end--;
  if (/[’']s$/u.test(text.slice(start, end)) && end - start > 2) end -= 2;
  return { start, end };
}

/** Whether only opening quotation marks or brackets stand between `sentenceStart` and `at`. */
export function opensSentence(text: string, sentenceStart: number, at: number): boolean {
  return !/\S/.test(text.slice(sentenceStart, at).replace(/[“"‘'(]/g, ''));
}

/** Index of the sentence holding `offset`, or -1 when it lies outside every sentence. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < sentences[mid].start) hi = mid - 1;
    else if (offset >= sentences[mid].end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

