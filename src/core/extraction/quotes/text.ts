/**
 * Small text helpers for cue finding: where a sentence starts when looking back from a quotation,
 * and a copy of the text with quoted words blanked so that words inside quotations ("as
 * Secretary Austin said") are never taken for a cue.
 */
import type { TextSpan } from '../../model';

/** Stands in for every quoted character in a masked text; neither a letter nor punctuation. */
export const MASK = '\u0001';

// Words that end in a period without ending the sentence.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'sgt',
  'st',
  'jr',
  'sr',
  'inc',
  'corp',
  'co',
  'ltd',
  'vs',
  'no',
  'adm',
  'capt',
  'maj',
  'prof',
  'rev',
  'hon',
  'amb',
  'pres',
  'ft',
  'mt',
  'u.s',
  'u.k',
  'u.n',
  'e.g',
  'i.e',
  'etc',
  'jan',
  'feb',
  'aug',
  'sept',
  'sep',
  'oct',
  'nov',
  'dec',
]);

/**
 * Returns `text` with the characters of every span (marks included) replaced by {@link MASK}, so
 * offsets stay the same.
 */
export function maskSpans(text: string, spans: readonly TextSpan[]): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const s of sorted) {
    const from = Math.max(s.start, at);
    if (s.end <= from) continue;
    out += text.slice(at, from) + MASK.repeat(s.end - from);
    at = s.end;
  }
  return out + text.slice(at);
}

const FIRM_SUFFIX_BEFORE = /\b(?:Co|Corp|Inc|Ltd|Bros)$/;

/** Whether the period at `dot` ends an abbreviation or initial rather than a sentence. */
export function isAbbreviationBefore(text: string, dot: number): boolean {
  const m = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot));
  if (!m) return false;
  const word = m[1].replace(/^\.+/, '').toLowerCase();
  // Single letters are initials ("George W. Bush") or part of "U.S.".
  return word.length === 1 || ABBREVIATIONS.has(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

/**
 * Whether position `i` of the masked text ends a sentence: sentence punctuation (possibly inside
 * a closing mark) followed by space and a capital, digit or opening mark.
 */
const TIGHT_START = new RegExp(`^(?:${MASK}|\\p{Lu}\\p{Ll})`, 'u');

export function endsSentence(masked: string, original: string, i: number): boolean {
  const c = masked[i];
  let end = i;
  if (c === '.' || c === '!' || c === '?') {
    // "a director of Lucky Securities Co. “The fund is …”": a firm's suffix before a quotation that
    // opens with a capital ends the sentence ("said Acme Co. “will not survive …”" goes on).
    if (c === '.' && isAbbreviationBefore(original, i) && !(FIRM_SUFFIX_BEFORE.test(original.slice(Math.max(0, i - 6), i)) && /^\s+[\p{Pi}"]\p{Lu}/u.test(original.slice(i + 1, i + 5)))) return false;
  } else if (c === MASK && /[.!?]/.test(original[i - 1] ?? '') && /["”’']/.test(original[i] ?? '')) {
    // A masked quotation that ended its sentence (“… strategy.” A diplomat said).
    end = i;
  } else return false;
  const after = /^\s+(.)/u.exec(masked.slice(end + 1, end + 4));
  // Copy that lost its spaces ("Zarycz.As he said", "carefully."It's", "structures"."Russia",
  // "edge."He"): a lower-case word or a quotation ends, and a quotation or a capitalised word starts.
  const tight = c === MASK || masked[i - 1] === MASK || /\p{Ll}/u.test(original[i - 1] ?? '');
  if (!after && tight) return TIGHT_START.test(masked.slice(i + 1, i + 3));
  if (!after) return end + 1 >= masked.length;
  return after[1] === MASK || /[\p{Lu}\p{N}“"‘'(]/u.test(after[1]);
}

/** Start of the sentence holding `pos`, searching back no further than `limit`. */
export function sentenceStartBefore(masked: string, original: string, pos: number, limit: number): number {
  for (let i = pos - 1; i >= limit; i--) {
    if (endsSentence(masked, original, i)) {
      let s = i + 1;
      while (s < pos && /\s/.test(masked[s])) s++;
      return s;
    }
  }
  return limit;
}

/** End of the sentence holding `pos` (exclusive), searching no further than `limit`. */
export function sentenceEndAfter(masked: string, original: string, pos: number, limit: number): number {
  for (let i = pos; i < limit; i++) {
    if (endsSentence(masked, original, i)) return i + 1;
  }
  return limit;
}

/** Word tokens of a phrase, lower-cased, for matching descriptions against names and roles. */
export function lowerWords(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * A pattern for a preposition (and "the") ending a stretch, so a name right after it is an object,
 * not a subject ("talking to Xi", "the report on Russia"); `more` adds prepositions a caller needs.
 */
export function objectBefore(...more: string[]): RegExp {
  return new RegExp(`\\b(?:${['to', 'with', 'about', 'against', 'from', 'for', 'by', 'at', 'on', 'toward', 'towards', 'than', ...more].join('|')})\\s+(?:the\\s+)?$`, 'i');
}

/** Words of letters and digits in a stretch of text ("U.S." is two). */
export function wordCount(s: string): number {
  return s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** Whether a paragraph is set in capitals (a headline or teaser of another story). */
export function isShouting(paragraph: string): boolean {
  return !/\p{Ll}/u.test(paragraph) && /\p{Lu}{2}/u.test(paragraph);
}

/** Where the last sentence of `s` starts: after its last full stop and space, or line break (0 when none). */
export function lastSentenceStart(s: string): number {
  let start = 0;
  for (const b of s.matchAll(/[.!?]["”’]?\s+|\n/g)) start = b.index + b[0].length;
  return start;
}
