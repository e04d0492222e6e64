/**
 * Institutions named with their remit: "the Belarusian Ministry of Foreign Affairs", "Ministry of
 * Defence of Russia", "Federal Service of the National Guard of the Chechen Republic".
 */
import type { Sentence } from '../../model';
import { DEMONYMS, GAZETTEER_BY_VARIANT, type GazetteerEntry } from './gazetteer';
import { isTelltaleGivenName } from '../givenNames';
import { AND_LEFT, BODY_HEADS, CALENDAR, CAP_WORD, INSTITUTION_HEADS, SPEECH_VERBS, TITLE_ABBREVIATIONS, TITLE_HEADS, TITLE_MODIFIERS, VENUE_HEADS } from './lexicon';
import { PRIORITY } from './rules';
import type { Candidate } from './types';

// Up to three capitalised words, the institution head, "of", then the capitalised run after it
// ("Mejlis of the Crimean Tatar People" ends in a word newsrooms often leave in lower case).
// "Bank of Russia's National Card …": a possessive after the remit ends the name there (a plural's
// runs on: "Federation of Employers' Associations").
// "Government" is no name alone, but may lead one ("the Government Institute of War Loss").
const INSTITUTION_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])((?:(?:${CAP_WORD}|Government) ){0,3})(\p{Lu}\p{Ll}+) of((?: the)?(?: ${CAP_WORD}(?:(?<=\p{Ll}s)[’'](?= \p{Lu}\p{Ll}))?){1,6}(?: [Pp]eoples?)?)(?![\p{L}\p{N}-]|(?<!\p{Ll}s)[’'](?!s\b))`,
  'gu',
);
// "… of Russia" closing an institution's name.
const OF_PLACE_RE = /^ of (?:the )?(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)/u;

/** The gazetteer's place for a name, if the name is one. */
export const placeEntry = (name: string): GazetteerEntry | undefined => {
  const e = GAZETTEER_BY_VARIANT.get(name.toLowerCase());
  return e?.kind === 'place' ? e : undefined;
};

/**
 * How many of the capitalised words after an institution's "of" belong to its name. A run of
 * up to three that ends the name group is kept ("of Transport and Communications" aside); a longer
 * run usually has a person's name behind it ("Ministry of Foreign Affairs Sergei Lavrov"), so only
 * title-like remit words are kept then ("Foreign Affairs").
 */
export function remitLength(words: string[]): number {
  // "National Assembly of Belarus Andrei Savinykh": a country ends the name.
  for (const size of [2, 1]) {
    if (words.length > size && placeEntry(words.slice(0, size).join(' '))) return size;
  }
  // "Chamber of Representatives Michael McCaul": a given name and a capitalised word start a person.
  // ("Union of Ursula von der Leyen": a remit never opens with a given name.)
  if (words.length > 0 && isTelltaleGivenName(words[0])) return 0;
  const person = words.findIndex((w, i) => i > 0 && i + 1 < words.length && isTelltaleGivenName(w));
  if (person > 0) return remitLength(words.slice(0, person));
  if (words.length <= 3) return words.length;
  let n = 0;
  while (n < words.length && n < 3 && (TITLE_MODIFIERS.has(words[n]) || words[n] === 'the')) n++;
  return n;
}

/** The length of " of Russia" (a known place, one or two words) at `at`, or 0. */
export function ofPlaceLength(text: string, at: number): number {
  const m = OF_PLACE_RE.exec(text.slice(at, at + 40));
  if (!m) return 0;
  const words = m[1].split(' ');
  for (const size of [words.length, 1]) {
    const name = words.slice(0, size).join(' ');
    if (placeEntry(name)) return m[0].length - m[1].length + name.length;
  }
  return 0;
}


// "… Federal Service of the National Guard": a body inside a body, named down the hierarchy.
const NESTED_RE = new RegExp(String.raw`^ of((?: the)?(?: ${CAP_WORD}){1,4})(?![\p{L}\p{N}’'-])`, 'u');
const HIERARCHY_HEADS = new Set([...INSTITUTION_HEADS, ...BODY_HEADS]);

/**
 * Where an institution's name ends once its remit is read in full: " of Russia" closing it, or the
 * bodies it belongs to ("of the National Guard of the Chechen Republic").
 */
function extendRemit(text: string, end: number): number {
  const place = ofPlaceLength(text, end);
  if (place) return end + place;
  for (let depth = 0; depth < 3; depth++) {
    const last = /\p{L}+$/u.exec(text.slice(Math.max(0, end - 20), end))?.[0] ?? '';
    if (!HIERARCHY_HEADS.has(last)) break;
    const m = NESTED_RE.exec(text.slice(end, end + 80));
    if (!m) break;
    const words = m[1].trim().split(' ');
    const keep = remitLength(words);
    if (keep < words.length || (keep === 1 && words[0] === 'the')) break;
    end += m[0].length;
    const tail = ofPlaceLength(text, end);
    if (tail) return end + tail;
  }
  return end;
}

// " and Trade" after a whole remit: a second remit joined to the first ("Ministry of Transport and
// Communications", "Department of Foreign Affairs and Trade"). Up to three capitalised words that end
// the capitalised run; what follows is lower case, punctuation or the sentence end. Words that are
// no names alone may be remits here ("and Administration"), so the words are checked one by one.
const AND_REMIT_RE = new RegExp(String.raw`^ and((?: \p{Lu}\p{Ll}+){1,3})(?![\p{L}\p{N}-]|[’'](?!s\b)| \p{Lu})`, 'u');

const REMIT_ADJECTIVE_RE = /(?:ial|nal|ral|tal|ic|ive|ary)$/u;
const REMIT_NOUNS = new Set(['Policy', 'Services', 'Development', 'Security', 'Affairs', 'Protection', 'Resources', 'Industries', 'Transformation', 'Relations', 'Planning']);

/**
 * The length of a second remit joined by "and" at `end`, or 0. A known name ("and Ukraine",
 * "and NATO"), a demonym, a title ("and President …") or a body of its own ("and Foreign Ministry")
 * is another actor beside the institution, not part of its name.
 */
function andRemitLength(text: string, end: number): number {
  const m = AND_REMIT_RE.exec(text.slice(end, end + 60));
  if (!m) return 0;
  const words = m[1].trim().split(' ');
  const last = words[words.length - 1];
  // "and Bogusław Pacek, director of …": a longer remit opens with an adjective ("and Social Policy",
  // "and Regional Development") or ends in a remit noun ("and Human Services", "and Information
  // Policy"); a person's name does neither.
  if (words.length > 1 && !REMIT_ADJECTIVE_RE.test(words[0]) && !AND_LEFT.has(words[0]) && !REMIT_NOUNS.has(last)) return 0;
  if (GAZETTEER_BY_VARIANT.has(words.join(' ').toLowerCase()) || (HIERARCHY_HEADS.has(last) && last !== 'Administration') || VENUE_HEADS.has(last)) return 0;
  for (const w of words) {
    const lower = w.toLowerCase();
    if (GAZETTEER_BY_VARIANT.has(lower) || CALENDAR.has(lower) || SPEECH_VERBS.has(lower) || DEMONYMS.has(w) || TITLE_HEADS.has(w) || TITLE_ABBREVIATIONS.has(w)) return 0;
  }
  return m[0].length;
}

/** "the Belarusian Ministry of Foreign Affairs", "Ministry of Defence of Russia": an institution and its remit. */
export function institutions(text: string, s: Sentence): Candidate[] {
  const out: Candidate[] = [];
  const slice = text.slice(s.start, s.end);
  const re = INSTITUTION_RE;
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    // "Head of the Mejlis of …": a title's "of" does not hide the institution after it.
    if (!INSTITUTION_HEADS.has(m[2])) {
      re.lastIndex = (m.index ?? 0) + m[1].length + m[2].length;
      continue;
    }
    // "Chief of Staff of the Army" is a title.
    if (m[2] === 'Staff' && /\bChief of $/.test(slice.slice(0, m.index))) continue;
    // "the Russian Federation of Ukrainian regions", "the Soviet Union of Stalin": a country's name
    // before "of" is that country, not the head of a longer name.
    const head = `${m[1]}${m[2]}`;
    if (placeEntry(head) || placeEntry(head.split(' ').slice(-2).join(' '))) continue;
    const remit = m[3].trim().split(' ');
    const keep = remitLength(remit);
    if (keep === 0 || (keep === 1 && remit[0] === 'the')) continue;
    const remitText = ` ${remit.slice(0, keep).join(' ')}`;
    const start = s.start + (m.index ?? 0);
    let end = start + m[1].length + m[2].length + ' of'.length + remitText.length;
    // "Ministry of the Interior and Administration": a second remit first, then " of Russia".
    if (keep === remit.length) end = extendRemit(text, end + andRemitLength(text, end));
    const name = text.slice(start, end);
    // "the American Department of State" is the gazetteer's State Department.
    if (GAZETTEER_BY_VARIANT.has(name.toLowerCase()) || GAZETTEER_BY_VARIANT.has(name.slice(m[1].length).toLowerCase())) continue;
    out.push({ start, end, kind: 'organization', name, roles: [], standsFor: null, priority: PRIORITY.gazetteerPhrase, source: 'institution' });
  }
  return out;
}