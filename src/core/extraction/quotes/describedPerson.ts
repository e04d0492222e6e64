/**
 * Descriptions of one person by office that hold an organisation or place: "the EU High
 * Representative", "the Pentagon chief", "the head of the Ministry of National Defense". The
 * organisation in them is not the speaker; the person holding the office is, when an earlier
 * mention of the document gives that person the office.
 */
import type { TextSpan } from '../../model';
import type { ResolvedMention } from '../types';
import type { SpeakerContext } from './speakers';
import { lowerWords } from './text';

/** Head nouns naming one person by office or standing. */
const HEADS =
  'minister|president|premier|chancellor|secretary|spokes(?:man|woman|person)|ambassador|envoy|' +
  'leader|chief|head|boss|commander|director|mayor|governor|representative|chairman|chairwoman|founder';
const HEAD_WORD = new RegExp(`^(?:${HEADS})$`, 'iu');
// Heads that only say "the one at the top of": the organisation's words must fit the role.
const GENERIC_HEADS = new Set(['head', 'chief', 'leader', 'boss', 'chairman', 'chairwoman']);
// Heads for which the organisation itself is plainly not who spoke.
const NOT_THE_ORGANISATION = new Set([...GENERIC_HEADS, 'minister', 'president', 'premier', 'chancellor', 'secretary', 'representative', 'director', 'commander', 'founder']);
/** "the EU High Representative", "the Pentagon chief" at the end of a subject. */
const ORGANISATION_THEN_HEAD = new RegExp(`\\b(?:the|an?)\\s+(?:[\\p{L}\\p{N}'’.-]+\\s+){0,5}?(?:${HEADS})\\s*$`, 'iu');
/** "the head of the Ministry of National Defense" at the end of a subject. */
const HEAD_OF_ORGANISATION = new RegExp(`\\b(?:the|an?)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${HEADS})\\s+of\\s+(?:the\\s+)?(?:[\\p{L}\\p{N}'’.-]+\\s*){1,7}$`, 'iu');
const NOT_QUALIFYING = new Set(['the', 'a', 'an', 'of', 'and', 'for', 'on', 'in', 'at', 'ministry', 'department', 'office', 'people', 'people’s', "people's", 'republic', 'federal', 'national', 'state']);
// Offices known by their building or institution.
const OFFICE_WORDS: Record<string, string[]> = {
  pentagon: ['defense', 'defence'],
  kremlin: ['president'],
  ministry: ['minister'],
};

/** "NATO’s top official has stressed": the one at the head of a named body. */
const TOP_OFFICIAL = /(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})['’]s\s+(?:top|most\s+senior|chief)\s+(?:official|diplomat|general|commander|envoy|adviser|prosecutor)(?:\s+(?:has|have|had|also|would|will|again))*$/u;
/** How many paragraphs after a lead's description its holder may first be named. */
const NAMED_LATER_PARAGRAPHS = 2;

export interface DescribedPerson {
  /** The description's words in the text. */
  span: TextSpan;
  /** The person it refers back to, or null when no earlier mention gives anyone that office. */
  actorId: string | null;
  /** Whether the organisation named in the description is plainly not the speaker. */
  excludesOrganisation: boolean;
}

/**
 * The description by office ending `region` (a subject before its verb), if any, and the person
 * it refers back to before `before`.
 */
export function describedPersonAt(ctx: SpeakerContext, region: TextSpan, before: number): DescribedPerson | null {
  const raw = ctx.text.slice(region.start, region.end).replace(/\s+$/, '');
  const top = TOP_OFFICIAL.exec(raw);
  if (top) {
    const span = { start: region.start + top.index, end: region.start + top.index + top[0].length };
    return { span, actorId: topOfficialOf(ctx, lowerWords(top[1]), before), excludesOrganisation: true };
  }
  const m = HEAD_OF_ORGANISATION.exec(raw) ?? ORGANISATION_THEN_HEAD.exec(raw);
  if (!m) return null;
  const span = { start: region.start + m.index, end: region.start + m.index + m[0].length };
  const words = lowerWords(m[0]).filter((w) => w !== 'the' && w !== 'a' && w !== 'an');
  const headAt = words.findIndex((w) => HEAD_WORD.test(w));
  const head = words[headAt];
  const qualifiers = words.filter((w, i) => i !== headAt && !NOT_QUALIFYING.has(w)).flatMap((w) => [w, ...(OFFICE_WORDS[w] ?? [])]);
  return { span, actorId: holderOf(ctx, head, qualifiers, before), excludesOrganisation: NOT_THE_ORGANISATION.has(head) };
}

/**
 * The latest person mentioned before `before` whose roles fit: the head and a qualifier
 * ("High Representative for Foreign Affairs" for "the EU High Representative" falls back to the
 * head alone), or for a generic head ("chief", "head of") a qualifier alone.
 */
function holderOf(ctx: SpeakerContext, head: string, qualifiers: string[], before: number): string | null {
  let headOnly: string | null = null;
  const seen = new Set<string>();
  for (let i = ctx.mentions.length - 1; i >= 0; i--) {
    const m = ctx.mentions[i];
    if (m.start >= before || seen.has(m.actorId)) continue;
    seen.add(m.actorId);
    const actor = ctx.actorsById.get(m.actorId);
    if (actor?.kind !== 'person') continue;
    const roleWords = new Set(actor.roles.flatMap(lowerWords).flatMap((w) => [w, ...(OFFICE_WORDS[w] ?? [])]));
    const headFits = roleWords.has(head);
    const qualifierFits = qualifiers.some((q) => roleWords.has(q));
    if (headFits && (qualifierFits || qualifiers.length === 0)) return actor.id;
    if (qualifierFits && GENERIC_HEADS.has(head)) return actor.id;
    if (headFits) headOnly ??= actor.id;
  }
  return headOnly;
}

/**
 * The person whose role names the body (`bodyWords`): the latest one before `before`, else, as a
 * lead often names the person only afterwards, the first one in the next paragraphs.
 */
function topOfficialOf(ctx: SpeakerContext, bodyWords: string[], before: number): string | null {
  // The role kept on the actor, or the words titling this mention ("NATO Secretary-General Jens …").
  const fits = (m: ResolvedMention): boolean => {
    const actor = ctx.actorsById.get(m.actorId);
    if (actor?.kind !== 'person') return false;
    const titling = /[^.!?\n]{0,40}$/.exec(ctx.text.slice(Math.max(0, m.start - 40), m.start))?.[0] ?? '';
    const words = new Set([...actor.roles.flatMap(lowerWords), ...lowerWords(titling)]);
    return bodyWords.every((w) => words.has(w));
  };
  for (let i = ctx.mentions.length - 1; i >= 0; i--) {
    const m = ctx.mentions[i];
    if (m.start < before && fits(m)) return m.actorId;
  }
  const para = ctx.paragraphs.findIndex((p) => p.end >= before);
  const limit = ctx.paragraphs[Math.min(ctx.paragraphs.length - 1, para + NAMED_LATER_PARAGRAPHS)]?.end ?? before;
  for (const m of ctx.mentions) {
    if (m.start >= before && m.start < limit && fits(m)) return m.actorId;
  }
  return null;
}
