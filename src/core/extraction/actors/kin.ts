/**
 * People named by kinship: "siblings Maksym and Masha", "his elder brother, Viktor, who died",
 * "her son Dmytro". Ordinary people in a story are often named by a first name alone, which no
 * other rule takes for a person; the kinship word says one is meant.
 */
import type { Sentence } from '../../model';
import { isGivenName } from '../givenNames';
import { GAZETTEER_BY_VARIANT } from './gazetteer';
import { CALENDAR, NOT_NAMES } from './lexicon';
import { PRIORITY } from './rules';
import type { Candidate } from './types';

const KIN = String.raw`brothers?|sisters?|sons?|daughters?|wife|husband|mother|father|siblings|children|grandsons?|granddaughters?|nephews?|nieces?|cousins?|widow|fianc[ée]e?|twins`;
const WORD = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
// "his elder brother, Viktor,", "siblings Maksym and Masha", "her son Dmytro Ivanenko".
const KIN_RE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${KIN}),? (${WORD}(?: ${WORD})?)(?:,? and (${WORD}))?(?![\p{L}\p{N}’'])`, 'gu');
// The words before the kinship word that make it a family's: "his brother", "the couple's daughter".
// A clause's start will do as well: "…, siblings Maksym and Masha were rescued".
const OWNER_BEFORE = /(?:(?:\b(?:his|her|their|my|our|your|whose|the)|[’']s?)\s+(?:(?:elder|older|younger|late|eldest|youngest|only|two|three|twin|baby|little|teenage|adult|adopted|step)\s+)*|(?:^|[,;:(—–])\s*)$/iu;

const isName = (word: string): boolean => {
  const lower = word.toLowerCase();
  const known = GAZETTEER_BY_VARIANT.get(lower);
  return !NOT_NAMES.has(lower) && !CALENDAR.has(lower) && (!known || known.kind === 'person');
};

/**
 * People a kinship word names in one sentence. The first name after the word must be a known given
 * name; a second joined by "and" ("Maksym and Masha") need not be.
 */
export function kinCandidates(text: string, s: Sentence): Candidate[] {
  const slice = text.slice(s.start, s.end);
  const out: Candidate[] = [];
  for (const m of slice.matchAll(KIN_RE)) {
    const before = slice.slice(Math.max(0, m.index - 40), m.index);
    if (!OWNER_BEFORE.test(before)) continue;
    const first = m[1];
    const firstWord = first.split(' ')[0];
    // "his father Soviet soldiers freed": a capital after the word is a name only if it is a given name.
    if (!isName(firstWord) || !isGivenName(firstWord)) continue;
    // The kinship words are lower case: the first capital opens the name.
    const at = s.start + m.index + m[0].search(/\p{Lu}/u);
    out.push({ start: at, end: at + first.length, kind: 'person', name: first, roles: [], standsFor: null, priority: PRIORITY.givenName, source: 'kin' });
    const second = m[2];
    if (second && isName(second) && !first.includes(' ')) {
      const at2 = s.start + m.index + m[0].lastIndexOf(second);
      out.push({ start: at2, end: at2 + second.length, kind: 'person', name: second, roles: [], standsFor: null, priority: PRIORITY.givenName, source: 'kin' });
    }
  }
  return out;
}
