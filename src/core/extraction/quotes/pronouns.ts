/**
 * Who a pronoun ("he said") or a subject description ("the Russian president said") refers back
 * to, looking over the paragraph before a quotation.
 */
import type { ResolvedMention } from '../types';
import { findAntecedent } from './antecedents';
import { mentionsIn, paragraphIndexAt, previousProseStart, type SpeakerContext } from './context';
import { fitsPronoun, headedOffice, isPluralDescription, OFFICE_NOUNS } from './names';
import { lastSentenceStart, objectBefore } from './text';
import { chainedPerson } from './topic';

const OBJECT_BEFORE = objectBefore();

/**
 * The actor to name as speaker: the one the text names. "The Kremlin said" is attributed to the
 * Kremlin, not Russia: a writer citing the quote must cite the form the source used, and the
 * actor's standsFor still leads to the country for anyone who wants it.
 */
export function speakingActor(ctx: SpeakerContext, actorId: string): string | null {
  const actor = ctx.actorsById.get(actorId);
  if (!actor) return null;
  return actor.id;
}

/**
 * The last person a pronoun can mean, looking back from `before` through its paragraph and the
 * previous paragraph of prose (headings and captions stepped over): singular people for he/she
 * (gender checked when the name tells it), unnamed sources and groups too for they. A name in the
 * pronoun's own sentence is taken as it is; one further back yields to the chain of sentence
 * subjects ({@link chainedPerson}), which also answers when no name is in reach.
 */
export function resolvePronoun(ctx: SpeakerContext, pronoun: string, before: number): string | null {
  const p = pronoun.toLowerCase();
  const from = previousProseStart(ctx, paragraphIndexAt(ctx, before));
  const candidates = mentionsIn(ctx, { start: from, end: before });
  const described = p === 'he' || p === 'she' ? describedBefore(ctx, from, before, p) : null;
  for (let i = candidates.length - 1; i >= 0; i--) {
    const m = candidates[i];
    if (described && m.end <= described.start) return described.actorId;
    const actor = ctx.actorsById.get(m.actorId);
    if (!actor) continue;
    const words = ctx.text.slice(m.start, m.end);
    // "the Ministry of Commerce said. It accused …": "it" speaks for the last organisation.
    if (p === 'it') {
      if (actor.kind === 'organization') return actor.id;
      continue;
    }
    if (p === 'they') {
      if (actor.kind === 'unnamed' || actor.kind === 'group') return actor.id;
      continue;
    }
    if (actor.kind === 'unnamed' && !isPluralDescription(words)) return actor.id;
    if (actor.kind !== 'person') continue;
    if (fitsPronoun(actor.name, actor.roles, p)) {
      // In the pronoun's own sentence the nearest name is meant ("comments by Trump, in which he claimed").
      if (!breaksBetween(ctx.text, m.end, before)) return actor.id;
      return chainedPerson(ctx, p, before) ?? subjectOfSentence(ctx, candidates, i, p);
    }
  }
  return described?.actorId ?? chainedPerson(ctx, p, before);
}

/**
 * The person the last subject description between `from` and `before` refers back to ("Citing
 * …, the Russian president said …. “…,” he said"), when the pronoun fits them.
 */
function describedBefore(ctx: SpeakerContext, from: number, before: number, pronoun: string): { actorId: string; start: number } | null {
  const raw = ctx.text.slice(from, before);
  const last = [...raw.matchAll(PARTICIPLE_DESCRIPTION)].at(-1);
  if (!last) return null;
  const start = from + last.index;
  // Only a sentence's subject: opening it, or after a leading clause that names nobody.
  const lead = raw.slice(0, last.index);
  const clauseStart = from + lastSentenceStart(lead);
  const clause = ctx.text.slice(clauseStart, start);
  const opens = clause.trim() === '' || (/(?:,|\s[-–—])\s*$/.test(clause) && mentionsIn(ctx, { start: clauseStart, end: start }).every((m) => m.kind !== 'person' && m.kind !== 'unnamed'));
  if (!opens) return null;
  // Only a description that speaks ("the Russian president said …"), not one in a sentence of
  // background ("The Russian president had claimed victory") nor one inside a quotation.
  if (!SPEAKS_AFTER.test(ctx.text.slice(start + last[0].length, start + last[0].length + 100))) return null;
  if (ctx.masked && ctx.masked[start] !== ctx.text[start]) return null;
  if (!namesOffice(raw, last)) return null;
  const id = findAntecedent(ctx, last[0], start, null);
  const actor = id ? ctx.actorsById.get(id) : undefined;
  return actor?.kind === 'person' && fitsPronoun(actor.name, actor.roles, pronoun) ? { actorId: actor.id, start } : null;
}

/**
 * The person a pronoun means among those of the latest earlier sentence naming a fitting one: its
 * first that is not the object of a preposition, the likely subject ("Zelensky has said he did not
 * understand comments made by Trump. … he said:" is Zelensky), unless an unnamed source comes
 * between.
 */
function subjectOfSentence(ctx: SpeakerContext, candidates: ResolvedMention[], last: number, pronoun: string): string {
  let chosen = candidates[last].actorId;
  for (let i = last - 1; i >= 0; i--) {
    const m = candidates[i];
    if (breaksBetween(ctx.text, m.end, candidates[i + 1].start)) break;
    const actor = ctx.actorsById.get(m.actorId);
    if (actor?.kind === 'unnamed') break;
    // "before heading to Moscow to meet with Putin, Lukashenko maintained": Putin is an object.
    if (actor?.kind !== 'person' || OBJECT_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 12), m.start))) continue;
    if (fitsPronoun(actor.name, actor.roles, pronoun)) chosen = actor.id;
  }
  return chosen;
}

/**
 * Whether a sentence ends between `from` and `to`. Machine-translated copy drops the space after
 * a sentence ("to “go back from the edge.”He emphasized", "Ławrow.The minister"): a full stop
 * after a word or a closing mark, right before a capitalised word, still ends it.
 */
export function breaksBetween(text: string, from: number, to: number): boolean {
  if (/(?<![\s.]\p{Lu})[.!?]["”’]?\s+|\n/u.test(text.slice(from, to))) return true;
  return /(?:(?<=\p{Ll})[.!?]|[.!?]["”])(?=\p{Lu}\p{Ll})/u.test(text.slice(from, Math.min(text.length, to + 2)));
}


const SPEAKS_AFTER = /^\s*(?:,[^,]{0,60},\s*)?(?:\p{Ll}+ly\s+)?(?:said|says|told|tells|added|adds|stressed|noted|insisted|declared|warned|announced|wrote|emphasi[sz]ed|explained|argued)\b/u;

/** Whether a description found in `raw` names an office: "the head of the Russian government delegation" names none. */
export const namesOffice = (raw: string, d: RegExpExecArray): boolean =>
  !/^\S+\s+head of\b/i.test(d[0]) || headedOffice(raw.slice(d.index))?.index === d[0].indexOf('head');
export const PARTICIPLE_DESCRIPTION = new RegExp(`\\b(?:the|this|that)\\s+(?:(?:[\\p{L}-]+\\s+){0,2}?(?:${OFFICE_NOUNS})s?\\b|head of (?:the )?(?:\\p{L}+ )?(?:government|state)\\b)`, 'giu');
