/**
 * Title and role patterns: "Defense Secretary Lloyd Austin", "Russian Deputy Foreign Minister
 * Sergei Ryabkov", "Secretaries Blinken and Austin", "Michael Mullen, former Chairman of …".
 * The title becomes a role of the person; the mention covers the name only.
 */
import { DEMONYMS, GAZETTEER_BY_VARIANT, GROUP_DEMONYMS } from './gazetteer';
import { CALENDAR, INSTITUTION_HEADS, NAME_PARTICLES, NAME_SUFFIXES, NOT_NAMES, SPEECH_VERBS, TITLE_ABBREVIATIONS, TITLE_CONNECTORS, TITLE_HEADS, TITLE_MODIFIERS, UNDOTTED_TITLES } from './lexicon';
import { isSurnameFirst } from './surnameFirst';
import type { Token } from './text';
import { isTelltaleGivenName } from '../givenNames';

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

// Newsrooms write "Pentagon spokesman John Kirby", "Wagner Group chief Yevgeny Prigozhin" in lower
// case; still a title before a name.
export const LOWER_HEADS = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'chief', 'leader', 'boss', 'founder', 'professor', 'correspondent',
  'commander', 'minister', 'secretary', 'president', 'chancellor', 'ambassador', 'envoy', 'senator', 'governor', 'mayor',
  // Occupations written before a name: "Chinese diplomat Yang Jiechi", "Fox News anchor Tucker Carlson".
  'diplomat', 'anchor', 'host', 'presenter', 'analyst', 'editor', 'researcher', 'journalist', 'reporter', 'columnist',
  'commentator', 'economist', 'historian', 'scholar', 'expert', 'lawyer', 'activist', 'politician', 'lawmaker', 'legislator',
  'strategist', 'adviser', 'advisor', 'negotiator', 'blogger', 'writer', 'author', 'director', 'businessman', 'businesswoman',
  'billionaire', 'oligarch', 'tycoon', 'entrepreneur', 'scientist', 'pollster', 'campaigner', 'dissident',
  // "prosecutor general Andrei Kostin", "attorney general …", "gang leader and warlord …".
  'prosecutor', 'general', 'warlord',
  // "the dictator Omar al-Bashir", "Chad's strongman Idriss Déby".
  'dictator', 'strongman', 'autocrat', 'ruler',
]);
// Heads that are verbs too: "will host Ada Kern" is no host named Ada Kern.
const VERB_HEADS = new Set(['host', 'anchor', 'author']);
const BEFORE_VERBS = new Set(['to', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do', 'not', 'also', 'shall']);

/** "Mr." and "Gen." with their dot; "Mr", "Dr" also without it (British style). */
export function isHonorific(t: Token): boolean {
  return TITLE_ABBREVIATIONS.has(t.text) && (t.dot || UNDOTTED_TITLES.has(t.text));
}

function isTitleWord(t: Token): boolean {
  return TITLE_HEADS.has(t.text) || TITLE_MODIFIERS.has(t.text) || LOWER_HEADS.has(t.text) || isHonorific(t);
}

/** A lower-case head used as a verb ("to host", "will anchor"). */
function verbUse(tokens: Token[], i: number): boolean {
  return VERB_HEADS.has(tokens[i].text) && i > 0 && BEFORE_VERBS.has(tokens[i - 1].text.toLowerCase());
}

function isHead(t: Token): boolean {
  return TITLE_HEADS.has(t.text) || LOWER_HEADS.has(t.text) || isHonorific(t);
}

/** A capitalised word that can be part of a person's name (or an initial such as "D."). */
export function isNameWord(t: Token): boolean {
  // "the Germans said": a people in the plural is a group, never part of a person's name.
  if (!t.cap || isTitleWord(t) || DEMONYMS.has(t.text) || GROUP_DEMONYMS.has(t.text)) return false;
  const lower = t.text.toLowerCase();
  if (NOT_NAMES.has(lower) || CALENDAR.has(lower) || SPEECH_VERBS.has(lower)) return false;
  // "I've told", "We'll": a pronoun's contraction, not a name.
  if (/[’'](?:ve|m|d|ll|re)$/u.test(t.text)) return false;
  return /^\p{Lu}[\p{L}’'-]*$/u.test(t.text) || /^\p{Lu}$/u.test(t.text);
}

/**
 * Initials inside a name: "W." of "George W. Bush", "H.W." of "George H.W. Bush" (a dotted run
 * that is no known acronym such as "U.S.").
 */
export function isMiddleInitial(t: Token): boolean {
  return (/^\p{Lu}$/u.test(t.text) && t.dot) || (/^(?:\p{Lu}\.){2,3}$/u.test(t.text) && !GAZETTEER_BY_VARIANT.has(t.text.toLowerCase()));
}

/** The surname among a name's words: the last, or the one before a generational suffix ("Kennedy Jr"). */
export function surnameOf(words: readonly string[]): string {
  const last = words[words.length - 1] ?? '';
  return words.length > 1 && NAME_SUFFIXES.has(last.replace(/\.$/, '')) ? words[words.length - 2] : last;
}

/**
 * "Julie Bishop", "Larry King": a title word right after a lone given name, closing the name, is
 * a surname ("Queen Elizabeth" has the title first; "Julie Bishop Smith" is left alone).
 */
export function isTitleSurname(words: readonly Token[], t: Token, next: Token | undefined): boolean {
  return words.length === 1 && isTelltaleGivenName(words[0].text) && TITLE_HEADS.has(t.text) && !(next && isNameWord(next));
}

/** Only spaces between two tokens of a name, the dot of an initial allowed ("W. Bush"). */
export function spacedInName(text: string, a: Token, b: Token): boolean {
  return /^\s+$/.test(text.slice(a.end + (a.dot && /^\p{Lu}$/u.test(a.text) ? 1 : 0), b.start));
}

/** Only spaces (or an editor's closing bracket and spaces) between two tokens. */
function gap(text: string, a: Token, b: Token, allowBracket: boolean): 'space' | 'bracket' | null {
  const between = text.slice(a.end + (a.possessive ? 2 : 0) + (a.dot ? 1 : 0), b.start);
  if (/^\s+$/.test(between) && !a.possessive) return 'space';
  if (allowBracket && /^\]\s+$/.test(between)) return 'bracket';
  return null;
}

/** Reads the run of name words from index `i`; returns the tokens and where the mention starts. */
export function readName(text: string, tokens: Token[], i: number): { words: Token[]; mentionFrom: number } | null {
  const words: Token[] = [];
  let mentionFrom = 0;
  for (let k = i; k < tokens.length && words.length < 5; k++) {
    const t = tokens[k];
    // "Ursula von der Leyen": particles inside a name, followed by more of it.
    const particle = words.length > 0 && NAME_PARTICLES.has(t.text) && k + 1 < tokens.length && (isNameWord(tokens[k + 1]) || NAME_PARTICLES.has(tokens[k + 1].text));
    // "Omar al-Bashir", "Abdel Fattah el-Sisi": an Arabic article joined to the surname by a hyphen.
    const joinedParticle = words.length > 0 && HYPHENED_PARTICLE.test(t.text);
    // ("Captain S.R. Wikramanayake": a dotted run may open the name too.)
    const initials = isMiddleInitial(t) && t.text.length > 1 && k + 1 < tokens.length && isNameWord(tokens[k + 1]);
    // "Vice Premier He Lifeng": the surname "He", not the pronoun.
    const surnameHe = words.length === 0 && t.text === 'He' && k + 1 < tokens.length && isSurnameFirst(t.text, tokens[k + 1].text);
    if (!isNameWord(t) && !particle && !joinedParticle && !initials && !surnameHe && !isTitleSurname(words, t, tokens[k + 1])) break;
    if (words.length > 0) {
      const g = gap(text, words[words.length - 1], t, true);
      if (!g) break;
      if (g === 'bracket') mentionFrom = words.length;
    }
    words.push(t);
    if (t.possessive) break;
  }
  // An initial alone, or a name that is a known place or organisation, is not a person.
  while (words.length > 0 && (/^\p{Lu}$/u.test(words[words.length - 1].text) || NAME_PARTICLES.has(words[words.length - 1].text))) words.pop();
  // "Minister of Foreign Affairs Serbia Ivica Dacic": a country closing the title, "of" left out.
  while (words.length > 2 && mentionFrom === 0 && GAZETTEER_BY_VARIANT.get(words[0].text.toLowerCase())?.kind === 'place') words.shift();
  if (words.length === 0) return null;
  // "UN General Assembly", "General Staff": an institution, not a general named Assembly.
  if (words.some((w) => INSTITUTION_HEADS.has(w.text))) return null;
  const joined = words.map((w) => w.text).join(' ');
  const known = GAZETTEER_BY_VARIANT.get(joined.toLowerCase());
  if (known && known.kind !== 'person') return null;
  return { words, mentionFrom: Math.min(mentionFrom, words.length - 1) };
}

const HYPHENED_PARTICLE = /^(?:al|el|ad|as|ash|ar|at|az|ul|abu|bin|ibn|ben)-\p{Lu}\p{Ll}+$/u;

const ENVOYS = new Set(['ambassador', 'envoy', 'representative', 'ambassadors']);

/**
 * Tokens after a title's last word that are "of" and a known country or organisation (one or two
 * words), when a name follows them; 0 otherwise.
 */
function trailingOfQualifier(text: string, tokens: Token[], lastTitle: number): number {
  const of = tokens[lastTitle + 1];
  // "Ambassador to Poland Andrii Kowal": an envoy's host country closes the title as "of" does.
  const to = of?.text === 'to' && ENVOYS.has(tokens[lastTitle].text.toLowerCase());
  if ((of?.text !== 'of' && !to) || !gap(text, tokens[lastTitle], of, false)) return 0;
  // "Ambassador to the United Nations Linda Kell": the article before a known body stays in the title.
  const the = tokens[lastTitle + 2]?.text === 'the' && gap(text, of, tokens[lastTitle + 2], false) ? 1 : 0;
  const from = lastTitle + 2 + the;
  for (const size of [2, 1]) {
    const words = tokens.slice(from, from + size);
    if (words.length < size || !words.every((w) => w.cap) || words[size - 1].possessive) continue;
    if (!words.every((w, k) => gap(text, k === 0 ? tokens[from - 1] : words[k - 1], w, false))) continue;
    const entry = GAZETTEER_BY_VARIANT.get(words.map((w) => w.text).join(' ').toLowerCase());
    if (!entry || entry.kind === 'person') continue;
    const after = tokens[from + size];
    if (after && isNameWord(after) && gap(text, words[size - 1], after, false)) return 1 + the + size;
  }
  return 0;
}

/**
 * "Secretary of the Ukrainian Security Council Oleksiy Danilov": a body ending in an institution
 * head between the title and the name belongs to the title. Machine translation also writes
 * "… Council of Oleksy Daniłow", so a two-word name after "of" is taken too. Returns the last
 * token of the role and the index where the name starts, or null.
 */
function institutionQualifier(text: string, tokens: Token[], lastTitle: number): { roleLast: number; nameAt: number } | null {
  const linked = (k: number): boolean => k > 0 && k < tokens.length && gap(text, tokens[k - 1], tokens[k], false) !== null;
  let k = lastTitle + 1;
  if ((tokens[k]?.text === 'of' || tokens[k]?.text === 'for') && linked(k)) {
    k++;
    if (tokens[k]?.text === 'the' && linked(k)) k++;
  }
  let head = -1;
  for (let j = k; j < k + 7 && linked(j); j++) {
    const t = tokens[j];
    if (t.text === 'and' && j > k) continue;
    if (!t.cap) break;
    if (INSTITUTION_HEADS.has(t.text)) head = j;
  }
  if (head < 0) return null;
  let roleLast = head;
  let nameAt = head + 1;
  if (tokens[nameAt]?.text === 'of' && linked(nameAt)) {
    const size = [2, 1].find((n) => {
      const words = tokens.slice(nameAt + 1, nameAt + 1 + n);
      return words.length === n && words.every((w, x) => w.cap && linked(nameAt + 1 + x)) && GAZETTEER_BY_VARIANT.get(words.map((w) => w.text).join(' ').toLowerCase())?.kind === 'place';
    });
    const nameWord = (x: number): boolean => x < tokens.length && isNameWord(tokens[x]) && linked(x);
    if (size) {
      roleLast = nameAt + size;
      nameAt = roleLast + 1;
    } else if (nameWord(nameAt + 1) && nameWord(nameAt + 2) && /^\s*(?:[,;.]|$)/.test(text.slice(tokens[nameAt + 2].end, tokens[nameAt + 2].end + 2))) nameAt += 1;
    else return null;
  }
  return nameAt < tokens.length && isNameWord(tokens[nameAt]) && linked(nameAt) ? { roleLast, nameAt } : null;
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
    if (!isTitleWord(tokens[i]) || verbUse(tokens, i)) {
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
    const body = ofQualifier === 0 && run.some(isHead) ? institutionQualifier(text, tokens, lastTitle) : null;
    let roleLast = lastTitle + ofQualifier;
    if (ofQualifier > 0) lastTitle += ofQualifier;
    if (body) {
      roleLast = body.roleLast;
      lastTitle = body.nameAt - 1;
    }
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
    const last = tokens[roleLast];
    const role = singular(text.slice(roleStart, last.end + (last.dot ? 1 : 0)).replace(/\s+/g, ' ').replace(/’/g, "'"));
    const mention = name.words.slice(name.mentionFrom);
    found.push({ start: mention[0].start, end: mention[mention.length - 1].end, nameStart: name.words[0].start, name: name.words.map((w) => w.text).join(' '), role });
    let next = lastTitle + 1 + name.words.length;
    // "Secretaries Blinken and Austin": the plural title covers the second name too.
    if (ofQualifier === 0 && !body && /s$/.test(last.text) && tokens[next]?.text === 'and') {
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
// "…, the First Deputy Head of the Mejlis of Crimean Tatar people,": a title, then any body after "of".
const APPOSITIVE_BODY_RE = /^,\s+(?:(?:a|the)\s+)?((?:former|retired|then)\s+)?((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*)\s+((?:of|for|at)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:\p{Lu}[\p{L}’'-]*|of|the|and|for|people))*)\s*[,.;]/u;

const titleLike = (w: string): boolean => TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w) || TITLE_CONNECTORS.has(w) || DEMONYMS.has(w) || GAZETTEER_BY_VARIANT.has(w.toLowerCase());

/** A role written after the name: "Michael Mullen, former Chairman of the Joint Chiefs of Staff, …". */
export function appositiveRole(text: string, nameEnd: number): string | null {
  const after = text.slice(nameEnd, nameEnd + 140);
  const m = APPOSITIVE_RE.exec(after);
  if (m) {
    const words = m[2].split(/\s+/);
    if (words.some((w) => TITLE_HEADS.has(w)) && words.every(titleLike)) return `${m[1] ?? ''}${m[2]}`.trim();
  }
  const b = APPOSITIVE_BODY_RE.exec(after);
  if (!b) return null;
  const words = b[2].split(/\s+/);
  if (!TITLE_HEADS.has(words[words.length - 1]) || !words.every(titleLike)) return null;
  return `${b[1] ?? ''}${b[2]} ${b[3]}`.replace(/\s+/g, ' ').trim();
}
