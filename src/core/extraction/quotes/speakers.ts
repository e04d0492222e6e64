/**
 * Turns the subject words of a speech cue into an actor: a mention of the actor, a pronoun
 * resolved to the last fitting person before the quotation, or a description ("the spokesman",
 * "the defense secretary") linked back to the actor it names. Anything less certain gives null.
 */
import type { TextSpan } from '../../model';
import type { ActorKind, ResolvedMention } from '../types';
import { bodyAntecedent, DETERMINER, findAntecedent } from './antecedents';
import { mentionsIn, type SpeakerContext } from './context';
import { documentIssuer } from './documents';
import { describedPersonAt, officeOfBodyAt } from './describedPerson';
import { OFFICE_NOUNS } from './names';
import { VERBS } from './cues';
import { objectBefore, wordCount } from './text';
import { DEMONYM_ALT, DEMONYMS } from '../actors/gazetteer';
import { PARTY_MEMBER_WORDS, TITLE_ABBREVIATIONS, TITLE_HEADS, TITLE_MODIFIERS } from '../actors/lexicon';
import { personSpelledAs } from './variants';
import { namesOffice, PARTICIPLE_DESCRIPTION, resolvePronoun, speakingActor } from './pronouns';

export { mentionsIn, type SpeakerContext } from './context';

/** How a subject was resolved; a higher strength wins when two cues compete. */
export interface Resolution {
  actorId: string | null;
  /** 3 a mention, 2 a description linked back, 1 a pronoun, 0 nothing resolved. */
  strength: number;
  /** The subject words, for the cue shown to the user. */
  subject: TextSpan | null;
}

const NONE: Resolution = { actorId: null, strength: 0, subject: null };
const PRONOUN = /^(?:he|she|they|it)$/i;
const OBJECT_PRONOUNS: Record<string, string | undefined> = { him: 'he', her: 'she', them: 'they' };
// Words that may stand between a subject and its verb ("He also said", "he went on to say").
const FILLER =
  /^(?:also|further|later|then|again|specifically|particularly|previously|repeatedly|recently|once|had|has|have|would|went|on|to|by|and|however|separately|in|a|statement|interview)$/i;
const COORDINATED_PRONOUN = new RegExp(`(?:^|[\\s,—–-])(he|she)\\s+(?:also\\s+)?(?:${VERBS})\\s+(?:and|but)\\s*$`, 'i');
const PRONOUN_LAST = /(?<=[\s,;—–-])(he|she|they)\s*$/i;
const WRITER_LAST = /(?<![\p{L}’'-])(?:we|I)\s*$/u;
const LEADING_PRONOUN = /^\s*(he|she)\s/i;
const AND_BETWEEN = /^\s+and\s+(?:the\s+)?$/i;
// (Or in brackets: "under Donald Trump (who, in a debate, described …".)
const WHO_CLAUSE = /(?:,\s*|\(\s*)who\b[^;]*$/;
// A country's office closing the subject: "the US President", "the U.K. Prime Minister".
const COUNTRY_OFFICE_LAST = /(?:^|\s)((?:U\.S\.|U\.K\.|US|UK|\p{Lu}\p{Ll}+)\s+(?:[Pp]resident|[Pp]rime [Mm]inister|[Pp]remier|[Cc]hancellor|[Ff]oreign [Mm]inister|[Dd]efen[cs]e [Mm]inister|[Dd]efense [Ss]ecretary|[Ss]ecretary of [Ss]tate))\s*$/u;
const TRAILING_ADVERBS = /(?:\s+(?:also|further|later|then|again|previously|repeatedly|recently|separately|however|once))+$/i;
// "The spies’ spokesman": a possessive inside a description.
// The nearest determiner starts it: "a stark message the department" is "the department".
const DESCRIPTION = /\b(the|this|that|these|those|a|an)\s+((?:(?!(?:the|this|that|these|those|a|an)\s)[\p{L}\p{N}’'-]+\s+){0,4}[\p{L}-]+)$/iu;

function kindRank(kind: ActorKind): number {
  if (kind === 'person' || kind === 'unnamed') return 2;
  if (kind === 'organization' || kind === 'group') return 1;
  return 0;
}

/** Whether a mention is itself only a description ("the spokesman") rather than a source named. */
function isBareDescription(ctx: SpeakerContext, m: ResolvedMention): boolean {
  return m.kind === 'unnamed' && /^(?:the|this|that)\s/i.test(ctx.text.slice(m.start, m.end));
}

function fromMention(ctx: SpeakerContext, m: ResolvedMention): Resolution {
  const subject = { start: m.start, end: m.end };
  if (isBareDescription(ctx, m)) {
    const linked = findAntecedent(ctx, ctx.text.slice(m.start, m.end), m.start, m.actorId);
    if (linked) return { actorId: speakingActor(ctx, linked), strength: 2, subject };
  }
  return { actorId: speakingActor(ctx, m.actorId), strength: 3, subject };
}

// A relative clause between subject and verb ("Sales, who … at the State Department, said")
// holds other names that are not the speaker.
function relativeClauseStart(text: string, region: TextSpan): number {
  const s = text.slice(region.start, region.end);
  const m = /,\s*(?:who|which|whose|whom)\b[^]*,\s*$/.exec(s);
  return m ? region.start + m.index : region.end;
}

// "comments by Varga, in which he claimed": the verb's subject is inside the relative clause.
function relativeClauseSubjectStart(text: string, region: TextSpan): number {
  const s = text.slice(region.start, region.end);
  const m = /\b(?:which|whom)\s+(?=(?:he|she|they|it)\s|\p{Lu})/gu;
  let start = region.start;
  for (const r of s.matchAll(m)) start = region.start + r.index + r[0].length;
  // "said DeSantis was wrong on Ukraine when the contender called": the verb is the subordinate
  // clause's, so names before the conjunction belong to the main clause (one whose clause a comma
  // closes, ", when … , Holt said", leaves the subject after it).
  const sub = /\b(?:when|while|whereas|because|although|though|if)\s+(?=[^,;]*$)/i.exec(s);
  if (sub) start = Math.max(start, region.start + sub.index + sub[0].length);
  return start;
}

function pickMention(found: ResolvedMention[], preferLast: boolean): ResolvedMention | null {
  let best: ResolvedMention | null = null;
  for (const m of preferLast ? [...found].reverse() : found) {
    if (!best || kindRank(m.kind) > kindRank(best.kind)) best = m;
  }
  return best;
}

/**
 * Resolves the subject words `region` of a cue. `verbFirst` is true for "said Sherman" and
 * "according to X" (the subject follows the verb), false for "Austin said". `anchor` is where the
 * quotation starts, the point pronouns and descriptions look back from.
 */
export function resolveSubject(
  ctx: SpeakerContext,
  fullRegion: TextSpan,
  verbFirst: boolean,
  anchor: number,
  participle = false,
): Resolution {
  // "said the German Chancellor on Platform X": the subject stops at a preposition.
  const region = verbFirst ? cutAtPreposition(ctx, fullRegion) : fullRegion;
  if (region.end <= region.start) return NONE;
  if (participle) return resolveParticipleSubject(ctx, region, anchor);
  const bounded = verbFirst ? region : { start: relativeClauseSubjectStart(ctx.text, region), end: relativeClauseStart(ctx.text, region) };
  // "The U.S. letter calls out …, and proposes": a coordinated verb shares the clause's first subject.
  const coordinated = !verbFirst && /\b(?:and|but)\s*$/.test(ctx.text.slice(region.start, region.end));
  // "He added that X “…” but said", "- … - he said and said": the pronoun leading the first verb
  // is the subject both verbs share, not a name after it.
  if (coordinated) {
    const raw = ctx.text.slice(region.start, region.end);
    const p = COORDINATED_PRONOUN.exec(raw) ?? LEADING_PRONOUN.exec(raw);
    if (p) {
      const at = region.start + p.index + p[0].indexOf(p[1]);
      const id = resolvePronoun(ctx, p[1], Math.min(anchor, at));
      return { actorId: id && speakingActor(ctx, id), strength: id ? 1 : 0, subject: { start: at, end: at + p[1].length } };
    }
  }
  // "… the European Union - he added": a subject pronoun right before the verb is its subject,
  // whatever names come before it (a pronoun in that place is never an object).
  const beforeVerb = ctx.text.slice(region.start, region.end).replace(TRAILING_ADVERBS, '');
  // "as we observed the developments": the writer's own "we" or "I" is nobody the text names.
  if (!verbFirst && !coordinated && WRITER_LAST.test(beforeVerb)) return NONE;
  const lastPronoun = !verbFirst && !coordinated ? PRONOUN_LAST.exec(beforeVerb) : null;
  if (lastPronoun) {
    const at = region.start + lastPronoun.index;
    const id = resolvePronoun(ctx, lastPronoun[1], Math.min(anchor, at));
    if (id) return { actorId: speakingActor(ctx, id), strength: 1, subject: { start: at, end: at + lastPronoun[1].length } };
  }
  const inRegion = mentionsIn(ctx, bounded);
  // "questions from Mr Zelensky, who sought a clarification and insisted": the verb is the
  // relative clause's, whose subject is the person just before "who".
  if (!verbFirst) {
    const rel = WHO_CLAUSE.exec(ctx.text.slice(region.start, region.end));
    const at = rel ? region.start + rel.index : -1;
    const antecedent = rel ? inRegion.find((m) => m.kind === 'person' && m.end <= at && at - m.end <= 2) : undefined;
    if (antecedent) return fromMention(ctx, antecedent);
  }
  // "James Burke, president of Merrill Lynch Capital Partners, said": the name before its appositive.
  if (!verbFirst) {
    const first = inRegion[0];
    if (first?.kind === 'person' && /^,[^,;:()]*,\s*$/.test(ctx.text.slice(first.end, bounded.end)) && !/\S/.test(ctx.text.slice(bounded.start, first.start).replace(/^\s*(?:but|and|however,?)\s+/i, ''))) return fromMention(ctx, first);
  }
  // "The Chancellor, before talking to Xi, pointed out": a name after a preposition is an object.
  const candidates = verbFirst ? inRegion : subjectCandidates(ctx, inRegion);
  // "The World Food Programme and the FAO said": the first of two coordinated subjects.
  const pair = candidates.length >= 2 && AND_BETWEEN.test(ctx.text.slice(candidates[candidates.length - 2].end, candidates[candidates.length - 1].start));
  const mention = appositiveHolder(ctx, candidates) ?? pickMention(pair ? candidates.slice(0, -1) : candidates, !verbFirst && !coordinated);
  if (!mention && !verbFirst) {
    const office = officeOfBodyAt(ctx, bounded, Math.min(anchor, bounded.start));
    if (office?.actorId) return { actorId: speakingActor(ctx, office.actorId), strength: 2, subject: office.span };
  }
  if (mention && kindRank(mention.kind) < 2) {
    // "the US President also warned": the adverbs before the verb are no part of the description.
    const unadorned = { start: bounded.start, end: bounded.start + ctx.text.slice(bounded.start, bounded.end).trimEnd().replace(TRAILING_ADVERBS, '').length };
    const described = describedPersonAt(ctx, unadorned, Math.min(anchor, bounded.start));
    if (described?.actorId) return { actorId: speakingActor(ctx, described.actorId), strength: 2, subject: described.span };
    // No one titled so in the story: the holder of the office at the article's date, if the story
    // names them ("the US President warned" after "Mr Biden"). Only a definite description refers
    // back ("a Nestle spokesman" is someone new), and one naming its country by a possessive
    // ("Ukraine's leader") is left to a holder titled so: the story's other president is not them.
    const officeMatch = COUNTRY_OFFICE_LAST.exec(ctx.text.slice(unadorned.start, unadorned.end));
    const definite = (at: number): boolean => /\b(?:the|this|that)\s+$/i.test(ctx.text.slice(Math.max(0, at - 6), at)) || /^(?:the|this|that)\s/i.test(ctx.text.slice(at, at + 5));
    const plain = described && definite(described.span.start) && !/['’]s\b/.test(ctx.text.slice(described.span.start, described.span.end));
    const office = officeMatch && definite(unadorned.end - officeMatch[1].length) ? officeMatch : null;
    const span = office ? { start: unadorned.end - office[1].length, end: unadorned.end } : plain ? described.span : null;
    if (span) {
      const words = ctx.text.slice(span.start, span.end);
      const holder = findAntecedent(ctx, /^the\s/i.test(words) ? words : `the ${words}`, Math.min(anchor, span.start), null);
      if (holder) return { actorId: speakingActor(ctx, holder), strength: 2, subject: span };
    }
    if (described?.excludesOrganisation) return { actorId: null, strength: 0, subject: described.span };
    // "the Texas Democrat said": a place before a party's member only qualifies it; the member is
    // the one person the paragraph names, or nobody said.
    const tail = mention.kind === 'place' ? ctx.text.slice(mention.end, bounded.end).replace(TRAILING_ADVERBS, '').trimEnd() : '';
    if (PARTY_MEMBER_WORDS.has(tail.trim()) && /\bthe\s+$/i.test(ctx.text.slice(Math.max(0, mention.start - 5), mention.start))) {
      const subject = { start: mention.start, end: mention.end + tail.length };
      const linked = findAntecedent(ctx, `the ${ctx.text.slice(mention.start, mention.end)}${tail}`, Math.min(anchor, mention.start), null);
      return { actorId: linked && speakingActor(ctx, linked), strength: linked ? 2 : 0, subject };
    }
  }
  if (mention) return fromMention(ctx, mention);

  const raw = ctx.text.slice(region.start, region.end);
  const tokens = [...raw.matchAll(/[\p{L}\p{N}'’.-]+/gu)];
  const near = verbFirst ? tokens.slice(0, 1) : tokens.slice(-4).reverse();
  // "According to him, …": an object pronoun standing alone after the verb means as its subject form would.
  const objectPronoun = verbFirst && tokens.length === 1 ? OBJECT_PRONOUNS[tokens[0][0].toLowerCase()] : undefined;
  for (const t of near) {
    if (PRONOUN.test(t[0]) || objectPronoun) {
      const subject = {
        start: region.start + (t.index ?? 0),
        end: region.start + (t.index ?? 0) + t[0].length,
      };
      const id = resolvePronoun(ctx, objectPronoun ?? t[0], Math.min(anchor, subject.start));
      return { actorId: id && speakingActor(ctx, id), strength: id ? 1 : 0, subject };
    }
    // "Warga also pointed out" after "Ivo Varga": the surname spelt another way.
    const start = region.start + (t.index ?? 0);
    const spelled = personSpelledAs(ctx, t[0], Math.min(anchor, start));
    if (spelled) return { actorId: spelled, strength: 2, subject: { start, end: start + t[0].length } };
    if (!FILLER.test(t[0])) break;
  }

  // "The tycoon, who founded a bank in 2006, wrote": the description stands before its "who" clause.
  const described = verbFirst ? raw : ctx.text.slice(region.start, bounded.end);
  // "the department also said": adverbs between the description and its verb are not its head.
  const trimmed = verbFirst ? raw.replace(/[,;.].*$/s, '').trim() : described.replace(/\s+$/, '').replace(TRAILING_ADVERBS, '');
  const withArticle = verbFirst ? /^(the|this|that|a|an)\s+((?:[\p{L}’'-]+\s+){0,3}[\p{L}-]+)/iu.exec(trimmed) : DESCRIPTION.exec(trimmed);
  // "added IDF spokesman": machine-translated copy drops the article before an office; it refers back as "the" would.
  // "…,” Brazilian leader noted": so does a subject that is only its country's one leader.
  const d = withArticle ?? (verbFirst || BARE_DEMONYM_OFFICE.test(trimmed) ? BARE_OFFICE.exec(trimmed) : null);
  if (!d) return NONE;
  const determiner = withArticle ? withArticle[1] : 'the';
  // "The Chancellor … before talking to the XI pointed out": a description after a preposition is
  // an object; the subject is elsewhere, so none is named rather than the wrong one.
  if (!verbFirst && OBJECT_BEFORE.test(trimmed.slice(0, d.index))) return NONE;
  const offset = verbFirst ? raw.indexOf(d[0]) : described.lastIndexOf(d[0]);
  const subject = { start: region.start + offset, end: region.start + offset + d[0].length };
  if (!DETERMINER.test(determiner)) return { actorId: null, strength: 0, subject }; // "a source" never extracted
  const from = Math.min(anchor, subject.start);
  const linked = findAntecedent(ctx, d[0], from, null) ?? bodyAntecedent(ctx, d[0], from) ?? documentIssuer(ctx, d[0], from);
  return { actorId: linked && speakingActor(ctx, linked), strength: linked ? 2 : 0, subject };
}

const BARE_OFFICE = new RegExp(`^(?:[\\p{L}’'-]+\\s+){0,2}(?:${OFFICE_NOUNS})$`, 'iu');
// Only an office one person holds: "Israeli minister said" is any of several ministers.
const BARE_DEMONYM_OFFICE = new RegExp(`^(?:${DEMONYM_ALT}|(?!Republican|Democratic)\\p{Lu}\\p{Ll}+(?:an|ish|ese))\\s+(?:leader|president|premier|prime minister|chancellor|king|queen|pope)$`, 'u');

/**
 * "Jake Sullivan, the US national security adviser, told": an unnamed description set off by
 * commas right after a person is that person's office, so the person is the subject.
 */
function appositiveHolder(ctx: SpeakerContext, candidates: ResolvedMention[]): ResolvedMention | null {
  for (let i = candidates.length - 1; i > 0; i--) {
    const m = candidates[i];
    if (m.kind !== 'unnamed') continue;
    // A place or body inside the appositive ("the US national security adviser") may come between.
    let j = i - 1;
    while (j > 0 && candidates[j].kind !== 'person' && candidates[j].kind !== 'unnamed') j--;
    const prev = candidates[j];
    if (prev.kind !== 'person') continue;
    if (/^,\s+(?:the|a|an|\p{Lu}[\p{L}.]*['’]s)?[^,;:.]*$/u.test(ctx.text.slice(prev.end, m.start)) && /^[^,;:.]*,/.test(ctx.text.slice(m.end))) return prev;
  }
  return null;
}

/**
 * The mentions that can be the subject before a verb. A name right after a preposition is an
 * object ("The Chancellor, before talking to Xi, pointed out"), and so is one in a prepositional
 * phrase after the subject ("the Ministry in an interview with the newspaper Do Rzeczy announced").
 */
function subjectCandidates(ctx: SpeakerContext, inRegion: ResolvedMention[]): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  for (const m of inRegion) {
    if (OBJECT_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 12), m.start))) continue;
    const prev = out[out.length - 1];
    // "Rex Hardesty of the labor confederation AFL-CIO said": a person's body after "of" is no subject.
    const gap = prev ? ctx.text.slice(prev.end, m.start) : '';
    if (prev && (PHRASE_AFTER_SUBJECT.test(gap) || (prev.kind === 'person' && /^\s+of\s[^,;]*$/i.test(gap)))) continue;
    out.push(m);
  }
  return out;
}

const PHRASE_AFTER_SUBJECT = /^\s+(?:in|with|at|on|during|from|via)\s[^,;]*$/i;
// "chairman of the Council of Economic Advisers under Jimmy Carter": served under is no subject
// either, nor the place an official is in ("a U.S. official in Tokyo said").
const OBJECT_BEFORE = objectBefore('under', 'in', 'near', 'outside');
const PREPOSITION = /\s(?:on|in|at|during|after|before|from|with|to|while|when|as|via)\s/i;

/** The region up to its first preposition, never cutting into a mention ("a source familiar with the talks"). */
function cutAtPreposition(ctx: SpeakerContext, region: TextSpan): TextSpan {
  const at = ctx.text.slice(region.start, region.end).search(PREPOSITION);
  if (at <= 0) return region;
  let end = region.start + at;
  for (const m of mentionsIn(ctx, region)) if (m.start < end && m.end > end) end = m.end;
  return { start: region.start, end };
}

/**
 * The subject of a participle cue ("Biden …, warning that “…”"; "Miller confirmed it, adding
 * that “…”"): the clause's person, else a description linked back, else a pronoun, else an
 * organisation. Places in the clause are objects, never the speaker.
 */
function resolveParticipleSubject(ctx: SpeakerContext, region: TextSpan, anchor: number): Resolution {
  const found = mentionsIn(ctx, region);
  // "The Interior Ministry justified the warrant for the president by stating": a gerund after
  // "by" says how the clause's subject acted, so a name opening the clause speaks.
  const lead = found[0];
  if (lead && lead.kind !== 'place' && /\bby\s*$/.test(ctx.text.slice(region.start, region.end)) && /^(?:\s*\S+){0,3}\s*$/.test(ctx.text.slice(region.start, lead.start)) && !/[,;:]/.test(ctx.text.slice(region.start, lead.start))) {
    return fromMention(ctx, lead);
  }
  const people = found.filter((m) => m.kind === 'person' || m.kind === 'unnamed');
  // "Biden …, blaming it on Vladimir Putin and citing “…”": a person after a preposition or a
  // verb is its object, which speaks only when the clause names no other.
  const subjectPerson = [...people].reverse().find((m) => !isObjectInClause(ctx, region, m));
  if (subjectPerson) return fromMention(ctx, subjectPerson);
  const raw = ctx.text.slice(region.start, region.end);
  // Only the first few: a run-on "sentence" of machine copy may hold hundreds.
  const descriptions = [...raw.matchAll(PARTICIPLE_DESCRIPTION)].filter((d) => namesOffice(raw, d));
  for (const d of descriptions.slice(0, 3)) {
    const subject = { start: region.start + d.index, end: region.start + d.index + d[0].length };
    const linked = findAntecedent(ctx, d[0], Math.min(anchor, subject.start), null);
    if (linked) return { actorId: speakingActor(ctx, linked), strength: 2, subject };
  }
  // Else a person named as an object is still likelier than anyone outside the clause.
  if (people.length > 0) return fromMention(ctx, people[people.length - 1]);
  // "Lithuania’s foreign minister spoke …, warning of “…”": an office opening the clause is its
  // subject; one further in is an object ("rejected Ukraine’s president's claim, calling it …").
  const office = officeOfBodyAt(ctx, region, Math.min(anchor, region.start));
  if (office?.actorId && ctx.text.slice(region.start, office.span.start).trim() === '') {
    return { actorId: speakingActor(ctx, office.actorId), strength: 2, subject: office.span };
  }
  // "“… they must fight …,” he said, adding": the pronoun nearest the participle is the subject of
  // the verb it hangs on; one further back may be quoted words.
  const pronoun = [...raw.matchAll(/\b(?:he|she|they)\b/gi)].at(-1);
  if (pronoun) {
    const subject = { start: region.start + pronoun.index, end: region.start + pronoun.index + pronoun[0].length };
    const id = resolvePronoun(ctx, pronoun[0], Math.min(anchor, subject.start));
    return { actorId: id && speakingActor(ctx, id), strength: id ? 1 : 0, subject };
  }
  const organisation = [...found].reverse().find((m) => m.kind === 'organization' || m.kind === 'group');
  if (organisation) return fromMention(ctx, organisation);
  // "Moscow has sought to highlight this history, repeatedly saying that …": a seat of government
  // opening the clause speaks for its state.
  const seat = found[0];
  const opens = seat && ctx.text.slice(region.start, seat.start).trim() === '' && !/^['’]s\b/.test(ctx.text.slice(seat.end, seat.end + 2));
  return opens && seat.kind === 'place' && ctx.actorsById.get(seat.actorId)?.standsFor ? fromMention(ctx, seat) : NONE;
}

const OBJECT_VERB_BEFORE = /\b(?:on|with|to|by|from|for|about|against|at|met|meeting|thanked|urged|told|asked|blaming|criticising|criticizing)\s+(?:the\s+)?$/u;
const TITLE_WORD_BEFORE = /(?:^|\s)([\p{L}.]+)\s+$/u;
const isTitleWord = (w: string): boolean => TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w) || DEMONYMS.has(w) || TITLE_ABBREVIATIONS.has(w.replace(/\.$/, ''));

/**
 * Whether a mention in a participle's clause is the object of a preposition or a verb, past its
 * titles ("blaming it on Russian President Vladimir Putin"). "with Putin saying …" makes him the
 * participle's subject.
 */
function isObjectInClause(ctx: SpeakerContext, region: TextSpan, m: ResolvedMention): boolean {
  let before = ctx.text.slice(Math.max(region.start, m.start - 60), m.start);
  for (let t = TITLE_WORD_BEFORE.exec(before); t && isTitleWord(t[1]); t = TITLE_WORD_BEFORE.exec(before)) before = `${before.slice(0, t.index)} `;
  const object = OBJECT_VERB_BEFORE.exec(before);
  if (!object) return false;
  const after = ctx.text.slice(m.end, region.end);
  return !(/^with\b/.test(object[0]) && !after.includes(',') && wordCount(after) <= 3);
}
