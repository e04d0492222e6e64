/**
 * "The administration" in American copy: the president's government, which the document names in
 * full ("the Reagan administration") or leaves to the reader who knows who was president then.
 */
import type { Sentence } from '../../model';
import { PRIORITY } from './rules';
import type { Candidate } from './types';

/** Presidents of the United States and the day each took office, latest last. */
const PRESIDENTS: readonly [string, string][] = [
  ['Nixon', '1969-01-20'], ['Ford', '1974-08-09'], ['Carter', '1977-01-20'], ['Reagan', '1981-01-20'], ['Bush', '1989-01-20'],
  ['Clinton', '1993-01-20'], ['Bush', '2001-01-20'], ['Obama', '2009-01-20'], ['Trump', '2017-01-20'], ['Biden', '2021-01-20'],
  ['Trump', '2025-01-20'],
];

// Not a noun's modifier ("the administration agreement", "the administration costs").
const THE_ADMINISTRATION = /\b[Tt]he ([Aa]dministration)(?=['’]s\b|\s*[,.;:!?)]|\s+(?:has|had|have|is|was|were|will|would|could|can|may|might|should|must|and|or|said|says|wants|wanted|plans|planned|hopes|argued|argues|believes|believed|insisted|insists|announced|also|now|still|then|to|on|at|for|with|over|from|by)\b)/gu;
const NAMED_ADMINISTRATION = /^(\p{Lu}\p{L}+) administration$/u;
// Other administrations a story may mean by the word: a Ukrainian city's, a federal agency ("the
// Small Business Administration").
const OTHER_ADMINISTRATION = /\b(?:military|regional|city|presidential|civil|civilian|occupation|district|local|state|oblast|municipal|interim|transitional|hospital|school|university) administration\b|(?!The\b)\p{Lu}\p{L}+ Administration\b|\binto administration\b|\badministrators?\b/u;
// The American government named outright: a country or its capital alone does not show whose administration is meant.
const AMERICAN_GOVERNMENT = new Set(['White House', 'Congress', 'State Department', 'Pentagon', 'Treasury', 'Senate', 'House of Representatives']);

/** The president in office on `isoDay`, or null before the table or without a date. */
function presidentOn(isoDay: string | null): string | null {
  if (!isoDay) return null;
  let found: string | null = null;
  for (const [name, from] of PRESIDENTS) if (from <= isoDay) found = name;
  return isoDay < PRESIDENTS[0][1] ? null : found;
}

/**
 * Mentions of "the administration" as the one administration the document names ("the Reagan
 * administration … the administration said"), or, in a story about the United States that names
 * none and no other administration, as the sitting president's at the article date.
 */
export function administrationCandidates(text: string, sentences: Sentence[], kept: Candidate[], skip: boolean[], articleDate: string | null): Candidate[] {
  if (!/\b[Tt]he [Aa]dministration\b/.test(text)) return [];
  const named = new Set(kept.filter((c) => c.kind === 'organization' && NAMED_ADMINISTRATION.test(c.name)).map((c) => c.name));
  const president = presidentOn(articleDate);
  const sitting = president && `${president} administration`;
  let name: string | null = null;
  // "The Trump administration withdrew in 2019 … the administration would now impose": in a dated
  // story, the sitting president's when the story names it or none; else the one it names.
  const generic = [...named].some((n) => /^(?:American|US|U\.S\.|United States) administration$/.test(n));
  if (sitting && named.has(sitting)) name = sitting;
  else if (named.size === 1 && (!sitting || generic)) name = [...named][0];
  // "the Administration" with a capital, in wire copy that names the United States, is Washington's.
  else if (sitting && named.size === 0 && !OTHER_ADMINISTRATION.test(text) && kept.some((c) => AMERICAN_GOVERNMENT.has(c.name) || (c.kind === 'person' && c.name.endsWith(` ${president}`)) || (c.name === 'United States' && /\b[Tt]he Administration\b/.test(text)))) name = sitting;
  if (!name) return [];
  const out: Candidate[] = [];
  sentences.forEach((s, i) => {
    if (skip[i]) return;
    for (const m of text.slice(s.start, s.end).matchAll(THE_ADMINISTRATION)) {
      const start = s.start + m.index + m[0].length - m[1].length;
      out.push({ start, end: start + m[1].length, kind: 'organization', name, roles: [], standsFor: null, priority: PRIORITY.gazetteerWord, source: 'administration' });
    }
  });
  return out;
}
