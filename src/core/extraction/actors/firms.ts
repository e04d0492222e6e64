/**
 * Companies named the way business copy names them: "McLean Industries Inc said", "Exxon Corp's
 * unit", later just "McLean said". A speech verb after such a name makes the rules read a person;
 * the corporate suffix says it is a firm.
 */
import { isGivenName } from '../givenNames';
import { GAZETTEER_BY_VARIANT } from './gazetteer';
import { PRIORITY } from './rules';
import { fullNameSurnames } from './surnames';
import type { Candidate } from './types';

/** Words that close a company's name ("Inc", "Corp", "Ltd", "AG", …). */
const FIRM_SUFFIXES = new Set([
  'Inc', 'Incorporated', 'Corp', 'Corporation', 'Co', 'Cos', 'Ltd', 'Limited', 'PLC', 'Plc', 'LLC', 'LP', 'AG', 'SA',
  'NV', 'BV', 'GmbH', 'SpA', 'AB', 'ASA', 'Bancorp', 'Bancorporation', 'Bancshares',
]);

/** Suffixes that make a company of the capitalised words before them even with no other sign ("Metro AG"). */
export const CERTAIN_FIRM_SUFFIXES = ['Inc', 'Corp', 'Ltd', 'PLC', 'Plc', 'LLC', 'AG', 'GmbH', 'SpA', 'NV', 'Bancorp', 'Bancorporation', 'Bancshares'];

/** Whether a name ends in a corporate suffix ("Vining Inc", "Chrysler Corp"). */
export function isFirmName(name: string): boolean {
  const words = name.replace(/[.,]/g, '').split(/\s+/);
  return FIRM_SUFFIXES.has(words[words.length - 1]);
}

// The rest of a firm's name after a tagged span: up to three capitalised words ("Products",
// "Mutual Insurance") or "and", then the suffix ("Pennzoil Co", "Dixie Yarns Inc", "Merrill Lynch and Co").
const SUFFIX_AFTER = new RegExp(`^(?:\\s+(?:\\p{Lu}[\\p{L}&'-]*|and)){0,3}\\s+(?:${[...FIRM_SUFFIXES].join('|')})(?![\\p{L}\\p{N}])`, 'u');

/**
 * The length of a firm's name going on from `end` to its corporate suffix (" Broadcasting Co" after
 * "Taft"), or 0 when no suffix follows.
 */
export function firmNameAfter(text: string, end: number): number {
  return SUFFIX_AFTER.exec(text.slice(end, end + 60))?.[0].length ?? 0;
}

// Offices after a firm's name ("GAF Chairman Samuel Heyman"), which end the name.
const OFFICE_WORDS = 'Chairman|Chairwoman|President|Vice|Chief|Executive|Director|Treasurer|Secretary|Spokesman|Spokeswoman';
const SUFFIX_RIGHT_AFTER = new RegExp(`^ (?:${[...FIRM_SUFFIXES].join('|')})(?![\\p{L}\\p{N}])`, 'u');
const CAPITAL_WORDS_AFTER = new RegExp(String.raw`^((?: (?!(?:${OFFICE_WORDS})\b)\p{Lu}[\p{L}&'-]*){1,3})`, 'u');

/**
 * The length of the capitalised words after a known firm's `name` (at `end`) that the document
 * names elsewhere with a corporate suffix: " Capital Partners" of "Merrill Lynch Capital Partners"
 * after "Merrill Lynch Capital Partners Inc"; 0 when there are none.
 */
export function firmWordsAfter(text: string, name: string, end: number): number {
  const next = CAPITAL_WORDS_AFTER.exec(text.slice(end, end + 50));
  if (!next) return 0;
  // The whole capitalised run or nothing: "Shanghai Machine Tool Works" is not the Corp of that name.
  const tail = next[1];
  const full = name + tail;
  for (let i = text.indexOf(full); i >= 0; i = text.indexOf(full, i + 1)) {
    if (SUFFIX_RIGHT_AFTER.test(text.slice(i + full.length, i + full.length + 16))) return tail.length;
  }
  return 0;
}

/**
 * Person candidates whose name ends in a corporate suffix, or runs on into one ("Computer
 * Memories" of "Computer Memories Inc"), become organisations named in full; a suffix alone
 * ("Corp") is no name at all. Run before names are propagated, so "Inc" is never taken for a
 * surname to look for elsewhere.
 */
export function firmsAsOrganizations(text: string, candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (c.kind !== 'person') {
      out.push(c);
      continue;
    }
    if (isFirmName(c.name)) {
      const words = c.name.split(/\s+/);
      // "John Smith SA said": a two-letter suffix after a given name and surname is something else.
      if (isGivenName(words[0]) && /^\p{Lu}{2}$/u.test(words[words.length - 1])) {
        const surface = text.slice(c.start, c.end);
        out.push({ ...c, end: c.start + surface.lastIndexOf(' '), name: words.slice(0, -1).join(' ') });
      } else if (words.length > 1) out.push({ ...c, kind: 'organization', roles: [] });
      continue;
    }
    // "Putin and Co", "John Smith SA said": a known person or a given name is nobody's firm.
    const first = c.name.split(/\s+/)[0];
    const rest = isGivenName(first) || GAZETTEER_BY_VARIANT.get(c.name.toLowerCase())?.kind === 'person' ? null : SUFFIX_AFTER.exec(text.slice(c.end, c.end + 60));
    if (!rest) {
      out.push(c);
      continue;
    }
    const end = c.end + rest[0].length;
    out.push({ ...c, end, kind: 'organization', name: `${c.name}${rest[0].replace(/\s+/g, ' ')}`, roles: [] });
  }
  return out;
}

/** "American Express Co" → "American Express"; "Baring Brothers and Co Ltd" → "Baring Brothers". */
const firmStem = (name: string): string => name.replace(/(?:,? (?:and )?(?:Co|Cos|Corp|Inc|Ltd|PLC|Plc|LLC|AG|SA|NV|GmbH|SpA)\.?)+$/, '');

const KNOWN_PLACE_SOURCES = new Set(['gazetteer', 'world-place', 'city', 'locative', 'based-in', 'dateline']);

/**
 * "McLean said" after "McLean Industries Inc": a one-word "person" that is the first word of
 * a firm the document names (the first of several), and the surname of none of its people, is that firm. So is
 * a body named as the firm without its suffix ("American Express" after "American Express Co") or
 * by its first word alone ("Samsung" after "Samsung Electronics Co Ltd") unless the gazetteer
 * knows that word as a body of its own (a parent company apart from its subsidiary).
 */
export function firmShortNames(candidates: Candidate[]): Candidate[] {
  const firmsByFirstWord = new Map<string, Set<string>>();
  const firmsByStem = new Map<string, Set<string>>();
  for (const c of [...candidates].sort((a, b) => a.start - b.start)) {
    // "RepublicBank" for "First RepublicBank Corp", "Hutton" for "E.F. Hutton Group Inc", "Hall" for
    // "Frank B. Hall and Co": the bank's common first word and a founder's initials are passed over.
    const words = c.name.replace(/^(?:First|(?:\p{Lu}\.)+|\p{Lu}\p{Ll}+ \p{Lu}\.) (?=\S+ )/u, '').split(/\s+/);
    // (A known firm named short, "Drexel Burnham Lambert", counts as its full names do.)
    if (c.kind === 'organization' && words.length > 1 && (isFirmName(c.name) || GAZETTEER_BY_VARIANT.get(c.name.toLowerCase())?.variants.some(isFirmName))) {
      if (!isGivenName(words[0])) firmsByFirstWord.set(words[0], (firmsByFirstWord.get(words[0]) ?? new Set()).add(c.name));
      const stem = firmStem(c.name);
      firmsByStem.set(stem, (firmsByStem.get(stem) ?? new Set()).add(c.name));
    }
  }
  if (firmsByFirstWord.size === 0 && firmsByStem.size === 0) return candidates;
  const surnames = fullNameSurnames(candidates);
  const only = (set: Set<string> | undefined): string | undefined => (set?.size === 1 ? [...set][0] : undefined);
  // "Shearson Lehman" after "Shearson Lehman Brothers Inc": the firm's name cut short after a word or more.
  const byLeadingWords = (name: string): string | undefined => {
    if (!name.includes(' ') || firmsByStem.has(name)) return undefined;
    return only(new Set([...firmsByStem.keys()].filter((stem) => stem.startsWith(`${name} `)).flatMap((stem) => [...(firmsByStem.get(stem) ?? [])])));
  };
  return candidates.map((c) => {
    // Not a person titled or first-named ("Publisher Robert Maxwell"), nor a town a list or a city
    // rule knows ("Mountain View, California"); a guess after "in" may be the firm ("a stake in
    // Shearson Lehman").
    const shortened = c.kind === 'organization' ? !isFirmName(c.name) : c.kind === 'person' ? c.roles.length === 0 && !isGivenName(c.name.split(' ')[0]) : !KNOWN_PLACE_SOURCES.has(c.source) && !GAZETTEER_BY_VARIANT.has(c.name.toLowerCase());
    if (shortened) {
      const firm = c.name.includes(' ') ? (only(firmsByStem.get(c.name)) ?? byLeadingWords(c.name)) : undefined;
      if (firm && !GAZETTEER_BY_VARIANT.has(c.name.toLowerCase())) return { ...c, kind: 'organization', name: firm, roles: [], standsFor: null };
    }
    if (c.kind === 'organization' && !isFirmName(c.name)) {
      const firm = only(firmsByStem.get(c.name)) ?? (c.name.includes(' ') || GAZETTEER_BY_VARIANT.has(c.name.toLowerCase()) ? undefined : only(firmsByFirstWord.get(c.name)));
      return firm ? { ...c, name: firm } : c;
    }
    if (c.kind !== 'person' || c.name.includes(' ') || surnames.has(c.name)) return c;
    // "Valero" after "Valero Energy Corp" and "Valero Natural Gas Partners LP": the first named.
    const firm = [...(firmsByFirstWord.get(c.name) ?? [])][0];
    return firm ? { ...c, kind: 'organization', name: firm, roles: [] } : c;
  });
}

// A firm's one-word name that no tagger reads alone: in capitals ("USX") or with a capital inside
// ("BankAmerica", "PepsiCo").
const CODED_STEM = /^(?:\p{Lu}[\p{Lu}&]{1,5}|\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*)$/u;

/**
 * "USX said" after "USX Corp": the one-word name of a firm the document names with its suffix,
 * standing alone, is that firm. Only names in capitals or with an inner capital, which are no
 * common word, and the first word of a house the gazetteer knows; the rest are read by the tagger
 * and {@link firmShortNames}.
 */
export function firmStemMentions(text: string, sentences: { start: number; end: number }[], kept: Candidate[], skip: boolean[]): Candidate[] {
  const byStem = new Map<string, Set<string>>();
  const personWords = new Set(kept.filter((c) => c.kind === 'person').flatMap((c) => c.name.split(' ')));
  for (const c of kept) {
    if (c.kind !== 'organization') continue;
    const stem = firmStem(c.name);
    if (isFirmName(c.name) && CODED_STEM.test(stem) && !GAZETTEER_BY_VARIANT.has(stem.toLowerCase())) byStem.set(stem, (byStem.get(stem) ?? new Set()).add(c.name));
    // "plans for Shearson" after "Shearson Lehman Brothers": a known house's first word, which no
    // person of the story bears and which is no given name or other known name.
    const first = c.name.split(' ')[0];
    const known = GAZETTEER_BY_VARIANT.get(c.name.toLowerCase());
    if (known?.kind === 'organization' && c.name.includes(' ') && known.variants.some(isFirmName) && /^\p{Lu}\p{Ll}{3,}$/u.test(first) && !isGivenName(first) && !personWords.has(first) && !GAZETTEER_BY_VARIANT.has(first.toLowerCase())) {
      byStem.set(first, (byStem.get(first) ?? new Set()).add(c.name));
    }
  }
  const out: Candidate[] = [];
  for (const [stem, names] of byStem) {
    if (names.size !== 1) continue;
    const [name] = names;
    // (Not the first word of a longer name: "GTE Services", "ITT Canada", "Goldman, Sachs Japan
    // Corp" are units of their own; "GAF Chairman Samuel Heyman" is the firm's.)
    const re = new RegExp(String.raw`(?<![\p{L}\p{N}&.<-])${stem.replace(/&/g, '\\&')}(?![\p{L}\p{N}&>-]|,? (?!(?:${OFFICE_WORDS})\b)\p{Lu})`, 'gu');
    sentences.forEach((s, i) => {
      if (skip[i]) return;
      for (const m of text.slice(s.start, s.end).matchAll(re)) {
        const start = s.start + (m.index ?? 0);
        out.push({ start, end: start + stem.length, kind: 'organization', name, roles: [], standsFor: null, priority: PRIORITY.propagated, source: 'firm-stem' });
      }
    });
  }
  return out;
}
