/**
 * Acronyms defined in brackets: "the Central Intelligence Agency (CIA)", "the European Council on
 * Foreign Relations (ECFR)". The acronym is the name's alias there and wherever it later stands
 * alone in the document, so the two are one actor; a name no rule found is taken when the
 * acronym spells its initials.
 */
import type { Sentence } from '../../model';
import { firmNameAfter } from './firms';
import { DEMONYM_ALT, GAZETTEER_BY_VARIANT } from './gazetteer';
import { TITLE_HEADS } from './lexicon';
import { PRIORITY } from './rules';
import type { Token } from './text';
import type { Candidate } from './types';

// "(CIA)", "(ECFR)", "(IBRiS)": two to eight letters, starting and mostly written in capitals.
const BRACKETED_RE = /\((\p{Lu}[\p{Lu}\p{Ll}&]{1,7})\)/gu;
const CONNECTORS = new Set(['of', 'on', 'for', 'and', 'the', 'in', 'de', 'du', 'des', 'la', 'le', 'to']);
const QUALIFIER_RE = new RegExp(String.raw`^(?:US|U\.S\.|UK|U\.K\.|EU|UN|${DEMONYM_ALT}) (?=\p{Lu})`, 'u');
const letters = (s: string): string => s.replace(/[^\p{L}]/gu, '').toUpperCase();

/** Whether `acronym` spells the initials of the capitalised words of `words` (connectors skipped). */
function spellsInitials(acronym: string, words: string[]): boolean {
  const initials = words.filter((w) => !CONNECTORS.has(w)).map((w) => w.split('-').filter((p) => /^\p{Lu}/u.test(p)).map((p) => p.charAt(0)).join(''));
  return letters(initials.join('')) === letters(acronym);
}

/** Whether the acronym's capitals appear in order among the name's, starting with its first ("MoD", "OSCE"). */
function abbreviates(acronym: string, name: string): boolean {
  // "Department of Justice (DOJ)": some acronyms keep the connector's letter.
  if (letters(name.split(/\s+/).map((w) => w.charAt(0)).join('')) === letters(acronym)) return true;
  const want = acronym.replace(/[^\p{Lu}]/gu, '');
  const have = name.replace(/[^\p{Lu}]/gu, '');
  if (!want || want[0] !== have[0]) return false;
  let k = 0;
  for (const c of have) if (c === want[k]) k++;
  return k === want.length;
}

/** Whether `short` is `full` with words left out, starting with the same word ("Kyiv Institute of Sociology"). */
function shortens(short: string, full: string): boolean {
  const have = short.toLowerCase().split(/\s+/);
  const want = full.toLowerCase().split(/\s+/);
  if (have.length < 2 || have.length >= want.length || have[0] !== want[0]) return false;
  let k = 0;
  for (const w of want) if (w === have[k]) k++;
  return k === have.length;
}

/**
 * The shortest run of capitalised words (with inner connectors) ending at token `last` whose
 * initials the acronym spells, as a token index range; null when there is none.
 */
function initialsRun(text: string, tokens: Token[], last: number, acronym: string): [number, number] | null {
  const want = letters(acronym).length;
  let capitals = 0;
  for (let k = last; k >= 0 && capitals <= want; k--) {
    const t = tokens[k];
    if (k < last && !/^\s+$/.test(text.slice(t.end, tokens[k + 1].start))) return null;
    if (!t.cap) {
      if (!CONNECTORS.has(t.text) || k === last) return null;
      continue;
    }
    capitals++;
    const words = tokens.slice(k, last + 1).map((w) => w.text);
    if (spellsInitials(acronym, words)) return [k, last];
  }
  return null;
}

/**
 * Whether the run names an office held by a person, not a body: its head, before any "for" or "of",
 * is a title ("Special Presidential Envoy for Climate (SPEC)", "Director of National Intelligence (DNI)").
 */
function namesAnOffice(run: Token[]): boolean {
  const connector = run.findIndex((t) => CONNECTORS.has(t.text));
  const head = run[(connector < 0 ? run.length : connector) - 1];
  return head !== undefined && TITLE_HEADS.has(head.text);
}

/**
 * Candidates for bracketed acronyms: the defining name when no rule found it, and every mention of
 * the acronym under the name's canonical form. `kept` are the document's resolved candidates;
 * `blocked` tells spans of weapons and treaties, whose acronyms are not actors: every mention of
 * such an acronym comes back in `blocked`.
 */
export function acronymCandidates(
  text: string, sentences: Sentence[], tokensBySentence: Token[][], kept: Candidate[], skip: boolean[], blocked: (start: number, end: number) => boolean = () => false,
): { candidates: Candidate[]; blocked: { start: number; end: number }[] } {
  const out: Candidate[] = [];
  const treatyMentions: { start: number; end: number }[] = [];
  // null: the acronym of a treaty or weapon.
  const aliases = new Map<string, Pick<Candidate, 'name' | 'kind' | 'standsFor'> | null>();
  const endingAt = new Map<number, Candidate>();
  for (const c of kept) endingAt.set(c.end, c);
  sentences.forEach((s, i) => {
    if (skip[i] || !text.slice(s.start, s.end).includes('(')) return;
    const tokens = tokensBySentence[i];
    for (const m of text.slice(s.start, s.end).matchAll(BRACKETED_RE)) {
      const open = s.start + (m.index ?? 0);
      const acronym = m[1];
      if (aliases.has(acronym) || !/\p{Lu}.*\p{Lu}/u.test(acronym)) continue;
      // ("The Broken Hill Pty Co Ltd <BRKN.ME> (BHP)": a stock ticker between stands aside.)
      const before = /(?:\s*<\p{Lu}[\p{Lu}\d.]{0,7}>)?\s*$/u.exec(text.slice(Math.max(s.start, open - 16), open));
      const nameEnd = open - (before ? before[0].length : 0);
      const found = endingAt.get(nameEnd);
      const last = tokens.findIndex((t) => t.end === nameEnd || (t.possessive && t.end + 2 === nameEnd));
      const known = GAZETTEER_BY_VARIANT.get(acronym.toLowerCase());
      // "the Kyiv Institute of Sociology (KIIS)": a name written short, its acronym the gazetteer's
      // for the full name, is that body.
      if (found?.kind === 'organization' && known?.kind === 'organization' && known.name !== found.name && shortens(found.name, known.name)) {
        out.push({ ...found, name: known.name, priority: PRIORITY.qualifiedBody, source: 'acronym' });
        continue;
      }
      if (found && (found.kind === 'organization' || found.kind === 'place') && found.name.includes(' ')) {
        const surface = text.slice(found.start, found.end);
        // "the Royal Navy (UK)" says whose navy, "Harbour Fund (VIDEO)" flags a clip: no aliases.
        // "the US Centre for Disease Control (CDC)": the country before the name is not in its acronym.
        const unqualified = surface.replace(QUALIFIER_RE, '');
        if (!(abbreviates(acronym, surface) || abbreviates(acronym, unqualified)) || (known && known.name !== found.name && !spellsInitials(acronym, surface.split(/\s+/)))) continue;
        aliases.set(acronym, found);
        continue;
      }
      // "the Chemical Weapons Convention (CWC)": the short name of a treaty is no body either.
      const treaty = blocked(nameEnd - 1, nameEnd);
      if (!found && treaty) aliases.set(acronym, null);
      if (found || last < 0 || treaty) continue;
      const run = initialsRun(text, tokens, last, acronym);
      if (!run || namesAnOffice(tokens.slice(run[0], run[1] + 1))) continue;
      const start = tokens[run[0]].start;
      const name = text.slice(start, tokens[run[1]].end);
      const c: Candidate = { start, end: tokens[run[1]].end, kind: 'organization', name, roles: [], standsFor: null, priority: PRIORITY.qualifiedBody, source: 'acronym' };
      out.push(c);
      aliases.set(acronym, c);
    }
  });
  for (const [acronym, body] of undefinedAcronyms(sentences, tokensBySentence, kept, skip)) if (!aliases.has(acronym)) aliases.set(acronym, body);
  if (aliases.size === 0) return { candidates: out, blocked: treatyMentions };
  sentences.forEach((_s, i) => {
    if (skip[i]) return;
    for (const t of tokensBySentence[i]) {
      const target = aliases.get(t.text);
      // "BHP Gold Mines Ltd" beside "Broken Hill Pty Co Ltd (BHP)": the first word of another firm's name.
      if (target && firmNameAfter(text, t.end) > 0) continue;
      if (target === null) treatyMentions.push({ start: t.start, end: t.end });
      else if (target) out.push({ start: t.start, end: t.end, kind: target.kind, name: target.name, roles: [], standsFor: target.standsFor, priority: PRIORITY.qualifiedBody, source: 'acronym' });
    }
  });
  return { candidates: out, blocked: treatyMentions };
}

// "MFA", "MoD", "MoFA": two to five letters, two capitals at least, in no gazetteer.
const SHORT_ACRONYM = /^\p{Lu}[\p{Lu}\p{Ll}]{1,4}$/u;
// Acronyms of everyday words, never a body's: "AI" is no "Amnesty International".
const COMMON_ACRONYMS = new Set(['AI', 'TV', 'PR', 'IT', 'HQ', 'OK', 'CEO', 'GDP', 'PM', 'MP', 'MPs', 'ID', 'PC', 'DNA', 'VIP', 'FAQ']);
// "Ministry of Foreign Affairs of Ukraine": the country after the name is not in its acronym.
const COUNTRY_SUFFIX = /\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?$/u;

/**
 * Acronyms the document uses without defining them ("the Ministry of Foreign Affairs of Ukraine …
 * the MFA emphasizes"): one that spells the initials of exactly one body the document names is
 * that body.
 */
function undefinedAcronyms(sentences: Sentence[], tokensBySentence: Token[][], kept: Candidate[], skip: boolean[]): Map<string, Candidate> {
  const bodies = kept.filter((c) => c.kind === 'organization' && c.name.includes(' '));
  const found = new Map<string, Candidate>();
  if (bodies.length === 0) return found;

  const tried = new Set<string>();
  sentences.forEach((_s, i) => {
    if (skip[i]) return;
    for (const t of tokensBySentence[i]) {
      const acronym = t.text;
      if (tried.has(acronym) || !SHORT_ACRONYM.test(acronym) || (acronym.match(/\p{Lu}/gu) ?? []).length < 2) continue;
      tried.add(acronym);
      if (GAZETTEER_BY_VARIANT.has(acronym.toLowerCase()) || COMMON_ACRONYMS.has(acronym)) continue;
      const named = new Map<string, Candidate>();
      // The body is named before its acronym is used.
      for (const b of bodies.filter((c) => c.start < t.start)) {
        const suffix = COUNTRY_SUFFIX.exec(b.name);
        const place = suffix && GAZETTEER_BY_VARIANT.get(suffix[0].replace(/^\s+of\s+(?:the\s+)?/, '').toLowerCase())?.kind === 'place';
        const words = (place ? b.name.slice(0, suffix.index) : b.name).split(/\s+/);
        if (spellsInitials(acronym, words) || letters(words.map((w) => w.charAt(0)).join('')) === letters(acronym)) named.set(b.name, b);
      }
      if (named.size === 1) found.set(acronym, [...named.values()][0]);
    }
  });
  return found;
}
