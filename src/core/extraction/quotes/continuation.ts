/**
 * Speakers for quotations with no cue of their own: the quotation they continue, the sentence
 * before them or the colon's sentence they hold, the previous paragraph's closing cue or speaker,
 * and "he said" carried on from the previous quotation's speaker.
 */
import type { Paragraph, TextSpan } from '../../model';
import type { QuoteFlag } from '../types';
import { VERBS } from './cues';
import { countWords, type MarkedQuote } from './marks';
import { actorFitsPronoun, OFFICE_NOUNS } from './names';
import { mentionsIn, resolveSubject, type SpeakerContext } from './speakers';
import { MASK, sentenceStartBefore } from './text';
import { sentenceSubject } from './topic';

const TRAILING_CUE = new RegExp(`^\\s*([^,;]{1,90}?)\\s+(?:${VERBS})\\s*[.!]?\\s*$`, 'iu');
const TRAILING_CUE_VERB_FIRST = new RegExp(`^\\s*(?:${VERBS})\\s+([^,;]{1,90}?)[.!]?\\s*$`, 'iu');
const NOT_REPORTING = /^(?:as|like|when|while|if|which|who|whom|where|because|although|though|than)\b|\b(?:had|would|will|could|might)$/i;
/** A cue set off by commas inside a sentence of reported speech: "…, Dibb said, but …", "Regardless, Dibb argued, the …". */
const PARENTHETICAL_CUE = new RegExp(`(?:^|,)\\s*([^,;${MASK}]{1,50}?)\\s+(?:${VERBS})\\s*,`, 'giu');
/** The same, verb first, closing the sentence or before an appositive: "…, said Ben Hodges on Jan. 21, former commander of …". */
const PARENTHETICAL_CUE_VERB_FIRST = new RegExp(`,\\s*(?:${VERBS})\\s+([^,;${MASK}]{1,50}?)\\s*(?:,|[.!]?\\s*$)`, 'giu');

/** A quotation's speaker and the cue words shown for it. */
export interface Attribution {
  speaker: string | null;
  cue: string | null;
  /** The pronoun subject ("he said") when it found no antecedent nearby. */
  pronoun?: string;
  /**
   * The words were owned inside someone else's sentence ("Russia's assertions that “…”"): the
   * writer is not quoting that owner on, so no later quotation carries the speaker over.
   */
  owned?: boolean;
}

/** The attribution a later cue-less quotation may carry on from `prev`. */
function carriedFrom(prev: Found): Attribution | null {
  return prev.attribution?.owned ? null : prev.attribution;
}

/** A person brought up by description ("the foreign minister", "a spokeswoman"). */
const DESCRIBED_PERSON = new RegExp(
  `\\b(?:the|a|an|this|that|his|her|its|their)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${OFFICE_NOUNS}|analyst|expert|source|aide|lawmaker)s?\\b`,
  'iu',
);

const OTHER_SOURCE = /\baccording to\b/gi;

/** How many paragraphs back an unresolved "he said" may reach for the previous quotation's speaker. */
const SPEAKER_CONTINUITY_PARAGRAPHS = 3;

/** A quotation found in a paragraph, with its flags and (once resolved) its attribution. */
export interface Found {
  marked: MarkedQuote;
  paragraph: number;
  flags: QuoteFlag[];
  attribution: Attribution | null;
}

/** A cue closing the paragraph before a cue-less quotation (", a British diplomat said."). */
function trailingCue(ctx: SpeakerContext, masked: string, para: TextSpan): Attribution | null {
  let end = para.end;
  while (end > para.start && /[\s.!]/.test(ctx.text[end - 1])) end--;
  const start = sentenceStartBefore(masked, ctx.text, end, para.start);
  const sentence = masked.slice(start, para.end);
  const comma = sentence.lastIndexOf(',');
  if (comma < 0 || sentence.includes(MASK, comma)) return null;
  const clause = sentence.slice(comma + 1);
  const base = start + comma + 1;
  const m = TRAILING_CUE.exec(clause) ?? TRAILING_CUE_VERB_FIRST.exec(clause);
  if (!m) return null;
  const verbFirst = m.index === 0 && !TRAILING_CUE.test(clause);
  const subjectStart = base + clause.indexOf(m[1]);
  const region = { start: subjectStart, end: subjectStart + m[1].length };
  const res = resolveSubject(ctx, region, verbFirst, region.start);
  const speaker = res.actorId && ctx.actorsById.has(res.actorId) ? res.actorId : null;
  return { speaker, cue: clause.trim().replace(/[.!]$/, '') };
}

/**
 * The person a sentence of reported speech names in a cue set off by commas ("Russia is unlikely
 * to win, Dibb said, but …"): whoever the writer is reporting, whose words a quotation opening the
 * next sentence goes on with. Only a person or an unnamed source, never a body or a place.
 */
function parentheticalSpeaker(ctx: SpeakerContext, masked: string, start: number, end: number): Attribution | null {
  for (const m of masked.slice(start, end).matchAll(PARENTHETICAL_CUE)) {
    // ", as Boris Johnson had promised,": a clause of comparison reports agreement, not whose words follow.
    if (NOT_REPORTING.test(m[1])) continue;
    const at = start + m.index + m[0].indexOf(m[1]);
    const res = resolveSubject(ctx, { start: at, end: at + m[1].length }, false, at);
    const kind = res.actorId ? ctx.actorsById.get(res.actorId)?.kind : undefined;
    if (res.actorId && (kind === 'person' || kind === 'unnamed')) return { speaker: res.actorId, cue: m[0].replace(/^,|,$/g, '').trim() };
  }
  for (const m of masked.slice(start, end).matchAll(PARENTHETICAL_CUE_VERB_FIRST)) {
    const at = start + m.index + m[0].indexOf(m[1]);
    const res = resolveSubject(ctx, { start: at, end: at + m[1].length }, true, at);
    if (res.actorId && ctx.actorsById.get(res.actorId)?.kind === 'person') return { speaker: res.actorId, cue: m[0].replace(/^,|[,.!]\s*$/g, '').trim() };
  }
  return null;
}

// "He warned the United States that …", "Chirac also appealed for …": a subject and a verb of speech.
const SPEAKS_FIRST = new RegExp(`^\\s*(?:[\\p{L}.’'-]+\\s+){0,4}?(?:also\\s+|then\\s+|later\\s+)?(?:${VERBS}|appealed|called|urged|demanded|pledged|promised|vowed|predicted|cautioned)\\b`, 'iu');

// "was told by his commanders", "was asked about the talks": the subject is spoken to.
const SPOKEN_TO = /\b(?:was|were|been|being|is|are|get|gets|got)\s+(?:\p{L}+ly\s+)?(?:told|asked|urged|promised|called|warned|advised|informed|ordered)\b/iu;

/**
 * A paragraph that is all quotation after one whose last sentence has a person speak in reported
 * words ("He warned the United States that … ¶ “Europe is very sensitive …”"): that person's
 * words go on, when the quotation opens its paragraph and has no cue of its own.
 */
function speakingSubject(ctx: SpeakerContext, masked: string, para: TextSpan, f: Found): Attribution | null {
  if (f.marked.open < 0 || ctx.text.slice(ctx.paragraphs[f.paragraph].start, f.marked.open).trim() !== '') return null;
  // The paragraph is the quotation alone, ending a sentence: a subheading in marks ("‘Like rolling
  // a dice’", "“Disaster for the region”") has no full stop.
  const rest = ctx.text.slice(f.marked.start, ctx.paragraphs[f.paragraph].end).trimEnd();
  if (f.marked.close < 0 || ctx.text.slice(f.marked.close + 1, ctx.paragraphs[f.paragraph].end).trim() !== '' || !/[.!?…]\P{L}*$/u.test(rest)) return null;
  const { start, end } = lastSentence(ctx, masked, para);
  const sentence = masked.slice(start, end);
  if (sentence.includes(MASK) || !SPEAKS_FIRST.test(sentence) || SPOKEN_TO.test(sentence)) return null;
  const person = sentenceSubject(ctx, start, end);
  return person && ctx.actorsById.get(person)?.kind === 'person' ? { speaker: person, cue: null } : null;
}

/** Where a paragraph's last sentence starts and ends, trailing spaces left out. */
function lastSentence(ctx: SpeakerContext, masked: string, para: TextSpan): TextSpan {
  let end = para.end;
  while (end > para.start && /\s/.test(ctx.text[end - 1])) end--;
  return { start: sentenceStartBefore(masked, ctx.text, Math.max(para.start, end - 1), para.start), end };
}

/** The speaker a paragraph's last sentence reports by a cue set off by commas. */
function lastSentenceParenthetical(ctx: SpeakerContext, masked: string, para: TextSpan): Attribution | null {
  const { start, end } = lastSentence(ctx, masked, para);
  return parentheticalSpeaker(ctx, masked, start, end);
}

/**
 * Gives a cue-less quotation the speaker of the quotation it continues: the previous one in its
 * paragraph, or, when it opens its paragraph, the last quotation or closing cue of the
 * paragraph just before (news style runs one speaker's words over several paragraphs).
 */
export function continueAttributions(
  ctx: SpeakerContext,
  masked: string,
  paragraphs: readonly Paragraph[],
  found: Found[],
): void {
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    if (f.attribution) continue;
    // A paragraph left open continues into the next one, which carries the attribution
    // (“Defending Ukraine … / “If Putin …,” Mr Sunak said.): the speaker comes from there.
    const next = found[i + 1];
    if (f.marked.unclosed && next?.paragraph === f.paragraph + 1 && next.attribution?.speaker && opensParagraph(ctx, paragraphs, next)) {
      f.attribution = next.attribution;
      continue;
    }
    const prev = found[i - 1];
    if (prev && prev.paragraph === f.paragraph) {
      f.attribution = carriedFrom(prev);
      continue;
    }
    if (!opensParagraph(ctx, paragraphs, f)) {
      const para = paragraphs[f.paragraph];
      f.attribution = subjectOfSentenceBefore(ctx, masked, para, f.marked.open) ?? subjectOfOwnSentence(ctx, masked, para, f.marked.open) ?? cueOfSentenceBefore(ctx, masked, para, f.marked.open) ?? carriedOver(ctx, prev, f);
      continue;
    }
    if (f.paragraph === 0) continue;
    if (prev && prev.paragraph === f.paragraph - 1) f.attribution = carriedFrom(prev);
    else f.attribution = trailingCue(ctx, masked, paragraphs[f.paragraph - 1]) ?? lastSentenceParenthetical(ctx, masked, paragraphs[f.paragraph - 1]) ?? speakingSubject(ctx, masked, paragraphs[f.paragraph - 1], f);
  }
}

/**
 * "The head of state also addressed words of gratitude to …: “You are our dear people …”": a
 * quotation a colon introduces is the words of its sentence's subject.
 */
function subjectOfOwnSentence(ctx: SpeakerContext, masked: string, para: TextSpan, open: number): Attribution | null {
  if (open < 0 || !COLON_BEFORE.test(masked.slice(Math.max(para.start, open - 3), open))) return null;
  const start = sentenceStartBefore(masked, ctx.text, open, para.start);
  const person = sentenceSubject(ctx, start, open);
  return person && ctx.actorsById.has(person) ? { speaker: person, cue: null } : null;
}

const COLON_BEFORE = /:\s*$/;

// "As Russia’s state television put it, “…”": a lead that says who speaks is no scene.
const SPOKEN_IN_LEAD = /\b(?:put it|said|says|say|told|tells|wrote|writes|noted|notes|asked|reported|according|described|called|stated|added|warned|argued)\b/i;
const SCENE_CLAUSE = /^\s*(?:While|As|When|Although|Though|Since|Because|After|Before|Despite|Until|Once)\b[^.!?:;]*,\s*$/;

/**
 * The previous quotation's speaker for a cue-less one in the next paragraph ("…”, Mitchell wrote.
 * / In contrast, “Nato’s eastern members …”), when no other person is named in between: the
 * writer is still quoting the same source.
 */
function carriedOver(ctx: SpeakerContext, prev: Found | undefined, f: Found): Attribution | null {
  const speaker = prev && carriedFrom(prev)?.speaker;
  if (!prev || !speaker || f.paragraph - prev.paragraph > 1 || f.marked.open < 0) return null;
  // Only a quotation that opens its sentence, after at most a short linking phrase ("In contrast,")
  // or a clause that sets the scene ("While Russia was still lacking this goal, “Putin may …”").
  const lead = ctx.text.slice(sentenceStartBefore(ctx.masked ?? ctx.text, ctx.text, f.marked.open, ctx.paragraphs[f.paragraph].start), f.marked.open);
  const linking = countWords(lead) <= 3 && (lead.trim() === '' || /,\s*$/.test(lead));
  const scene = SCENE_CLAUSE.test(lead) && !SPOKEN_IN_LEAD.test(lead) && countWords(lead) <= 15 && /^\P{Ll}*\p{Lu}/u.test(ctx.text.slice(f.marked.open, f.marked.open + 3));
  if (!linking && !scene) return null;
  if (ctx.actorsById.get(speaker)?.kind !== 'person') return null;
  return nobodyElseBetween(ctx, prev, f, speaker) ? { speaker, cue: null } : null;
}

/**
 * Whether no person or source other than `speaker` comes up between quotations `prev` and `f`:
 * neither named nor described ("The Russian foreign minister responded …"). The previous
 * quotation's own cue ("the Ukrainian leader stressed") is not another person.
 */
function nobodyElseBetween(ctx: SpeakerContext, prev: Found, f: Found, speaker: string): boolean {
  const between = mentionsIn(ctx, { start: prev.marked.end, end: f.marked.start });
  if (between.some((m) => m.actorId !== speaker && (m.kind === 'person' || m.kind === 'unnamed'))) return false;
  const gapStart = prev.marked.end;
  let gap = ctx.text.slice(gapStart, f.marked.open >= 0 ? f.marked.open : f.marked.start);
  if (prev.attribution?.cue) gap = gap.replace(prev.attribution.cue, ' ');
  if (DESCRIBED_PERSON.test(gap)) return false;
  // "…, according to a written analysis by the Center …": another source is cited in between
  // ("according to Satter" is the same one).
  for (const m of ctx.text.slice(gapStart, f.marked.start).matchAll(OTHER_SOURCE)) {
    const after = gapStart + (m.index ?? 0) + m[0].length;
    if (!between.some((x) => x.actorId === speaker && x.start >= after && x.start - after <= 2)) return false;
  }
  return true;
}

/**
 * A cue-less quotation opening a sentence after one about a person ("Vitrenko is convinced Putin
 * will … . “Putin will try …”", "He further debunks the myth … . “Putin has …”") or after one
 * closed by a cue (", he notes. “Everyone knew …”"): the words are that person's, the sentence
 * before having introduced what they think or say.
 */
function subjectOfSentenceBefore(ctx: SpeakerContext, masked: string, para: TextSpan, open: number): Attribution | null {
  if (open < 0) return null;
  const before = masked.slice(para.start, open).trimEnd();
  if (!/[.!?]$/.test(before)) return null;
  const end = para.start + before.length - 1;
  const start = sentenceStartBefore(masked, ctx.text, end, para.start);
  const closing = trailingCue(ctx, masked, { start: para.start, end: end + 1 });
  if (closing?.speaker) return closing;
  const reported = parentheticalSpeaker(ctx, masked, start, end);
  if (reported) return reported;
  const person = sentenceSubject(ctx, start, end);
  return person && ctx.actorsById.has(person) ? { speaker: person, cue: null } : null;
}

/**
 * "…, a US defence official said. The goal was to help Ukraine “regain the initiative”": a sentence
 * closed by a cue introduces the source whose words the next sentence goes on quoting, unless that
 * sentence names someone else before the quotation.
 */
function cueOfSentenceBefore(ctx: SpeakerContext, masked: string, para: TextSpan, open: number): Attribution | null {
  if (open < 0) return null;
  const start = sentenceStartBefore(masked, ctx.text, open, para.start);
  if (start <= para.start || masked.slice(start, open).includes(MASK)) return null;
  if (mentionsIn(ctx, { start, end: open }).some((m) => m.kind === 'person' || m.kind === 'unnamed')) return null;
  if (DESCRIBED_PERSON.test(ctx.text.slice(start, open))) return null;
  const closing = trailingCue(ctx, masked, { start: para.start, end: start });
  return closing?.speaker ? closing : null;
}

/**
 * A quotation running over paragraphs leaves each one open and reopens the next with a fresh
 * mark: that is the convention, not a quotation left unclosed.
 */
export function continuesInNextParagraph(text: string, paragraphs: readonly Paragraph[], index: number): boolean {
  const next = paragraphs[index + 1];
  return next !== undefined && /^\s*["“„«]/.test(text.slice(next.start, next.end));
}

function opensParagraph(ctx: SpeakerContext, paragraphs: readonly Paragraph[], f: Found): boolean {
  const para = paragraphs[f.paragraph];
  return ctx.text.slice(para.start, f.marked.open >= 0 ? f.marked.open : f.marked.start).trim() === '';
}

// Verbs that bring a speaker in as going on rather than as someone new.
const GOING_ON_VERBS = 'continued|continues|went on|recalled|recalls|summed up|sums up|concluded|concludes|added|adds|stressed|stresses|emphasi[sz]ed|noted|notes|underlined|pointed out';
const GOING_ON = new RegExp(`\\b(?:${GOING_ON_VERBS})\\b`, 'i');
const GOING_ON_AFTER_NAME = new RegExp(`^\\s+(?:also\\s+)?(?:${GOING_ON_VERBS})\\b`, 'i');
// A cue whose subject is an office held by someone unnamed so far: "the Belarusian minister of
// foreign affairs said", "the head of state said".
const OFFICE_CUE = new RegExp(`^(?:the|this)\\s+(?:[\\p{L}\\d-]+\\s+){0,3}?(${OFFICE_NOUNS}|head of state)\\b`, 'iu');

/**
 * "“…,” the president said. “…” In his speech, Aleksandr Lukashenko recalled …": state-agency
 * copy titles a speaker first and names him after. A quotation whose office cue resolved to nobody
 * goes to the person of the next attributed quotation, at most a paragraph on, when that person is
 * the first one named after it, is brought in as going on ("continued", "recalled", "summed up")
 * and holds no other office in the document.
 */
export function nameAfterOffice(ctx: SpeakerContext, found: Found[]): void {
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    const office = f.attribution && !f.attribution.speaker && f.attribution.cue ? OFFICE_CUE.exec(f.attribution.cue) : null;
    if (!office) continue;
    const next = found.slice(i + 1).find((g) => g.attribution?.speaker);
    const speaker = next?.attribution?.speaker ?? null;
    const actor = speaker ? ctx.actorsById.get(speaker) : undefined;
    if (!next || !speaker || !actor || actor.kind !== 'person' || next.paragraph - f.paragraph > 1) continue;
    const firstNamed = mentionsIn(ctx, { start: f.marked.end, end: ctx.text.length }).find((m) => m.kind === 'person' || m.kind === 'unnamed');
    if (firstNamed?.actorId !== speaker) continue;
    // The name comes in as the same speaker going on ("Lukashenko continued", "Makei summed up"),
    // not as a new one ("In Moscow, Putin told officials:", "Olena Kovalenko, 54, said").
    const namedGoingOn = GOING_ON_AFTER_NAME.test(ctx.text.slice(firstNamed.end, firstNamed.end + 30));
    if (!GOING_ON.test(next.attribution?.cue ?? '') && !namedGoingOn) continue;
    const head = office[1].toLowerCase() === 'head of state' ? 'president' : office[1].toLowerCase();
    if (actor.roles.length > 0 && !actor.roles.some((r) => r.toLowerCase().includes(head))) continue;
    for (let k = i; k < found.indexOf(next); k++) {
      const a = found[k].attribution;
      if (!a?.speaker && (k === i || !a?.cue)) found[k].attribution = { ...a, speaker, cue: a?.cue ?? null };
    }
  }
}

/**
 * "…,” he said where no person stands in the pronoun's look-back window: the speaker of the
 * previous quotation carries on, when it is a person the pronoun fits (an organisation for "it"), it is at most a few
 * paragraphs back and no other person or source is mentioned in between (a profile quoting one
 * interviewee across paragraphs of background).
 */
export function continueSpeakers(ctx: SpeakerContext, found: Found[]): void {
  for (let i = 1; i < found.length; i++) {
    const f = found[i];
    const pronoun = f.attribution?.pronoun;
    if (!f.attribution || f.attribution.speaker || !pronoun) continue;
    const prev = found[i - 1];
    const speaker = carriedFrom(prev)?.speaker;
    if (!speaker || f.paragraph - prev.paragraph > SPEAKER_CONTINUITY_PARAGRAPHS) continue;
    const actor = ctx.actorsById.get(speaker);
    // "It also added, “…”" after a ministry's quotation: "it" carries a body on, "he"/"she" a person.
    if (!actor || !actorFitsPronoun(actor, pronoun)) continue;
    if (nobodyElseBetween(ctx, prev, f, speaker)) f.attribution = { ...f.attribution, speaker };
  }
}
