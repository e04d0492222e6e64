/**
 * Precision rules applied to compromise's spans: titles moved to roles, lower-case words,
 * calendar words, demonyms and unconfirmed sentence-initial words rejected, known names
 * mapped to their canonical form.
 */
import { DEMONYMS, GAZETTEER_BY_VARIANT } from './gazetteer';
import { BODY_HEADS, CALENDAR, INSTITUTION_HEADS, NOT_NAMES, TITLE_CONNECTORS, TITLE_HEADS, TITLE_MODIFIERS } from './lexicon';
import { remitLength } from './institutions';
import { PRIORITY } from './rules';
import { actorId, opensSentence, tokenize, trimSpan } from './text';
import { isHonorific } from './titles';
import type { TaggedSpan } from './compromiseLayer';
import type { Candidate } from './types';

const NAME_CONNECTORS = new Set([...TITLE_CONNECTORS, 'de', 'al', 'von', 'van', 'bin', 'la', 'le', 'du']);
// One or two particles and the capitalised rest of a name: " von der Leyen", " da Silva".
const PARTICLE_TAIL_RE = /^ (?:von|van|der|den|de|del|da|di|du|dos)(?: (?:der|den|de|la|le))? \p{Lu}\p{Ll}+(?![\p{L}\p{N}])/u;

// Words the tagger takes for people in captions and history ("Courtesy of …", "the Russo-Japanese
// War", "Roman Catholicism", "Video: …"): no person's name holds them.
const NOT_PERSON_WORDS = new Set(['courtesy', 'former', 'library', 'coalition', 'unity', 'war', 'wars', 'catholic', 'catholicism', 'newsletter', 'video']);
// Of these, the ones no place or body holds either.
const NOT_NAME_WORDS = new Set(['courtesy', 'catholicism', 'newsletter']);
// Roles a person holds in a body that the title lexicon does not list as heads.
const ROLES_IN_A_BODY = new Set(['Founder', 'Co-Founder', 'Co-founder', 'Cofounder', 'Member', 'Chair', 'Chairwoman', 'Chairperson', 'Partner', 'Board', 'Trustee']);
const NUMBERED_RE = /^ (?:No\.|№) ?\d+(?![\p{L}\p{N}])/u;
const INDEFINITE_BEFORE_RE = /(?<![\p{L}\p{N}])(?:a|an|A|An) $/u;
const NOUN_PHRASE_END_RE = /^(?:\s*[,.;:)!?]|\s*$|\s+(?:and|or|but|in|on|at|for|with|to|that|which|where)\b)/u;

/** Context the cleanup needs about the document. */
export interface CleanupContext {
  text: string;
  /** Start offset of the sentence holding `offset`. */
  sentenceStartAt: (offset: number) => number;
  /** Whether a word, seen sentence-initially, is a name on other evidence. */
  initialOk: (word: string) => boolean;
}

/** Turns a compromise span into a candidate, or null when a precision rule rejects it. */
export function cleanTaggedSpan(span: TaggedSpan, ctx: CleanupContext): Candidate | null {
  const { text } = ctx;
  // "Washington (CNN) —": keep the name part only.
  const cut = /^[\p{L}\p{N}.’'\- &]+/u.exec(text.slice(span.start, span.end));
  if (!cut) return null;
  // "Sergei Ławrow.The Russian minister": machine translation drops the space after a full stop,
  // and the tagger runs on into the next sentence.
  const glued = /\p{Ll}{2}\.(?=\p{Lu}\p{Ll})/u.exec(cut[0]);
  const length = glued ? glued.index + 2 : cut[0].length;
  const trimmed = trimSpan(text, span.start, span.start + length);
  let tokens = tokenize(text, trimmed.start, trimmed.end);
  while (tokens.length > 0 && /^the$/i.test(tokens[0].text)) tokens = tokens.slice(1);
  if (tokens.length === 0) return null;
  const isTitle = (t: (typeof tokens)[number]): boolean =>
    TITLE_HEADS.has(t.text) || TITLE_MODIFIERS.has(t.text) || isHonorific(t);
  let role: string | null = null;
  if (span.kind === 'person') {
    let k = 0;
    while (k < tokens.length - 1 && (isTitle(tokens[k]) || (k > 0 && TITLE_CONNECTORS.has(tokens[k].text)))) k++;
    if (k > 0) {
      role = text.slice(tokens[0].start, tokens[k - 1].end + (tokens[k - 1].dot ? 1 : 0));
      tokens = tokens.slice(k);
    }
    // "the Prosecutor General's Office" names no one called "Office".
    if (isTitle(tokens[0]) || BODY_HEADS.has(tokens[tokens.length - 1].text) || (tokens.length === 1 && INSTITUTION_HEADS.has(tokens[0].text))) return null;
    if (tokens.some((t) => NOT_PERSON_WORDS.has(t.text.toLowerCase()))) return null;
  } else if (isTitle(tokens[0])) {
    // "State Antony" in "Secretary of State Antony Blinken" is the tail of a title, not a place.
    return null;
  } else if (tokens.every((t) => isTitle(t) || ROLES_IN_A_BODY.has(t.text) || t.text === '&')) {
    // "Founder & President", "Co-Founder & Member" of a body: someone's roles, not the body.
    return null;
  }
  for (const t of tokens) {
    const lower = t.text.toLowerCase();
    if (NOT_NAME_WORDS.has(lower)) return null;
    if (!t.cap && !NAME_CONNECTORS.has(t.text) && !/^\d/.test(t.text)) return null;
    if (CALENDAR.has(lower) || (NOT_NAMES.has(lower) && t.cap)) return null;
  }
  // A lone letter ("S and P") is an initial or an abbreviation, never a person's whole name.
  if (tokens.length === 1 && span.kind === 'person' && tokens[0].text.length === 1) return null;
  // "Russian", "Sri Lankan": a nationality, of one word or two.
  if (DEMONYMS.has(tokens.map((t) => t.text).join(' '))) return null;
  const start = tokens[0].start;
  let end = tokens[tokens.length - 1].end;
  // "Belarusian Ministry" cut before "of Foreign Affairs": the institution's name runs on.
  if (span.kind === 'organization' && INSTITUTION_HEADS.has(tokens[tokens.length - 1].text)) {
    const of = /^ of((?: \p{Lu}\p{L}*(?:-\p{Lu}\p{L}*)?){1,6})(?![\p{L}\p{N}’'-])/u.exec(text.slice(end, end + 80));
    const remit = of ? of[1].trim().split(' ') : [];
    const keep = remitLength(remit);
    if (of && keep > 0 && !remit.slice(0, keep).some((w) => CALENDAR.has(w.toLowerCase()) || NOT_NAMES.has(w.toLowerCase()))) {
      const length = ` of ${remit.slice(0, keep).join(' ')}`.length;
      tokens = [...tokens, ...tokenize(text, end, end + length)];
      end += length;
    }
  }
  // "Regional Clinical Hospital No. 3", "Penal Colony No. 6": a number tells apart bodies of one kind,
  // so it belongs to the name.
  const numbered = span.kind === 'organization' ? NUMBERED_RE.exec(text.slice(end, end + 12)) : null;
  if (numbered) end += numbered[0].length;
  // The tagger stops at a lower-case particle: "Ursula" of "Ursula von der Leyen" runs on.
  const particles = span.kind === 'person' ? PARTICLE_TAIL_RE.exec(text.slice(end, end + 40)) : null;
  if (particles) end += particles[0].length;
  const surface = text.slice(start, end);
  const sentenceInitial = opensSentence(text, ctx.sentenceStartAt(start), start);
  if (tokens.length === 1 && sentenceInitial && !ctx.initialOk(surface)) return null;
  const known = GAZETTEER_BY_VARIANT.get(surface.toLowerCase());
  // "declared a Demilitarized Zone, but": a common noun capitalised for weight, not a name. A name
  // qualifying the noun after it ("in a Talk TV interview") stays.
  if (!known && INDEFINITE_BEFORE_RE.test(text.slice(Math.max(0, start - 4), start)) && NOUN_PHRASE_END_RE.test(text.slice(end, end + 8))) return null;
  // "Vice President for Financial Communications": the post's remit, not a body.
  const post = span.kind === 'organization' && !known ? /(\p{Lu}\p{L}+) for $/u.exec(text.slice(Math.max(0, start - 30), start)) : null;
  const last = tokens[tokens.length - 1].text;
  if (post && TITLE_HEADS.has(post[1]) && !BODY_HEADS.has(last) && !INSTITUTION_HEADS.has(last)) return null;
  if (known) {
    return {
      start, end, kind: known.kind, name: known.name, roles: [], standsFor: known.standsFor ? actorId('place', known.standsFor) : null,
      priority: known.kind === 'person' ? PRIORITY.compromisePerson : PRIORITY.compromiseOther, source: 'compromise',
    };
  }
  return {
    start, end, kind: span.kind, name: tokens.map((t) => t.text).join(' ') + (particles ? particles[0] : '') + (numbered ? numbered[0] : ''), roles: role ? [role] : [], standsFor: null,
    priority: span.kind === 'person' ? PRIORITY.compromisePerson : PRIORITY.compromiseOther, source: 'compromise',
  };
}
