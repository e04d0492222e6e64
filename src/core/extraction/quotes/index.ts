/**
 * Direct quotations and their speakers. Per document and plain data in, plain data out, so it can
 * run in a worker thread. Quotation marks are paired per paragraph (./marks), speech is told from
 * scare quotes by length and cue, and the speaker comes from the cue next to the quotation
 * (./cues, ./speakers) or, for a quotation with no cue, from the quotation it continues.
 */
import type { CorpusDocument, Paragraph, TextSpan } from '../../model';
import type { Actor, Quote, QuoteFlag, ResolvedMention } from '../types';
import { type Cue, cueAfter, cueBefore, VERBS } from './cues';
import { countWords, type MarkedQuote, scanParagraph } from './marks';
import { fitsPronoun, OFFICE_NOUNS } from './names';
import { paragraphIndexAt } from './context';
import { mentionsIn, type Resolution, resolveSubject, type SpeakerContext } from './speakers';
import { isAbbreviationBefore, isShouting, MASK, maskSpans, sentenceStartBefore } from './text';
import { isQuotedName, titleListMembers } from './titles';
import { sentenceSubject } from './topic';

export { countWords, scanParagraph, type MarkedQuote } from './marks';

/** At or below this many words a quotation with no speech cue is a scare quote ("snap"). */
const SCARE_WORDS = 2;
/** A short quotation is speech only when its cue verb is this close ("said the “bottom line”"). */
const SHORT_CUE_GAP = 12;
/** In a that-clause (`stressed that … a “firm” response`) the verb governs the whole clause. */
const REPORTED_CUE_GAP = 30;
const TRAILING_CUE = new RegExp(`^\\s*([^,;]{1,90}?)\\s+(?:${VERBS})\\s*[.!]?\\s*$`, 'iu');
const TRAILING_CUE_VERB_FIRST = new RegExp(`^\\s*(?:${VERBS})\\s+([^,;]{1,90}?)[.!]?\\s*$`, 'iu');

interface Attribution {
  speaker: string | null;
  cue: string | null;
  /** The pronoun subject ("he said") when it found no antecedent nearby. */
  pronoun?: string;
}

/** A person brought up by description ("the foreign minister", "a spokeswoman"). */
const DESCRIBED_PERSON = new RegExp(
  `\\b(?:the|a|an|this|that|his|her|its|their)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${OFFICE_NOUNS}|analyst|expert|source|aide|lawmaker)s?\\b`,
  'iu',
);

/** How many paragraphs back an unresolved "he said" may reach for the previous quotation's speaker. */
const SPEAKER_CONTINUITY_PARAGRAPHS = 3;

interface Found {
  marked: MarkedQuote;
  paragraph: number;
  flags: QuoteFlag[];
  attribution: Attribution | null;
}

function fallbackParagraphs(doc: CorpusDocument): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+/g;
  re.lastIndex = doc.bodyStart;
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    if (m[0].trim()) out.push({ index: out.length, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function hasSentenceBreak(text: string, span: TextSpan): boolean {
  const re = /[.!?]["”’)]?\s+["“‘(]?[\p{Lu}\p{N}]/gu;
  const s = text.slice(span.start, span.end);
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (s[m.index] !== '.' || !isAbbreviationBefore(text, span.start + m.index)) return true;
  }
  return false;
}

function flagsOf(text: string, q: MarkedQuote): QuoteFlag[] {
  const flags: QuoteFlag[] = [];
  if (q.unclosed) flags.push('unclosed');
  if (q.orphan) flags.push('orphan-close');
  if (hasSentenceBreak(text, q)) flags.push('multi-sentence');
  if (q.nested) flags.push('nested');
  const words = text.slice(q.start, q.end);
  if (/^[…[]|^\.\.\./.test(words) || /^\p{Ll}/u.test(words)) flags.push('partial');
  return flags;
}

/** The last few words before the verb (or first few after it), shown when nothing resolved. */
function unresolvedSubject(text: string, cue: Cue): TextSpan | null {
  const all = text.slice(cue.subjectRegion.start, cue.subjectRegion.end);
  // Only the verb's own clause: "Decrying …, the U.S. letters argue" shows "the U.S. letters".
  const cut = cue.verbFirst ? 0 : all.search(/[^,;]*$/);
  const region = all.slice(cut);
  const m = cue.verbFirst ? /^\s*((?:\S+\s+){0,3}\S+)/.exec(region) : /((?:\S+\s+){0,3}\S+)\s*$/.exec(region);
  if (!m) return null;
  const start = cue.subjectRegion.start + cut + m.index + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length };
}

/** The words of a cue as the user should see them: subject and verb, shortened when far apart. */
function cueText(text: string, cue: Cue, res: Resolution): string {
  let verbEnd = cue.verb.end;
  if (/^(?:told|tells)$/i.test(text.slice(cue.verb.start, cue.verb.end))) {
    const obj = /^\s+(?!that\b)([\p{L}.]+)/u.exec(text.slice(verbEnd, verbEnd + 30));
    if (obj) verbEnd += obj[0].length;
  }
  const verb = text.slice(cue.verb.start, verbEnd);
  const subject = res.subject ?? unresolvedSubject(text, cue);
  if (!subject) return verb;
  const subjectText = text.slice(subject.start, subject.end).trim();
  const from = Math.min(subject.start, cue.verb.start);
  const to = Math.max(subject.end, verbEnd);
  const whole = text.slice(from, to).replace(/\s+/g, ' ').trim();
  if (whole.length <= 70) return whole;
  return cue.verbFirst ? `${verb} ${subjectText}` : `${subjectText} … ${verb}`;
}

const RELAY_VERB = /^(?:reported|reports)$/i;

function attribute(ctx: SpeakerContext, cues: Cue[], anchor: number): Attribution | null {
  let best: { cue: Cue; res: Resolution; strength: number } | null = null;
  for (const cue of cues) {
    const verb = ctx.text.slice(cue.verb.start, cue.verb.end);
    // "The Russian president is demanding “…”": a progressive is the clause's own verb, not a participle.
    const progressive = /\b(?:is|are|was|were)\s+(?:now\s+|also\s+|still\s+)?$/i.test(ctx.text.slice(Math.max(0, cue.verb.start - 12), cue.verb.start));
    const participle = /ing$/i.test(verb) && !/^according/i.test(verb) && !progressive;
    // "he compared the sanctions with the “Inquisition”, saying that they …": a participle after
    // the quotation hangs it on the subject of the clause before it, not on words after the verb.
    const trailing = participle && cue.verbFirst && cue.side === 'after';
    const region = trailing ? clauseBefore(ctx, anchor) : cue.subjectRegion;
    const res = resolveSubject(ctx, region, cue.verbFirst && !trailing, anchor, participle && (trailing || !cue.verbFirst));
    // "X said Iran must be isolated “…,” German news agency dpa reported": the agency relays what
    // the cue before names as said; it speaks only when no other cue resolves.
    const strength = RELAY_VERB.test(verb) ? res.strength - 0.5 : res.strength;
    if (!best || strength > best.strength) best = { cue, res, strength };
  }
  if (!best) return null;
  const speaker = best.res.actorId && ctx.actorsById.has(best.res.actorId) ? best.res.actorId : null;
  const attribution: Attribution = { speaker, cue: cueText(ctx.text, best.cue, best.res) };
  const subject = best.res.subject && ctx.text.slice(best.res.subject.start, best.res.subject.end);
  if (!speaker && subject && /^(?:he|she)$/i.test(subject)) attribution.pronoun = subject.toLowerCase();
  return attribution;
}

// "When he cites “…” threats, Biden …": a pronoun in a clause leading the sentence means its subject.
const LEADING_CLAUSE = /^\s*(?:when|as|if|while|although|though|whenever)\s+(?:he|she)\s+(?:\p{Ll}+\s+)?$/iu;
// The main clause's subject after the quotation: "…”, Emmanuel Macron, France’s president, warned".
const MAIN_SUBJECT_AFTER = /^[^,.;:!?]{0,40},\s*(?:the\s+)?/;

/**
 * "Deploring “western hysteria”, the Kremlin denies …", "Fulminating against “…”, Emmanuel Macron
 * …": a participle opening the sentence, or a verb in a leading "when he …" clause, takes the
 * subject of the main clause after the quotation.
 */
function leadingClauseSubject(ctx: SpeakerContext, para: TextSpan, q: MarkedQuote, cue: Cue): Attribution | null {
  if (q.close < 0) return null;
  const masked = ctx.masked ?? ctx.text;
  const start = sentenceStartBefore(masked, ctx.text, cue.verb.start, para.start);
  const lead = ctx.text.slice(start, cue.verb.start);
  const verb = ctx.text.slice(cue.verb.start, cue.verb.end);
  if (!(lead.trim() === '' && /ing$/i.test(verb) && !/^according/i.test(verb)) && !LEADING_CLAUSE.test(lead)) return null;
  const tail = MAIN_SUBJECT_AFTER.exec(ctx.text.slice(q.close + 1, para.end));
  if (!tail) return null;
  // "…”, US President Joe Biden said": the person in the subject words, else the body opening them;
  // never a plain place or a possessive ("Zelensky’s chief of staff Andriy Yermak").
  const at = q.close + 1 + tail[0].length;
  const words = /^[^,;:.!?]{0,80}/.exec(ctx.text.slice(at))?.[0] ?? '';
  const inSubject = mentionsIn(ctx, { start: at, end: at + words.length }).filter((m) => !/^['’]s\b/.test(ctx.text.slice(m.end, m.end + 2)));
  // A seat of government opening them ("the Kremlin denies") speaks for its state.
  const opening = inSubject.find((m) => m.start === at && (m.kind === 'organization' || (m.kind === 'place' && ctx.actorsById.get(m.actorId)?.standsFor)));
  const subject = inSubject.find((m) => m.kind === 'person' || m.kind === 'unnamed') ?? opening;
  if (!subject || !ctx.actorsById.has(subject.actorId)) return null;
  return { speaker: subject.actorId, cue: ctx.text.slice(subject.start, subject.end) + ' … ' + verb };
}

/** The sentence up to a quotation's opening mark, where a participle after it finds its subject. */
function clauseBefore(ctx: SpeakerContext, quoteStart: number): TextSpan {
  const para = ctx.paragraphs[paragraphIndexAt(ctx, quoteStart)];
  const masked = ctx.masked ?? ctx.text;
  const open = Math.max(para.start, quoteStart - 1);
  return { start: sentenceStartBefore(masked, ctx.text, open, para.start), end: open };
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

const TERMS = /^(?:a |the )?special military operation[,.]?$/i;
const TERM_BEFORE = /\b(?:so-called|same as|different from|known as|dubbed|termed)\s*$/i;

function isSpeech(q: MarkedQuote, text: string, before: Cue | null, after: Cue | null): boolean {
  const words = text.slice(q.start, q.end);
  // "the war Moscow calls a “special military operation”": the Kremlin's name for the war is a term.
  if (TERMS.test(words)) return false;
  if (countWords(words) > SCARE_WORDS) return true;
  if (q.unclosed || q.orphan) return false;
  // "so-called" announces a scare quote whatever verb stands nearby, and "not the same as",
  // "different from" hold a term up for comparison ("not the same as “dark tourism”").
  if (TERM_BEFORE.test(text.slice(Math.max(0, q.open - 16), q.open))) return false;
  // A cue closing the sentence far after the quotation does not make two words speech.
  if (after) return !after.gapBroken;
  if (before === null || before.gapBroken) return false;
  return before.gapWords <= (before.reported ? REPORTED_CUE_GAP : SHORT_CUE_GAP);
}

/**
 * Every direct quotation of `doc`, in text order, with its speaker when the cue makes it certain.
 * `mentions` are the document's resolved actor mentions and `actorsById` all actors of the corpus.
 * Quote ids are `${doc.id}:q${n}`, numbered from 1 in text order, so the same text gives the
 * same ids.
 */
export function extractQuotes(
  doc: CorpusDocument,
  mentions: ResolvedMention[],
  actorsById: Map<string, Actor>,
): Quote[] {
  const text = doc.text;
  const paragraphs = doc.paragraphs.length > 0 ? doc.paragraphs : fallbackParagraphs(doc);
  // A paragraph in capitals after the first is a teaser of another story ("RUSSIA WARNS …: 'WILL
  // LEAD TO …'"): its quotation marks hold no speech of this article.
  const scans = paragraphs.map((p, i) => (i > 0 && isShouting(text.slice(p.start, p.end)) ? { quotes: [], strays: [] } : scanParagraph(text, p.start, p.end)));
  // Quoted names stay readable to the cue finder: "the Ministry in an interview with the newspaper
  // “Do Rzeczy” announced that …" keeps its subject.
  for (const scan of scans) scan.quotes = scan.quotes.filter((q) => !isQuotedName(text, q));
  const spans = scans.flatMap((s) =>
    s.quotes.map((q) => ({ start: q.open >= 0 ? q.open : q.start, end: q.close >= 0 ? q.close + 1 : q.end })),
  );
  const masked = maskSpans(text, spans);
  const outside = mentions
    .filter((m) => masked[m.start] !== MASK)
    .map((m) => ({ ...m, kind: actorsById.get(m.actorId)?.kind ?? m.kind }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const ctx: SpeakerContext = { text, mentions: outside, actorsById, paragraphs, masked };

  const found: Found[] = [];
  scans.forEach((scan, pi) => {
    const para = paragraphs[pi];
    const inPara: Found[] = [];
    // Listed titles stay masked, so no cue reads into them, but are not speech.
    const titles = titleListMembers(text, scan.quotes);
    for (const q of scan.quotes) {
      if (titles.has(q)) continue;
      const before = cueBefore(masked, text, q.open >= 0 ? q.open : q.start, para.start);
      const after = q.close >= 0 ? cueAfter(masked, text, q, q.close, para.end) : null;
      if (!isSpeech(q, text, before, after)) continue;
      const cues = [after, before].filter((c): c is Cue => c !== null);
      const f: Found = {
        marked: q,
        paragraph: pi,
        flags: flagsOf(text, q),
        attribution: (before && !after && leadingClauseSubject(ctx, para, q, before)) || attribute(ctx, cues, q.start),
      };
      inPara.push(f);
    }
    for (const stray of scan.strays) {
      const prev = [...inPara].reverse().find((f) => f.marked.end <= stray.at);
      if (prev && !prev.flags.includes('orphan-close')) prev.flags.push('orphan-close');
    }
    found.push(...inPara);
  });

  for (const f of found) if (f.marked.unclosed && continuesInNextParagraph(text, paragraphs, f.paragraph)) f.flags = f.flags.filter((x) => x !== 'unclosed');
  continueAttributions(ctx, masked, paragraphs, found);
  continueSpeakers(ctx, found);
  return found.map((f, i) => {
    const a = f.attribution;
    const speaker = a?.speaker ?? null;
    return {
      id: `${doc.id}:q${i + 1}`,
      documentId: doc.id,
      start: f.marked.start,
      end: f.marked.end,
      text: text.slice(f.marked.start, f.marked.end),
      speaker,
      speakerName: speaker ? (actorsById.get(speaker)?.name ?? null) : null,
      cue: a?.cue ?? null,
      flags: f.flags,
    };
  });
}

/**
 * Gives a cue-less quotation the speaker of the quotation it continues: the previous one in its
 * paragraph, or, when it opens its paragraph, the last quotation or closing cue of the
 * paragraph just before (news style runs one speaker's words over several paragraphs).
 */
function continueAttributions(
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
      f.attribution = prev.attribution;
      continue;
    }
    if (!opensParagraph(ctx, paragraphs, f)) {
      f.attribution = subjectOfSentenceBefore(ctx, masked, paragraphs[f.paragraph], f.marked.open) ?? subjectOfOwnSentence(ctx, masked, paragraphs[f.paragraph], f.marked.open) ?? carriedOver(ctx, prev, f);
      continue;
    }
    if (f.paragraph === 0) continue;
    if (prev && prev.paragraph === f.paragraph - 1) f.attribution = prev.attribution;
    else f.attribution = trailingCue(ctx, masked, paragraphs[f.paragraph - 1]);
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

/**
 * The previous quotation's speaker for a cue-less one in the next paragraph ("…”, Mitchell wrote.
 * / In contrast, “Nato’s eastern members …”), when no other person is named in between: the
 * writer is still quoting the same source.
 */
function carriedOver(ctx: SpeakerContext, prev: Found | undefined, f: Found): Attribution | null {
  const speaker = prev?.attribution?.speaker;
  if (!prev || !speaker || f.paragraph - prev.paragraph > 1 || f.marked.open < 0) return null;
  // Only a quotation that opens its sentence, after at most a short linking phrase ("In contrast,").
  const lead = ctx.text.slice(sentenceStartBefore(ctx.masked ?? ctx.text, ctx.text, f.marked.open, ctx.paragraphs[f.paragraph].start), f.marked.open);
  if (countWords(lead) > 3 || (lead.trim() !== '' && !/,\s*$/.test(lead))) return null;
  if (ctx.actorsById.get(speaker)?.kind !== 'person') return null;
  const between = mentionsIn(ctx, { start: prev.marked.end, end: f.marked.start });
  if (between.some((m) => m.actorId !== speaker && (m.kind === 'person' || m.kind === 'unnamed'))) return null;
  let gap = ctx.text.slice(prev.marked.end, f.marked.open);
  if (prev.attribution?.cue) gap = gap.replace(prev.attribution.cue, ' ');
  return DESCRIBED_PERSON.test(gap) ? null : { speaker, cue: null };
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
  const person = sentenceSubject(ctx, start, end);
  return person && ctx.actorsById.has(person) ? { speaker: person, cue: null } : null;
}

/**
 * A quotation running over paragraphs leaves each one open and reopens the next with a fresh
 * mark: that is the convention, not a quotation left unclosed.
 */
function continuesInNextParagraph(text: string, paragraphs: readonly Paragraph[], index: number): boolean {
  const next = paragraphs[index + 1];
  return next !== undefined && /^\s*["“„«]/.test(text.slice(next.start, next.end));
}

function opensParagraph(ctx: SpeakerContext, paragraphs: readonly Paragraph[], f: Found): boolean {
  const para = paragraphs[f.paragraph];
  return ctx.text.slice(para.start, f.marked.open >= 0 ? f.marked.open : f.marked.start).trim() === '';
}

/**
 * "…,” he said where no person stands in the pronoun's look-back window: the speaker of the
 * previous quotation carries on, when it is a person the pronoun fits, it is at most a few
 * paragraphs back and no other person or source is mentioned in between (a profile quoting one
 * interviewee across paragraphs of background).
 */
function continueSpeakers(ctx: SpeakerContext, found: Found[]): void {
  for (let i = 1; i < found.length; i++) {
    const f = found[i];
    const pronoun = f.attribution?.pronoun;
    if (!f.attribution || f.attribution.speaker || !pronoun) continue;
    const prev = found[i - 1];
    const speaker = prev.attribution?.speaker;
    if (!speaker || f.paragraph - prev.paragraph > SPEAKER_CONTINUITY_PARAGRAPHS) continue;
    const actor = ctx.actorsById.get(speaker);
    if (actor?.kind !== 'person') continue;
    if (!fitsPronoun(actor.name, actor.roles, pronoun)) continue;
    const between = mentionsIn(ctx, { start: prev.marked.end, end: f.marked.start });
    const others = between.some((m) => m.actorId !== speaker && (m.kind === 'person' || m.kind === 'unnamed'));
    // "The Russian foreign minister responded …": a person described, not named, came up.
    // The previous quotation's own cue ("the Ukrainian leader stressed") is not another person.
    let gap = ctx.text.slice(prev.marked.end, f.marked.open >= 0 ? f.marked.open : f.marked.start);
    if (prev.attribution?.cue) gap = gap.replace(prev.attribution.cue, ' ');
    const described = DESCRIBED_PERSON.test(gap);
    if (!others && !described) f.attribution = { ...f.attribution, speaker };
  }
}
