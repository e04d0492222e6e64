/** Finding the hovered word, the name around it and the words near it in a draft. */
import { isStopWord } from './stopWords';

export interface DraftWord {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;
const WORD_CHAR = /[\p{L}\p{M}\p{N}'’-]/u;

/** All words of `text` (letters and digits, with inner apostrophes and hyphens), with offsets. */
export function wordsIn(text: string, from = 0, to = text.length): DraftWord[] {
  const words: DraftWord[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(WORD)) {
    words.push({ text: m[0], start: from + m.index, end: from + m.index + m[0].length });
  }
  return words;
}

/** The word under `offset` (the character at `offset`, or just before it at a word's end). */
export function wordAt(text: string, offset: number): DraftWord | null {
  if (offset < 0 || offset > text.length) return null;
  let from = offset;
  while (from > 0 && WORD_CHAR.test(text[from - 1])) from--;
  let to = offset;
  while (to < text.length && WORD_CHAR.test(text[to])) to++;
  return wordsIn(text, from, to).find((w) => w.start <= offset && offset <= w.end) ?? null;
}

/**
 * A word worth a hover: not a stop word, at least three characters, or an acronym such as "US"
 * or "EU" (two capitals). Bare numbers need four digits (a year).
 */
export function isMeaningfulWord(word: string): boolean {
  // All capitals is an acronym ("US", "WHO"), not the pronoun or stop word it spells.
  if (/^\p{Lu}{2,}$/u.test(word)) return true;
  if (isStopWord(word)) return false;
  if (/^\p{N}+$/u.test(word)) return word.length >= 4;
  if (word.length >= 3) return true;
  return word.length === 2 && /^\p{Lu}{2}$/u.test(word);
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/**
 * Candidate names around a capitalised hovered word, longest first: in "Defense Secretary Lloyd
 * Austin said", hovering "Austin" gives "Defense Secretary Lloyd Austin", …, "Lloyd Austin",
 * "Austin". Lowercase "of"/"the" may join two capitalised words ("Ministry of Defense").
 */
export function nameCandidates(text: string, word: DraftWord, maxWords = 5): string[] {
  const line = lineAround(text, word.start, word.end);
  const words = wordsIn(text, line.start, line.end);
  const at = words.findIndex((w) => w.start === word.start);
  if (at < 0) return [word.text];
  const joins = (w: DraftWord) => /^(of|the|de|la|al|von|van|bin)$/u.test(w.text);
  const adjacent = (a: DraftWord, b: DraftWord) => /^[ \t]+$/u.test(text.slice(a.end, b.start));
  let first = at;
  while (first > 0 && at - first < maxWords - 1 && adjacent(words[first - 1], words[first]) && (isCapitalized(words[first - 1].text) || (joins(words[first - 1]) && first - 2 >= 0 && isCapitalized(words[first - 2].text)))) first--;
  let last = at;
  while (last + 1 < words.length && last - at < maxWords - 1 && adjacent(words[last], words[last + 1]) && (isCapitalized(words[last + 1].text) || (joins(words[last + 1]) && last + 2 < words.length && isCapitalized(words[last + 2].text)))) last++;
  while (first < at && joins(words[first])) first++;
  while (last > at && joins(words[last])) last--;
  const candidates: { text: string; length: number }[] = [];
  for (let i = first; i <= at; i++) {
    for (let j = at; j <= last; j++) {
      candidates.push({ text: text.slice(words[i].start, words[j].end), length: j - i });
    }
  }
  return candidates.sort((a, b) => b.length - a.length).map((c) => c.text);
}

/** The sentence-ish stretch around a range: bounded by . ! ? or a blank line, within 400 chars. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  const floor = Math.max(0, start - 400);
  const ceil = Math.min(text.length, end + 400);
  let s = start;
  while (s > floor && !/[.!?\n]/.test(text[s - 1])) s--;
  let e = end;
  while (e < ceil && !/[.!?\n]/.test(text[e])) e++;
  return { start: s, end: e };
}

function lineAround(text: string, start: number, end: number): { start: number; end: number } {
  const s = text.lastIndexOf('\n', start - 1) + 1;
  const e = text.indexOf('\n', end);
  return { start: s, end: e < 0 ? text.length : e };
}

/**
 * Up to `max` meaningful words near the range, nearest first, excluding the words themselves:
 * they help rank passages about the same thing, without being required.
 */
export function contextWords(text: string, range: { start: number; end: number }, exclude: Set<string>, max = 8): string[] {
  const sentence = sentenceAround(text, range.start, range.end);
  const center = (range.start + range.end) / 2;
  const seen = new Set(exclude);
  return wordsIn(text, sentence.start, sentence.end)
    .filter((w) => w.end <= range.start || w.start >= range.end)
    .filter((w) => isMeaningfulWord(w.text))
    .sort((a, b) => Math.abs(a.start - center) - Math.abs(b.start - center))
    .map((w) => w.text.toLowerCase())
    .filter((w) => (seen.has(w) ? false : (seen.add(w), true)))
    .slice(0, max);
}
