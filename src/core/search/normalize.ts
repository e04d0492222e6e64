/**
 * Text normalisation shared by indexing, querying and phrase verification, so that a quotation
 * typed with straight quotes finds a source set with curly ones, "Sebastien" finds "Sébastien",
 * and a line break inside a sentence does not break a phrase.
 *
 * `normalize("Russia’s  “strategic—failure”")` → `russia's "strategic-failure"`
 *
 * Normalisation may change lengths (a decomposed accent disappears, `ß` becomes `ss`, runs of
 * white space become one space), so {@link normalizeWithMap} also returns where every normalised
 * character came from, letting phrase matches be reported as exact original offsets.
 */
import type { TextSpan } from '../model';

/** Normalised text plus, for each of its characters, the original span it was produced from. */
export interface NormalizedText {
  text: string;
  /** `starts[i]`: index in the original text where the source of character `i` begins. */
  starts: number[];
  /** `ends[i]`: index in the original text just after the source of character `i`. */
  ends: number[];
}

const SINGLE_QUOTES = new Set(['\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC', '\u00B4', '\uFF07']);
const DOUBLE_QUOTES = new Set(['\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB', '\uFF02']);
const DASHES = new Set(['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D']);
/** Characters that are invisible in print; dropping them lets "co\u00ADoperate" match "cooperate". */
const INVISIBLE = new Set(['\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF']);
/** Letters that Unicode does not decompose but readers treat as accented Latin letters. */
const EXTRA_FOLDS: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i',
};
const EXTRA_FOLDS_RE = /[ßæœøłđðþı]/g;
const MARK_RE = /\p{M}/u;
const MARKS_RE = /\p{M}/gu;
const SPACE_RE = /^\s+$/u;
/** Printable ASCII with single spaces: lower-casing is the whole normalisation. */
const SIMPLE_ASCII_RE = /^(?:[!-~]| (?! ))*$/;

const unitCache = new Map<string, string>();
/** 0 unknown, 1 combining mark, 2 not; a lookup table because this runs once per character. */
const markTable = new Uint8Array(0x10000);

function isMark(code: number): boolean {
  if (code < 0x300) return false;
  let known = markTable[code];
  if (known === 0) {
    known = MARK_RE.test(String.fromCharCode(code)) ? 1 : 2;
    markTable[code] = known;
  }
  return known === 1;
}

/** Folds one non-ASCII character together with the combining marks that follow it. */
function foldUnit(unit: string): string {
  const cached = unitCache.get(unit);
  if (cached !== undefined) return cached;
  const first = String.fromCodePoint(unit.codePointAt(0) ?? 0);
  let folded: string;
  if (INVISIBLE.has(first)) folded = '';
  else if (SINGLE_QUOTES.has(first)) folded = "'";
  else if (DOUBLE_QUOTES.has(first)) folded = '"';
  else if (DASHES.has(first)) folded = '-';
  else if (SPACE_RE.test(first)) folded = ' ';
  else {
    folded = unit.normalize('NFKD').replace(MARKS_RE, '').toLowerCase();
    folded = folded.replace(EXTRA_FOLDS_RE, (c) => EXTRA_FOLDS[c]);
    // Spacing accents (¨, ¸) decompose to a space plus a mark; keep them as symbols instead.
    if (folded.trim() === '' && !MARK_RE.test(first)) folded = unit.toLowerCase();
  }
  if (unitCache.size < 10_000) unitCache.set(unit, folded);
  return folded;
}

function foldAscii(code: number): string {
  if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
  if (code === 32 || (code >= 9 && code <= 13)) return ' ';
  return String.fromCharCode(code);
}

function run(text: string, map: NormalizedText | null): string {
  const out: string[] = [];
  let outLength = 0;
  let lastWasSpace = false;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    let j = i + (code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1);
    while (j < n && isMark(text.charCodeAt(j))) j++;
    const folded = code < 128 && j === i + 1 ? foldAscii(code) : foldUnit(text.slice(i, j));
    if (folded === ' ') {
      if (lastWasSpace) {
        if (map) map.ends[outLength - 1] = j;
        i = j;
        continue;
      }
      lastWasSpace = true;
    } else if (folded !== '') {
      lastWasSpace = folded.endsWith(' ');
    }
    out.push(folded);
    if (map) {
      for (let k = 0; k < folded.length; k++) {
        map.starts.push(i);
        map.ends.push(j);
      }
    }
    outLength += folded.length;
    i = j;
  }
  return out.join('');
}

/**
 * Case-folds, unifies quotes (’ → ') and dashes (– — ‑ → -), drops diacritics and invisible
 * characters, and collapses white space to single spaces. Leading and trailing space is kept
 * (as one space) so offsets stay simple; trim the result when that matters.
 *
 * ```ts
 * normalize('Sébastien’s  “plan”') // → `sebastien's "plan"`
 * ```
 */
export function normalize(text: string): string {
  if (SIMPLE_ASCII_RE.test(text)) return text.toLowerCase();
  return run(text, null);
}

/** {@link normalize}, plus the original span of every normalised character. */
export function normalizeWithMap(text: string): NormalizedText {
  const map: NormalizedText = { text: '', starts: [], ends: [] };
  map.text = run(text, map);
  return map;
}

/**
 * Maps the half-open span `[start, end)` of `normalized.text` back to the original text. The end
 * lands after the whole source of the last character, so an accent written as a separate
 * combining mark stays inside the span.
 */
export function toOriginalSpan(normalized: NormalizedText, start: number, end: number): TextSpan {
  if (end <= start) {
    const at = start < normalized.starts.length ? normalized.starts[start] : (normalized.ends.at(-1) ?? 0);
    return { start: at, end: at };
  }
  return { start: normalized.starts[start], end: normalized.ends[end - 1] };
}

/** True for a letter or digit of normalised text; used for word boundaries in phrase matching. */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return /[\p{L}\p{N}\p{M}]/u.test(ch);
}
