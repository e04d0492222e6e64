/**
 * Title and role patterns: "Defense Secretary Lloyd Austin", "Russian Deputy Foreign Minister
 * Sergei Ryabkov", "Secretaries Blinken and Austin", "Michael Mullen, former Chairman of …".
 * The title becomes a role of the person; the mention covers the name only.
 */
import { DEMONYMS, GAZETTEER_BY_VARIANT } from './gazetteer';
import { CALENDAR, INSTITUTION_HEADS, NOT_NAMES, SPEECH_VERBS, TITLE_ABBREVIATIONS, TITLE_CONNECTORS, TITLE_HEADS, TITLE_MODIFIERS } from './lexicon';
import type { Token } from './text';

/** A person found after (or before) a title. */
export interface TitledName {
  /** Mention span (the name only). */
  start: number;
  end: number;
  /** Start of the whole name, before the mention when an editor's bracket splits it ("Jake] Sullivan"). */
  nameStart: number;
  /** Full name, which may be longer than the mention when an editor's bracket splits it. */
  name: string;
  role: string;
}

// Newsrooms write "Pentagon spokesman John Kirby" in lower case; still a title before a name.
const LOWER_HEADS = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

function isTitleWord(t: Token): boolean {
  return TITLE_HEADS.has(t.text) || TITLE_MODIFIERS.has(t.text) || LOWER_HEADS.has(t.text) || (t.dot && TITLE_ABBREVIATIONS.has(t.text));
}

function isHead(t: Token): boolean {
  return TITLE_HEADS.has(t.text) || LOWER_HEADS.has(t.text) || (t.dot && TITLE_ABBREVIATIONS.has(t.text));
}

/** A capitalised word that can be part of a person's name (or an initial such as "D."). */
export function isNameWord(t: Token): boolean {
  if (!t.cap || isTitleWord(t) || DEMONYMS.has(t.text)) return false;
  const lower = t.text.toLowerCase();
  if (NOT_NAMES.has(lower) || CALENDAR.has(lower) || SPEECH_VERBS.has(lower)) return false;
  return /^\p{Lu}[\p{L}’'-]*$/u.test(t.text) || /^\p{Lu}$/u.test(t.text);
}

/** Only spaces (or an editor's closing bracket and spaces) between two tokens. */
function gap(text: string, a: Token, b: Token, allowBracket: boolean): 'space' | 'bracket' | null {
  const between = text.slice(a.end + (a.possessive ? 2 : 0) + (a.dot ? 1 : 0), b.start);
  if (/^\s+$/.test(between) && !a.possessive) return 'space';
  if (allowBracket && /^\]\s+$/.test(between)) return 'bracket';
  return null;
}

/** Reads the run of name words from index `i`; returns the tokens and where the mention starts. */
function readName(text: string, tokens: Token[], i: number): { words: Token[]; mentionFrom: number } | null {
  const words: Token[] = [];
  let mentionFrom = 0;
  for (let k = i; k < tokens.length && words.length < 4; k++) {
    const t = tokens[k];
    if (!isNameWord(t)) break;
    if (words.length > 0) {
      const g = gap(text, words[words.length - 1], t, true);
      if (!g) break;
      if (g === 'bracket') mentionFrom = words.length;
    }
    words.push(t);
    if (t.possessive) break;
  }
  // An initial alone, or a name that is a known place or organisation, is not a person.
  while (words.length > 0 && /^\p{Lu}$/u.test(words[words.length - 1].text)) words.pop();
  if (words.length === 0) return null;
  // "UN General Assembly", "General Staff": an institution, not a general named Assembly.
  if (words.some((w) => INSTITUTION_HEADS.has(w.text))) return null;
  const joined = words.map((w) => w.text).join(' ');
  const known = GAZETTEER_BY_VARIANT.get(joined.toLowerCase());
  if (known && known.kind !== 'person') return null;
  return { words, mentionFrom: Math.min(mentionFrom, words.length - 1) };
}

/**
 * Tokens after a title's last word that are "of" and a known country or organisation (one or two
 * words), when a name follows them; 0 otherwise.
 */
function trailingOfQualifier(text: string, tokens: Token[], lastTitle: number): number {
  const of = tokens[lastTitle + 1];
  if (of?.text !== 'of' || !gap(text, tokens[lastTitle], of, false)) return 0;
  for (const size of [2, 1]) {
    const words = tokens.slice(lastTitle + 2, lastTitle + 2 + size);
    if (words.length < size || !words.every((w) => w.cap) || words[size - 1].possessive) continue;
    if (!words.every((w, k) => gap(text, k === 0 ? of : words[k - 1], w, false))) continue;
    const entry = GAZETTEER_BY_VARIANT.get(words.map((w) => w.text).join(' ').toLowerCase());
    if (!entry || entry.kind === 'person') continue;
    const after = tokens[lastTitle + 2 + size];
    if (after && isNameWord(after) && gap(text, words[size - 1], after, false)) return 1 + size;
  }
  return 0;
}

/** Extends a role to the left over a country, organisation or demonym qualifier ("Russian", "NATO", "Russia’s"). */
function qualifierStart(text: string, tokens: Token[], i: number): number {
  const prev = tokens[i - 1];
  if (!prev || !gapOk(text, prev, tokens[i])) return tokens[i].start;
  if (DEMONYMS.has(prev.text)) return prev.start;
  const entry = GAZETTEER_BY_VARIANT.get(prev.text.toLowerCase());
  if (entry && entry.kind !== 'person' && prev.cap) return prev.start;
  const prev2 = tokens[i - 2];
  if (prev2 && gapOk(text, prev2, prev)) {
    const two = GAZETTEER_BY_VARIANT.get(`${prev2.text} ${prev.text}`.toLowerCase());
    if (two && two.kind === 'organization') return prev2.start;
  }
  return tokens[i].start;
}

function gapOk(text: string, a: Token, b: Token): boolean {
  const between = text.slice(a.end + (a.possessive ? 2 : 0), b.start);
  return /^\s+$/.test(between) || (a.possessive && /^\s+$/.test(between));
}

function singular(role: string): string {
  return role.replace(/ies\b/, 'y').replace(/(Minister|President|General|Senator)s\b/, '$1');
}

/** Finds every title + name in a sentence's tokens. */
export function findTitledNames(text: string, tokens: Token[]): TitledName[] {
  const found: TitledName[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isTitleWord(tokens[i])) {
      i++;
      continue;
    }
    // Longest run of title words and inner connectors that contains a head word.
    let j = i;
    let lastTitle = i;
    while (j + 1 < tokens.length && gap(text, tokens[j], tokens[j + 1], false)) {
      const next = tokens[j + 1];
      if (isTitleWord(next)) lastTitle = j + 1;
      else if (!TITLE_CONNECTORS.has(next.text)) break;
      j++;
    }
    const run = tokens.slice(i, lastTitle + 1);
    // "Minister of Foreign Affairs of Belarus Vladimir Makei": a country or body closing the title.
    const ofQualifier = run.some(isHead) ? trailingOfQualifier(text, tokens, lastTitle) : 0;
    if (ofQualifier > 0) lastTitle += ofQualifier;
    if (!run.some(isHead) || lastTitle + 1 >= tokens.length || !gap(text, tokens[lastTitle], tokens[lastTitle + 1], false)) {
      i = lastTitle + 1;
      continue;
    }
    const name = readName(text, tokens, lastTitle + 1);
    if (!name) {
      i = lastTitle + 1;
      continue;
    }
    const roleStart = qualifierStart(text, tokens, i);
    const last = tokens[lastTitle];
    const role = singular(text.slice(roleStart, last.end + (last.dot ? 1 : 0)).replace(/\s+/g, ' ').replace(/’/g, "'"));
    const mention = name.words.slice(name.mentionFrom);
    found.push({ start: mention[0].start, end: mention[mention.length - 1].end, nameStart: name.words[0].start, name: name.words.map((w) => w.text).join(' '), role });
    let next = lastTitle + 1 + name.words.length;
    // "Secretaries Blinken and Austin": the plural title covers the second name too.
    if (ofQualifier === 0 && /s$/.test(last.text) && tokens[next]?.text === 'and') {
      const second = readName(text, tokens, next + 1);
      if (second) {
        const w = second.words;
        found.push({ start: w[0].start, end: w[w.length - 1].end, nameStart: w[0].start, name: w.map((x) => x.text).join(' '), role });
        next += 1 + w.length;
      }
    }
    i = next;
  }
  return found;
}

const APPOSITIVE_RE = /^,\s+(?:(?:a|the)\s+)?((?:former|retired|then)\s+)?((?:\p{Lu}[\p{L}.’'-]*|of|the|for|and)(?:\s+(?:\p{Lu}[\p{L}.’'-]*|of|the|for|and))*)\s*[,.;]/u;

/** A role written after the name: "Michael Mullen, former Chairman of the Joint Chiefs of Staff, …". */
export function appositiveRole(text: string, nameEnd: number): string | null {
  const m = APPOSITIVE_RE.exec(text.slice(nameEnd, nameEnd + 120));
  if (!m) return null;
  const words = m[2].split(/\s+/);
  if (!words.some((w) => TITLE_HEADS.has(w))) return null;
  if (!words.every((w) => TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w) || TITLE_CONNECTORS.has(w) || DEMONYMS.has(w) || GAZETTEER_BY_VARIANT.has(w.toLowerCase()))) return null;
  return `${m[1] ?? ''}${m[2]}`.trim();
}
