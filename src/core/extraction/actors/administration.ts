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

const THE_ADMINISTRATION = /\b[Tt]he ([Aa]dministration)(?![\p{L}-]| of\b| in\b)/gu;
const NAMED_ADMINISTRATION = /^(\p{Lu}\p{L}+) administration$/u;
// Other administrations a story may mean by the word: a Ukrainian city's, a federal agency.
const OTHER_ADMINISTRATION = /\b(?:military|regional|city|presidential|civil|civilian|occupation|district|local|state|oblast|municipal|interim|transitional) administration\b|\bAdministration\b/;
const AMERICAN = new Set(['United States', 'White House', 'Congress', 'State Department', 'Pentagon', 'Washington']);

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
  let name: string | null = null;
  if (named.size === 1) [name] = named;
  else if (named.size === 0 && !OTHER_ADMINISTRATION.test(text) && kept.some((c) => AMERICAN.has(c.name))) {
    const president = presidentOn(articleDate);
    name = president && `${president} administration`;
  }
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
