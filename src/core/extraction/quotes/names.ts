import { givenNameGender } from '../givenNames';
import type { Actor } from '../types';

export type Gender = 'female' | 'male' | null;

const FEMALE_TITLE = /^(?:mrs|ms|miss|madam|madame|lady|dame|queen|princess|duchess|countess|baroness)\.?$/i;
const MALE_TITLE = /^(?:mr|sir|lord|king|prince|duke|earl|count|baron)\.?$/i;

/**
 * The gender a person's name or title makes plain, or null when it does not (WCBE: "…,” he said."
 * just after "said Sherman" must not go to Wendy Sherman). An unknown name fits either pronoun, so
 * a missing name costs nothing but a wrong one would.
 */
export function genderOf(name: string, roles: readonly string[]): Gender {
  for (const role of roles) {
    if (FEMALE_TITLE.test(role)) return 'female';
    if (MALE_TITLE.test(role)) return 'male';
  }
  const first = name.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  // "the Duchess added": a title alone may be the name an article gives.
  if (FEMALE_TITLE.test(first)) return 'female';
  if (MALE_TITLE.test(first)) return 'male';
  return givenNameGender(first, name.trim().includes(' '));
}

/** Whether "he" or "she" can mean this person: true unless the name or title says otherwise. */
export function fitsPronoun(name: string, roles: readonly string[], pronoun: string): boolean {
  const gender = genderOf(name, roles);
  return gender === null || gender === (pronoun.toLowerCase() === 'she' ? 'female' : 'male');
}

/**
 * Whether a pronoun subject can mean the actor: "it" a body, "they" a group or an unnamed source,
 * "he"/"she" a person whose name or title does not say otherwise.
 */
export function actorFitsPronoun(actor: Actor, pronoun: string): boolean {
  if (pronoun === 'it') return actor.kind === 'organization';
  if (pronoun === 'they') return actor.kind === 'group' || actor.kind === 'unnamed';
  return actor.kind === 'person' && fitsPronoun(actor.name, actor.roles, pronoun);
}

// Nouns naming several people: "he" cannot refer to "US officials".
const PLURAL_PEOPLE =
  /\b(?:officials|sources|diplomats|people|officers|analysts|experts|members|leaders|aides|lawmakers|authorities|negotiators|advisers|advisors|commanders|residents|soldiers|troops|ministers|representatives|spokespeople|administrations|governments|allies)\b/i;

/** Whether an unnamed actor's words ("US officials", "sources") name more than one person. */
export function isPluralDescription(text: string): boolean {
  return PLURAL_PEOPLE.test(text);
}

/** Nouns naming one person by office or standing, as a regular-expression alternation. */
export const OFFICE_NOUNS =
  'minister|president|premier|chancellor|secretary|spokes(?:man|woman|person)|official|ambassador|envoy|diplomat|' +
  'leader|chief|commander|general|adviser|advisor|director|mayor|governor|senator|author|co-author|' +
  'pope|patriarch|king|queen|prince|cardinal|archbishop|strongman|dictator|autocrat';

const HEAD_OF = /\bhead of (?:the )?(?:(\p{L}+) )?(government|state)\b/giu;
// What may follow the office itself: the end, punctuation, a name, or a word that is no noun the
// phrase qualifies ("head of the Russian government delegation" heads a delegation).
const AFTER_OFFICE = /^(?:\s*(?:$|[,.;:()”"–—])|\s+(?:\p{Lu}|(?:\p{Ll}+ed|and|or|who|whose|has|had|have|was|is|will|would|can|could|said|says|wrote|writes|told|tells|met|meets|spoke|made|took|gave|sent|held|led|warns|calls|adds|notes|insists|stresses|the|a|an|in|on|at|to|for|of|with|from|as|after|during|when|also)\b))/u;

/** The office a "head of …" phrase names: its qualifier (a demonym) and the office's one word. */
export interface HeadedOffice {
  readonly index: number;
  readonly length: number;
  readonly qualifier: string | undefined;
  readonly office: 'premier' | 'president';
}

/**
 * The first "head of (the Indian) government" (a premier) or "head of state" (a president) in
 * `text`, and not a body the person heads: "head of the Russian government delegation", "head of
 * state-owned Gazprom", "head of the State Duma" name none.
 */
export function headedOffice(text: string): HeadedOffice | null {
  for (const m of text.matchAll(HEAD_OF)) {
    if (m[2] !== m[2].toLowerCase() || !AFTER_OFFICE.test(text.slice(m.index + m[0].length))) continue;
    return { index: m.index, length: m[0].length, qualifier: m[1], office: m[2] === 'state' ? 'president' : 'premier' };
  }
  return null;
}

/** Documents newsrooms quote as if they spoke: "the statement said", "the letter states". */
export const DOCUMENT_NOUNS = /^(?:statement|report|letter|document|communiqu[eé]|declaration|assessment)$/;
