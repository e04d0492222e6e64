/**
 * Surnames that are also the names of places or firms: "Rep. Jim Jordan … Jordan said", "Pierre
 * Renault … Renault also said". Where the document names a person in full, the bare word before a
 * speech verb is that person speaking, not the country or the carmaker.
 */
import { SPEECH_VERBS } from './lexicon';
import { surnameOf } from './titles';
import type { Candidate } from './types';
import { WORLD_PLACE } from './worldPlaces';

/** The surnames of the people a document's candidates name in full ("Bermudez" of "Joseph S. Bermudez Jr"). */
export function fullNameSurnames(candidates: readonly Candidate[]): Set<string> {
  const surnames = new Set<string>();
  for (const c of candidates) {
    const words = c.name.split(/\s+/);
    if (c.kind === 'person' && words.length > 1) surnames.add(surnameOf(words));
  }
  return surnames;
}

const SPEECH_AFTER = new RegExp(`^\\s+(?:also\\s+|later\\s+|then\\s+|further\\s+)?(?:${[...SPEECH_VERBS].join('|')})\\b`);

/**
 * Candidates where a one-word place or firm that is the surname of a person named in full in the
 * same document, and stands right before a speech verb, becomes a mention of that person.
 */
export function surnamesOverPlaces(text: string, candidates: Candidate[]): Candidate[] {
  const surnames = fullNameSurnames(candidates);
  if (surnames.size === 0) return candidates;
  return candidates.map((c) => {
    if ((c.kind !== 'place' && c.kind !== 'organization') || !surnames.has(c.name) || text.slice(c.start, c.end) !== c.name) return c;
    // A town known only from the list is no match for a person the document names.
    return c.source === WORLD_PLACE || SPEECH_AFTER.test(text.slice(c.end, c.end + 24)) ? { ...c, kind: 'person', standsFor: null, roles: [] } : c;
  });
}
