/**
 * The rule layer: gazetteer matches, titled names, speakers of speech verbs, collective groups
 * and spans blocked as weapons or treaties. Works on plain text, without a tagger.
 */
import type { Sentence } from '../../model';
import { DEMONYMS, GAZETTEER, GAZETTEER_BY_VARIANT, type GazetteerEntry } from './gazetteer';
import { isGivenName, isTelltaleGivenName } from '../givenNames';
import { AMBIGUOUS_PLACE_NAMES, BLOCK_PATTERNS, BODY_HEADS, HINTED_BLOCK_PATTERNS, INSTITUTION_HEADS, PARTY_MEMBER_WORDS, PARTY_MEMBERS, SPEECH_ADVERBS, SPEECH_VERBS, TITLE_HEADS, TITLE_MODIFIERS } from './lexicon';
import { findAppositiveNames } from './appositives';
import { appositiveRole, findTitledNames, isMiddleInitial, isNameWord, isTitleSurname, spacedInName } from './titles';
import type { Candidate } from './types';
import { sameFirstName } from './spelling';
import { firmNameAfter, firmWordsAfter } from './firms';
import { actorId, opensSentence, type Token } from './text';

/** Priorities: when spans overlap the higher one wins (then the longer one). */
export const PRIORITY = {
  userAlias: 90,
  qualifiedBody: 85,
  venue: 85,
  gazetteerPhrase: 80,
  body: 80,
  titled: 70,
  knownPerson: 60,
  givenName: 58,
  gazetteerWord: 55,
  speaker: 50,
  propagated: 50,
  locative: 48,
  group: 45,
  listMember: 44,
  compromisePerson: 40,
  worldPlace: 35,
  compromiseOther: 30,
} as const;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A name does not run on into letters, nor into an apostrophe that is not a possessive ("Xi'an").
function variantRegex(variants: { text: string }[]): RegExp {
  const alternatives = [...new Set(variants.map((v) => v.text))].sort((a, b) => b.length - a.length).map(escape);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}]|['’](?!s\\b)\\p{L})`, 'gu');
}

// British style writes a body's name in lower case after its first word: "UN general assembly",
// "European parliament", "Wagner group". Such spellings are variants too, for institutions only.
const LOWER_TAIL_HEADS = new Set([...INSTITUTION_HEADS, 'Group', 'Duma']);
function lowerTail(v: string): string[] {
  const words = v.split(' ');
  if (words.length < 2 || !LOWER_TAIL_HEADS.has(words[words.length - 1])) return [];
  const lower = [words[0], ...words.slice(1).map((w) => (/^\p{Lu}\p{Ll}/u.test(w) ? w.toLowerCase() : w))].join(' ');
  return lower === v ? [] : [lower];
}
const VARIANTS = GAZETTEER.flatMap((entry) =>
  entry.variants.flatMap((v) => [v, ...(entry.kind === 'organization' ? lowerTail(v) : [])]).map((v) => ({ text: v.replace(/^the /, ''), entry })),
);
const VARIANT_ENTRY = new Map<string, GazetteerEntry>(VARIANTS.map((v) => [v.text, v.entry]));
const GAZETTEER_RE = variantRegex(VARIANTS);
// Headlines in capitals ("CLICK HERE TO GET THE FOX NEWS APP") spell known names in capitals too;
// "US" and "WHO" are left out there, as they are the pronouns as often as the names.
const UPPER_VARIANTS = VARIANTS.filter((v) => v.text !== 'US' && v.text !== 'WHO').map((v) => ({ text: v.text.toUpperCase(), entry: v.entry }));
const UPPER_ENTRY = new Map<string, GazetteerEntry>();
for (const v of UPPER_VARIANTS) if (!UPPER_ENTRY.has(v.text)) UPPER_ENTRY.set(v.text, v.entry);
const UPPER_RE = variantRegex(UPPER_VARIANTS);
// Some outlets write a family name in capitals inside a sentence: "XI Jinping".
const PERSON_NAMES = VARIANTS.filter((v) => v.entry.kind === 'person' && v.text.includes(' '));
const PERSON_ENTRY = new Map<string, GazetteerEntry>(PERSON_NAMES.map((v) => [v.text.toLowerCase(), v.entry]));
const PERSON_ANY_CASE_RE = new RegExp(variantRegex(PERSON_NAMES).source, 'giu');

/** Spans of weapons, treaties and events in `[from, to)`; nothing inside them is an actor. */
export function blockedSpans(text: string, from: number, to: number): { start: number; end: number }[] {
  const slice = text.slice(from, to);
  const spans: { start: number; end: number }[] = [];
  for (const re of BLOCK_PATTERNS) {
    for (const m of slice.matchAll(re)) spans.push({ start: from + (m.index ?? 0), end: from + (m.index ?? 0) + m[0].length });
  }
  for (const [hint, re] of HINTED_BLOCK_PATTERNS) {
    if (!hint.test(slice)) continue;
    for (const m of slice.matchAll(re)) spans.push({ start: from + (m.index ?? 0), end: from + (m.index ?? 0) + m[0].length });
  }
  return spans;
}

/** Source of a known surname printed after another first name; it does not keep the tagger away. */
export const WEAK_SURNAME = 'gazetteer-surname';

// Words that open a sentence or a clause before a surname ("Should Putin decide …", "Behind Putin")
// and are no first names; adverbs, participles and the like are told by their endings.
const NOT_FIRST_NAMES = new Set([
  'Did', 'Does', 'Do', 'Should', 'Must', 'May', 'Might', 'Shall', 'Let', 'Ask', 'Tell', 'Dear', 'Ex', 'Comrade', 'Tsar',
  'Behind', 'Beyond', 'Toward', 'Towards', 'Around', 'Amid', 'Amidst', 'Upon', 'Given', 'Via', 'Per', 'Versus', 'Near',
  'Inside', 'Outside', 'Below', 'Above', 'Along', 'Beside', 'Besides', 'Except', 'Whereas', 'Whom', 'Whether', 'Thanks',
]);
const NOT_FIRST_NAME_ENDING = /(?:ly|ing|ed)$/;

/**
 * The first name printed right before a known surname ("Viktor" in "Viktor Lukashenko"), or null:
 * one capitalised word a space away that is no title, people, known name or function word.
 */
function firstNameBefore(text: string, sentenceStart: number, start: number): { word: string; start: number } | null {
  const m = /(?<![\p{L}\p{N}’'.-])(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(sentenceStart, start - 30), start));
  if (!m) return null;
  const at = start - m[0].length;
  const word = m[1];
  if (NOT_FIRST_NAMES.has(word) || NOT_FIRST_NAME_ENDING.test(word) || GAZETTEER_BY_VARIANT.has(word.toLowerCase())) return null;
  // "Will Not Accept Putin’s …": in a run of capitals (a headline in title case) each word is
  // capitalised anyway; a title or a people before the first name is no such run.
  const before = /(\p{Lu}[\p{L}.]*) $/u.exec(text.slice(Math.max(sentenceStart, at - 30), at))?.[1];
  if (before && !TITLE_HEADS.has(before) && !TITLE_MODIFIERS.has(before) && !DEMONYMS.has(before) && !GAZETTEER_BY_VARIANT.has(before.toLowerCase())) return null;
  return isNameWord({ text: word, start: at, end: at + word.length, cap: true, dot: false, possessive: false }) ? { word, start: at } : null;
}

// Firms named by a common noun, read as the firm only where no noun follows.
const COMMON_NOUN_FIRMS = new Set(['Shell']);
// A lower-case word after the firm that is not one of the verbs firms are the subject of.
const NOUN_AFTER_FIRM = /^\s+(?!(?:said|says|has|had|have|is|was|will|would|announced|reported|added|plans|agreed|confirmed|stopped|sold|bought|paid|warned|left|exited|also|and|or)\b)\p{Ll}/u;

const MADE_BY_AFTER = /^\s+(?:(?:bonds?|notes?|yields?|issues?|paper|refunding)\b|[A-Z]?\d{3}s?(?![\w-]))/;
// "Merrill Lynch Capital Markets", "Goldman Sachs International Ltd", "U.S. Army Europe": a known
// body's arm, one body of its own (not when the name runs on: "… International Staff").
const ARM_AFTER = /^ (?:Capital Markets|Capital Funding|International|Securities|Asset Management|Futures|Europe|Asia)(?: (?:Inc|Ltd|Corp|Co|Plc|PLC|SA|AG|NV|BV|KK))?(?![\p{L}\p{N}]| \p{Lu})/u;
// "Citicorp's Citicorp Global Payment Products subsidiary": a unit named after its parent.
const UNIT_NAMED_AFTER = /^(?: \p{Lu}[\p{L}&'-]*){1,4}(?= (?:subsidiary|unit|division|affiliate|arm)\b)/u;
// A chamber has bills and securities subcommittees too; the Treasury's are issues.
const TREASURY_ISSUE_AFTER = /^\s+(?:bills?|securities)\b/;
// "Fed funds were indicated at 6 pct": the overnight rate named after the Fed.
const FED_FUNDS_AFTER = /^\s+funds\b/;

/** Whether a place's name at `start`–`end` is part of another name (see the caller). */
function placeInsideName(text: string, sentenceStart: number, start: number, end: number, name: string): boolean {
  // A prefix that is no place, in one to three words ("Sea of Azov-Black Sea" is two places).
  const prefix = /((?:\p{L}+ ){0,2}\p{Lu}\p{L}*)-$/u.exec(text.slice(Math.max(sentenceStart, start - 24), start))?.[1];
  const words = prefix?.split(' ') ?? [];
  if (prefix !== undefined && !words.some((_w, k) => GAZETTEER_BY_VARIANT.has(words.slice(k).join(' ').toLowerCase()))) return true;
  return name === 'Third World' && /^\s+War\b/.test(text.slice(end, end + 5));
}

/** Matches gazetteer variants, plus user aliases given as extra entries. */
export function gazetteerCandidates(text: string, s: Sentence, extra?: { re: RegExp; entries: Map<string, GazetteerEntry> }): Candidate[] {
  const slice = text.slice(s.start, s.end);
  // A sentence in capitals ("IN HIGHSTAKES MEETING …") is matched against names in capitals.
  const shouting = !/\p{Ll}/u.test(slice);
  const out: Candidate[] = [];
  const scan = (re: RegExp, lookup: (v: string) => GazetteerEntry | undefined, priority: (e: GazetteerEntry, v: string) => number, source: string): void => {
    for (const m of slice.matchAll(re)) {
      const entry = lookup(m[0]);
      if (!entry) continue;
      const start = s.start + (m.index ?? 0);
      const end = start + m[0].length;
      // ("Georgia Power Co" is a firm's name, which the story gives in full.)
      if (AMBIGUOUS_PLACE_NAMES.has(m[0]) && /^\s+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 3)) && firmNameAfter(text, end) === 0 && firmWordsAfter(text, m[0], end) === 0) continue;
      // "Jennifer Korea", "Pierre Renault": a one-word place or firm (no acronym) right after a given name is a surname.
      const surnameLike = entry.kind === 'place' || (entry.kind === 'organization' && !/^\p{Lu}+$/u.test(m[0]));
      if (surnameLike && !m[0].includes(' ') && isTelltaleGivenName(/(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(s.start, start - 20), start))?.[1] ?? '')) continue;
      // "Shell fragments hit the building": a firm named by a common noun, when a noun follows it.
      if (COMMON_NOUN_FIRMS.has(m[0]) && NOUN_AFTER_FIRM.test(text.slice(end, end + 24))) continue;
      // "Urals crude", "the Urals blend": Russia's export oil, no mountains.
      if (m[0] === 'Urals' && /^\s+(?:crude|oil|blend|grade|price)/i.test(text.slice(end, end + 8))) continue;
      // "Hydro-Quebec", "Pan-Alberta": a place inside a name ("Russia-Ukraine" is two places); "a
      // Third World War" is none.
      if (entry.kind === 'place' && placeInsideName(text, s.start, start, end, m[0])) continue;
      // "New York Life Insurance Co", "Alberta Energy Co": the place opens a firm's name (not "U.S.",
      // after which wire copy capitalises any word: "the U.S. Group CPC International Inc").
      // A word of the firm's own must come before the suffix: "Texas AG Ken Paxton" is a title, "Great
      // Britain Plc" the country as a business, "Russia, China and Co" a list. A known firm opens its
      // arm's name ("Merrill Lynch Capital Partners Inc").
      const opensFirm = entry.kind === 'place' ? !/^U\.[SK]\.$/.test(m[0]) : entry.kind === 'organization' && !/^\p{Lu}+$/u.test(m[0]);
      const tail = opensFirm ? firmNameAfter(text, end) : 0;
      const firmTail = tail > 0 && /^\s+\p{Lu}\p{L}*\s+\S/u.test(text.slice(end, end + tail)) ? tail : 0;
      if (firmTail > 0) {
        out.push({ start, end: end + firmTail, kind: 'organization', name: text.slice(start, end + firmTail).replace(/\s+/g, ' '), roles: [], standsFor: null, priority: PRIORITY.body, source: 'firm' });
        continue;
      }
      // "Merrill Lynch Capital Partners" after "Merrill Lynch Capital Partners Inc": the arm named short.
      // ("U.S. Army Europe"; a paper's edition is no arm: "The Guardian Europe".)
      const after = opensFirm && entry.kind === 'organization' && !entry.name.startsWith('The ') ? text.slice(end, end + 60) : '';
      // (A place opens a firm's name written short when the story gives it in full: "Georgia Power
      // Chairman Robert W. Scherer" after "Georgia Power Co".)
      const arm = after ? (ARM_AFTER.exec(after)?.[0].length ?? UNIT_NAMED_AFTER.exec(after)?.[0].length ?? firmWordsAfter(text, m[0], end)) : opensFirm && entry.kind === 'place' ? firmWordsAfter(text, m[0], end) : 0;
      if (arm > 0) {
        out.push({ start, end: end + arm, kind: 'organization', name: text.slice(start, end + arm), roles: [], standsFor: null, priority: PRIORITY.body, source: 'firm' });
        continue;
      }
      // "U.S. Treasury securities", "two Boeing 747s": an issue or a model, named after who makes it.
      if (entry.kind === 'organization' && (MADE_BY_AFTER.test(text.slice(end, end + 16)) || (entry.name.includes('Treasury') && TREASURY_ISSUE_AFTER.test(text.slice(end, end + 16))) || (entry.name === 'Federal Reserve' && FED_FUNDS_AFTER.test(text.slice(end, end + 8))))) continue;
      const first = entry.kind === 'person' && !m[0].includes(' ') ? firstNameBefore(text, s.start, start) : null;
      if (first) {
        // "Aleksandr Lukashenko" is the known man spelled another way, "Volodya Zelensky" by a short
        // form of his first name: one mention of him.
        if (sameFirstName(first.word, entry.name.split(' ')[0])) {
          out.push({ start: first.start, end, kind: 'person', name: entry.name, roles: [], standsFor: null, priority: priority(entry, m[0]), source });
          continue;
        }
        // "Viktor Lukashenko", "Agnieszka Duda" are someone else of that family: the full name
        // stands for itself (the tagger or a propagated name may still read a longer one). A word
        // opening the sentence may be no name at all ("Further Lukashenko stated"): there only a
        // known given name counts, else the known surname stays, yielding to any longer reading.
        const initial = opensSentence(text, s.start, first.start);
        if (initial && !isGivenName(first.word)) out.push({ start, end, kind: 'person', name: entry.name, roles: [], standsFor: null, priority: PRIORITY.compromisePerson - 1, source: WEAK_SURNAME });
        else out.push({ start: first.start, end, kind: 'person', name: `${first.word} ${m[0]}`, roles: [], standsFor: null, priority: PRIORITY.compromisePerson - 1, source: WEAK_SURNAME });
        continue;
      }
      out.push({ start, end, kind: entry.kind, name: entry.name, roles: [], standsFor: entry.standsFor ? actorId('place', entry.standsFor) : null, priority: priority(entry, m[0]), source });
    }
  };
  const gazetteerPriority = (e: GazetteerEntry, v: string): number => (e.kind === 'person' ? PRIORITY.knownPerson : v.includes(' ') ? PRIORITY.gazetteerPhrase : PRIORITY.gazetteerWord);
  if (shouting) scan(UPPER_RE, (v) => UPPER_ENTRY.get(v), gazetteerPriority, 'gazetteer');
  else scan(GAZETTEER_RE, (v) => VARIANT_ENTRY.get(v), gazetteerPriority, 'gazetteer');
  if (!shouting && /\p{Lu}{2}/u.test(slice)) {
    scan(PERSON_ANY_CASE_RE, (v) => (VARIANT_ENTRY.has(v) ? undefined : PERSON_ENTRY.get(v.toLowerCase())), gazetteerPriority, 'gazetteer');
  }
  if (extra) scan(extra.re, (v) => extra.entries.get(v), () => PRIORITY.userAlias, 'user-alias');
  // "MINSK, 26 September (BelTA) –": a dateline names its place in capitals.
  const dateline = /^\s*(\p{Lu}{3,}(?: \p{Lu}{3,})?),/u.exec(slice);
  const datelinePlace = dateline && GAZETTEER_BY_VARIANT.get(dateline[1].toLowerCase());
  if (dateline && datelinePlace?.kind === 'place' && !shouting) {
    const start = s.start + dateline[0].indexOf(dateline[1]);
    out.push({ start, end: start + dateline[1].length, kind: 'place', name: datelinePlace.name, roles: [], standsFor: datelinePlace.standsFor ? actorId('place', datelinePlace.standsFor) : null, priority: PRIORITY.gazetteerWord, source: 'dateline' });
  } else if (dateline && !datelinePlace && !shouting) {
    // "CAPRI, Italy (AP) —": a town the gazetteer lacks, placed by a known country before the wire's credit.
    const country = /^, (\p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+)?) \(\p{Lu}[\p{L}]*\)/u.exec(slice.slice(dateline[0].length - 1));
    if (country && GAZETTEER_BY_VARIANT.get(country[1].toLowerCase())?.kind === 'place') {
      const start = s.start + dateline[0].indexOf(dateline[1]);
      const name = dateline[1].toLowerCase().replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase());
      out.push({ start, end: start + dateline[1].length, kind: 'place', name, roles: [], standsFor: null, priority: PRIORITY.gazetteerWord, source: 'dateline' });
    }
  }
  return out;
}

/** Builds the matcher for user aliases (canonical name → names), typed as `kinds` says or person. */
export function userAliasMatcher(aliases: Record<string, string[]>, kindOf: (name: string) => Candidate['kind']): { re: RegExp; entries: Map<string, GazetteerEntry> } | undefined {
  const entries = new Map<string, GazetteerEntry>();
  for (const [canonical, names] of Object.entries(aliases)) {
    const entry: GazetteerEntry = { name: canonical, kind: kindOf(canonical), variants: [canonical, ...names] };
    for (const v of entry.variants) if (v.trim()) entries.set(v, entry);
  }
  if (entries.size === 0) return undefined;
  return { re: variantRegex([...entries.keys()].map((text) => ({ text }))), entries };
}

const NAMED_BY_TITLE_RE = /(?:^| )(?:Pope|Patriarch)$/;

// "the Duchess of Edinburgh", "the archbishop of Canterbury": a noble's or prelate's title with
// its see or seat is the name a person goes by, and the place in it is no mention of the place.
// A capitalised word after the seat makes it part of a longer name ("Prince of Wales Hospital")
// or puts a name after the title ("Metropolitan of Kyiv Onufriy"), which other rules read.
// ("the crown prince of Jordan" is an heir described, not a title held.)
const SEATED_TITLE_RE = /(?<![\p{L}\p{N}])(?<![Cc]rown\s)([Dd]uke|[Dd]uchess|[Pp]rince|[Pp]rincess|[Ee]arl|[Cc]ountess|[Aa]rchbishop|[Bb]ishop|[Mm]etropolitan)\s+of\s+(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}]|\s+\p{Lu})/gu;

function seatedTitles(text: string, tokens: Token[]): Candidate[] {
  if (tokens.length === 0) return [];
  const slice = text.slice(tokens[0].start, tokens[tokens.length - 1].end);
  const out: Candidate[] = [];
  for (const m of slice.matchAll(SEATED_TITLE_RE)) {
    const start = tokens[0].start + (m.index ?? 0);
    const title = m[1].charAt(0).toUpperCase() + m[1].slice(1).toLowerCase();
    out.push({ start, end: start + m[0].length, kind: 'person', name: `${title} of ${m[2]}`, roles: [title], standsFor: null, priority: PRIORITY.titled, source: 'seated-title' });
  }
  return out;
}

/** Titled names ("Defense Secretary Lloyd Austin") and names with a role after a comma. */
export function titledCandidates(text: string, tokens: Token[], sentenceStart: number): Candidate[] {
  // In a headline in capitals every word looks like a name ("PM LIZ TRUSS ALREADY ENGULFED").
  if (tokens.every((t) => !/\p{Ll}/u.test(t.text))) return [];
  const seated = /\sof\s/.test(text.slice(tokens[0]?.start ?? 0, tokens[tokens.length - 1]?.end ?? 0)) ? seatedTitles(text, tokens) : [];
  const out: Candidate[] = findTitledNames(text, tokens).map((t) => ({
    // A pope's or patriarch's title is part of the name the world uses: "Pope Francis".
    start: t.start, end: t.end, kind: 'person', name: NAMED_BY_TITLE_RE.test(t.role) ? `${t.role.replace(/^.* /, '')} ${t.name}` : t.name,
    roles: [t.role], standsFor: null, priority: PRIORITY.titled, source: 'title', claimStart: t.nameStart,
  }));
  // Two or more name words followed by ", former Chairman of …" also make a titled person.
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!isNameWord(tokens[i]) || !isNameWord(tokens[i + 1]) || !/^\s+$/.test(text.slice(tokens[i].end, tokens[i + 1].start))) continue;
    const role = appositiveRole(text, tokens[i + 1].end);
    if (role) out.push({ start: tokens[i].start, end: tokens[i + 1].end, kind: 'person', name: `${tokens[i].text} ${tokens[i + 1].text}`, roles: [role], standsFor: null, priority: PRIORITY.titled, source: 'appositive' });
  }
  // "The advice of Basta, the Minister of Economy of Serbia, warned": a surname alone takes the role
  // after it too, inside the sentence (an opening "Nevertheless, the Minister …" is no name) and when
  // no name word, known name or place preposition ("In Vostrava, the Mayor of …") stands before it.
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (!isNameWord(t) || t.possessive || GAZETTEER_BY_VARIANT.has(t.text.toLowerCase()) || /^(?:in|at|from|near|outside)$/i.test(prev.text)) continue;
    if (isNameWord(prev) && /^\s+$/.test(text.slice(prev.end, t.start))) continue;
    if (!/^,\s+the\s/u.test(text.slice(t.end, t.end + 6))) continue;
    const role = appositiveRole(text, t.end);
    if (role) out.push({ start: t.start, end: t.end, kind: 'person', name: t.text, roles: [role], standsFor: null, priority: PRIORITY.titled, source: 'appositive' });
  }
  for (const a of findAppositiveNames(text, tokens, sentenceStart)) {
    out.push({ start: a.start, end: a.end, kind: 'person', name: a.name, roles: a.role ? [a.role] : [], standsFor: null, priority: PRIORITY.titled, source: 'lower-role' });
  }
  return [...seated, ...out];
}

// "According to Defense Express,": words that name an outlet, not a person.
const OUTLET_WORDS = new Set(['Express', 'Press', 'Media', 'Daily', 'Radio', 'TV', 'Agency', 'Online', 'Today', 'Review', 'Monitor', 'Insider', 'Observer', 'Informant', 'Channel', 'Portal', 'Weekly']);
// "NSC", "MoD", "MPs": letters in capitals (a lower-case "o" of "of" inside, or a plural "s").
const ACRONYM = /^(?:\p{Lu}{2,5}s?|\p{Lu}o\p{Lu}{1,3})$/u;

/**
 * Speakers: capitalised words right before a speech verb ("Kirby said", "Sherman countered")
 * or right after one ("said Sherman."). `initialOk` decides whether a sentence-initial word,
 * which is capitalised anyway, has other evidence of being a name.
 */
export function speakerCandidates(text: string, tokens: Token[], sentenceStart: number, initialOk: (word: string) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const push = (words: Token[], direct = false, verbText = ''): void => {
    if (words.length === 0) return;
    if (words.some((w) => VARIANT_ENTRY.has(w.text) || VARIANT_ENTRY.has(words.map((x) => x.text).join(' ')))) return;
    // "The House noted", "Chatham House told me", "the Prosecutor's Office suggested": a body speaks, not a person; so does "the HC said".
    if (BODY_HEADS.has(words[words.length - 1].text) || INSTITUTION_HEADS.has(words[words.length - 1].text)) return;
    if (words.length === 1 && ACRONYM.test(words[0].text) && !GAZETTEER_BY_VARIANT.has(words[0].text.toLowerCase())) return;
    // "the Texas Democrat said": a party's member describes someone named before; "Democrats said"
    // are its members, "the Free Democrats said" the party (the group rule reads both).
    if (PARTY_MEMBER_WORDS.has(words[words.length - 1].text) ? words.length === 1 : PARTY_MEMBERS.has(words[words.length - 1].text)) return;
    const first = words[0];
    const initial = opensSentence(text, sentenceStart, first.start);
    // "Kirby said" opening a sentence is a name; "Critics said" (a plural noun) is not.
    // "Fighting continued", "Shelling continued": a gerund opening the sentence is what went on, not who spoke.
    // ("Darling said" still names a speaker: only "said" and "told" take nothing but a person.)
    const gerund = /^\p{Lu}\p{Ll}{3,}ing$/u.test(first.text) && !/^(?:said|says|told|tells)$/.test(verbText);
    if (initial && words.length === 1 && !initialOk(first.text) && !(direct && !/s$/.test(first.text) && !gerund)) return;
    out.push({ start: first.start, end: words[words.length - 1].end, kind: 'person', name: words.map((w) => w.text).join(' '), roles: [], standsFor: null, priority: PRIORITY.speaker, source: 'speaker' });
  };
  for (let i = 0; i < tokens.length; i++) {
    // "According to Anatol Brook, the crisis …": a name of two or three words before a comma is the source.
    if (tokens[i].text.toLowerCase() === 'according' && tokens[i + 1]?.text === 'to') {
      const named: Token[] = [];
      for (let j = i + 2; j < tokens.length && named.length < 3 && isNameWord(tokens[j]) && !BODY_HEADS.has(tokens[j].text); j++) {
        if (named.length > 0 && !/^ $/.test(text.slice(tokens[j - 1].end, tokens[j].start))) break;
        named.push(tokens[j]);
        if (tokens[j].possessive) break;
      }
      const last = named[named.length - 1];
      if (named.length >= 2 && !last.possessive && !named.some((w) => OUTLET_WORDS.has(w.text)) && /^\s*,/.test(text.slice(last.end, last.end + 2))) push(named);
      continue;
    }
    if (!SPEECH_VERBS.has(tokens[i].text)) continue;
    // Name before the verb, allowing one adverb in between; only spaces may separate them.
    let k = i - 1;
    const direct = k >= 0 && !SPEECH_ADVERBS.has(tokens[k].text);
    if (k >= 0 && SPEECH_ADVERBS.has(tokens[k].text) && /^\s+$/.test(text.slice(tokens[k].end, tokens[i].start))) k--;
    const before: Token[] = [];
    // "… of Russia’s Security Council Dmitry Medvedev said": a body's head ends the name run.
    // "the mayor of the occupied Mariupol Petro Kowal informed": a known place ends the name run.
    // "George W. Bush declared": an initial inside the run (its dot too) belongs to the name.
    while (k >= 0 && before.filter((w) => !isMiddleInitial(w)).length < 3 && (isNameWord(tokens[k]) || (before.length > 0 && isMiddleInitial(tokens[k]))) && !BODY_HEADS.has(tokens[k].text) && !tokens[k].possessive && spacedInName(text, tokens[k], tokens[k + 1])) {
      if (before.length > 0 && VARIANT_ENTRY.get(tokens[k].text)?.kind === 'place') break;
      before.unshift(tokens[k]);
      k--;
    }
    // "Julie Bishop said": the title word that ends the run is her surname.
    if (before.length === 0 && k > 0 && isTitleSurname([tokens[k - 1]], tokens[k], undefined) && /^ $/.test(text.slice(tokens[k - 1].end, tokens[k].start)) && /^\s+$/.test(text.slice(tokens[k].end, tokens[k + 1].start))) before.push(tokens[k - 1], tokens[k]);
    // "American Express said", "British Airways said": a name after a people's adjective is a body's.
    const bodyTail = before.length > 0 && k >= 0 && DEMONYMS.has(tokens[k].text) && /^ $/.test(text.slice(tokens[k].end, before[0].start)) && !isGivenName(before[0].text);
    if (!bodyTail) push(before, direct, tokens[i].text);
    // Name after the verb, closed by punctuation: "…," said Sherman.
    const after: Token[] = [];
    // Only spaces inside the name: "said Kostin, Ukraine’s chief prosecutor" is Kostin alone.
    for (let j = i + 1; j < tokens.length && after.filter((w) => !isMiddleInitial(w)).length < 3 && (isNameWord(tokens[j]) || (after.length > 0 && isMiddleInitial(tokens[j]))); j++) {
      if (after.length > 0 && !spacedInName(text, tokens[j - 1], tokens[j])) break;
      after.push(tokens[j]);
      if (tokens[j].possessive) break;
    }
    const afterEnd = after.length > 0 ? after[after.length - 1].end : 0;
    // "said William A. Reinsch from the Center for …": a full name may also end at its affiliation.
    if (after.length > 0 && (/^[\s]*[,.;]/.test(text.slice(afterEnd, afterEnd + 2)) || (after.length >= 2 && AFFILIATION_AFTER.test(text.slice(afterEnd, afterEnd + 16))))) push(after);
    // "- We will arm - said after the meeting in Sochaczew party deputy Adam Brook.": the dash that
    // closes a quotation, the verb, then the speaker's full name ending the sentence.
    else if (after.length === 0 && i > 0 && /[-–—]\s*$/.test(text.slice(tokens[i - 1].end, tokens[i].start))) push(closingName(text, tokens, i));
  }
  return out;
}

// "… from the Center for …": an affiliation after a speaker's full name.
const AFFILIATION_AFTER = /^\s+(?:from|of|at)\s+(?:the\s+)?\p{Lu}/u;

// Prepositions before the closing words of a sentence that make them a place or a body, not a speaker.
const LOCATIVE_WORDS = new Set(['in', 'at', 'from', 'to', 'near', 'of', 'on', 'for', 'with', 'by']);

/** Two or three name words ending the sentence after token `verb`, not a place ("… in Nowy Sącz."). */
function closingName(text: string, tokens: Token[], verb: number): Token[] {
  const last = tokens.length - 1;
  if (last <= verb + 1 || !/^[.!?]?\s*$/.test(text.slice(tokens[last].end, tokens[last].end + 3))) return [];
  let k = last;
  while (k > verb + 1 && last - k < 2 && isNameWord(tokens[k - 1]) && /^ $/.test(text.slice(tokens[k - 1].end, tokens[k].start))) k--;
  const words = tokens.slice(k, last + 1);
  if (words.length < 2 || !words.every((w) => isNameWord(w) && !w.possessive) || LOCATIVE_WORDS.has(tokens[k - 1].text.toLowerCase())) return [];
  return words.some((w) => GAZETTEER_BY_VARIANT.has(w.text.toLowerCase())) ? [] : words;
}
