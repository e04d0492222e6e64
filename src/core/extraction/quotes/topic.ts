/**
 * The person a "he" or "she" continues, read from the subjects of the sentences before it. News
 * copy names a person once and then refers to them by pronoun or by office ("Mr Varadkar
 * visited …. The Taoiseach also laid …. “…,” he said"), and a person named as an object in a
 * sentence whose subject is the same pronoun ("He also informed Mr Varadkar …") is not who the
 * next "he" means. So the chain walks back sentence by sentence: a sentence led by the same
 * pronoun passes the look-back on, one led by a person's name or an office linked back to a
 * person ends it with that person, and one with no person at all is passed over.
 */
import type { ResolvedMention } from '../types';
import { findAntecedent } from './antecedents';
import { VERBS } from './cues';
import { mentionsIn, paragraphIndexAt, type SpeakerContext } from './context';
import { fitsPronoun, OFFICE_NOUNS } from './names';
import { isShouting, MASK, objectBefore, sentenceStartBefore } from './text';

/** How many paragraphs back, and how many sentences, the chain may walk. */
const CHAIN_PARAGRAPHS = 4;
const CHAIN_SENTENCES = 14;
/** Words that may title a name before it in subject position ("Ukraine’s prosecutor general Andrei Kostin"). */
const TITLE_WORDS = 5;

// An opening clause before the subject ("After the meeting with Zelensky, Mr Varadkar …").
const INTRO =
  /^(?:after|before|on|in|during|asked|speaking|later|earlier|when|while|as|at|throughout|following|despite|although|though|since|inside|among|until|amid|with|without|under|for|from|by|having|meanwhile|however|separately|then|but|and|yet|so|now|today|yesterday)\b[^,;:]{0,140},\s*/i;
// "Speaking at the residence of Martin Harris, the UK ambassador, she …": an appositive closing the
// opening clause describes the clause's last name; the pronoun after it is the subject.
const APPOSITIVE_THEN_PRONOUN = /^(?:the|a|an)\s[^,;:]{1,60},\s*(?=(?:he|she)\b)/i;

// Not a cue set off by commas after the name: "But Zelensky, Peskov added, was not."
const CONJUNCTION_BEFORE_NAME = new RegExp(`^(?:[Bb]ut|[Aa]nd|[Yy]et|[Ss]o)\\s+(?=\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*){0,3},(?!\\s*\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*)?\\s+(?:${VERBS})\\b))`, 'u');

/** Where the subject of a sentence starting at `lead` begins, past an opening clause. */
function afterIntro(masked: string, lead: number, end: number): number {
  // "But He Weiling, Washington representative of …, said": a conjunction before a name set off
  // by a comma opens no clause; the name is the subject.
  const conjunction = CONJUNCTION_BEFORE_NAME.exec(masked.slice(lead, end));
  if (conjunction) return lead + conjunction[0].length;
  const intro = INTRO.exec(masked.slice(lead, end));
  if (!intro) return lead;
  const at = lead + intro[0].length;
  return at + (APPOSITIVE_THEN_PRONOUN.exec(masked.slice(at, end))?.[0].length ?? 0);
}

// Words a description of one person ends in ("the Taoiseach", "the senator", "the Ukrainian president").
const PERSON_HEAD = new RegExp(`^(?:${OFFICE_NOUNS}|taoiseach|dictator|strongman|autocrat|politician|lawmaker|congressman|congresswoman)$`, 'iu');
const DETERMINED = /^(?:the|this|that)\s+((?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+)/iu;
// A person named in a sentence by description ("a spokesman", "the minister"), whom the chain cannot pass.
const SOMEONE_DESCRIBED = new RegExp(`\\b(?:the|a|an|this|that)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${OFFICE_NOUNS}|taoiseach|spokes\\w+|source|official)s?\\b`, 'giu');
const CUE_BEFORE = new RegExp(`(?:^|[,—–-]\\s*)(?:${VERBS})\\s+(?:[\\p{L}.’'-]+\\s+){0,2}$`, 'iu');
// Verbs that make a person a speaker, not merely the subject of a deed ("has promised a quay"):
// narrower than the cue verbs, which include deeds that carry quoted words.
const SPEECH_VERB = /\b(?:said|says|say|told|tells|added|adds|noted|notes|explained|explains|stressed|wrote|writes|argued|argues|insisted|insists|stated|replied|recalled)\b/i;
const TRAILING_PRONOUN_CUE = new RegExp(`,\\s*(he|she)\\s+(?:${VERBS})\\s*[.!]?\\s*$`, 'i');
// "of" and "and" too here: a name after them is not the one leading the sentence ("the mayor of
// Vorsk", "Kess and Morra met").
const OBJECT_BEFORE = objectBefore('of', 'and');

// "The head of state also addressed …" names the office by a phrase: read it as the one word.
const asOffice = (s: string): string => s.replace(/^(\S+\s+)head of state\b/i, '$1president').replace(/^(\S+\s+)head of (?:the )?government\b/i, '$1premier');

const VERB_BEFORE = /\b(?:is|was|are|were|has|have|had|will|would|can|could|says|said|thinks|believes)\b/u;

type Step = { kind: 'person'; id: string } | { kind: 'pass'; pronoun?: boolean } | { kind: 'stop' };

function fits(ctx: SpeakerContext, id: string, pronoun: string): boolean {
  const actor = ctx.actorsById.get(id);
  if (actor?.kind !== 'person') return false;
  return fitsPronoun(actor.name, actor.roles, pronoun);
}

const OWNED_OFFICE = new RegExp(`^['’]s\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${OFFICE_NOUNS})s?,?\\s*$`, 'iu');

/** The person a sentence is about when its subject names them, else whether the chain goes on. */
function sentenceStep(ctx: SpeakerContext, masked: string, start: number, end: number, pronoun: string): Step {
  let lead = start;
  // A quotation opening the sentence is passed over to its cue (“…,” he said / “…,” Graham said).
  while (lead < end && (/[\s,;:—–-]/u.test(masked[lead]) || masked[lead] === MASK)) lead++;
  lead = afterIntro(masked, lead, end);
  const rest = masked.slice(lead, end);
  // "Of the 150 tickets sold, 15 went to Americans, he says.": a pronoun cue closing the sentence is its subject too.
  // "And he returned to the theme.": a conjunction opening the sentence leaves the pronoun its subject.
  const pron = /^(?:(?:and|but|yet|so|then)\s+)?(he|she)\b/i.exec(rest) ?? TRAILING_PRONOUN_CUE.exec(rest);
  const mentions = mentionsIn(ctx, { start: lead, end });
  if (pron) {
    // "But He said …": the surname of He Weiling, which the actor rules read as his mention.
    const at = lead + pron.index + pron[0].length - pron[1].length;
    const named = mentions.find((m) => m.start === at && m.kind === 'person');
    if (named) return fits(ctx, named.actorId, pronoun) ? { kind: 'person', id: named.actorId } : { kind: 'stop' };
    return pron[1].toLowerCase() === pronoun ? { kind: 'pass', pronoun: true } : { kind: 'stop' };
  }
  const subject = subjectMention(ctx, mentions, lead);
  if (subject) {
    if (/^['’]s\b/.test(ctx.text.slice(subject.end, subject.end + 2))) {
      // "Mr Putin’s spokesman, Dmitry Peskov, hailed …": the office's holder named after it.
      const holder = mentions.find((m) => m.start > subject.end && m.kind === 'person');
      const between = holder ? ctx.text.slice(subject.end, holder.start) : '';
      if (!holder || !OWNED_OFFICE.test(between)) return { kind: 'stop' };
      return fits(ctx, holder.actorId, pronoun) ? { kind: 'person', id: holder.actorId } : { kind: 'stop' };
    }
    return fits(ctx, subject.actorId, pronoun) ? { kind: 'person', id: subject.actorId } : { kind: 'stop' };
  }
  const byOffice = officeSubject(ctx, rest, lead);
  if (byOffice !== undefined) return byOffice && fits(ctx, byOffice, pronoun) ? { kind: 'person', id: byOffice } : { kind: 'stop' };
  // A man named in passing does not stop the look-back for "she" ("… that President Putin's invasion
  // must fail. ¶ She said …"), nor does his title.
  const someone = mentions.some((m) => (m.kind === 'person' && fits(ctx, m.actorId, pronoun)) || m.kind === 'unnamed') || describesSomeoneElse(ctx, rest, lead, mentions);
  return someone ? { kind: 'stop' } : { kind: 'pass' };
}

/** Whether `rest` describes a person by office or calling who is not a named person's title there. */
function describesSomeoneElse(ctx: SpeakerContext, rest: string, lead: number, mentions: ResolvedMention[]): boolean {
  for (const d of rest.matchAll(SOMEONE_DESCRIBED)) {
    const end = lead + d.index + d[0].length;
    const titled = mentions.find((m) => m.kind === 'person' && m.start > end && /^\s*$/.test(ctx.text.slice(end, m.start)));
    if (!titled) return true;
  }
  return false;
}

/**
 * The person mention in subject position from `lead`: a person named first, after at most a few
 * title words ("Taoiseach Leo Varadkar") or after an office set off by a comma ("Ukraine’s
 * ambassador in London, Vadym Prystaiko,"), and not the object of a preposition.
 */
function subjectMention(ctx: SpeakerContext, mentions: ResolvedMention[], lead: number): ResolvedMention | null {
  const m = mentions.find((x) => x.kind === 'person' || x.kind === 'unnamed');
  if (!m || m.kind !== 'person') return null;
  const before = ctx.text.slice(lead, m.start);
  // A cue closing the sentence names its subject after the verb (“…,” said Price; "- … - said Kowal").
  if (CUE_BEFORE.test(before)) return m;
  if (OBJECT_BEFORE.test(before)) return null;
  const words = before.trim() ? before.trim().split(/\s+/).length : 0;
  if (words <= TITLE_WORDS && !/[,;:]/.test(before)) return m;
  return /^[^,;:]{1,100},\s*$/.test(before) ? m : null;
}

/**
 * The person the he/she at `before` continues, found by walking back over the subjects of earlier
 * sentences (see the module comment); null when the chain gives no answer and the nearest-name
 * rule should decide.
 */
export function chainedPerson(ctx: SpeakerContext, pronoun: string, before: number): string | null {
  const masked = ctx.masked;
  if (!masked || (pronoun !== 'he' && pronoun !== 'she')) return null;
  const first = paragraphIndexAt(ctx, before);
  let p = first;
  let chained = false;
  let crossed = 0;
  let end = sentenceStartBefore(masked, ctx.text, before, ctx.paragraphs[p].start);
  for (let n = 0; n < CHAIN_SENTENCES; n++) {
    while (end > ctx.paragraphs[p].start && /\s/.test(masked[end - 1])) end--;
    while (end <= ctx.paragraphs[p].start) {
      p--;
      if (p < 0) return null;
      end = ctx.paragraphs[p].end;
      // A headline in capitals set between paragraphs ("DESANTIS RATTLES …") is not the story.
      if (isShouting(ctx.text.slice(ctx.paragraphs[p].start, end))) {
        end = ctx.paragraphs[p].start;
        continue;
      }
      // Beyond the paragraph before, only a speaker two paragraphs back or a chain of the same
      // pronoun carries the person on: a name further back with only unrelated sentences between
      // is not what "he" means. A paragraph all quotation goes on with the speaker before it and
      // is no distance.
      if (!/\p{L}/u.test(masked.slice(ctx.paragraphs[p].start, end))) continue;
      if (++crossed > (chained ? CHAIN_PARAGRAPHS : 2)) return null;
    }
    // From before the sentence's own closing punctuation, which would otherwise end it at once.
    const start = sentenceStartBefore(masked, ctx.text, Math.max(ctx.paragraphs[p].start, end - 1), ctx.paragraphs[p].start);
    const step = sentenceStep(ctx, masked, start, end, pronoun);
    // Two paragraphs back a person is what "he" means only as a speaker there ("Taranenko says …").
    if (step.kind === 'person' && crossed >= 2 && !chained && !SPEECH_VERB.test(masked.slice(start, end))) return null;
    if (step.kind === 'person') return step.id;
    if (step.kind === 'stop') return null;
    if (step.pronoun) chained = true;
    end = start;
  }
  return null;
}

/**
 * The person a sentence between `start` and `end` is about, by its subject: a name leading it
 * (after an opening clause or a few title words), an office linked back to a person ("The
 * Taoiseach also laid …"), or "he"/"she" continuing the chain of subjects before. Null otherwise.
 */
export function sentenceSubject(ctx: SpeakerContext, start: number, end: number): string | null {
  const masked = ctx.masked;
  if (!masked) return null;
  let lead = start;
  while (lead < end && /[\s,;:—–-]/u.test(masked[lead])) lead++;
  if (masked[lead] === MASK) return null;
  lead = afterIntro(masked, lead, end);
  const rest = masked.slice(lead, end);
  const pron = /^(he|she)\b/i.exec(rest);
  if (pron) {
    const person = chainedPerson(ctx, pron[1].toLowerCase(), lead);
    return person && ctx.actorsById.get(person)?.kind === 'person' ? person : null;
  }
  const subject = subjectMention(ctx, mentionsIn(ctx, { start: lead, end }), lead);
  // Titles may come first ("European Commission President Ursula …"), a verb may not ("Nordia is convinced Brandt …").
  if (subject && VERB_BEFORE.test(ctx.text.slice(lead, subject.start))) return null;
  if (subject) return /^['’]s\b/.test(ctx.text.slice(subject.end, subject.end + 2)) ? null : subject.actorId;
  const byOffice = officeSubject(ctx, rest, lead);
  return byOffice && ctx.actorsById.get(byOffice)?.kind === 'person' ? byOffice : null;
}

/**
 * The person an office opening `rest` (the sentence from `lead`) links back to: the longest
 * opening whose last word names an office ("The Taoiseach made clear" is "the Taoiseach"). Null
 * when the office links to no one or is a possessive ("the president’s office"); undefined when
 * the sentence opens with no office.
 */
function officeSubject(ctx: SpeakerContext, rest: string, lead: number): string | null | undefined {
  const office = asOffice(rest);
  const d = DETERMINED.exec(office);
  if (!d) return undefined;
  const words = d[1].split(/\s+/);
  for (let k = words.length; k >= 1; k--) {
    if (!PERSON_HEAD.test(words[k - 1])) continue;
    if (/^['’]s\b/.test(office.slice(d[0].length))) return null;
    return findAntecedent(ctx, `the ${words.slice(0, k).join(' ')}`, lead, null);
  }
  return undefined;
}
