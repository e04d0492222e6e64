/**
 * The per-document step: find actor mentions in one document and group them into local actors.
 * Pure and self-contained so it can run in a worker thread; its output is plain JSON.
 */
import type { CorpusDocument, Sentence } from '../../model';
import type { ActorKind } from '../types';
import { cleanTaggedSpan } from './cleanup';
import { clusterDocument } from './cluster';
import { compromiseSpans, type TaggedSpan } from './compromiseLayer';
import { DEMONYMS, GAZETTEER_BY_VARIANT } from './gazetteer';
import { AMBIGUOUS_PLACE_NAMES, BODY_HEADS, CALENDAR, NOT_NAMES, TITLE_HEADS, TITLE_MODIFIERS } from './lexicon';
import { isNameWord, surnameOf } from './titles';
import { acronymCandidates } from './acronyms';
import { administrationCandidates } from './administration';
import { firmNameAfter, firmsAsOrganizations, firmShortNames, firmStemMentions } from './firms';
import { surnamesOverPlaces } from './surnames';
import { appositiveBodyCandidates, bodiesByAppositive } from './bodyAppositives';
import { bodyCandidates } from './bodies';
import { capitalsParagraphs, creditLines, skippedSentences } from './boilerplate';
import { placeCandidates, withDividedGermany } from './places';
import { WORLD_PLACE, withoutBodyShortNames, worldPlaceCandidates } from './worldPlaces';
import { landmarkCandidates } from './landmarks';
import { titledListCandidates } from './titledLists';
import { listMemberCandidates } from './lists';
import { kinCandidates } from './kin';
import { roleBodyCandidates } from './roleBodies';
import { armedForcesName, ministryName, nationalBodyCandidates, shortNameCandidates } from './nationalBodies';
import { groupCandidates } from './groups';
import { blockedSpans, gazetteerCandidates, PRIORITY, speakerCandidates, titledCandidates, userAliasMatcher, WEAK_SURNAME } from './rules';
import { eastAsianNameCandidates, withSurnameFirst } from './eastAsianNames';
import { isSurnameFirst } from './surnameFirst';
import { givenNameCandidates, SURNAME_MONTHS, WEAK_GIVEN_NAME } from './givenNameRule';
import { sameSurname, skeleton } from './spelling';
import { isGivenName } from '../givenNames';
import { opensSentence, sentenceAt, tokenize, type Token } from './text';
import type { Candidate, DetectOptions, DocumentActors } from './types';

type Span = { start: number; end: number };

const WEAK_SOURCES = new Set([WEAK_SURNAME, WEAK_GIVEN_NAME, WORLD_PLACE]);

/** Characters taken by spans, for overlap checks in time linear in the span lengths. */
class Occupancy {
  private readonly taken: Uint8Array;
  constructor(length: number) {
    this.taken = new Uint8Array(length + 1);
  }
  /** Whether any character of `[start, end)` is taken. */
  any(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.taken[i]) return true;
    return false;
  }
  take(start: number, end: number): void {
    this.taken.fill(1, start, end);
  }
}

/** Keeps the best candidate where spans overlap: higher priority first, then the longer span. */
export function resolveOverlaps(textLength: number, candidates: Candidate[], blocked: Span[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const blockedChars = new Occupancy(textLength);
  for (const b of blocked) blockedChars.take(b.start, b.end);
  const keptChars = new Occupancy(textLength);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const from = Math.min(c.start, c.claimStart ?? c.start);
    if (blockedChars.any(c.start, c.end) || keptChars.any(from, c.end)) continue;
    keptChars.take(from, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function isInitial(text: string, s: Sentence, t: Token): boolean {
  return opensSentence(text, s.start, t.start);
}

/**
 * Whether compromise should see the sentence: two adjacent capitalised name words that no rule
 * explained ("Nolan Peterson", "Rand Corporation"). Single words are left to the rules, which
 * catch speakers and surnames; this keeps compromise, the slow stage, off most sentences.
 */
function worthTagging(text: string, tokens: Token[], covered: Occupancy): boolean {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (!unexplained(a, covered) || !unexplained(b, covered) || a.possessive || !/^\s+$/.test(text.slice(a.end, b.start))) continue;
    if (isNameWord(a) && isNameWord(b)) return true;
  }
  return false;
}

function unexplained(t: Token, covered: Occupancy): boolean {
  if (!t.cap || TITLE_HEADS.has(t.text) || TITLE_MODIFIERS.has(t.text) || DEMONYMS.has(t.text)) return false;
  const lower = t.text.toLowerCase();
  if (NOT_NAMES.has(lower) || CALENDAR.has(lower)) return false;
  return !covered.any(t.start, t.end);
}

/**
 * Finds the actors of one document. Mentions lie inside body sentences only; offsets index
 * `doc.text`. Use {@link DetectOptions} to switch layers off for measurement.
 */
export function detectMentions(doc: CorpusDocument, options: DetectOptions = {}): DocumentActors {
  const useRules = options.rules ?? true;
  const useCompromise = options.compromise ?? true;
  const { text, sentences } = doc;
  const tokensBySentence = sentences.map((s) => tokenize(text, s.start, s.end));

  // Words capitalised away from a sentence start: evidence that an initial capital is a name.
  const midCaps = new Set<string>();
  sentences.forEach((s, i) => tokensBySentence[i].forEach((t) => t.cap && !isInitial(text, s, t) && midCaps.add(t.text)));
  const initialOk = (word: string): boolean => midCaps.has(word) || GAZETTEER_BY_VARIANT.has(word.toLowerCase());

  const blocked: Span[] = [];
  const candidates: Candidate[] = [];
  // Credit lines name reporters, not the story's actors: nothing is looked for there. (Lists of
  // other stories are boilerplate to the parser already; capitals teasers are skipped further on.)
  const credit = useRules ? creditLines(text, sentences) : sentences.map(() => false);
  if (useRules) {
    const kindOf = (name: string): ActorKind => options.kinds?.[name] ?? GAZETTEER_BY_VARIANT.get(name.toLowerCase())?.kind ?? 'person';
    const userAliases = options.aliases ? userAliasMatcher(options.aliases, kindOf) : undefined;
    sentences.forEach((s, i) => {
      if (credit[i]) return;
      const tokens = tokensBySentence[i];
      blocked.push(...blockedSpans(text, s.start, s.end));
      candidates.push(...gazetteerCandidates(text, s, userAliases));
      candidates.push(...titledCandidates(text, tokens, s.start));
      candidates.push(...speakerCandidates(text, tokens, s.start, initialOk));
      candidates.push(...givenNameCandidates(text, tokens));
      candidates.push(...eastAsianNameCandidates(text, tokens));
      candidates.push(...groupCandidates(text, s, tokens));
      candidates.push(...bodyCandidates(text, s, tokens));
      candidates.push(...nationalBodyCandidates(text, s));
      candidates.push(...placeCandidates(text, s));
      candidates.push(...worldPlaceCandidates(text, s, tokens, initialOk));
      candidates.push(...landmarkCandidates(text, s));
      candidates.push(...titledListCandidates(text, s));
      candidates.push(...kinCandidates(text, s));
      candidates.push(...roleBodyCandidates(text, s));
    });
  }

  if (useCompromise) {
    const onlyCandidates = useRules && (options.compromiseOnCandidatesOnly ?? true);
    const covered = new Occupancy(text.length);
    // A guess below the tagger's own spans ("in Maro Lago") should not keep the tagger away.
    for (const b of blocked) covered.take(b.start, b.end);
    // The weak rules (a surname, a first name of the long lists, a listed town) leave the tagger its say.
    for (const c of candidates) if (c.priority > PRIORITY.compromiseOther && !WEAK_SOURCES.has(c.source)) covered.take(c.start, c.end);
    // A headline in capitals ("WHAT DOES PUTIN'S STANDOFF …") defeats the tagger; the gazetteer reads it.
    const shouting = sentences.map((s) => useRules && !/\p{Ll}/u.test(text.slice(s.start, s.end)));
    const wanted = sentences.map((_s, i) => !shouting[i] && !credit[i] && (!onlyCandidates || worthTagging(text, tokensBySentence[i], covered)));
    const sentenceStartAt = (offset: number): number => sentences[Math.max(0, sentenceAt(sentences, offset))].start;
    for (const span of compromiseOver(text, sentences, wanted)) {
      const at = sentenceAt(sentences, span.start);
      if (at < 0 || shouting[at]) continue;
      if (!useRules) {
        candidates.push({ ...span, name: text.slice(span.start, span.end), roles: [], standsFor: null, priority: 0, source: 'compromise' });
        continue;
      }
      const c = cleanTaggedSpan(span, { text, sentenceStartAt, initialOk });
      if (c) candidates.push(c);
    }
  }

  // A pair of the long lists ("Warner Bros", "Des Moines") yields to the tagger's body or place.
  const taggedOther = candidates.filter((c) => c.source === 'compromise' && c.kind !== 'person');
  const weakStands = (c: Candidate): boolean => c.source !== WEAK_GIVEN_NAME || !taggedOther.some((o) => o.start < c.end && c.start < o.end);
  let kept = resolveOverlaps(text.length, candidates.filter(weakStands), blocked).map((c) => withSurnameFirst(text, withMonthSurname(text, c)));
  if (useRules) {
    kept = firmsAsOrganizations(text, kept);
    // Teaser headlines of other stories and credit lines: their actors are not the story's.
    const skip = skippedSentences(text, sentences, tokensBySentence, kept, credit, capitalsParagraphs(text, sentences));
    kept = kept.filter((c) => !skip[sentenceAt(sentences, c.start)]);
    const blockedChars = new Occupancy(text.length);
    for (const b of blocked) blockedChars.take(b.start, b.end);
    const acronyms = acronymCandidates(text, sentences, tokensBySentence, kept, skip, (start, end) => blockedChars.any(start, end));
    blocked.push(...acronyms.blocked);
    const shortNames = shortNameCandidates(text, sentences, kept, skip);
    const administrations = administrationCandidates(text, sentences, kept, skip, doc.metadata.date);
    kept = resolveOverlaps(text.length, [...kept, ...acronyms.candidates, ...shortNames, ...administrations, ...propagateNames(text, sentences, tokensBySentence, kept, skip), ...firmStemMentions(text, sentences, kept, skip), ...appositiveBodyCandidates(text, sentences, skip), ...listMemberCandidates(text, sentences, kept, skip)], blocked);
  }
  if (!useRules) return clusterDocument(doc, kept, false);
  // Fixes to single candidates first, then those that weigh the document's other names.
  const fixed = withoutBodyShortNames(kept).map((c) => withPlacePrefix(withArmedForcesName(withoutLeadingNonName(text, c))));
  // After the surnames: "Bloomberg said" after "Michael Bloomberg" is he, not Bloomberg News.
  const placed = withDividedGermany(fixed, doc.metadata.date);
  return clusterDocument(doc, bodiesByAppositive(text, withOneNamePerBody(surnamesOverPlaces(text, firmShortNames(placed)))), true);
}

/**
 * "Prime Minister Theresa May said": a title's name that stops at a first name goes on into a month
 * that is a surname, which the title rule does not read as a name word.
 */
function withMonthSurname(text: string, c: Candidate): Candidate {
  if (c.kind !== 'person' || !isGivenName(c.name.split(' ').pop() ?? '')) return c;
  const m = /^ (\p{Lu}\p{Ll}+)(?![\p{L}\d]| \d)/u.exec(text.slice(c.end, c.end + 12));
  return m && SURNAME_MONTHS.has(m[1]) ? { ...c, end: c.end + m[0].length, name: `${c.name} ${m[1]}` } : c;
}

/** "Port Arthur", "Fort Worth": a "person" named after a place's prefix is that place. */
const withPlacePrefix = (c: Candidate): Candidate =>
  c.kind === 'person' && /^(?:Port|Fort|Mount|Lake|Cape) \p{Lu}/u.test(c.name) ? { ...c, kind: 'place', roles: [] } : c;

/** "Ukrainian Armed Forces" and "Armed Forces of Ukraine" under one name, so they cluster as one body. */
const withArmedForcesName = (c: Candidate): Candidate =>
  c.kind === 'organization' && c.name.includes('Armed Forces') ? { ...c, name: armedForcesName(c.name) } : c;

/**
 * One body a document writes two ways, under the name it gave first so they cluster as one: a
 * ministry by country and remit ("Ministry of Foreign Affairs of Ukraine", later "the Ukrainian
 * Ministry of Foreign Affairs"), a newsroom with and without "News" ("ABC News" and "ABC",
 * "Fox News Digital" and "Fox News").
 */
function withOneNamePerBody(candidates: Candidate[]): Candidate[] {
  const keyOf = (c: Candidate): string | null =>
    c.kind !== 'organization' ? null : /[Mm]inistry/.test(c.name) ? ministryName(c.name) : isNewsroom(c.name) ? c.name.replace(NEWSROOM_TAIL, '') : c.name;
  const names = new Map<string, Set<string>>();
  for (const c of candidates) {
    const key = keyOf(c);
    if (key) names.set(key, (names.get(key) ?? new Set()).add(c.name));
  }
  const first = new Map<string, string>();
  for (const c of candidates) {
    const key = keyOf(c);
    if (key && (names.get(key)?.size ?? 0) > 1 && !first.has(key)) first.set(key, c.name);
  }
  return candidates.map((c) => {
    const name = first.get(keyOf(c) ?? '');
    return name && name !== c.name ? { ...c, name } : c;
  });
}
const NEWSROOM_TAIL = / (?:News(?: Agency| Digital)?|Digital)$/;
// Only a newsroom the gazetteer knows: "Google News" is an app of Google's, not Google.
const isNewsroom = (name: string): boolean => NEWSROOM_TAIL.test(name) && GAZETTEER_BY_VARIANT.get(name.toLowerCase())?.kind === 'organization';

// Words that end a body's or an office's name, which a tagger runs on into the name after it
// ("Coordinator for Strategic Communications John Kirby", "the Chamber of Representatives Michael McCaul").
const NOT_FIRST_NAMES = new Set(['Communications', 'Representatives', 'Office', 'Affairs', 'Video', 'Photo']);

/**
 * A person's name of three words or more whose first word is a known name of something else, an
 * acronym or the end of a body's name is the rest: "NATO Jens Stoltenberg", "Putin Dmitry Pieskow".
 */
function withoutLeadingNonName(text: string, c: Candidate): Candidate {
  if (c.kind !== 'person') return c;
  const words = c.name.split(' ');
  if (words.length < 3) return c;
  const first = words[0];
  const known = GAZETTEER_BY_VARIANT.has(first.toLowerCase()) && !isGivenName(first);
  if (!known && !/^\p{Lu}{2,}$/u.test(first) && !NOT_FIRST_NAMES.has(first) && !BODY_HEADS.has(first)) return c;
  const surface = text.slice(c.start, c.end);
  if (!surface.startsWith(`${first} `)) return c;
  return { ...c, start: c.start + first.length + 1, name: words.slice(1).join(' ') };
}

// "in May", "May 5", "A May poll", "March, May and July": the month, though a person of the
// document is called May. A lone "May" is the person only as one who acts or owns: "May said",
// "May’s government".
const MONTH_BEFORE = /^(?:in|since|by|until|till|of|early|late|mid|last|next|this|during|from|through|before|after|between|and|or|to|a|an|the|for|on|each|every)$/i;
const PERSON_AFTER = /^(?:’s|'s|\s+(?:also|then|later)\b|\s+(?:said|says|told|tells|added|wrote|warned|argued|insisted|stepped|resigned|became|called|urged|met|spoke|has|had))\b/;
function isMonthHere(text: string, tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const after = text.slice(t.end, t.end + 20);
  if (/^\s*\d/.test(after) || /^-/.test(after)) return true;
  const before = tokens[k - 1];
  if (before !== undefined && CALENDAR.has(before.text.toLowerCase())) return true;
  // "and May’s government": one who owns is the person.
  if (t.possessive) return false;
  if (before !== undefined && (MONTH_BEFORE.test(before.text) || /^\d+$/.test(before.text))) return true;
  if (tokens[k + 1] && CALENDAR.has(tokens[k + 1].text.toLowerCase())) return true;
  return !PERSON_AFTER.test(after);
}

/** Runs compromise over runs of consecutive wanted sentences (one call per run, not per sentence). */
function compromiseOver(text: string, sentences: Sentence[], wanted: boolean[]): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  let i = 0;
  while (i < sentences.length) {
    if (!wanted[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < sentences.length && wanted[j + 1]) j++;
    spans.push(...compromiseSpans(text, sentences[i].start, sentences[j].end));
    i = j + 1;
  }
  return spans;
}

// Words that open a sentence as verbs (auxiliaries, imperatives, participles): capitalised only
// because they open it, so they are never the first name of the surname after them.
const OPENING_VERB = /^(?:Do|Does|Did|Is|Was|Are|Were|Has|Have|Had|Will|Would|Can|Could|Should|May|Might|Must|Let|Expose|Watch|See|Read|Meet|Ask|Blame|Thank|\p{Lu}\p{Ll}+(?:ing|ed))$/u;

/**
 * Once a person is known in the document, every capitalised occurrence of their surname (or of
 * a one-word name) is them too, wherever it stands: "Austin" before or after "Lloyd Austin".
 */
function propagateNames(text: string, sentences: Sentence[], tokensBySentence: Token[][], kept: Candidate[], skip: boolean[]): Candidate[] {
  const names = new Set<string>();
  // Words known only as one-word names the tagger cut off: "Oleg" of "Oleg Deripaska", which it
  // read as two people. Such a word may still be the first name of a known surname after it.
  const cutOff = new Set<string>();
  const surnames = new Set<string>();
  for (const c of kept) {
    if (c.kind !== 'person') continue;
    const surfaceWords = text.slice(c.start, c.end).split(/\s+/);
    const surface = surnameOf(surfaceWords);
    const parts = c.name.split(/\s+/);
    const surname = surnameOf(parts);
    names.add(surface).add(surname);
    // "Li said", "But He said" after "Li Weiling", "He Weiling": the family name comes first.
    if (parts.length === 2 && isSurnameFirst(parts[0], parts[1])) names.add(parts[0]);
    if (surfaceWords.length === 1 && parts.length === 1 && c.source === 'compromise') cutOff.add(parts[0]);
    else surnames.add(surname).add(surface);
  }
  const firstNameOnly = (word: string): boolean => cutOff.has(word) && !surnames.has(word);
  // "Pieskow" after "Dmitry Pieskov", "Dacchić" after "Daczić": machine translation spells one
  // surname several ways in a document; their consonants agree (short skeletons say too little).
  const bySkeleton = new Map<string, string[]>();
  for (const n of names) if (skeleton(n).length >= 4) bySkeleton.set(skeleton(n), [...(bySkeleton.get(skeleton(n)) ?? []), n]);
  // "the Pope" is the one pope the document names ("Pope Francis … the Pope said").
  const popes = [...new Set(kept.filter((c) => c.kind === 'person' && /^Pope \p{Lu}/u.test(c.name)).map((c) => c.name))];
  const pope = popes.length === 1 ? popes[0] : undefined;
  // A headline in capitals names them in capitals: "PRIGOZHIN'S REBELLION".
  const byCapitals = new Map([...names].map((n) => [n.toUpperCase(), n]));
  const out: Candidate[] = [];
  sentences.forEach((sentence, i) => {
    if (skip[i]) return;
    const tokens = tokensBySentence[i];
    const shouting = tokens.every((t) => !/\p{Ll}/u.test(t.text));
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      if (shouting) {
        const name = t.text.length > 2 ? byCapitals.get(t.text) : undefined;
        if (name) out.push({ start: t.start, end: t.end, kind: 'person', name, roles: [], standsFor: null, priority: PRIORITY.propagated, source: 'propagated' });
        continue;
      }
      if (pope && t.text === 'Pope' && /^the$/i.test(tokens[k - 1]?.text ?? '') && !(tokens[k + 1] && isNameWord(tokens[k + 1]) && /^ $/.test(text.slice(t.end, tokens[k + 1].start)))) {
        out.push({ start: t.start, end: t.end, kind: 'person', name: pope, roles: [], standsFor: null, priority: PRIORITY.propagated, source: 'propagated' });
        continue;
      }
      let end = t.end;
      let word = t.text;
      // "Mr. Zelenskyys’ team": a plural possessive written on a singular name.
      if (!names.has(word) && /s$/.test(word) && /^[’']/.test(text[t.end] ?? '') && names.has(word.slice(0, -1))) {
        word = word.slice(0, -1);
        end -= 1;
      }
      if (!t.cap) continue;
      // The surname "He" ("But He said", "… control,” He said") only where the pronoun would be lower
      // case: not opening a sentence or a quotation.
      // "Yin Yang": a family name written first is the full name there, not a mention of its own.
      const following = tokens[k + 1];
      if (following && isSurnameFirst(word, following.text) && text.slice(t.end, following.start) === ' ') continue;
      if (word === 'He' && (opensSentence(text, sentence.start, t.start) || /(?:^|\s)[“"‘(]$|:\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start)))) continue;
      if (!names.has(word)) {
        // Only a surname standing alone: "Maciej Zieliński" is someone with a name of his own.
        const before = tokens[k - 1];
        const alone = !(before && isNameWord(before) && /^ $/.test(text.slice(before.end, t.start)));
        const spelled = bySkeleton.size > 0 && alone && isNameWord(t) && !t.possessive && !GAZETTEER_BY_VARIANT.has(word.toLowerCase()) && (bySkeleton.get(skeleton(word)) ?? []).some((n) => sameSurname(n, word));
        if (spelled) out.push({ start: t.start, end, kind: 'person', name: word, roles: [], standsFor: null, priority: PRIORITY.propagated, source: 'propagated' });
        continue;
      }
      if (/^,?\s+Texas\b/.test(text.slice(end, end + 8))) continue;
      // "Taft Broadcasting Co" after "Dudley Taft": the family's firm, named in full.
      // (Only a word opening the run: "Morgan Guaranty Trust Co", "DI Industries Inc" are firms of other names.)
      const runsOn = k > 0 && tokens[k - 1].cap && /^ $/.test(text.slice(tokens[k - 1].end, t.start));
      const firmTail = t.possessive || runsOn ? 0 : firmNameAfter(text, end);
      if (firmTail > 0) {
        out.push({ start: t.start, end: end + firmTail, kind: 'organization', name: text.slice(t.start, end + firmTail).replace(/\s+/g, ' '), roles: [], standsFor: null, priority: PRIORITY.propagated, source: 'propagated' });
        continue;
      }
      if (SURNAME_MONTHS.has(word) && isMonthHere(text, tokens, k)) continue;
      // "Nolan Peterson" where only "Peterson" was known as a speaker: the first name joins.
      const prev = tokens[k - 1];
      const joins = prev && isNameWord(prev) && (!GAZETTEER_BY_VARIANT.has(prev.text.toLowerCase()) || AMBIGUOUS_PLACE_NAMES.has(prev.text)) && (!names.has(prev.text) || firstNameOnly(prev.text)) && /^ $/.test(text.slice(prev.end, t.start));
      // "Accept Putin …" opening a sentence: a capital there proves no first name, so whether a known
      // surname has another's first name before it is left to the tagger.
      // Nor does a verb there ("Joining Biggs on the letter", "Does Austin expect …").
      if (joins && k === 1 && (GAZETTEER_BY_VARIANT.get(word.toLowerCase())?.kind === 'person' || (!isGivenName(prev.text) && OPENING_VERB.test(prev.text)))) continue;
      if (joins) {
        out.push({ start: prev.start, end, kind: 'person', name: `${prev.text} ${word}`, roles: [], standsFor: null, priority: PRIORITY.propagated, source: 'propagated' });
        continue;
      }
      out.push({ start: t.start, end, kind: 'person', name: word, roles: [], standsFor: null, priority: PRIORITY.propagated, source: 'propagated' });
    }
  });
  // "Bermudez" inside "Joseph S. Bermudez Jr." and "Roosevelt" inside "Franklin D. Roosevelt" are
  // that longer name's mentions. (A tagger's span with no initial or suffix may be a name run on
  // from a word before it, "Daily Beast Julia Davis", which the propagated name repairs.)
  const spelledOut = kept.filter((c) => c.kind === 'person' && (/\s\p{Lu}\.?\s/u.test(text.slice(c.start, c.end + 1)) || surnameOf(c.name.split(/\s+/)) !== c.name.split(/\s+/).pop()));
  return out.filter((c) => !spelledOut.some((p) => p.start <= c.start && c.end <= p.end && p.end - p.start > c.end - c.start));
}
