/**
 * Places recognised by how a sentence speaks of them, not by a list: "the West" as a political
 * actor, "the South" of a country, the town after "an airport in", "near", "the city of", and
 * waters named "Strait of …". Linear in the sentence length.
 */
import type { Sentence } from '../../model';
import { DEMONYMS, GAZETTEER_BY_VARIANT, GROUP_DEMONYMS } from './gazetteer';
import { BODY_HEADS, CALENDAR, NOT_NAMES, TITLE_ABBREVIATIONS, TITLE_HEADS, TITLE_MODIFIERS } from './lexicon';
import { PRIORITY } from './rules';
import { isSurnameFirst } from './surnameFirst';
import { isWorldPlace } from './worldPlaces';
import { isGivenName } from '../givenNames';
import type { Candidate } from './types';

const place = (start: number, end: number, name: string, priority: number, source: string): Candidate =>
  ({ start, end, kind: 'place', name, roles: [], standsFor: null, priority, source });

// "the West" / "The West is united" / "the collective West", but not "the West Bank" or "the Western collective".
const WEST_RE = /(?<=\b[Tt]he (?:collective )?)West(?![\p{L}-]|\s+\p{Lu})/gu;
// Guardian style writes the political west in lower case; "the west of the country" is a direction.
const LOWER_WEST_RE = /(?<!\b(?:in|to|from|toward|towards|into|across|north|south|far) the )(?<=\bthe )west(?![\p{L}-]|\s+(?:of|bank|coast|side|wing|flank|end)\b)/gu;
const WESTERN_WORLD_RE = /\b[Ww]estern world\b/gu;
// "concentrate on the Donbas and the South": a country's region named by its compass point.
const REGION_RE = /(?<=\b[Tt]he )(?:South|North|East)(?![\p{L}-]|\s*\p{Lu}|\s+of\b)/gu;
const LISTED_BEFORE_RE = /(?:\b(?:and|or)|,) [Tt]he $/u;
const LISTED_AFTER_RE = /^\s+(?:and|or)\b/u;

// One to three capitalised words; hyphenated parts capitalised too ("Ivano-Frankivsk", not "Russian-occupied").
const WORD = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*`;
const NAME = String.raw`${WORD}(?: ${WORD}){0,2}`;
// "a base in Łask", "the airport in Jasionka near Rzeszów", "the city of Sevastopol".
const LOCATIVE_RE = new RegExp(
  String.raw`\b(?:(?:(?:air )?base|airbase|airport|airfield|port|camp|ground|range|plant|factory|hospital|prison|station) (?:in|near|outside|at)|(?:[Cc]ity|[Tt]own|[Vv]illage|port|region|district|province|oblast|county|municipality|settlement|area) (?:of|in|near|outside)|near) (${NAME})(?![\p{L}\p{N}])`,
  'gu',
);
// "was in Volgograd", "near Rzeszów": a capitalised name after "in" is a place unless known as
// something else, spoken of as a publication ("wrote in Newsweek") or a possessive ("in Kadyrov's").
const IN_RE = new RegExp(String.raw`(?<!\b(?:wrote|written|published|writes|writing|appeared|article|interview|op-ed|piece|told|said|reported|reports|quoted)\s+)\b(?:[Ii]n|near|outside(?: of)?) (${NAME})(?![\p{L}\p{N}’'-]| \p{Lu}| trials?\b)`, 'gu');
const NOT_PLACES = new Set(['God', 'Christ', 'Allah', 'Heaven', 'English', 'Latin', 'Arabic', 'Hebrew', 'Mandarin', 'Parliament', 'Congress', 'Government', 'Nazi', 'African']);

// "Strait of Hormuz", but not the "Gulf of Tonkin Resolution".
const WATERS_RE = /\b(?:Strait|Straits|Gulf|Bay|Sea) of (?:the )?\p{Lu}\p{Ll}+(?![\p{L}\p{N}]| \p{Lu})/gu;

// "East Asia", "central and eastern Europe", "North Africa": a part of a continent is one place.
const COMPASS = String.raw`(?:[Cc]entral|(?:[Nn]orth|[Ss]outh)(?:-?[Ee]ast|-?[Ww]est)?(?:ern)?|[Ee]ast(?:ern)?|[Ww]est(?:ern)?)`;
// "east-central Europe" joins two compass words with a hyphen.
const CONTINENT_PART_RE = new RegExp(String.raw`\b${COMPASS}(?:-${COMPASS}|,? and ${COMPASS})? (?:Europe|Asia|Africa|(?<=(?:[Nn]orth|[Ss]outh|[Cc]entral) )America)(?![\p{L}\p{N}])`, 'gu');
const HAS_CONTINENT = /\b(?:Europe|Asia|Africa|America)\b/;
const capitalised = (words: string): string => words.replace(/(^|[\s-])(\p{Ll})/gu, (_m, b: string, c: string) => b + c.toUpperCase()).replace(/ And /g, ' and ');

/** The leading words of a locative name that can be a place (stops at "Kyiv Mayor", "Poland Tuesday"). */
function placeWords(name: string): string {
  const words = name.split(' ');
  let n = 0;
  while (n < words.length) {
    const w = words[n];
    const lower = w.toLowerCase();
    if (NOT_NAMES.has(lower) || CALENDAR.has(lower) || TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w) || TITLE_ABBREVIATIONS.has(w) || DEMONYMS.has(w)) break;
    n++;
  }
  return words.slice(0, n).join(' ');
}

// "the Hatay province", "the Kharkiv region", "Poltava Oblast": the place, its mention taking the word
// for the unit so "the Luhansk region" reads as written. Lower case (or "Oblast") only: "Military
// District" is a body.
const REGION_SUFFIX_RE = /(?<![\p{L}-])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?) (?:region|oblast|Oblast|province|district)\b/gu;
const HAS_REGION_SUFFIX = / (?:region|oblast|Oblast|province|district)\b/u;
// "the Republic of Belarus", "the People's Republic of China": a country's formal name is the country.
// Not inside a longer name ("the Soviet Union of …", "Islamic Republic of …" is left to "Iran"), and a
// bare "Republic of China" is Taiwan's name, not China's.
const FORMAL_STATE_RE = /(?<!\p{Lu}[\p{L}’']* )\b(?:People[’']s Republic|Republic|Kingdom|Federation|Principality|Commonwealth|State) of (?:the )?(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}])/gu;

const BASED_RE = new RegExp(String.raw`(?<![\p{L}-])(${WORD}(?: ${WORD})?)-based\b`, 'gu');

const NUCLEAR_PLANT_RE = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)? [Nn]uclear (?:[Pp]ower )?(?:[Pp]lant|[Ss]tation)\b/gu;

const US_STATES = 'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Mo\\.|Calif\\.|Fla\\.|Va\\.|Md\\.';
const STATE_POST_AFTER = /^ (?:representative|correspondent|lobbyist|director|lawyer|attorney|spokes(?:man|woman|person)|envoy|delegate|chairman)\b/;
const US_CITY_RE = new RegExp(`\\b(\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?), (?:${US_STATES})(?![\\p{L}])`, 'gu');

/** "Austin, Texas": a city named by its state, even when the name is also a surname. */
function usCityCandidates(slice: string, from: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of slice.matchAll(US_CITY_RE)) {
    // "He Weiling, Washington representative of the institute": a person's name before the state's post.
    const [first, second] = m[1].split(' ');
    if (second && (isSurnameFirst(first, second) || isGivenName(first))) continue;
    // "said Smith, Washington representative of the bureau": a name set off before the state's post
    // ("a Boston, Massachusetts lawyer" keeps its city).
    const at = m.index ?? 0;
    if (STATE_POST_AFTER.test(slice.slice(at + m[0].length)) && !/\b(?:a|an|the)\s+$/i.test(slice.slice(Math.max(0, at - 4), at))) continue;
    // "The Houston, Texas officials": the article opening the sentence is not the city's.
    const city = first === 'The' && second ? second : m[1];
    const start = from + at + m[1].length - city.length;
    out.push({ start, end: start + city.length, kind: 'place', name: city, roles: [], standsFor: null, priority: PRIORITY.gazetteerPhrase, source: 'city' });
  }
  return out;
}

// "America's pivot to the Pacific", "implications in the Baltic": a sea or ocean's region named
// alone, not a word before a noun ("the Baltic states", "the Atlantic alliance", "the Pacific Fleet").
const SEA_REGION_RE = /(?<=\bthe )(?:Pacific|Atlantic|Baltic|Caribbean|Adriatic|Aegean)(?![\p{L}\p{N}-]|\s+(?:\p{Lu}|(?!(?:has|was|is|does|says|remains|seems)\b)\p{Ll}+s\b|region|rim|coast|seaboard|alliance|pact|trade|partnership|security|fleet|crossing|route))/gu;

/** Places found by pattern in one sentence. */
export function placeCandidates(text: string, s: Sentence): Candidate[] {
  const slice = text.slice(s.start, s.end);
  const at = (m: RegExpMatchArray): number => s.start + (m.index ?? 0);
  const out: Candidate[] = slice.includes(', ') ? usCityCandidates(slice, s.start) : [];
  if (/[Ww]est/.test(slice)) {
    for (const re of [WEST_RE, LOWER_WEST_RE, WESTERN_WORLD_RE]) {
      for (const m of slice.matchAll(re)) out.push(place(at(m), at(m) + m[0].length, 'the West', PRIORITY.gazetteerWord, 'gazetteer'));
    }
  }
  for (const m of /South|North|East/.test(slice) ? slice.matchAll(REGION_RE) : []) {
    // "the Donbas and the South" lists a region of the country; "instability in the East" alone is
    // only a direction, or the world the West is set against.
    const i = m.index ?? 0;
    if (!LISTED_BEFORE_RE.test(slice.slice(Math.max(0, i - 12), i)) && !LISTED_AFTER_RE.test(slice.slice(i + m[0].length, i + m[0].length + 6))) continue;
    out.push(place(at(m), at(m) + m[0].length, `the ${m[0]}`, PRIORITY.gazetteerWord, 'region'));
  }
  for (const m of /the (?:Pacific|Atlantic|Baltic|Caribbean|Adriatic|Aegean)/.test(slice) ? slice.matchAll(SEA_REGION_RE) : []) out.push(place(at(m), at(m) + m[0].length, m[0], PRIORITY.gazetteerWord, 'sea-region'));
  for (const m of HAS_CONTINENT.test(slice) ? slice.matchAll(CONTINENT_PART_RE) : []) {
    const known = GAZETTEER_BY_VARIANT.get(m[0].toLowerCase());
    out.push(place(at(m), at(m) + m[0].length, known?.name ?? capitalised(m[0]), PRIORITY.gazetteerPhrase, 'continent-part'));
  }
  for (const m of slice.matchAll(LOCATIVE_RE)) {
    const name = placeWords(m[1]);
    if (!name) continue;
    const known = GAZETTEER_BY_VARIANT.get(name.toLowerCase());
    if (known && known.kind !== 'place') continue;
    const start = at(m) + m[0].length - m[1].length;
    out.push(place(start, start + name.length, known?.name ?? name, PRIORITY.locative, 'locative'));
  }
  let titleCase: boolean | undefined;
  for (const m of slice.matchAll(IN_RE)) {
    // A headline in title case ("Dies in Helicopter Crash") capitalises common nouns too.
    if (titleCase === undefined) {
      const words = slice.match(/\p{L}+/gu) ?? [];
      titleCase = words.length >= 5 && words.filter((w) => /^\p{Lu}/u.test(w)).length * 5 >= words.length * 3;
    }
    if (titleCase) break;
    const name = placeWords(m[1]);
    const last = name.split(' ').pop() ?? '';
    const start = at(m) + m[0].length - m[1].length;
    const next = text.slice(start + m[1].length, start + m[1].length + 3);
    // "in St. Petersburg" is an abbreviation; "in Russians", "in African" are peoples; "in Roman
    // Catholicism", "in Marxism" are beliefs.
    if (!name || NOT_PLACES.has(name) || BODY_HEADS.has(last) || GROUP_DEMONYMS.has(name) || /(?:ian|ean|ese|isms?)$/.test(name) || (next[0] === '.' && name.length <= 3)) continue;
    // "in Annex 2", "in East-West relations".
    // "in Sri Lankan history": a nationality of two words.
    if (/^ \d/.test(next) || DEMONYMS.has(name) || name.split('-').every((w) => DEMONYMS.has(w) || /^(?:North|South|East|West)$/.test(w))) continue;
    if (GAZETTEER_BY_VARIANT.has(name.toLowerCase())) continue;
    // Below the tagger's spans: what compromise calls a person or organisation after "in" usually is one.
    out.push(place(start, start + name.length, name, PRIORITY.compromiseOther - 1, 'in-place'));
  }
  for (const m of HAS_REGION_SUFFIX.test(slice) ? slice.matchAll(REGION_SUFFIX_RE) : []) {
    const word = m[1];
    const lower = word.toLowerCase();
    if (NOT_NAMES.has(lower) || CALENDAR.has(lower) || DEMONYMS.has(word) || TITLE_HEADS.has(word) || TITLE_MODIFIERS.has(word) || /(?:ian|ean|ese|ern)$/.test(word)) continue;
    const known = GAZETTEER_BY_VARIANT.get(lower);
    if (known && known.kind !== 'place') continue;
    // "the Euro-Atlantic region" is a sphere, not a place; a known compound ("Ivano-Frankivsk") is.
    if (!known && word.includes('-')) continue;
    // An unknown word must follow "the" or "in" ("in the Hatay province"): a capital at a sentence start could be anything.
    if (!known && !/\b(?:the|in) $/i.test(slice.slice(Math.max(0, (m.index ?? 0) - 4), m.index))) continue;
    out.push(place(at(m), at(m) + m[0].length, known?.name ?? word, PRIORITY.gazetteerPhrase, 'region'));
  }
  for (const m of / of /.test(slice) ? slice.matchAll(FORMAL_STATE_RE) : []) {
    const known = GAZETTEER_BY_VARIANT.get(m[1].toLowerCase()) ?? GAZETTEER_BY_VARIANT.get(m[1].split(' ')[0].toLowerCase());
    // "Republic of the Congo" has an entry of its own, which the gazetteer rule finds.
    if (known?.kind !== 'place' || GAZETTEER_BY_VARIANT.has(m[0].toLowerCase()) || /^Republic of China\b/.test(m[0])) continue;
    const end = at(m) + m[0].length - m[1].length + (GAZETTEER_BY_VARIANT.get(m[1].toLowerCase()) ? m[1].length : m[1].split(' ')[0].length);
    out.push(place(at(m), end, known.name, PRIORITY.gazetteerPhrase, 'formal-state'));
  }
  // "an Abidjan-based firm", "the Geneva-based trade body": a town the lists know, where something is.
  for (const m of slice.includes('-based') ? slice.matchAll(BASED_RE) : []) {
    // Two words ("New York-based") or the last alone ("An Abidjan-based").
    for (const name of m[1].includes(' ') ? [m[1], m[1].split(' ')[1]] : [m[1]]) {
      const known = GAZETTEER_BY_VARIANT.get(name.toLowerCase());
      if (known ? known.kind !== 'place' : !isWorldPlace(name)) continue;
      const start = at(m) + m[1].length - name.length;
      out.push(place(start, start + name.length, known?.name ?? name, PRIORITY.locative, 'based-in'));
      break;
    }
  }
  // "the Zaporizhzhia nuclear plant" is a site of its own, named after its town.
  for (const m of / [Nn]uclear /.test(slice) ? slice.matchAll(NUCLEAR_PLANT_RE) : []) out.push(place(at(m), at(m) + m[0].length, m[0], PRIORITY.venue, 'plant'));
  for (const m of slice.includes(' of ') ? slice.matchAll(WATERS_RE) : []) out.push(place(at(m), at(m) + m[0].length, m[0], PRIORITY.gazetteerPhrase, 'waters'));
  return out;
}

// The day the two German states became one.
const REUNIFICATION = '1990-10-03';

/**
 * "Germany" in a story written before reunification that names West Germany (and not East
 * Germany) is West Germany, as it was to its readers then.
 */
export function withDividedGermany(candidates: Candidate[], articleDate: string | null): Candidate[] {
  if (!articleDate || articleDate >= REUNIFICATION) return candidates;
  const names = new Set(candidates.map((c) => c.name));
  if (!names.has('West Germany') || names.has('East Germany')) return candidates;
  return candidates.map((c) => (c.kind === 'place' && c.name === 'Germany' ? { ...c, name: 'West Germany' } : c));
}
