/**
 * Towns and cities known by name alone, from GeoNames ({@link WORLD_PLACE_NAMES}): the legend of a
 * map ("Soroca Balti Tiraspol"), "hosted by Iasi", "Chasiv Yar". The weakest place rule: every other
 * reading of the words wins, and a name that runs on into another capitalised word is left to the
 * rules and the tagger that read whole names ("Francis Fukuyama" is a person).
 */
import type { Sentence } from '../../model';
import { isGivenName } from '../givenNames';
import { DEMONYMS, GAZETTEER_BY_VARIANT } from './gazetteer';
import { BODY_HEADS, CALENDAR, NOT_NAMES, TITLE_HEADS, TITLE_MODIFIERS } from './lexicon';
import { PRIORITY } from './rules';
import { foldLetters, opensSentence, type Token } from './text';
import { WORLD_PLACE_NAMES } from './worldPlaceNames';
import type { Candidate } from './types';

/** The source of candidates this rule makes, for rules that weigh them later. */
export const WORLD_PLACE = 'world-place';

const MAX_WORDS = 3;
const NOT_A_TOWN_BEFORE = /(?:\b(?:the|a|an)|\baccording to)\s+$/i;
// GeoNames writes the soft sign as an apostrophe ("Stavropol’"); news leaves it out.
const placeKey = (name: string): string => foldLetters(name).replace(/['’ʹ`]/g, '');

let known: Set<string> | undefined;
/** The folded names, built on first use: most documents of a run never reach this rule. */
function knownPlaces(): Set<string> {
  known ??= new Set(WORLD_PLACE_NAMES.split('\n').map(placeKey));
  return known;
}

/** Whether `name` (any case or accents) is a town or city of the list. */
export function isWorldPlace(name: string): boolean {
  return knownPlaces().has(placeKey(name));
}

function isOtherWord(t: Token): boolean {
  const lower = t.text.toLowerCase();
  return NOT_NAMES.has(lower) || CALENDAR.has(lower) || TITLE_HEADS.has(t.text) || TITLE_MODIFIERS.has(t.text)
    || DEMONYMS.has(t.text) || BODY_HEADS.has(t.text) || isGivenName(t.text);
}

// Neighbours that do not make a longer name of a listed place: a word in capitals of four letters
// or more (a map's "MOLDOVA", not "FC"), another listed place, or a place the gazetteer knows.
function isPlaceNeighbour(t: Token): boolean {
  if (/^\p{Lu}{4,}$/u.test(t.text)) return true;
  if (isWorldPlace(t.text)) return true;
  return GAZETTEER_BY_VARIANT.get(t.text.toLowerCase())?.kind === 'place';
}

/**
 * Listed towns named in one sentence. A sentence's first word counts only when `initialOk` says
 * the word is a name elsewhere in the document.
 */
export function worldPlaceCandidates(text: string, sentence: Sentence, tokens: Token[], initialOk: (word: string) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const joined = (a: Token, b: Token): boolean => a.end === b.start - 1 && text[a.end] === ' ' && !a.possessive;
  const places = knownPlaces();
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].cap || /^\p{Lu}{2,}$/u.test(tokens[i].text)) continue;
    for (let n = Math.min(MAX_WORDS, tokens.length - i); n >= 1; n--) {
      const words = tokens.slice(i, i + n);
      if (words.some((w, k) => !w.cap || (k > 0 && !joined(words[k - 1], w)))) continue;
      if (!places.has(placeKey(words.map((w) => w.text).join(' ')))) continue;
      if (n === 1 && isOtherWord(words[0])) break;
      const first = words[0];
      const last = words[n - 1];
      const before = tokens[i - 1];
      const after = tokens[i + n];
      if (before?.cap && joined(before, first) && !isPlaceNeighbour(before)) break;
      if (after?.cap && joined(last, after) && !isPlaceNeighbour(after)) break;
      // "the Saratov" is a ship or a firm, "according to Danilov" a person.
      if (NOT_A_TOWN_BEFORE.test(text.slice(Math.max(sentence.start, first.start - 14), first.start))) break;
      const initial = opensSentence(text, sentence.start, first.start);
      if (initial && !initialOk(first.text)) break;
      const name = text.slice(first.start, last.end);
      out.push({ start: first.start, end: last.end, kind: 'place', name, roles: [], standsFor: null, priority: PRIORITY.worldPlace, source: WORLD_PLACE });
      i += n - 1;
      break;
    }
  }
  return out;
}

/**
 * A listed town that is the first word of a body the document names is that body's short name
 * ("Bethlehem Steel … Bethlehem said"): the town reading is dropped.
 */
export function withoutBodyShortNames(candidates: Candidate[]): Candidate[] {
  const heads = new Set(candidates.filter((c) => c.kind === 'organization' && c.name.includes(' ')).map((c) => c.name.split(' ')[0]));
  return heads.size === 0 ? candidates : candidates.filter((c) => c.source !== WORLD_PLACE || !heads.has(c.name));
}
