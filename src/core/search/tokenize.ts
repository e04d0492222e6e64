/**
 * Splits raw text into index terms with their original offsets. It works on the text as written
 * (not on normalised text) so that highlight offsets need no mapping; each word is normalised on
 * its own with {@link normalize}.
 *
 * Rules, all applied alike to documents and queries so both sides agree:
 * - `U.S.`, `US` → `us` (kept, although lower-case "us" is a stop word); `e.g.` → `eg`.
 * - `Russia’s` → `russia`; contractions lose their suffix (`he'll` → `he`); other apostrophes
 *   vanish (`O’Brien` → `obrien`, `don't` → `dont`).
 * - `pro-Russian` → `pro`, `russian` and the compound `prorussian`, so "email" finds "e-mail".
 * - `1,000` → `1000`; `3.5` stays `3.5`.
 */
import { normalize } from './normalize';
import { ACRONYM_STOP_WORDS, STOP_WORDS } from './stopWords';

/** One term of a text, at `[start, end)` of that text. */
export interface Token {
  term: string;
  start: number;
  end: number;
  /** A stop word: left out of the index and of word queries. */
  stop: boolean;
}

const W = '[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}]*';
const TOKEN_RE = new RegExp(
  // Acronyms with periods: single letters each followed by a period, standing alone.
  `(?<![\\p{L}\\p{N}\\p{M}])(?:\\p{L}\\p{M}*\\.){2,}(?![\\p{L}\\p{N}])` +
    // Words, joined through apostrophes and hyphens, and numbers through , and . (1,000.5).
    `|${W}(?:['\u2019\u02BC\\-\u2010\u2011]${W}|(?<=\\p{N})[.,]\\p{N}+)*`,
  'gu',
);
const HYPHEN_RE = /[-\u2010\u2011]/;
const APOSTROPHE_RE = /['\u2019\u02BC]/;
const APOSTROPHES_RE = /['\u2019\u02BC]/g;
/** Suffixes after an apostrophe that are dropped: possessive 's and contractions. */
const CLITICS = new Set(['s', 'll', 're', 've', 'd', 'm']);
const ASCII_RE = /^[\x20-\x7e]*$/;

function fold(raw: string): string {
  return ASCII_RE.test(raw) ? raw.toLowerCase() : normalize(raw);
}

/** The term of one word without hyphens (possessives and contractions dropped, digits grouped). */
function wordTerm(raw: string): string {
  let term = fold(raw);
  if (APOSTROPHE_RE.test(term)) {
    const last = Math.max(term.lastIndexOf("'"), term.lastIndexOf('\u2019'), term.lastIndexOf('\u02BC'));
    if (CLITICS.has(term.slice(last + 1))) term = term.slice(0, last);
    term = term.replace(APOSTROPHES_RE, '');
  }
  if (term.includes(',')) term = term.replace(/,/g, '');
  return term;
}

function isCapitals(raw: string): boolean {
  return raw.length >= 2 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
}

function isStop(term: string, raw: string): boolean {
  return STOP_WORDS.has(term) && !(ACRONYM_STOP_WORDS.has(term) && isCapitals(raw));
}

/**
 * Calls `visit` for every term of `text` in order, stop words included (flagged), with offsets
 * into `text`. A hyphenated word yields its parts, then the compound over the whole word.
 */
export function forEachToken(
  text: string,
  visit: (term: string, start: number, end: number, stop: boolean) => void,
): void {
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    if (raw.endsWith('.') && raw.length > 1 && !/\p{N}/u.test(raw)) {
      visit(fold(raw.replace(/\./g, '')), start, end, false);
      continue;
    }
    if (!HYPHEN_RE.test(raw)) {
      const term = wordTerm(raw);
      if (term) visit(term, start, end, isStop(term, raw));
      continue;
    }
    let compound = '';
    let partStart = start;
    for (const part of raw.split(HYPHEN_RE)) {
      const term = wordTerm(part);
      if (term) visit(term, partStart, partStart + part.length, isStop(term, part));
      compound += term;
      partStart += part.length + 1;
    }
    if (compound) visit(compound, start, end, false);
  }
}

/** Every term of `text` with offsets, stop words included and flagged. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  forEachToken(text, (term, start, end, stop) => tokens.push({ term, start, end, stop }));
  return tokens;
}

/**
 * The terms of `text` as the index stores them: stop words removed, repeats kept (they count
 * towards term frequency).
 *
 * ```ts
 * indexTerms('The U.S. said Russia’s war was a “strategic failure”.')
 * // → ['us', 'said', 'russia', 'war', 'strategic', 'failure']
 * ```
 */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  forEachToken(text, (term, _start, _end, stop) => {
    if (!stop) terms.push(term);
  });
  return terms;
}
