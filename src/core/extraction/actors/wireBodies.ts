/**
 * Bodies that 1980s wire copy writes in its own way: companies in angle brackets ("<San Miguel>"),
 * the words a short name leaves out in brackets ("the (International Monetary) Fund"), a firm's
 * unit named before the word ("its Fairchild Semiconductor unit"), one-word banks ("Citibank"),
 * systems that are bodies ("the Social Security System") and the lower-case federal government.
 * One sentence at a time; each pattern runs only when a cheap test finds its keyword.
 */
import type { Sentence } from '../../model';
import { DEMONYMS, GAZETTEER_BY_VARIANT } from './gazetteer';
import { NOT_NAMES } from './lexicon';
import { PRIORITY } from './rules';
import type { Candidate } from './types';

const BRACKETED_WORDS_RE = /\((\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,3})\) (\p{Lu}\p{L}+)\b/gu;
// (Two or three capitalised words after "its"; a place's or a people's unit is left to other rules.)
const NAMED_UNIT_RE = /\b(?:its|their|the company's|the group's) ((?:\p{Lu}[\p{L}&'-]*)(?: \p{Lu}[\p{L}&'-]*){1,2})(?= (?:unit|subsidiary|division)\b)/gu;
const BRACKETED_FIRM_RE = /<(\p{Lu}(?=[^<>]*\p{Ll})[\p{L}\d&'’.,-]*(?: [\p{L}\d&'’.,()-]+){0,6})>/gu;
// (Social Security, Farm Credit, Federal Reserve: a system that is a body.)
const SYSTEM_RE = /(?<![\p{L}\p{N}])(?:\p{Lu}\p{L}+ ){0,2}(?:Security|Credit|Reserve|Broadcasting|Banking|Monetary|Pension|Postal|Transit|Retirement) System\b/gu;
// (Not the common nouns: "Riverbank", "Databank" opening a sentence, nor "London Interbank Offered Rate".)
const BANK_WORD_RE = /(?<![\p{L}\p{N}-])(?!(?:River|Sand|Snow|Data|Food|Blood|Sperm|Seed|Gene|Piggy|Mud|Cloud|Fog|Sea|Left|Right|Inter)bank)\p{Lu}\p{Ll}{2,}bank(?![\p{L}\p{N}-])/gu;

/** A body found by a shape rule, at the rules' body priority. */
export const org = (start: number, end: number, name: string, source: string): Candidate => ({ start, end, kind: 'organization', name, roles: [], standsFor: null, priority: PRIORITY.body, source });
/** Whether the gazetteer knows `name` as a place. */
export const isPlace = (name: string): boolean => GAZETTEER_BY_VARIANT.get(name.toLowerCase())?.kind === 'place';

/** The wire-copy bodies of one sentence. */
export function wireBodyCandidates(text: string, s: Sentence): Candidate[] {
  const slice = text.slice(s.start, s.end);
  const at = (m: RegExpMatchArray): number => s.start + (m.index ?? 0);
  const out: Candidate[] = [];
  // "the (International Monetary) Fund": wire copy brackets the words a short name leaves out.
  if (slice.includes(') ')) {
    for (const m of slice.matchAll(BRACKETED_WORDS_RE)) {
      const known = GAZETTEER_BY_VARIANT.get(`${m[1]} ${m[2]}`.toLowerCase());
      // ("the (U.S.) Treasury": the country in brackets stays a mention of its own.)
      const start = isPlace(m[1]) ? at(m) + m[0].length - m[2].length : at(m);
      if (known?.kind === 'organization') out.push(org(start, at(m) + m[0].length, known.name, 'bracketed-words'));
    }
  }
  // "its Fairchild Semiconductor unit": a firm's unit named before the word.
  if (/ (?:unit|subsidiary|division)\b/.test(slice)) {
    for (const m of slice.matchAll(NAMED_UNIT_RE)) {
      const words = m[1].split(' ');
      if (words.some((w) => NOT_NAMES.has(w.toLowerCase()) || DEMONYMS.has(w)) || isPlace(m[1])) continue;
      out.push(org(at(m) + m[0].length - m[1].length, at(m) + m[0].length, m[1], 'named-unit'));
    }
  }
  // "asked the federal government to relax a rule": a federation's government, in lower case.
  for (const m of slice.includes('federal government') ? slice.matchAll(/\b[Tt]he (federal government)\b(?! (?:officials?|agenc(?:y|ies)|employees?|workers?|spending|debt|bonds?)\b)/g) : []) {
    out.push(org(at(m) + 4, at(m) + 4 + m[1].length, m[1], 'federal-government'));
  }
  if (slice.includes(' System')) for (const m of slice.matchAll(SYSTEM_RE)) out.push(org(at(m), at(m) + m[0].length, m[0], 'system'));
  // "<San Miguel>", "<General Partners>": wire copy puts a company's name in angle brackets (a
  // ticker alone, "<HAL>", is in capitals and no name).
  if (slice.includes('<')) {
    for (const m of slice.matchAll(BRACKETED_FIRM_RE)) {
      // ("<Chemical Bank of New <York>": a bracket typed inside another opens no name.)
      if (/<[^<>]{0,30}$/.test(slice.slice(Math.max(0, (m.index ?? 0) - 30), m.index))) continue;
      // ("<Chiyoda Fire and Marine Insurance Co Ltd's>", "<Trident Seafoods Corp.>": the name without
      // its possessive or its suffix's full stop; "<Plant Cell Research Institute - PCRI>": the
      // acronym after a dash is the acronym rule's.)
      const name = m[1].replace(/(?:['’]s|(?<=\b(?:Inc|Corp|Co|Ltd|Bros))\.|\s+-\s+\p{Lu}{2,}\.?)$/u, '');
      // ("<Nestle SA>", "<Siemens AG>": a known firm with its legal form is the known firm.)
      // ("<Citibank Ltd>" may be a national subsidiary; the continental forms name the parent.)
      const known = GAZETTEER_BY_VARIANT.get(name.toLowerCase()) ?? GAZETTEER_BY_VARIANT.get(name.replace(/ (?:SA|AG|NV|SpA|GmbH)$/, '').toLowerCase());
      out.push(org(at(m) + 1, at(m) + 1 + name.length, known?.kind === 'organization' ? known.name : name, 'bracketed-firm'));
    }
  }
  // "Citibank", "Rabobank": a bank's one-word name, whatever stands around it.
  if (slice.includes('bank')) {
    for (const m of slice.matchAll(BANK_WORD_RE)) {
      const known = GAZETTEER_BY_VARIANT.get(m[0].toLowerCase());
      out.push(org(at(m), at(m) + m[0].length, known?.name ?? m[0], 'bank-word'));
    }
  }
  return out;
}
