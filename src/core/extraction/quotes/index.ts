/**
 * Direct quotations and their speakers. Per document and plain data in, plain data out, so it can
 * run in a worker thread. Quotation marks are paired per paragraph (./marks), speech is told from
 * scare quotes by length and cue, and the speaker comes from the cue next to the quotation
 * (./cues, ./speakers) or, for a quotation with no cue, from the text around it (./continuation).
 */
import type { CorpusDocument, Paragraph, TextSpan } from '../../model';
import type { Actor, Quote, QuoteFlag, ResolvedMention } from '../types';
import { type Cue, cueAfter, cueBefore } from './cues';
import { countWords, type MarkedQuote, scanParagraph } from './marks';
import { paragraphIndexAt } from './context';
import { mentionsIn, type Resolution, resolveSubject, type SpeakerContext } from './speakers';
import { isAbbreviationBefore, isShouting, MASK, maskSpans, sentenceStartBefore } from './text';
import { isQuotedName, titleListMembers } from './titles';
import { type LastSpeaker, stanceCue, type StanceCue } from './stance';
import { type Attribution, continueAttributions, continuesInNextParagraph, continueSpeakers, type Found, nameAfterOffice } from './continuation';

export { countWords, scanParagraph, type MarkedQuote } from './marks';

/** At or below this many words a quotation with no speech cue is a scare quote ("snap"). */
const SCARE_WORDS = 2;
/** A short quotation is speech only when its cue verb is this close ("said the “bottom line”"). */
const SHORT_CUE_GAP = 12;
/** In a that-clause (`stressed that … a “firm” response`) the verb governs the whole clause. */
const REPORTED_CUE_GAP = 30;
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
// A newsroom heading the subject ("the Interfax agency"), not a body's office ("head of the news agency said").
const NEWSROOM = /^(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:news\s+)?(?:agency|newspaper|daily|portal|broadcaster|TV channel)[\s,.]*$/u;
// Where a clause of its own begins: "The Kremlin said …, but Zelensky signed …".
const CLAUSE_BREAK = /;|,\s*(?:but|and|while|whereas|yet|although)\s/;

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
    // So does one that "said" it, named as a newsroom ("… - said the Interfax agency").
    const relayed = RELAY_VERB.test(verb) || (cue.side === 'after' && NEWSROOM.test(ctx.text.slice(region.start, region.end).trim()));
    // "he claimed he would stop the war “in 24 hours”, saying he could …": a trailing participle
    // that opens a clause of its own reports the next words; the verb before governs the quotation.
    const governs = (c: Cue): boolean => c.side === 'before' && !CLAUSE_BREAK.test(ctx.text.slice(c.verb.end, anchor));
    const opensClause = trailing && cues.some(governs) && countWords(ctx.text.slice(cue.verb.end, cue.subjectRegion.end)) >= 2;
    const strength = relayed ? res.strength - 0.5 : opensClause ? res.strength - 2.5 : res.strength;
    if (!best || strength > best.strength) best = { cue, res, strength };
  }
  if (!best) return null;
  const speaker = best.res.actorId && ctx.actorsById.has(best.res.actorId) ? best.res.actorId : null;
  const attribution: Attribution = { speaker, cue: cueText(ctx.text, best.cue, best.res) };
  const subject = best.res.subject && ctx.text.slice(best.res.subject.start, best.res.subject.end);
  if (!speaker && subject && /^(?:he|she|it)$/i.test(subject)) attribution.pronoun = subject.toLowerCase();
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

const OWN_CLAUSE_AFTER = /^\s*[,;]?\s*(?:and|but|while|whereas)\s/i;
// Between a quotation and a verb joined to it: "… a conference call: “…” but added that “…”".
const JOINED_VERB_GAP = /^\s*,?\s*(?:but|and)\s+(?:also\s+)?$/i;

/**
 * "Ushakov told a conference call: “…” but added that “…”": a verb joined by "but" or "and" to
 * the quotation before has that quotation's subject, whatever names stand further back.
 */
function sharedSubject(text: string, inPara: readonly Found[], before: Cue): Attribution | null {
  const prev = inPara[inPara.length - 1];
  if (!prev?.attribution?.speaker || prev.marked.close < 0 || !JOINED_VERB_GAP.test(text.slice(prev.marked.close + 1, before.verb.start))) return null;
  return { speaker: prev.attribution.speaker, cue: `${prev.attribution.cue ?? ''} … ${text.slice(before.verb.start, before.verb.end)}`.trim() };
}

/** The sentence up to a quotation's opening mark, where a participle after it finds its subject. */
function clauseBefore(ctx: SpeakerContext, quoteStart: number): TextSpan {
  const para = ctx.paragraphs[paragraphIndexAt(ctx, quoteStart)];
  const masked = ctx.masked ?? ctx.text;
  const open = Math.max(para.start, quoteStart - 1);
  return { start: sentenceStartBefore(masked, ctx.text, open, para.start), end: open };
}

/** The speaker of the last quotation so far in paragraph `pi` or the one before it. */
function lastSpeaker(earlier: readonly Found[], inPara: readonly Found[], pi: number): LastSpeaker | null {
  const attributed = (list: readonly Found[]): Found | undefined => {
    for (let i = list.length - 1; i >= 0; i--) if (list[i].attribution?.speaker) return list[i];
    return undefined;
  };
  const last = attributed(inPara) ?? attributed(earlier);
  const speaker = last && last.paragraph >= pi - 1 ? last.attribution?.speaker : null;
  return last && speaker ? { speaker, end: last.marked.end } : null;
}

/**
 * Words owned right before a quotation ("Biden’s comment that “…”", "In his opinion, … “…”") name
 * its speaker when no cue resolves one, or when they stand nearer the quotation than the cue verb
 * before it and no cue follows. An owner that resolves to nobody changes nothing.
 */
function withStance(text: string, found: Attribution | null, stance: StanceCue | null, before: Cue | null, after: Cue | null): Attribution | null {
  // An owner left unresolved says nothing: the cue's attribution, or the paragraph's, stands.
  if (!stance?.speaker) return found;
  // Owned words in the cue verb's own clause are its object ("Peskov said Biden’s comments “do
  // not help”"); only a clause of their own ("…, following Biden’s comment that “…”") outweighs it.
  const nearer = !after && before !== null && before.verb.start < stance.at && /[,;(—–]/.test(text.slice(before.verb.end, stance.at));
  return !found?.speaker || nearer ? { speaker: stance.speaker, cue: stance.cue, owned: stance.owned } : found;
}

const TERMS = /^(?:a |the )?special military operation[,.]?$/i;
// "the phrase ‘Putin’s war’", "the now trendy term “smart sanctions”": a term held up, not words spoken.
const TERM_BEFORE = /\b(?:so-called|same as|different from|known as|dubbed|termed|the(?: [\p{Ll}-]+){0,2} (?:phrase|term|word|slogan|expression|wording|label|hashtag))\s*$/iu;
// "avoid calling the invasion ‘conflict’", "not to call it a ‘crisis’", "refer to it as ‘…’": a name
// held up to be rejected or given, not words anyone spoke, up to six words ("‘Russian invasion of
// Ukraine’"). The verb's object runs to the marks with no comma, speech verb or second clause
// ("against calls for tanks, saying “…”", "did not call Putin but said “…”" are speech).
const NAMING_GAP = String.raw`(?:(?!\b(?:said|says|say|saying|told|tells|warned|warns|added|adds|stated|wrote|writes|insisted|argued|but|and|instead)\b)[^.;:,“”"‘])`;
const NAMING_BEFORE = new RegExp(
  String.raw`\b(?:(?:avoid|not|stop|refrain from|instead of) (?:to )?call(?:ing)?\b(?! for\b)${NAMING_GAP}{0,80}|refer(?:s|red|ring)? to ${NAMING_GAP}{0,60} as(?: an?)?|the wording)\s*$`,
  'iu',
);
// Terms listed after a held-up term: "‘crisis’, ‘conflict’ or ‘military operation’".
const TERM_LIST_GAP = /^\s*(?:,|,?\s*(?:or|and))\s*$/;
// Held-up terms run to six words; longer marks hold a clause.
const TERM_WORDS = 6;

// Verbs of noticing and reminding, which often put a term, not words said, in quotation marks.
const WEAK_CUES = /^(?:observed|observes|observing|reminded|reminds|reminding|highlighted|highlights|highlighting|revealed|reveals|revealing|writing)$/i;

/**
 * Whether a verb of noticing or reminding before a short quotation makes it a term: the words are
 * a phrase (lower case, no closing stop), not a clause someone said ("revealed “I was scared.”").
 */
function isTermCue(text: string, before: Cue, q: MarkedQuote, words: number): boolean {
  const verb = text.slice(before.verb.start, before.verb.end);
  if (!WEAK_CUES.test(verb)) return false;
  const quoted = text.slice(q.start, q.end);
  if (!/^\p{Ll}/u.test(quoted) || /[.!?]$/.test(quoted)) return false;
  const between = text.slice(before.verb.end, q.open);
  if (/\bthat\b|[:,]/.test(between)) return false;
  return words <= 3 || (/^observ/i.test(verb) && /^\s*$/.test(between) && words < 8);
}

/** A name held up as a name ("avoid calling it ‘conflict’"): never speech, and what is listed after it neither. */
function isHeldUpTerm(q: MarkedQuote, text: string): boolean {
  const words = text.slice(q.start, q.end);
  return q.open >= 0 && countWords(words) <= TERM_WORDS && !/[.!?]$/.test(words) && NAMING_BEFORE.test(text.slice(Math.max(0, q.open - 120), q.open));
}

function isSpeech(q: MarkedQuote, text: string, before: Cue | null, after: Cue | null): boolean {
  const words = text.slice(q.start, q.end);
  // "the war Moscow calls a “special military operation”": the Kremlin's name for the war is a term.
  if (TERMS.test(words)) return false;
  // "highlighted “progress”", "were writing “No war”": verbs of noticing and reminding quote up
  // to three words as a term unless "that", a colon or a comma brings the words in; "observed
  // “a minute of silence”" keeps a custom, whatever its length.
  if (before && !after && isTermCue(text, before, q, countWords(words))) return false;
  if (countWords(words) > SCARE_WORDS) return true;
  if (q.unclosed || q.orphan) return false;
  // "so-called" announces a scare quote whatever verb stands nearby, and "not the same as",
  // "different from" hold a term up for comparison ("not the same as “dark tourism”").
  if (TERM_BEFORE.test(text.slice(Math.max(0, q.open - 40), q.open))) return false;
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
  const ctx: SpeakerContext = { text, mentions: outside, actorsById, paragraphs, masked, date: doc.metadata.date };

  const found: Found[] = [];
  scans.forEach((scan, pi) => {
    const para = paragraphs[pi];
    const inPara: Found[] = [];
    // Listed titles stay masked, so no cue reads into them, but are not speech.
    const titles = titleListMembers(text, scan.quotes);
    let lastTerm: MarkedQuote | null = null;
    for (const q of scan.quotes) {
      if (titles.has(q)) continue;
      const before = cueBefore(masked, text, q.open >= 0 ? q.open : q.start, para.start);
      const afterCue = q.close >= 0 ? cueAfter(masked, text, q, q.close, para.end) : null;
      // "Novak said “we agreed”, and Berg said “…”": after a cue before it, a clause of its own
      // opened by "and" or "but" cues the next quotation, not this one.
      const after = afterCue && before && !before.gapBroken && OWN_CLAUSE_AFTER.test(text.slice(q.close + 1, afterCue.verb.start)) ? null : afterCue;
      // A term listed after a held-up one is one too, when nothing cues it as speech and it is no clause.
      const words = text.slice(q.start, q.end);
      const listed = lastTerm !== null && q.open >= 0 && !after && countWords(words) <= TERM_WORDS && !/[.,!?]$/.test(words) && TERM_LIST_GAP.test(text.slice(lastTerm.close + 1, q.open));
      if (listed || isHeldUpTerm(q, text)) {
        lastTerm = q.close >= 0 ? q : null;
        continue;
      }
      lastTerm = null;
      if (!isSpeech(q, text, before, after)) continue;
      const cues = [after, before].filter((c): c is Cue => c !== null);
      const f: Found = {
        marked: q,
        paragraph: pi,
        flags: flagsOf(text, q),
        attribution: withStance(
          text,
          (before && !after && (sharedSubject(text, inPara, before) ?? leadingClauseSubject(ctx, para, q, before))) || attribute(ctx, cues, q.start),
          stanceCue(ctx, masked, q.open >= 0 ? q.open : q.start, para.start, lastSpeaker(found, inPara, pi)),
          before,
          after,
        ),
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
  nameAfterOffice(ctx, found);
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
