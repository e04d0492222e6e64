/**
 * Organisations and venues recognised by their structure rather than a list: "Ministry of Defence
 * of Russia", "Chatham House", "82nd Airborne Division", "Ukrainian Security Council", "Gazeta.pl",
 * "Assad regime", "Oxford professor". Works on one sentence's text and tokens, in linear time.
 */
import type { Sentence } from '../../model';
import { DEMONYM_ALT, DEMONYMS, GAZETTEER_BY_VARIANT, plainInitials } from './gazetteer';
import { AND_LEFT, BODY_HEADS, CALENDAR, CAP_WORD, capitalise, INSTITUTION_HEADS, NOT_NAMES, ROYAL, SPEECH_VERBS, TITLE_ABBREVIATIONS, TITLE_HEADS, TITLE_MODIFIERS, VENUE_HEADS, VENUE_WORDS } from './lexicon';
import { institutions, ofPlaceLength, placeEntry, remitLength } from './institutions';
import { CERTAIN_FIRM_SUFFIXES, isFirmName } from './firms';
import { isCommonGivenName, isGivenName } from '../givenNames';
import { outletCandidates } from './outlets';
import { unitCandidates } from './units';
import { wireBodyCandidates } from './wireBodies';
import { PRIORITY } from './rules';
import type { Token } from './text';
import type { Candidate } from './types';

/** Whether `surname` is a leader's the text names in full ("President Corazon Aquino") or the gazetteer knows. */
function leaderNamed(text: string, surname: string): boolean {
  if (DEMONYMS.has(surname) || PARTY_WORDS.has(surname) || placeEntry(surname)) return false;
  const known = GAZETTEER_BY_VARIANT.get(surname.toLowerCase());
  return known ? known.kind === 'person' : new RegExp(String.raw`\p{Lu}\p{Ll}+ ${surname}(?! government)\b`, 'u').test(text);
}

/** Gazetteer bodies whose bare name is one country's (or the UN's); "Ukrainian Security Council" is another body. */
const NATIONAL_BODIES = new Set(['UN Security Council', 'UN General Assembly', 'National Security Council', 'Congress', 'Senate', 'House of Representatives', 'U.S. Air Force', 'State Department', 'Pentagon', 'Supreme Court']);
const HOME_QUALIFIERS = new Set(['American', 'US', 'U.S.', 'America', 'United States', 'UN', 'U.N.']);

const PARTY_WORDS = new Set(['Democratic', 'Republican', 'GOP', 'Labour', 'Tory', 'Conservative']);
const GOVERNING_PARTIES = new Set(['Liberal', 'Conservative', 'Labour', 'Tory', 'Socialist', 'Communist']);

// A rank's modifiers start a title, not a name ("Retired Army Lieutenant General …").
const NOT_LEADING = new Set(['Retired', 'Former', 'Acting', 'Deputy', 'Vice', 'Assistant', 'Senior', 'Top', 'Principal']);

function bodyWord(t: Token, first: boolean): boolean {
  // "First National Bank of Chicago", "1st Army": an ordinal opens the name.
  if ((first && (/^\d+(?:st|nd|rd|th)$/.test(t.text) || t.text === 'First')) || (t.text === 'People' && t.possessive)) return true;
  if (!t.cap || TITLE_HEADS.has(t.text) || (t.dot && TITLE_ABBREVIATIONS.has(t.text)) || (first && NOT_LEADING.has(t.text))) return false;
  // "Police said" opens a sentence; "National Police" and "Regional Military Administration" end a name.
  if (!first && (t.text === 'Police' || t.text === 'Administration')) return true;
  const lower = t.text.toLowerCase();
  // "VIEW VIDEO European Parliament": a word in capitals is a name only when it is a known acronym.
  if (/^\p{Lu}{4,}$/u.test(t.text) && !GAZETTEER_BY_VARIANT.has(lower)) return false;
  // "Mercedes-Benz", but not "Republican-controlled".
  return !NOT_NAMES.has(lower) && !CALENDAR.has(lower) && !SPEECH_VERBS.has(lower) && /^[\p{Lu}\d][\p{L}\d.’']*(?:-[\p{Lu}\d][\p{L}\d.’']*)*$/u.test(t.text);
}

// ("Japan Federation of Employers' Associations", "Workers' Party": a plural's possessive runs on.)
const spaced = (text: string, a: Token, b: Token): boolean => !a.possessive && (/^ $/.test(text.slice(a.end, b.start)) || (/\p{Ll}s$/u.test(a.text) && /^[’'] $/.test(text.slice(a.end, b.start))));
// "St. Petersburg International Economic Forum": a saint's abbreviation opening a name runs on over
// its dot ("Main St. City Council" is a street's, ending a sentence).
const saintDot = (text: string, a: Token, b: Token): boolean => a.dot && a.text === 'St' && text.slice(a.end, b.start) === '. ';
const org = (start: number, end: number, name: string, priority: number, source: string, kind: Candidate['kind'] = 'organization'): Candidate =>
  ({ start, end, kind, name, roles: [], standsFor: null, priority, source });

/** Maximal runs of capitalised words (with inner "and" between remit words), as token index ranges. */
function capitalRuns(text: string, tokens: Token[]): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!bodyWord(tokens[i], true)) {
      i++;
      continue;
    }
    let j = i;
    // "People's Liberation Army" runs on over its possessive.
    while (j + 1 < tokens.length && (!tokens[j].possessive || tokens[j].text === 'People')) {
      const next = tokens[j + 1];
      const people = tokens[j].possessive && /^[’']s $/.test(text.slice(tokens[j].end, next.start));
      const after = tokens[j + 2];
      if ((people || spaced(text, tokens[j], next) || (j === i && saintDot(text, tokens[j], next))) && bodyWord(next, false)) j++;
      // ("S and P Advisory Committee": two initials joined.)
      else if (next.text === 'and' && (AND_LEFT.has(tokens[j].text) || (/^\p{Lu}$/u.test(tokens[j].text) && /^\p{Lu}$/u.test(after?.text ?? ''))) && after && spaced(text, tokens[j], next) && spaced(text, next, after) && bodyWord(after, false)) j += 2;
      else break;
    }
    runs.push([i, j]);
    i = j + 1;
  }
  return runs;
}

// Heads whose name may go on with "for"/"on" and a remit; not units, outlets or chambers.
const REMIT_HEADS = new Set(['Council', 'Committee', 'Commission', 'Agency', 'Office', 'Institute', 'Centre', 'Center', 'Foundation', 'Fund', 'Society', 'Association', 'Alliance', 'Network', 'Forum', 'Union', 'Party', 'Academy', 'Ministry', 'Department', 'Service', 'Court', 'Directorate', 'Secretariat']);

/**
 * How many tokens after the head at `head` are a "for"/"on" remit that belongs to the name
 * ("Council on Foreign Relations", "Centre for Eastern Studies"); 0 when none follows.
 */
function forRemit(text: string, tokens: Token[], head: number, named: boolean): number {
  const by = tokens[head + 1];
  if ((by?.text !== 'for' && by?.text !== 'on') || !spaced(text, tokens[head], by)) return 0;
  let k = head + 2;
  if (tokens[k]?.text === 'the' && spaced(text, by, tokens[k])) k++;
  const first = k;
  const words: string[] = [];
  while (k < tokens.length && words.length < 6 && spaced(text, tokens[k - 1], tokens[k])) {
    const t = tokens[k];
    if (t.text === 'and' && words.length > 0 && tokens[k + 1] && spaced(text, t, tokens[k + 1]) && bodyWord(tokens[k + 1], false)) {
      words.push(t.text);
    } else if (bodyWord(t, false)) {
      words.push(t.text);
      if (t.possessive) break;
    } else break;
    k++;
  }
  if (words[words.length - 1] === 'and') words.pop();
  // "the Council on Ukraine's bid", "a Fund for Moldova": a known place or person is what it deals
  // with. A name before the head makes the place its remit ("the International Fund for Ukraine").
  if (tokens[first + words.length - 1]?.possessive) return 0;
  const known = GAZETTEER_BY_VARIANT.get(words.join(' ').toLowerCase());
  // "asked the Human Rights Council for Russia to be suspended": a request about the place, no remit.
  const asked = /^\s+to\b/.test(text.slice(tokens[first + words.length - 1]?.end ?? 0));
  if (known && known.kind !== 'organization' && !(named && !asked && by.text === 'for' && known.kind === 'place')) return 0;
  // "Center for Naval Analyses Russia Studies Program": a country after the remit starts another name.
  const placeAt = words.findIndex((w, k) => k > 0 && w !== 'and' && placeEntry(w));
  if (placeAt > 0) words.length = placeAt;
  const keep = remitLength(words.filter((w) => w !== 'and'));
  if (keep === 0) return 0;
  // Count the kept capitalised words back into tokens, inner "and"s included.
  let taken = 0;
  let n = 0;
  while (n < words.length && taken < keep) if (words[n++] !== 'and') taken++;
  return first - head - 1 + n;
}

// Month and day names as they open a capitalised word ("on Monday", "on March").
const CALENDAR_ALT = [...CALENDAR].map(capitalise).join('|');
const DATE_AFTER_RE = new RegExp(String.raw`^ on (?:${CALENDAR_ALT})\b`, 'u');

const UNIT_HEADS = new Set(['Army', 'Division', 'Brigade', 'Regiment', 'Battalion', 'Corps', 'Fleet']);

/** A capitalised word that is no name, people, title or party of its own ("Social", "Free", "Liberal"). */
const namesNothing = (w: Token): boolean =>
  !w.possessive && !GAZETTEER_BY_VARIANT.has(w.text.toLowerCase()) && !DEMONYMS.has(w.text) && !isGivenName(w.text) && !TITLE_HEADS.has(w.text) && !TITLE_MODIFIERS.has(w.text) && !placeEntry(w.text) && !/^\p{Lu}{2,}$/u.test(w.text);

/** A run ending in a body head: an organisation, or a place for venues and seas. */
function namedBody(text: string, tokens: Token[], from: number, to: number): Candidate | null {
  const words = tokens.slice(from, to + 1);
  const head = words[words.length - 1].text;
  if (!(BODY_HEADS.has(head) || VENUE_HEADS.has(head))) return null;
  const remit = REMIT_HEADS.has(head) ? forRemit(text, tokens, to, words.length > 1) : 0;
  if (words.length < 2 && remit === 0) return null;
  // "Trump White House", "Russian Wagner Group", "United Nations Security Council": a known name at
  // the end keeps its own entry. Words that name nothing before it make another body: "Social
  // Democratic Party", "Free Democratic Party" (not a sentence's first word: "Veteran Democratic
  // Party strategist").
  for (let k = 0; k < words.length; k++) {
    if (GAZETTEER_BY_VARIANT.has(words.slice(k).map((w) => w.text).join(' ').toLowerCase()) && (k === 0 || from === 0 || !words.slice(0, k).every(namesNothing) || GAZETTEER_BY_VARIANT.has(words.slice(0, k).map((w) => w.text).join(' ').toLowerCase()))) return null;
  }
  // "a Washington Post-ABC News poll": two known names joined by a hyphen are two bodies.
  const joined = words.findIndex((w) => w.text.includes('-'));
  if (joined >= 0) {
    const [leftEnd, ...rightStart] = words[joined].text.split('-');
    const left = [...words.slice(0, joined).map((w) => w.text), leftEnd].join(' ');
    const right = [rightStart.join('-'), ...words.slice(joined + 1).map((w) => w.text)];
    const knownBody = (name: string): boolean => GAZETTEER_BY_VARIANT.get(name.toLowerCase())?.kind === 'organization';
    if (knownBody(left) && knownBody(right.join(' '))) return null;
  }
  // "Chatham House", "Freedom House"; "Republican House", "US House" are the chamber.
  const lead = words[0].text;
  if (head === 'House' && (words.length > 2 || PARTY_WORDS.has(lead) || DEMONYMS.has(lead) || TITLE_MODIFIERS.has(lead) || placeEntry(lead))) return null;
  // "a Russian Unit" describes; "GRU Unit 29155" is named by its number, which is no name here.
  if (head === 'Unit' && ((words.length === 2 && DEMONYMS.has(lead)) || /^ \d/.test(text.slice(words[words.length - 1].end, words[words.length - 1].end + 2)))) return null;
  // "the Russian Military Airport in Crimea" describes an airport; it does not name one.
  if (VENUE_HEADS.has(head) && (DEMONYMS.has(lead) || TITLE_MODIFIERS.has(lead))) return null;
  // "the Port of Singapore Authority": a place's body named with what it runs before "of".
  const portOf = placeEntry(lead) ? /(?<![\p{L}\p{N}])(?:Port|Bank|Province|City|State|Government) of $/u.exec(text.slice(Math.max(0, words[0].start - 16), words[0].start)) : null;
  const start = words[0].start - (portOf?.[0].length ?? 0);
  let end = words[words.length - 1].end;
  // "Centre for Disease Control", "Council on Foreign Relations": the remit is part of the name.
  if (remit > 0) end = tokens[to + remit].end;
  // "Council for Ukraine" is left to the gazetteer; "Security Service on August 26" is a date.
  else if (/^ (?:for|on) (?:the )?\p{Lu}/u.test(text.slice(end, end + 10)) && !DATE_AFTER_RE.test(text.slice(end, end + 16))) return null;
  if (/^ of (?:the )?\p{Lu}/u.test(text.slice(end, end + 9))) {
    const ofPlace = ofPlaceLength(text, end);
    // "Ministry of Defence": the institution rule reads what follows "of". A unit's "of" names
    // what it belongs to ("41st Army of the Central Military District"); the unit ends there.
    if (!ofPlace && !UNIT_HEADS.has(head)) return null;
    end += ofPlace;
  }
  const venue = VENUE_HEADS.has(head) || ((head === 'Center' || head === 'Centre') && words.some((w) => VENUE_WORDS.has(w.text)));
  const name = text.slice(start, end);
  return venue ? org(start, end, name, PRIORITY.venue, 'venue', 'place') : org(start, end, name, PRIORITY.body, 'body');
}

/**
 * "Ukrainian Security Council", "Russia's Senate": a national qualifier before a body the gazetteer
 * knows as another country's (or the UN's) makes a different body. "American Congress" stays Congress.
 */
function qualifiedBodies(text: string, tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const q = tokens[i];
    const country = q.possessive && placeEntry(q.text);
    if (!(DEMONYMS.has(q.text) && !q.possessive) && !country) continue;
    if (HOME_QUALIFIERS.has(q.text) || HOME_QUALIFIERS.has(country ? country.name : '')) continue;
    const gapOk = q.possessive ? /^[’']s $/.test(text.slice(q.end, tokens[i + 1].start)) : /^ $/.test(text.slice(q.end, tokens[i + 1].start));
    if (!gapOk) continue;
    for (let n = Math.min(4, tokens.length - i - 1); n >= 1; n--) {
      const words = tokens.slice(i + 1, i + 1 + n);
      if (!words.every((w, k) => w.cap && (k === 0 || spaced(text, words[k - 1], w)))) continue;
      const entry = GAZETTEER_BY_VARIANT.get(words.map((w) => w.text).join(' ').toLowerCase());
      if (entry?.kind !== 'organization' || !NATIONAL_BODIES.has(entry.name)) continue;
      const end = words[n - 1].end;
      // "Russia’s Security Council": the possessive is a mention of the country; the body's mention is the rest.
      // "the Royal Australian Air Force": a crown's forces keep "Royal" in their name.
      const royal = !country && text.slice(Math.max(0, q.start - ROYAL.length), q.start) === ROYAL;
      const start = country ? words[0].start : royal ? q.start - ROYAL.length : q.start;
      out.push({ ...org(start, end, text.slice(royal ? start : q.start, end), PRIORITY.qualifiedBody, 'qualified-body'), base: entry.name });
      break;
    }
  }
  return out;
}

// One word, capitalised or in capitals: "NewsForbes.com" is two names run together.
const DOMAIN_RE = /(?<![\p{L}\p{N}.@/])(?:\p{Lu}[\p{Ll}\d-]*|[\p{Lu}\d]+)\.(?:pl|com|ru|ua|net|org|de|fr|by|info|io|eu|co\.uk)(?![\p{L}\d])/gu;
const LEADER_OFFICE_RE = new RegExp(String.raw`\b(?:(?:${DEMONYM_ALT}) )?(?:President|Prime Minister)[’']s Office\b`, 'gu');
const GOVERNMENT_RE = /(?<![\p{L}\p{N}.])(United States|\p{Lu}\p{L}+|U\.S\.|U\.K\.) (administration|regime|government)\b/gu;
// Ukraine's regional commands, named with the compass point after the head: "Operational Command South".
const COMPASS_COMMAND_RE = /(?<![\p{L}\p{N}])(?:Operational|Joint Forces|Air) Command (?:North|South|East|West|Centre|Center)(?![\p{L}\p{N}])/gu;
// "the military's General Staff", "the Ukrainian General Staff": "General" is a title word, so the
// capitalised-run rule never starts a body with it. "Chief of the General Staff" is a title, and
// "General Staff of the Polish Army" is read by the institution rule.
const GENERAL_STAFF_RE = new RegExp(String.raw`(?<!\bChief of (?:the )?)(?<![\p{L}\p{N}])(?:(${DEMONYM_ALT}) )?General Staff(?![\p{L}\p{N}]| of )`, 'gu');
const PROFESSOR_RE = /(?<=[\p{L},;] )(\p{Lu}\p{Ll}+) (?:professor|lecturer)\b/gu;

// "Metro AG", "Siemens Energy AG", "Rosneft Deutschland GmbH": capitalised words and a corporate suffix.
const CERTAIN_SUFFIX = CERTAIN_FIRM_SUFFIXES.join('|');
// "Nonoc Mining and Industrial Corp": one "and" may join two of the words.
// "First Boston Corp", "First Chicago Corp": banks open with a word common enough to be no name.
// "E.F. Hutton Group Inc", "G. Heileman Brewing Co Inc": a founder's initials open the name. Not a
// middle initial after a name ("Sanford C. Bernstein"), nor one after "and" ("S and P. Salomon"), nor a
// country's or a place's ("in the U.S. Apple Inc rose", "Washington, D.C. Acme Inc").
const INITIALS = String.raw`(?<!\p{Lu}[\p{L}.]*\s)(?!U\.S\. |U\.K\. |E\.U\. |U\.N\. |D\.C\. )(?:(?<!\band\s)\p{Lu}\. |(?:\p{Lu}\.){2,3} )`;
// "Oki Electric Industry Co Ltd", "Barclays de Zoete Wedd Ltd": "Co" before the suffix, a particle inside.
// Four words at most ("Japan Credit Rating Agency Ltd", "Chiyoda Fire and Marine Insurance Co Ltd"),
// a founder's possessive only before the suffix ("Scotty's Inc"; "PepsiCo's Taco Bell Corp" is PepsiCo's unit).
// A suffix opens no name: "Marathon Oil Co and Texas Oil and Gas Corp" are two ("Bond Corp Holdings
// Ltd" is one). A region or a
// holding may stand in brackets before it ("Chemical Industries (FE) Ltd").
const FIRM_RE = new RegExp(String.raw`(?<![\p{L}\p{N}.])((?:First |${INITIALS})?(?!(?:Co|Cos|Corp|Inc|Ltd|Plc|PLC)\b)(?:${CAP_WORD}(?:['’]s(?= (?:${CERTAIN_SUFFIX})\b))? (?:and (?=\p{Lu}\p{Ll}+ )|(?:de|van|von|der|du|des|la|le) (?=\p{Lu}))?){1,4}(?:\(\p{Lu}[\p{L}.]{0,10}\) )?(?:Co |Corp )?)(?:${CERTAIN_SUFFIX})(?![\p{L}\p{N}])`, 'gu');
// "Pershing and Co", "Goldman, Sachs and Co", "Baring Brothers and Co Ltd": a partnership's name.
// Only one word before a comma ("Inc, Kidder Peabody and Co" lists two firms), never "Co-chair".
// ("Sanford C. Bernstein and Co Inc", "Robert W. Baird and Co Inc": a founder named with a middle initial.)
const AND_CO_RE = new RegExp(String.raw`(?<![\p{L}\p{N}.])((?:${CAP_WORD}, ${CAP_WORD} |(?:\p{Lu}\p{Ll}+ \p{Lu}\. |${INITIALS})?(?:${CAP_WORD} ){1,3}))and Co(?![-\p{L}\p{N}])(?: (?:${CERTAIN_SUFFIX})(?![\p{L}\p{N}]))?`, 'gu');
// "the Christian Democratic party", "the Communist party": a party written with a lower-case head.
const LOWER_PARTY_RE = /(?<![\p{L}\p{N}])(?:(?:Christian|Social|Free|Liberal) Democratic|Communist|Socialist|Social Democratic) party\b/gu;
// "the House Agriculture committee", "the Senate Finance subcommittee": a chamber's committee in lower case.
// ("the Senate Appropriations subcommittee on Foreign Operations" with its remit).
const LOWER_COMMITTEE_RE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:House|Senate) (?:\p{Lu}\p{L}+ (?:and )?){1,3}(?:sub)?committee\b(?: on (?!${CALENDAR_ALT}\b)(?:\p{Lu}\p{L}+ (?:and )?){0,3}\p{Lu}\p{L}+)?`, 'gu');
// "Shell U.K.", "<Shell U.K. Oil>": a known firm's national subsidiary, one body with its country's initials.
const SUBSIDIARY_RE = /(?<![\p{L}\p{N}.])(\p{Lu}[\p{L}&-]+) (U\.K\.|U\.S\.|UK|USA)(?: (Ltd|Inc|Plc|PLC|Corp|Oil))?(?![\p{L}\p{N}])/gu;
// "the ADEO group", "the OLX group": a firm's group, its name in capitals, with a lower-case "group".
const FIRM_GROUP_RE = /\bthe (\p{Lu}[\p{Lu}\d&-]+) group\b/gu;
// "Air Lanka", "Air Canada", "Air India": an airline named "Air" and one word, not an air arm, rank
// or thing ("Air Force", "Air Marshal", "Air Defence", "Air Traffic").
const AIR_WORDS = ['Force', 'Forces', 'Marshal', 'Chief', 'Vice', 'Commodore', 'Defense', 'Defence', 'Command', 'Base', 'Station', 'Show', 'Quality', 'Traffic', 'Transport', 'Pollution', 'Corps', 'Cargo', 'Mail', 'Power', 'Wing', 'Guard', 'National', 'Staff', 'Ministry', 'Commander', 'Operations', 'Combat', 'Mobility', 'University', 'War', 'Superiority', 'Raid', 'Strike', 'Support', 'Jordan', 'Conditioning', 'Navigation', 'Safety', 'Space', 'Freight', 'Services', 'Service'];
// Not the tail of another name ("Texas Air Corp", "Baltic Air Policing").
const AIRLINE_RE = new RegExp(String.raw`(?<![\p{L}\p{N}.-])Air (?!(?:${AIR_WORDS.join('|')}|${CERTAIN_FIRM_SUFFIXES.join('|')}|Co|Policing|Group|Lines)\b)\p{Lu}\p{Ll}+(?![\p{L}\p{N}-]| \p{Lu}| of\b)`, 'gu');

/**
 * A company named with its corporate suffix, named as the gazetteer names it when it knows the
 * words before the suffix ("Siemens AG" is Siemens). "Texas AG Ken Paxton" (an attorney general),
 * "Deputy AG" and "UK PLC" (the country as a business) are no firms.
 */
function firm(text: string, start: number, whole: string, lead: string): Candidate | null {
  // "Putin and Co said", "Russia, China and Co", "President Zelensky and Co": a known name, a title or
  // a firm's suffix before "and Co" is a person or a list, not a partnership.
  if (/ and Co\b/.test(whole) && lead.trim().split(/,? /).some((w) => GAZETTEER_BY_VARIANT.has(w.toLowerCase()) || TITLE_HEADS.has(w) || TITLE_ABBREVIATIONS.has(w) || isFirmName(w))) return null;
  // "Credit Suisse and Metro AG", "Visa Inc and Mastercard Inc", "Elon Musk and Tesla Inc": a name
  // of its own before the "and" leaves only the name after it ("Cable and Wireless Plc" stays whole).
  const and = lead.lastIndexOf(' and ');
  if (and > 0 && twoFirmsAround(text, start, lead, and)) {
    const skip = and + ' and '.length;
    return firm(text, start + skip, whole.slice(skip), lead.slice(skip));
  }
  const words = lead.trim();
  const first = words.split(' ')[0];
  if (NOT_LEADING.has(first) || (TITLE_MODIFIERS.has(first) && first !== 'First' && first !== 'National') || placeEntry(words)) return null;
  if (/\bAG$/.test(whole) && /^ \p{Lu}/u.test(text.slice(start + whole.length, start + whole.length + 2))) return null;
  const known = GAZETTEER_BY_VARIANT.get(words.toLowerCase());
  return org(start, start + whole.length, known?.kind === 'organization' ? known.name : whole, PRIORITY.body, 'firm');
}

/**
 * Whether "X and Y Ltd" names two firms, the second ending in the suffix: the words before "and" are
 * a name of their own or close as a firm's name ("Tokai International and Daiwa Europe Ltd"), or
 * they follow "between" or the start of a place's name ("… of New York and Gleason Plant Security
 * Inc"); never before a trade that goes on with them ("Kelso Oil and Gas Partners Ltd").
 */
function twoFirmsAround(text: string, start: number, lead: string, and: number): boolean {
  const left = lead.slice(0, and).replace(/,$/, '');
  if (TRADE_WORDS.test(lead.slice(and + ' and '.length).split(' ')[0])) return false;
  const before = text.slice(Math.max(0, start - 24), start);
  // "… of New York and Gleason Plant Security Inc": the match began inside a place's name.
  const previous = /(\p{Lu}\p{L}*) $/u.exec(before)?.[1];
  const cutShort = previous !== undefined && placeEntry(`${previous} ${left.split(' ')[0]}`) !== undefined;
  return namesItselfBeforeAnd(left) || FIRM_TAIL.test(left) || cutShort || /\bbetween\s+$/i.test(before);
}
// A left side that closes as a firm's name does ("Tokai International", "Mellon Bank Canada"), where
// "Pierce Fenner and Smith", "A.G. Edwards and Sons" go on.
const FIRM_TAIL = /\s(?:International|Securities|Bank|Group|Capital|Holdings|Corp|Inc|Ltd|Europe|Canada|Australia|America|Japan|Asia)$/;

/** Whether the words before a firm name's "and" are a name of their own: known, a firm, or a person's. */
function namesItselfBeforeAnd(left: string): boolean {
  const words = left.split(' ');
  // ("Shell Transport and Trading Co PLC": a known word opening more words is one name with them.)
  if (GAZETTEER_BY_VARIANT.has(left.toLowerCase()) || isFirmName(left) || words.every((w) => GAZETTEER_BY_VARIANT.has(w.toLowerCase()))) return true;
  // ("Kelley Oil and Gas Partners Ltd": a trade after the first word makes it a firm's name going on.)
  return words.length > 1 && (isGivenName(words[0]) || isCommonGivenName(words[0])) && !TRADE_WORDS.test(words[words.length - 1]);
}
// Trades, which go on with the name around them: "Kelso Oil and Gas Partners", "Fire and Marine",
// "Trust and Banking", "Smelting and Refining", "Savings and Loan", "Cable and Wireless".
const TRADE_WORDS = /^(?:Oil|Gas|Energy|Power|Light|Steel|Motors?|Chemicals?|Electric|Electronics|Industries|Industrial|Holdings|Capital|Financial|Finance|Securities|Partners|Group|Trust|Savings|Loan|Land|Mining|Resources|Petroleum|Foods|Systems|Brothers|Insurance|Investments?|Realty|Properties|Marine|Paper|Steamship|Shipping|Banking|Trading|Exchange|Telephone|Telegraph|Refining|Development|Manufacturing|Engineering|Construction|Shipbuilding|Supply|Wireless|Commercial|Leasing|Space|Aerospace|Technology|Technologies|Communications|Services|Transport|Transportation|Utilities|Equipment)$/;

// "the office of the President of Ukraine", "the press office of the President of Ukraine": written
// in lower case, which the capitalised-run and institution rules cannot see.
const PRESIDENT_OFFICE_RE = /\b(?:press\s+)?office of the [Pp]resident of (?:the )?(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)/gu;

// Cheap tests that let most sentences skip the costlier patterns.
const HAS_DOMAIN = /\.(?:pl|com|ru|ua|net|org|de|fr|by|info|io|eu|co\.uk)(?![\p{L}\d])/u;
const HAS_INSTITUTION = new RegExp(String.raw`\b(?:${[...INSTITUTION_HEADS].join('|')}) of `, 'u');
const none: never[] = [];

/** Bodies found by pattern in one sentence. */
export function bodyCandidates(text: string, s: Sentence, tokens: Token[]): Candidate[] {
  const slice = text.slice(s.start, s.end);
  const at = (m: RegExpMatchArray): number => s.start + (m.index ?? 0);
  const out: Candidate[] = [];
  if (tokens.some((t) => BODY_HEADS.has(t.text) || VENUE_HEADS.has(t.text))) {
    for (const [from, to] of capitalRuns(text, tokens)) {
      const c = namedBody(text, tokens, from, to);
      if (c) out.push(c);
    }
  }
  out.push(...qualifiedBodies(text, tokens));
  out.push(...outletCandidates(text, s));
  out.push(...unitCandidates(text, s), ...wireBodyCandidates(text, s));
  if (HAS_INSTITUTION.test(slice)) out.push(...institutions(text, s));
  // "Gazeta.pl", "Onet.pl": an outlet named by its web address.
  for (const m of HAS_DOMAIN.test(slice) ? slice.matchAll(DOMAIN_RE) : none) out.push(org(at(m), at(m) + m[0].length, GAZETTEER_BY_VARIANT.get(m[0].toLowerCase())?.name ?? m[0], PRIORITY.body, 'domain'));
  for (const m of slice.includes('s Office') ? slice.matchAll(LEADER_OFFICE_RE) : none) out.push(org(at(m), at(m) + m[0].length, m[0].replace(/’/g, "'"), PRIORITY.body, 'office'));
  for (const m of slice.includes(' Command ') ? slice.matchAll(COMPASS_COMMAND_RE) : none) out.push(org(at(m), at(m) + m[0].length, m[0], PRIORITY.qualifiedBody, 'command'));
  for (const m of slice.includes('General Staff') ? slice.matchAll(GENERAL_STAFF_RE) : none) out.push(org(at(m), at(m) + m[0].length, m[0], PRIORITY.body, 'general-staff'));
  for (const m of slice.includes('office of the') ? slice.matchAll(PRESIDENT_OFFICE_RE) : none) {
    const country = placeEntry(m[1]) ?? placeEntry(m[1].split(' ')[0]);
    if (!country) continue;
    const words = country.variants.find((v) => m[1].startsWith(v)) ?? m[1];
    const end = at(m) + m[0].length - m[1].length + words.length;
    out.push(org(at(m), end, `Office of the President of ${country.name}`, PRIORITY.body, 'president-office'));
  }
  for (const m of [...slice.matchAll(FIRM_RE), ...(slice.includes(' and Co') ? slice.matchAll(AND_CO_RE) : none)]) {
    const c = firm(text, at(m), m[0], m[1]);
    if (c) out.push(c);
  }
  for (const m of /U\.?[SK]/.test(slice) ? slice.matchAll(SUBSIDIARY_RE) : none) {
    // (Not an alliance's acronym: "NATO U.S. bases".)
    if (GAZETTEER_BY_VARIANT.get(m[1].toLowerCase())?.kind !== 'organization' || /^\p{Lu}+$/u.test(m[1])) continue;
    out.push(org(at(m), at(m) + m[0].length, m[3] === 'Oil' ? m[0] : `${m[1]} ${m[2]}`, PRIORITY.qualifiedBody, 'subsidiary'));
  }
  for (const m of slice.includes('committee') ? slice.matchAll(LOWER_COMMITTEE_RE) : none) out.push(org(at(m), at(m) + m[0].length, m[0].replace(/(?:sub)?committee\b/, (w) => capitalise(w)), PRIORITY.body, 'committee'));
  for (const m of slice.includes(' party') ? slice.matchAll(LOWER_PARTY_RE) : none) out.push(org(at(m), at(m) + m[0].length, m[0].replace(/party$/, 'Party'), PRIORITY.body, 'party'));
  for (const m of slice.includes('Air ') ? slice.matchAll(AIRLINE_RE) : none) {
    const before = /(\p{Lu}[\p{L}.]*) $/u.exec(slice.slice(Math.max(0, (m.index ?? 0) - 20), m.index))?.[1];
    if (before && !NOT_NAMES.has(before.toLowerCase())) continue;
    out.push(org(at(m), at(m) + m[0].length, GAZETTEER_BY_VARIANT.get(m[0].toLowerCase())?.name ?? m[0], PRIORITY.qualifiedBody, 'airline'));
  }
  for (const m of slice.includes(' group') ? slice.matchAll(FIRM_GROUP_RE) : none) {
    // "the Russian group", "the Kyiv group of forces", "the G7 group": a people, a place or a known
    // body is no firm's name, nor a description before a name ("the LGBT group Stonewall").
    const lower = m[1].toLowerCase();
    const rest = slice.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 4);
    if (DEMONYMS.has(m[1]) || GAZETTEER_BY_VARIANT.has(lower) || NOT_NAMES.has(lower) || CALENDAR.has(lower) || /^ (?:of\b|\p{Lu})/u.test(rest)) continue;
    const start = at(m) + 4;
    out.push(org(start, start + m[1].length, m[1], PRIORITY.body, 'firm-group'));
  }
  // "the Biden administration", "the Assad regime" name a government.
  for (const m of / (?:administration|regime|government)\b/.test(slice) ? slice.matchAll(GOVERNMENT_RE) : none) {
    const lead = m[1].toLowerCase();
    if (NOT_NAMES.has(lead) || (m[2] === 'regime' && (DEMONYMS.has(m[1]) || placeEntry(m[1])))) continue;
    // "the Aquino government": only a leader's, whom the story names in full (or the gazetteer
    // knows), or a party's ("the Liberal government"); "the Russian government", "the Kyiv
    // government" are the national-body rules'.
    // ("Mulroney's Progressive Conservative government": the party's name is longer.)
    if (m[2] === 'government' && !leaderNamed(text, m[1]) && !(GOVERNING_PARTIES.has(m[1]) && !/(?<![\p{L}])(?!(?:The|A|An|Its|His|Her|Their)\s)\p{Lu}\p{L}* $/u.test(slice.slice(Math.max(0, (m.index ?? 0) - 20), m.index)))) continue;
    // "the U.S. administration" is the US one.
    out.push(org(at(m), at(m) + m[0].length, plainInitials(m[0]), PRIORITY.gazetteerPhrase, 'administration'));
  }
  // "Oxford professor Louise Fawcett": a university named by its town.
  for (const m of slice.includes(' professor') || slice.includes(' lecturer') ? slice.matchAll(PROFESSOR_RE) : none) {
    const word = m[1];
    if (NOT_NAMES.has(word.toLowerCase()) || DEMONYMS.has(word) || TITLE_MODIFIERS.has(word) || TITLE_HEADS.has(word)) continue;
    const known = GAZETTEER_BY_VARIANT.get(`university of ${word}`.toLowerCase()) ?? GAZETTEER_BY_VARIANT.get(`${word} university`.toLowerCase());
    if (!known && GAZETTEER_BY_VARIANT.has(word.toLowerCase())) continue;
    out.push(org(at(m), at(m) + word.length, known?.name ?? word, PRIORITY.body, 'professor'));
  }
  return out;
}