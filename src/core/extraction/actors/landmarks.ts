/**
 * Places named by the shape of the sentence around them rather than a list: a village set off by
 * "a village", a town followed by its country ("Madeira, Portugal"), landmarks ending in a landmark
 * word ("St Michael’s Square", "Church of St Andrew", "the Kakhovka dam", "the Brent field"); and people written with a
 * nickname in quotation marks ("Jimmy "Barbeque" Cherizier"). Linear in the sentence length.
 */
import type { Sentence } from '../../model';
import { DEMONYMS, GAZETTEER_BY_VARIANT } from './gazetteer';
import { CALENDAR, NOT_NAMES, TITLE_HEADS, TITLE_MODIFIERS } from './lexicon';
import { PRIORITY } from './rules';
import type { Candidate } from './types';

const WORD = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*`;
// "Moschun, a village that witnessed …": the noun must close the description, not start "a city official".
const SET_OFF_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}’'.-])(${WORD}(?: ${WORD}){0,2}), (?:a|the) (?:(?:small|tiny|little|nearby|former|frontline|front-line|rural|coastal|key|strategic) )?(?:village|town|city|suburb|settlement|hamlet|port city|port|island)(?= (?:that|which|where|in|near|on|outside|of|north|south|east|west|about|some|just|\d)\b|\s*[,.;:)–—])`,
  'gu',
);
// "from Madeira, Portugal": a name followed by a known country after a preposition of place.
const IN_COUNTRY_RE = new RegExp(String.raw`\b(?:from|to|in|at|near|visited) (${WORD}(?: ${WORD})?), (${WORD}(?: ${WORD})?)(?![\p{L}’'-])`, 'gu');
const HEADS = 'Square|Cathedral|Church|Monastery|Bridge|Memorial|Monument|Lavra';
// "St Michael’s Square", "Independence Square", "St. Sophia Cathedral".
const LANDMARK_RE = new RegExp(String.raw`(?<![\p{L}\p{N}’'])((?:St\.? |Saint )?(?:${WORD}[’']s |${WORD} ){1,3})(?:${HEADS})\b`, 'gu');
// "the Church of St Andrew", "the Wall of Remembrance of the Fallen for Ukraine".
const LANDMARK_OF_RE = new RegExp(String.raw`\b(?:${HEADS}|Wall|Tomb) of (?:the )?(?:St\.? |Saint )?${WORD}(?:(?: (?:of|for) (?:the )?| )${WORD})*`, 'gu');
// "the attack on the kakhovka dam": a known place's dam or reservoir, whatever its case.
const DAM_RE = /(?<![\p{L}\p{N}])(\p{L}+) (?:[Dd]am|[Rr]eservoir)\b/gu;
// "the Brent field", "the Veslefrikk oil field": an oil or gas field named by its own name.
const FIELD_RE = new RegExp(String.raw`(?<![\p{L}\p{N}’'.-])(${WORD}(?: ${WORD})?) (?:(?:oil|gas|oil and gas|natural gas) )?(?:field|oilfield|gasfield)\b`, 'gu');
const NOT_FIELD_NAMES = new Set(['The', 'That', 'This', 'Other', 'West', 'East', 'North', 'South', 'Network', 'Playing', 'Level', 'Battle']);
// "Oleksandra “Sasha” Kuvshynova": a first name, a nickname in quotation marks, a surname.
const NICKNAME_RE = /(?<![\p{L}’'])(\p{Lu}\p{Ll}+) [“"](\p{Lu}[\p{L}-]+)[”"] (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}])/gu;

const known = (name: string): ReturnType<typeof GAZETTEER_BY_VARIANT.get> => GAZETTEER_BY_VARIANT.get(name.toLowerCase());
// A word that is no place's name: a pronoun, a month, a title or a nationality.
const notPlace = (name: string): boolean => name.split(' ').some((w) => NOT_NAMES.has(w.toLowerCase()) || CALENDAR.has(w.toLowerCase()) || TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w) || DEMONYMS.has(w));
const cand = (start: number, end: number, kind: Candidate['kind'], name: string, priority: number, source: string): Candidate =>
  ({ start, end, kind, name, roles: [], standsFor: null, priority, source });

/** Places set off by their description, followed by their country, or named as landmarks; nicknamed people. */
export function landmarkCandidates(text: string, s: Sentence): Candidate[] {
  const slice = text.slice(s.start, s.end);
  const at = (m: RegExpMatchArray): number => s.start + (m.index ?? 0);
  const out: Candidate[] = [];
  for (const m of slice.includes(', a ') || slice.includes(', the ') ? slice.matchAll(SET_OFF_RE) : []) {
    const entry = known(m[1]);
    if (notPlace(m[1]) || (entry && entry.kind !== 'place')) continue;
    out.push(cand(at(m), at(m) + m[1].length, 'place', entry?.name ?? m[1], PRIORITY.locative, 'set-off-place'));
  }
  for (const m of slice.includes(', ') ? slice.matchAll(IN_COUNTRY_RE) : []) {
    const country = known(m[2]);
    if (country?.kind !== 'place' || country.standsFor || known(m[1]) || notPlace(m[1])) continue;
    const start = at(m) + m[0].length - m[1].length - 2 - m[2].length;
    out.push(cand(start, start + m[1].length, 'place', m[1], PRIORITY.locative, 'in-country'));
  }
  let last: Candidate | undefined;
  for (const m of slice.matchAll(LANDMARK_RE)) {
    const lead = m[1].trim().split(' ')[0];
    if (lead === 'The' || notPlace(m[1].replace(/[’']s\b/gu, '').trim())) continue;
    // "Mikhailivska Square (St Michael’s Square)": a name in brackets after another is its other name.
    const same = last && /^\s*\($/.test(text.slice(last.end, at(m)));
    last = cand(at(m), at(m) + m[0].length, 'place', same && last ? last.name : m[0].replace(/’/g, "'"), PRIORITY.venue, 'landmark');
    out.push(last);
  }
  for (const m of / of /.test(slice) ? slice.matchAll(LANDMARK_OF_RE) : []) out.push(cand(at(m), at(m) + m[0].length, 'place', m[0], PRIORITY.venue, 'landmark'));
  for (const m of /[Dd]am\b|[Rr]eservoir/.test(slice) ? slice.matchAll(DAM_RE) : []) {
    const entry = known(m[1]);
    if (entry?.kind !== 'place' || entry.standsFor || entry.name.includes(' ')) continue;
    out.push(cand(at(m), at(m) + m[0].length, 'place', `${entry.name}${m[0].slice(m[1].length)}`, PRIORITY.venue, 'landmark'));
  }
  for (const m of /field\b/.test(slice) ? slice.matchAll(FIELD_RE) : []) {
    // ("Thailand gas field", "Iraqi field": a country's or a people's, read by the other rules.)
    if (m[1].split(' ').some((w) => NOT_FIELD_NAMES.has(w)) || notPlace(m[1]) || known(m[1])) continue;
    out.push(cand(at(m), at(m) + m[0].length, 'place', m[0], PRIORITY.venue, 'field'));
  }
  for (const m of /[“"]/.test(slice) ? slice.matchAll(NICKNAME_RE) : []) {
    if (notPlace(m[1]) || notPlace(m[3]) || known(m[1]) || known(m[3])) continue;
    out.push(cand(at(m), at(m) + m[0].length, 'person', `${m[1]} ${m[3]}`, PRIORITY.titled, 'nickname'));
  }
  return out;
}
