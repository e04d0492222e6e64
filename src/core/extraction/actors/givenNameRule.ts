/**
 * People found by a first name: a name of the hand-kept list, or (weaker, so more guarded) of the
 * long English lists, and the capitalised word after it.
 */
import { isCommonGivenName, isGivenName, isTelltaleGivenName } from '../givenNames';
import { GAZETTEER_BY_VARIANT } from './gazetteer';
import { AMBIGUOUS_PLACE_NAMES } from './lexicon';
import { BODY_HEADS, CALENDAR, INSTITUTION_HEADS } from './lexicon';
import { PRIORITY } from './rules';
import { isNameWord } from './titles';
import type { Token } from './text';
import type { Candidate } from './types';

/** The source of a person found by a first name of the long lists only: the tagger may overrule it. */
export const WEAK_GIVEN_NAME = 'given-name-weak';

const PLURAL_HEADS = new Set(['Springs', 'Falls', 'Hills', 'Heights', 'Islands', 'Mountains', 'Lakes', 'Fields', 'Gardens', 'Woods', 'Games', 'Forces', 'Affairs', 'Services', 'Rights', 'Times', 'News', 'Studies', 'Relations', 'States', 'Nations', 'Awards', 'Sports', 'Brothers', 'Sisters', 'Sons', 'Associates', 'Partners', 'Holdings', 'Industries', 'Systems', 'Technologies', 'Airlines', 'Airways', 'Records', 'Productions', 'Pictures', 'Studios', 'Days', 'Nights', 'Streets', 'Towers', 'Docks']);

// Words that make the name after them a place's ("St Andrew", "Mount Victoria").
const PLACE_PREFIXES = new Set(['St', 'Saint', 'Sankt', 'San', 'Santa', 'Mount', 'Fort', 'Port', 'Lake', 'Cape']);

const NAMED_PLACE_HEADS = new Set(['Bridge', 'Street', 'Square', 'Avenue', 'Road', 'Boulevard', 'Station', 'Park', 'Cathedral', 'Church', 'Monastery', 'Memorial', 'Monument', 'Hall', 'Tower', 'Palace', 'Gate', 'Island', 'Bay', 'Lake', 'River']);

// Words after a first name of the long lists that show the pair is no person's name
// ("Tex Gulf", "Marion County", "April Three").
const NOT_WEAK_SURNAMES = new Set([
  'Gulf', 'County', 'Telephone', 'Democrat', 'Republican', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten',
  'Administration', 'Administrations', 'Bank', 'Banks', 'Group', 'Brothers', 'Bros', 'Drug', 'Stores', 'Securities', 'Capital',
  'Partners', 'Holdings', 'Financial', 'Communications', 'Industries', 'Coffee', 'Sea', 'Beach', 'City', 'Valley',
]);
function weakSurnameFits(text: string, first: Token, last: Token): boolean {
  // "Merrill Lynch and Co", "Holt, Rinehart and Winston": a firm named after its founders.
  if (/^,?\s+(?:and|&)\s+(?:Co\b|\p{Lu})/u.test(text.slice(last.end, last.end + 12))) return false;
  // A table's row in capitals ("DEL GRADES") is no name.
  if (!first.cap || /^\p{Lu}{2,}$/u.test(first.text) || /^\p{Lu}{2,}$/u.test(last.text)) return false;
  // (A place that is a given name too opens a name: "Dallas Smith".)
  if (CALENDAR.has(first.text.toLowerCase()) || (GAZETTEER_BY_VARIANT.has(first.text.toLowerCase()) && !AMBIGUOUS_PLACE_NAMES.has(first.text))) return false;
  // "Fannie Mae": two first names make no person of the long lists (one of the hand-kept list
  // never makes a surname; the caller skips it).
  if (isCommonGivenName(last.text)) return false;
  return !NOT_WEAK_SURNAMES.has(last.text) && (!CALENDAR.has(last.text.toLowerCase()) || SURNAME_MONTHS.has(last.text));
}

/** A month that is also a surname: "Clifford May", "Theresa May". */
export const SURNAME_MONTHS = new Set(['May']);

/**
 * A known given name and the capitalised word after it ("Wiktor Medwedczuk was placed in home
 * arrest", "when Wołodymyr Zelnski was elected"): a person even with no title or speech verb,
 * which machine-translated copy and names the tagger does not know need.
 */
export function givenNameCandidates(text: string, tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const first = tokens[i];
    const last = tokens[i + 1];
    // "Clifford May", but not "since February May 5" nor a given name before a date.
    const monthSurname = SURNAME_MONTHS.has(last.text) && !/^\s*\d/.test(text.slice(last.end, last.end + 3));
    const given = isTelltaleGivenName(first.text) || (isCommonGivenName(first.text) && weakSurnameFits(text, first, last));
    if (!given || first.possessive || !/^ $/.test(text.slice(first.end, last.start)) || !(isNameWord(last) || monthSurname)) continue;
    // "George W. Bush", "Roman Catholicism", "Alice Springs": an initial, an -ism or a plural
    // head of a place's or body's name is no surname ("Kaja Kallas", "Ed Jones" are).
    if (last.text.length < 3 || /ism$/.test(last.text) || PLURAL_HEADS.has(last.text)) continue;
    // "Tamar Bridge", "Vira Street": a place named after someone.
    if (NAMED_PLACE_HEADS.has(last.text)) continue;
    if (isGivenName(last.text) || GAZETTEER_BY_VARIANT.has(last.text.toLowerCase()) || BODY_HEADS.has(last.text) || INSTITUTION_HEADS.has(last.text)) continue;
    // "Robert Bosch Foundation", "Martin Luther King", "St Andrew Hall": a longer capitalised run is
    // left to the other rules.
    const after = tokens[i + 2];
    const before = tokens[i - 1];
    if (after && /^ $/.test(text.slice(last.end, after.start)) && !last.possessive && after.cap) continue;
    if (before && (isGivenName(before.text) || isCommonGivenName(before.text) || PLACE_PREFIXES.has(before.text)) && /^\.? $/.test(text.slice(before.end, first.start))) continue;
    const end = last.end;
    // "T. Boone Pickens": an initial before the given name opens the name.
    const initial = before && /^\p{Lu}$/u.test(before.text) && text.slice(before.end, first.start) === '. ' ? before : null;
    const start = initial ? initial.start : first.start;
    const name = initial ? `${initial.text}. ${first.text} ${last.text}` : `${first.text} ${last.text}`;
    out.push({ start, end, kind: 'person', name, roles: [], standsFor: null, priority: PRIORITY.givenName, source: isTelltaleGivenName(first.text) ? 'given-name' : WEAK_GIVEN_NAME });
    i++;
  }
  return out;
}
