/**
 * Chinese and Korean names, surname first: "He Weiling", "Tian Jiyun", "Park Sin-bom", "Li
 * Ka-shing". The tagger splits them or reads them as places, and "He" as a pronoun hides the
 * surname the title and speaker rules would otherwise read.
 */
import { PRIORITY } from './rules';
import { isFamilyNameFirst, isSurnameFirst, PINYIN_SURNAMES } from './surnameFirst';
import type { Token } from './text';
import type { Candidate } from './types';

const THING_AFTER = /^(?:province|district|county|city|town|village|river|road|street|school|tea|wine|market|port|island|bay|lake|mountain|area|region|dynasty|temple|brand|style)$/;

/**
 * People named surname first. The name must stand alone: a capitalised word after it
 * ("Wen Wei Po", "Sun Life Assurance") makes it part of some other name.
 */
export function eastAsianNameCandidates(text: string, tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const first = tokens[i];
    const given = tokens[i + 1];
    if (first.possessive || text.slice(first.end, given.start) !== ' ' || !isSurnameFirst(first.text, given.text)) continue;
    // "Wen Wei Po": a family name before the pair makes it the tail of another name.
    const before = tokens[i - 1];
    if (before && isFamilyNameFirst(before.text) && before.cap && text.slice(before.end, first.start) === ' ') continue;
    const next = tokens[i + 2];
    if (next?.cap && /^\s+$/.test(text.slice(given.end + (given.possessive ? 2 : 0), next.start))) continue;
    // "Tan An province", "Yin Yang tea", "offices in Wan Chai": a place's or a thing's name.
    if (next && !given.possessive && THING_AFTER.test(next.text) && text.slice(given.end, next.start) === ' ') continue;
    if (!given.possessive && /\b(?:in|at|near)\s+$/.test(text.slice(Math.max(0, first.start - 6), first.start))) continue;
    const name = `${first.text} ${given.text}`;
    out.push({ start: first.start, end: given.end, kind: 'person', name, roles: [], standsFor: null, priority: PRIORITY.givenName, source: 'surname-first' });
  }
  return out;
}

/**
 * "Vice Premier He Lifeng": the title rule, which reads "He" as the pronoun, keeps only the given
 * name; the surname before it joins the mention.
 */
export function withSurnameFirst(text: string, c: Candidate): Candidate {
  if (c.kind !== 'person' || c.name.includes(' ')) return c;
  const m = /(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(0, c.start - 8), c.start));
  if (!m || !PINYIN_SURNAMES.has(m[1]) || !isSurnameFirst(m[1], text.slice(c.start, c.end))) return c;
  const start = c.start - m[0].length;
  if (/[\p{L}\d]/u.test(text[start - 1] ?? '')) return c;
  return { ...c, start, name: `${m[1]} ${c.name}` };
}
