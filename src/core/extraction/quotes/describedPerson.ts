/**
 * Descriptions of one person by office that hold an organisation or place: "the EU High
 * Representative", "the Pentagon chief", "the head of the Ministry of National Defense". The
 * organisation in them is not the speaker; the person holding the office is, when an earlier
 * mention of the document gives that person the office.
 */
import type { TextSpan } from '../../model';
import type { ResolvedMention } from '../types';
import type { SpeakerContext } from './context';
import { lowerWords } from './text';

/** Head nouns naming one person by office or standing. */
const HEADS =
  'minister|president|premier|chancellor|secretary|spokes(?:man|woman|person)|ambassador|envoy|' +
  'leader|chief|head|boss|commander|director|mayor|governor|representative|chairman|chairwoman|chairperson|founder|interlocutor|guest|' +
  // "says the Naftogaz CEO", "the speaker of the House of Representatives said".
  'ceo|speaker|pm';
const HEAD_WORD = new RegExp(`^(?:${HEADS})$`, 'iu');
// Heads that only say "the one at the top of": the organisation's words must fit the role.
const GENERIC_HEADS = new Set(['head', 'chief', 'leader', 'boss', 'chairman', 'chairwoman', 'chairperson', 'ceo', 'speaker']);
// Heads for which the organisation itself is plainly not who spoke.
const NOT_THE_ORGANISATION = new Set([...GENERIC_HEADS, 'minister', 'president', 'premier', 'chancellor', 'secretary', 'representative', 'director', 'commander', 'founder', 'interlocutor', 'guest']);
/** "the EU High Representative", "the Pentagon chief" at the end of a subject. */
// (Translated copy drops the article when the description is all the subject: "added IDF spokesman".)
const ORGANISATION_THEN_HEAD = new RegExp(`(?:^\\s*|\\b(?:the|an?)\\s+)(?:[\\p{L}\\p{N}'’.-]+\\s+){0,5}?(?:${HEADS})\\s*$`, 'iu');
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
/** "Ukraine’s ambassador to the U.S. on Sunday said": an office of a named country or body. */
const POSSESSIVE_OFFICE = new RegExp(`(\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,3})['’]s\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(${HEADS}|prosecutor|PM)\\b`, 'u');
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
  const byBody = officeOfBodyAt(ctx, region, before);
  if (byBody) return byBody;
  // An appositive before the verb ends in a comma: "Basta, the minister of trade of Nordia, warned".
  const raw = ctx.text.slice(region.start, region.end).replace(/[\s,]+$/, '');
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
 * An office named by its body's possessive ("NATO’s top official", "Ukraine’s ambassador to the
 * U.S.") in the subject words `region`, and the person holding it.
 */
export function officeOfBodyAt(ctx: SpeakerContext, region: TextSpan, before: number): DescribedPerson | null {
  const raw = ctx.text.slice(region.start, region.end).replace(/\s+$/, '');
  const top = TOP_OFFICIAL.exec(raw);
  if (top) {
    const span = { start: region.start + top.index, end: region.start + top.index + top[0].length };
    return { span, actorId: officeHolder(ctx, null, lowerWords(top[1]), before), excludesOrganisation: true };
  }
  const office = POSSESSIVE_OFFICE.exec(raw);
  if (!office) return null;
  const span = { start: region.start + office.index, end: region.start + office.index + office[0].length };
  // "UK's PM" is the prime minister a role names in full.
  const head = office[2].toLowerCase() === 'pm' ? 'prime' : office[2].toLowerCase();
  return { span, actorId: officeHolder(ctx, head, lowerWords(office[1]), before), excludesOrganisation: true };
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
    // The words titling the mention count as roles: "A spokesman for the army, Rear Admiral D. H.,".
    const roleWords = new Set([...actor.roles.flatMap(lowerWords), ...titlingWords(ctx, m)].flatMap((w) => [w, ...(OFFICE_WORDS[w] ?? [])]));
    const headFits = roleWords.has(head);
    const qualifierFits = qualifiers.some((q) => roleWords.has(q));
    if (headFits && (qualifierFits || qualifiers.length === 0)) return actor.id;
    if (qualifierFits && GENERIC_HEADS.has(head)) return actor.id;
    if (headFits) headOnly ??= actor.id;
  }
  return headOnly;
}

/**
 * The person holding an office of a body: one whose role, or the words titling a mention, hold
 * the office's head (when given) and the body's words ("NATO Secretary-General Jens …" for
 * "NATO’s top official"). With a head, the body's words may be missing (it is "Ukrainian
 * Ambassador" for "Ukraine’s ambassador"). The latest such person before `before`, else, as a
 * lead often names the person only afterwards, the first one in the next paragraphs.
 */
function officeHolder(ctx: SpeakerContext, head: string | null, bodyWords: string[], before: number): string | null {
  const fits = (m: ResolvedMention): boolean => {
    const actor = ctx.actorsById.get(m.actorId);
    if (actor?.kind !== 'person') return false;
    const words = new Set([...actor.roles.flatMap(lowerWords), ...titlingWords(ctx, m)]);
    return head ? words.has(head) : bodyWords.every((w) => words.has(w));
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

// A full stop ends the window unless it closes an initial ("U.S.", "J.").
const SENTENCE_BREAK = /(?<![\s.]\p{Lu})[.!?]["”’]?\s+/gu;
const TITLING_REACH = 60;
// A verb ends a title: "The commission said Air Lanka's reports to Jayewardene" titles him nothing.
const VERB_BREAK = /\b(?:said|says|told|tells|added|wrote|reported|reports|announced|blamed|asked|urged|accused|met|submitted|appointed|named)\b/gi;
// ", a co-author of a report by …", ", Ukraine’s chief prosecutor,": its first words; not a clause.
const APPOSITIVE = /^,\s+(?!(?:who|which|whose|whom|when|where|while|and|but|or|said|says|told|added|according)\b)([^,.;:!?“”"\n]{1,50})/;

/**
 * The words titling one mention of a person, whether or not the actor kept them as a role: those
 * before it back to the sentence start or another person ("Ukrainian Ambassador to the U.S.
 * Oksana Markarova") and an appositive after it ("Kostin, Ukraine’s chief prosecutor, said").
 */
export function titlingWords(ctx: SpeakerContext, m: ResolvedMention): string[] {
  let from = Math.max(0, m.start - TITLING_REACH);
  let lo = 0;
  let hi = ctx.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.mentions[mid].start < m.start) lo = mid + 1;
    else hi = mid;
  }
  // Another person's mention ends the window; a body or place is part of the title ("NATO Secretary-General").
  for (let i = lo - 1; i >= 0 && i >= lo - 4; i--) {
    const other = ctx.mentions[i];
    if ((other.kind === 'person' || other.kind === 'unnamed') && other.end <= m.start && other.end > from) from = other.end;
  }
  let before = ctx.text.slice(from, m.start);
  let cut = 0;
  for (const b of before.matchAll(SENTENCE_BREAK)) cut = b.index + b[0].length;
  for (const b of before.matchAll(VERB_BREAK)) cut = Math.max(cut, b.index + b[0].length);
  before = before.slice(cut).split('\n').pop() ?? '';
  const appositive = APPOSITIVE.exec(ctx.text.slice(m.end, m.end + 60))?.[1] ?? '';
  const words = lowerWords(`${before} ${appositive}`);
  // "Moldova’s top diplomat" is its foreign minister.
  return TOP_DIPLOMAT.test(words.join(' ')) ? [...words, 'foreign', 'minister'] : words;
}

// Not an envoy's post ("top diplomat in Washington") nor the EU's or a bloc's.
const TOP_DIPLOMAT = /(?<!\b(?:eu|bloc|union|un|nato|eu s|bloc s|union s|un s|nato s) )\b(?:top|chief) diplomat\b(?! (?:in|at|to|for|on)\b)/;
