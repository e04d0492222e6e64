/**
 * Finds the speech cue of a quotation in its own sentence: after it (`“…,” Austin said`,
 * `“…,” said Sherman`, `“…,” according to X`) or before it (`Austin told reporters that “…”`,
 * `X declared, “…”`). Words inside quotations are masked beforehand, so "as Secretary Austin
 * said" within a quotation is never a cue.
 */
import type { TextSpan } from '../../model';
import { MASK, sentenceEndAfter, sentenceStartBefore, wordCount } from './text';

/** Every masked character, to read a stretch as words. */
const ALL_MASKS = new RegExp(MASK, 'g');

/** A cue found next to a quotation: the verb, and the words that should hold its subject. */
export interface Cue {
  side: 'before' | 'after';
  verb: TextSpan;
  /** Where the subject is looked for. */
  subjectRegion: TextSpan;
  /** True when the subject follows the verb ("said Sherman", "according to X"). */
  verbFirst: boolean;
  /** Words between the verb and the quotation (before-cues), for the scare-quote test. */
  gapWords: number;
  /** Clause punctuation between the verb and the quotation, other than one right before it. */
  gapBroken: boolean;
  /** The verb opens a that-clause (`stressed that … “firm”`): what the clause quotes is the speaker's. */
  reported?: boolean;
}

/** Speech verbs, as a regular-expression alternation (multi-word ones with \\s+). */
export const VERBS =
  'said|says|say|saying|told|tells|added|adds|stressed|stresses|declared|declares|warned|warns|wrote|writes|' +
  'noted|notes|asked|asks|explained|explains|countered|counters|argued|argues|argue|insisted|insists|' +
  'acknowledged|acknowledges|states|stated|proposes|proposed|propose|replied|replies|claimed|claims|' +
  'emphasized|emphasizes|emphasised|reiterated|reiterates|tweeted|announced|admitted|conceded|' +
  // "posted" for social media: "“…,” the minister posted on Twitter".
  'recalled|remarked|posted|responded|cautioned|urged|predicted|quipped|concluded|testified|testifies|' +
  // "as Lloyd Austin put it, that Ukraine “can win”".
  'put\\s+it|puts\\s+it|calls\\s+for|called\\s+for|according\\s+to|accused|accuses|confirmed|confirms|pointed\\s+out|points\\s+out|' +
  'described|describes|continued|continues|write|dismissed|dismisses|pledged|pledges|vowed|vows|maintained|maintains|' +
  'condemned|condemns|decried|decries|denounced|denounces|suggested|suggests|boasted|boasts|' +
  // "called the plan “not real”"; naming ("a group called “Azov”") is told apart in isVerbMatch.
  'called|calls|' +
  // Verbs that judge or pledge carry the words they quote: "praised Zelensky as a “lion of democracy”".
  'praised|praises|slammed|slams|threatened|threatens|expressed|expresses|hailed|hails|criticized|criticised|' +
  'criticizes|criticises|promised|promises|demanded|demands|lamented|laments|blasted|assured|assures|' +
  'reported|reports|announces|announce|labelled|labeled|branded|welcomed|welcomes|informed|informs|' +
  'deplored|deplores|cited|cites|fulminated|briefed|reads|' +
  'underscored|underscores|underlined|underlines|highlighted|highlights|reminded|reminds|' +
  'observed|observes|commented|comments|revealed|reveals|asserted|asserts|contended|contends|complained|complains|' +
  'answered|specified|clarified|elaborated|affirmed|affirms|proclaimed|proclaims|joked|recounted|recounts|repeated|' +
  // "agrees that “…”" (not "agreed to send"): see isVerbMatch.
  'agrees|agreed|' +
  // Participles hang the quotation on the clause's subject: "Biden …, warning that “…”".
  'adding|arguing|warning|noting|insisting|stressing|claiming|explaining|accusing|describing|cautioning|urging|calling|dismissing|' +
  'pledging|vowing|promising|praising|slamming|threatening|demanding|expressing|welcoming|criticizing|criticising|' +
  'condemning|denouncing|hailing|suggesting|deploring|fulminating|citing|' +
  'underscoring|underlining|highlighting|reminding|observing|commenting|revealing|asserting|complaining|' +
  'stating|declaring|emphasizing|emphasising|reiterating|recalling|announcing|confirming|admitting|acknowledging|' +
  'telling|asking|replying|responding|concluding|predicting|writing|affirming|proclaiming|assuring';
const VERB_RE = new RegExp(`\\b(?:${VERBS})\\b`, 'giu');
const VERB_AT_START = new RegExp(`^(?:${VERBS})\\b`, 'iu');
const LEADS_TO_CUE = new RegExp(`^(?:(?:he|she|they|it)\\s+)?(?:${VERBS})\\b`, 'iu');
// Nouns spelt like verbs: "the United States", "member states".
const NOUN_BEFORE_STATES =
  /\b(?:united|member|other|all|these|those|baltic|nato|gulf|arab|island|nation)\s+$/i;
// After a comma or a dash (a spaced hyphen in plain-text copy): "…, Biden said." "… - added Scholz."
const SENTENCE_FINAL_CUE = new RegExp(`(?:,|\\s-|[—–])\\s*([^,;]{1,60}?)\\s+(${VERBS})\\s*[.!]?\\s*$`, 'diu');
const SENTENCE_FINAL_CUE_VERB_FIRST = new RegExp(`(?:,|\\s-|[—–])\\s*(${VERBS})\\s+([^,;]{1,90}?)[.!]?\\s*$`, 'diu');
const COORDINATED_QUOTE = new RegExp(`${MASK}+\\s*,?\\s+(?:and|or)\\s+(?:(?:a|an|the)\\s+)?$`);
const PASSIVE_AGENT = new RegExp(`^\\s+by\\s+(?:the\\s+)?([^,;.:!?${MASK}]{1,80})`, 'u');
/** A capitalised name, then an appositive between commas: "Oleksiy Danilov, the head of …, ". */
// The closing comma is often left out before the verb ("Fumio Ohta, a retired admiral … told").
// A role may come bare, with no article ("Mariana Oleskiv, chairperson at the agency, told"), or
// capitalised before "of" ("Bumpei Otsuki, President of the Japan Federation … told").
const APPOSITIVE_SUBJECT = /^(\s*\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}),\s+(?:\d{1,3},\s+)?(?:\p{Ll}[\p{L}-]*|\p{Lu}[\p{L}’'-]*’s|\p{Lu}[\p{L}’'-]*'s|(?:\p{Lu}\p{Ll}+\s+)?\p{Lu}\p{Ll}+(?=\sof\s))\s[^,;:]{1,150}?,?\s*$/u;
/** The subject of a cue set off by commas: ", Varga said," after the sentence's first words. */
const PARENTHETICAL_SUBJECT = new RegExp(`\\S[^,;:${MASK}]*,\\s*[^,;:${MASK}]{1,60}$`, 'u');
/** "that" opening the reported clause, after at most a time or an adverb ("said last month that"). */
const THAT_CLAUSE = /^\s*(?:(?:on|in|at|last|this|next|earlier|later|yesterday|today|recently|previously|also|again|once|then|week|month|year|morning|evening|night|\p{Lu}\p{Ll}+day)\s+){0,3}that\b/iu;
/** A before-cue verb further than this many words from its quotation does not govern it. */
const MAX_BEFORE_GAP = 30;
/** Subject words allowed between a quotation and the verb after it (a title and a full name). */
const MAX_AFTER_SUBJECT = 9;
const MAX_NAMED_AFTER_SUBJECT = 14;
const NAME_LAST = /(?:\s\p{Lu}\p{Ll}+){2,}\s*$/u;

/** Verb forms that are also plural nouns ("member states", "the claims", "Russia's demands"). */
const NOUN_LIKE = new Set(['states', 'notes', 'claims', 'reports', 'demands', 'promises', 'comments', 'highlights']);
// Verbs that judge or pledge, which a passive turns round: "Zelensky was praised as a “lion”" is not Zelensky's word.
const JUDGING_PARTICIPLES = /^(?:praised|hailed|branded|labell?ed|critici[sz]ed|threatened|cited|reported|informed|slammed|blasted|welcomed|demanded|promised|expressed|assured|deplored|briefed|described|condemned|denounced|accused)$/;

function isVerbMatch(masked: string, m: RegExpExecArray): boolean {
  const word = m[0].toLowerCase();
  const after = masked.slice(m.index + m[0].length, m.index + m[0].length + 3);
  if (/^call(?:s|ed|ing)$/.test(word)) {
    // "so-called “…”", "is called “…”": a name given, not words spoken; "what he called “threats”"
    // has a speaker.
    const spoken = /\b(?:he|she|they|we|I|it)\s+$/i.test(masked.slice(Math.max(0, m.index - 6), m.index));
    if (!spoken && /^\s*(?:[^\s\p{L}]|$)/u.test(after)) return false;
    if (/\b(?:is|was|are|were|be|been|being)\s+$/i.test(masked.slice(Math.max(0, m.index - 8), m.index))) return false;
  }
  // "agrees that “…”" reports a view; "agreed to send tanks" a deed.
  // A clause closed by the verb ("“…,” Macron agreed.") reports a view too.
  if (/^agree[sd]$/.test(word) && !/^(?:\s+(?:that|with)\b|\s*(?:[.,;!?]|$))/i.test(masked.slice(m.index + m[0].length, m.index + m[0].length + 6))) return false;
  // "self-proclaimed", "long-promised", "so-called": a verb inside a compound adjective.
  if (masked[m.index - 1] === '-') return false;
  // "accused Nato of demanding …": a gerund after a preposition reports no speech of its own.
  if (word.endsWith('ing') && /\b(?:of|for|about|without)\s+$/i.test(masked.slice(Math.max(0, m.index - 9), m.index))) return false;
  // "as Austin put it, …" and "Biden put it bluntly:" are cues; "put it on the table" is not.
  const next = masked.slice(m.index + m[0].length, m.index + m[0].length + 16);
  if (/^puts?\s+it$/.test(word) && /^\s*(?!that\b|\p{Ll}+ly\b)\p{L}/u.test(next)) return false;
  // "testified to Congress" is a cue; "the ruins testify to what he called “genocide”" is not.
  if (/^testif/.test(word) && /^\s+to\s+(?:the\s+|what\s+|its\s+|their\s+)?\p{Ll}/u.test(next)) return false;
  // "he continued." is a cue; "continued US support" is not.
  if (/^continue/.test(word) && /^\s*\p{L}/u.test(after)) return false;
  if (NOUN_LIKE.has(word)) {
    if (/^[A-Z]/.test(m[0]) || NOUN_BEFORE_STATES.test(masked.slice(Math.max(0, m.index - 20), m.index)))
      return false;
    if (/(?:\b(?:the|a|his|her|its|their)|\p{L}['’]s)\s+$/iu.test(masked.slice(Math.max(0, m.index - 8), m.index)))
      return false;
  }
  if (JUDGING_PARTICIPLES.test(word) && /\b(?:is|was|are|were|be|been|being)\s+(?:\p{L}+ly\s+|also\s+)?$/iu.test(masked.slice(Math.max(0, m.index - 20), m.index))) return false;
  return true;
}

// Words that may stand before a passive verb: a form of "be" and adverbs ("was also confirmed by").
const BEFORE_PASSIVE = /(?:\b(?:is|are|was|were|be|been|being|also|already|later|then|once|first|since)|ly|[,;:(—–]|^)\s*$/i;

/**
 * A passive participle after a noun modifies it ("the sanctions announced by London are …"): it
 * reports no speech, and the sentence's own verb ("X said that …") governs the quotation.
 */
function isNounModifier(masked: string, m: RegExpExecArray): boolean {
  if (!PASSIVE_AGENT.test(masked.slice(m.index + m[0].length))) return false;
  return !BEFORE_PASSIVE.test(masked.slice(Math.max(0, m.index - 12), m.index));
}


/**
 * The nearest cue verb before the quotation opening at `open`, in the same sentence. `from` is
 * the paragraph start.
 */
export function cueBefore(masked: string, text: string, open: number, from: number): Cue | null {
  const sentenceStart = sentenceStartBefore(masked, text, open, from);
  const region = masked.slice(sentenceStart, open);
  let last: RegExpExecArray | null = null;
  VERB_RE.lastIndex = 0;
  for (let m = VERB_RE.exec(region); m; m = VERB_RE.exec(region)) {
    if (isVerbMatch(region, m) && !isNounModifier(region, m)) last = m;
  }
  if (!last) return null;
  const verb = { start: sentenceStart + last.index, end: sentenceStart + last.index + last[0].length };
  const gap = masked.slice(verb.end, open);
  const gapWords = wordCount(gap.replace(ALL_MASKS, ' '));
  if (gapWords > MAX_BEFORE_GAP) return null;
  // "The steps, Varga said, were about “principles”": a cue set off by commas inside the sentence
  // reports all of the sentence, as a that-clause does.
  // ("Uchida, professor at Hosei University, said, “…”": a comma right before the quotation only introduces it.)
  const parenthetical = /^\s*,\s*\S/.test(gap) && PARENTHETICAL_SUBJECT.test(masked.slice(sentenceStart, verb.start));
  // "called the plan … “not real”" governs its object's complement however long the object.
  // "Kuleba said the “next step” was … for “transparency”": a that-clause without its "that" in
  // which the verb already quoted the speaker, so further quoted words in it are theirs too (with
  // no quotation before, "said the meeting … was a “success”" may be the writer's word).
  const bareClause =
    /^(?:said|says|stated|claimed|argued|insisted|warned|added)$/i.test(last[0]) && /^\s+(?:the|it|this|there|he|she|they|we)\s/i.test(gap) && gap.includes(MASK);
  const reported = parenthetical || bareClause || THAT_CLAUSE.test(gap) || /^call(?:s|ed|ing)$/i.test(last[0]);
  // Inside a that-clause other quotations and a coordinating ", and" do not end the clause.
  // "described the draft as a “dirty spectacle” and a “cynical ploy”": one verb governs both.
  const coordinated = gap.replace(COORDINATED_QUOTE, ' ');
  const clause = reported ? gap.replace(/^\s*,/, '').replace(ALL_MASKS, ' ').replace(/,\s+(?=(?:and|but|or)\s)/g, ' ') : coordinated;
  // A that-clause may hold commas of its own ("said that in the face of aggression, he would show “…”").
  // A relative clause inside it has its own subject ("said that the protesters, who call themselves “patriots”").
  const relative = reported && /,\s*(?:who|which|whom|whose|where)\b/i.test(clause);
  const gapBroken = (reported && !relative ? /[;:()—–]/ : /[,;:()—–]/).test(clause.replace(/[\s,:]+$/, '')) || clause.includes(MASK);
  if (/^according/i.test(last[0])) {
    const subjEnd = verb.end + (/^[^,;:.]*/.exec(gap)?.[0].length ?? 0);
    return {
      side: 'before',
      verb,
      subjectRegion: { start: verb.end, end: subjEnd },
      verbFirst: true,
      gapWords,
      gapBroken,
    };
  }
  // "confirmed by the channel Military Informant": the agent of a passive is who spoke.
  const agent = PASSIVE_AGENT.exec(masked.slice(verb.end, open));
  if (agent) {
    const start = verb.end + agent[0].length - agent[1].length;
    return { side: 'before', verb, subjectRegion: { start, end: start + agent[1].length }, verbFirst: true, gapWords, gapBroken };
  }
  // The subject is in the verb's own clause: after any earlier quotation or semicolon.
  const before = masked.slice(sentenceStart, verb.start);
  // "Blinken said that there are “…” but accused China": a coordinated verb shares the first subject.
  // So does a participle after an earlier quotation: "the Pope decried a “…” strike, saying …".
  const sharesSubject = (/\b(?:and|but)\s*$/.test(before) || /ing$/i.test(last[0])) && !before.includes(';');
  // A quotation that ends its own sentence ("… at any time."Russia responded) ends the clause anyway.
  const lastQuote = before.lastIndexOf(MASK);
  const endsSentence = lastQuote >= 0 && /[.!?]["”’]$/.test(text.slice(sentenceStart + lastQuote - 1, sentenceStart + lastQuote + 1));
  const cut = sharesSubject && !endsSentence ? -1 : Math.max(lastQuote, before.lastIndexOf(';'), parenthetical ? before.lastIndexOf(',') : -1);
  const subjectRegion = { start: sentenceStart + cut + 1, end: verb.start };
  return { side: 'before', verb, subjectRegion, verbFirst: false, gapWords, gapBroken, reported };
}

/**
 * A cue closing the quotation's own sentence after other words: `“…” in a diplomatic solution,
 * Biden said.` Only when no other quotation stands in between.
 */
function sentenceFinalCue(masked: string, at: number, end: number): Cue | null {
  const tail = masked.slice(at, end);
  if (tail.includes(MASK) || wordCount(tail) > 25) return null;
  // ", emphasizing that Crimea …": a participle's subject is the clause's, never the words after it.
  const verbFirstMatch = SENTENCE_FINAL_CUE_VERB_FIRST.exec(tail);
  const verbFirst = verbFirstMatch && !/ing$/i.test(verbFirstMatch[1]) ? verbFirstMatch : null;
  const m = verbFirst ?? SENTENCE_FINAL_CUE.exec(tail);
  if (!m?.indices) return null;
  const [verb, subject] = verbFirst ? [m.indices[1], m.indices[2]] : [m.indices[2], m.indices[1]];
  return {
    side: 'after',
    verb: { start: at + verb[0], end: at + verb[1] },
    subjectRegion: { start: at + subject[0], end: at + subject[1] },
    verbFirst: verbFirst !== null,
    gapWords: wordCount(tail),
    gapBroken: true,
  };
}

// "“…,” that is, forces fighting on the ground, said Sam Cranny-Evans": a gloss set off by commas
// before a verb-first cue naming someone.
const GLOSS_THEN_CUE = new RegExp(`^[^,;]{1,60},[^;]{0,80}?,\\s*(${VERBS})\\s+((?:the\\s+)?\\p{Lu}[^,;.]{0,60}?)(?=\\s*[,.;!(]|\\s*$)`, 'du');

// Verbs whose object is the one spoken to, not the speaker.
const ADDRESSING = /^(?:told|tells|informed|briefed|assured)$/i;

/** The verb-first cue after a gloss set off by commas at the start of `clause` (which begins at `at`), if any. */
function glossThenCue(clause: string, at: number): Cue | null {
  const m = GLOSS_THEN_CUE.exec(clause);
  // "…, a sales manager, told the Guardian": who comes after "told" is addressed, not speaking.
  if (!m?.indices || ADDRESSING.test(m[1]) || wordCount(clause.slice(0, m.indices[1][0])) > 20) return null;
  const [verb, subject] = [m.indices[1], m.indices[2]];
  return {
    side: 'after',
    verb: { start: at + verb[0], end: at + verb[1] },
    subjectRegion: { start: at + subject[0], end: at + subject[1] },
    verbFirst: true,
    gapWords: wordCount(clause.slice(0, verb[0])),
    gapBroken: true,
  };
}

/**
 * The cue right after the quotation closing at `close` (index of the closing mark), when the
 * quotation is punctuated to lead into one (`,”` `?”` `!”` `—”`, or `.”` followed by a lower-case
 * word). `to` is the paragraph end.
 */
export function cueAfter(
  masked: string,
  text: string,
  quote: TextSpan,
  close: number,
  to: number,
): Cue | null {
  const last = text.slice(quote.start, quote.end).trimEnd().slice(-1);
  let at = close + 1;
  // A spaced hyphen stands for a dash in plain-text copy (“…” - added Scholz).
  const leadIn = /^(?:\s*[,—–]\s*|\s+-\s+|\s*)/.exec(masked.slice(at, at + 6))?.[0] ?? '';
  const afterComma = /[,—–-]/.test(leadIn);
  at += leadIn.length;
  const next = masked.slice(at, at + 40);
  const lowerNext = /^\p{Ll}/u.test(next);
  const ledIn = /[,!?—–…-]/.test(last) || afterComma || (last === '.' && lowerNext);
  const end = sentenceEndAfter(masked, text, at, to);
  if (!ledIn && !LEADS_TO_CUE.test(next)) return sentenceFinalCue(masked, at, end);
  const tail = masked.slice(at, end);
  const stop = tail.search(new RegExp(`[${MASK};]`));
  const clause = stop >= 0 ? tail.slice(0, stop) : tail;

  const first = VERB_AT_START.exec(clause);
  if (first) {
    const verb = { start: at, end: at + first[0].length };
    const rest = clause.slice(first[0].length);
    // "said Seth G. Jones,": a middle initial's full stop does not end the name.
    // ("of Unit A. Russia denied it": an initial is one only when a capitalised name word follows.)
    const subj = /^\s*([^,;.]*(?:(?:\.[^\s,;]|(?<=(?:^|\s)\p{Lu})\.\s(?=\p{Lu}\p{Ll}+(?:[,.;]|\s+\p{Lu}|\s+(?:from|of|at)\b|\s*$)))[^,;.]*)*)/u.exec(rest)?.[0] ?? '';
    return {
      side: 'after',
      verb,
      subjectRegion: { start: verb.end, end: verb.end + subj.length },
      verbFirst: true,
      gapWords: 0,
      gapBroken: false,
    };
  }
  VERB_RE.lastIndex = 0;
  for (let m = VERB_RE.exec(clause); m; m = VERB_RE.exec(clause)) {
    if (!isVerbMatch(clause, m)) continue;
    let subject = clause.slice(0, m.index);
    // "“…,” Oleksiy Danilov, the head of the Council, told TV": the name before its appositive.
    const appositive = APPOSITIVE_SUBJECT.exec(subject);
    if (appositive) subject = appositive[1];
    // A long description may close on the name it describes ("the permanent trade ambassador of the
    // 12-member European Community Tran Van Thinh told reporters").
    // (Not a clause of its own: "… and no date has been fixed – although Foreign Minister X told".)
    const limit = NAME_LAST.test(subject) && !/\s(?:and|but|although|while|[–—-])\s/.test(subject) ? MAX_NAMED_AFTER_SUBJECT : MAX_AFTER_SUBJECT;
    if (/[,;:]/.test(subject) || wordCount(subject) > limit || wordCount(subject) === 0)
      return glossThenCue(clause, at);
    const verb = { start: at + m.index, end: at + m.index + m[0].length };
    if (/^according/i.test(m[0])) return null; // "X, according to Y" is not adjacent
    return {
      side: 'after',
      verb,
      subjectRegion: { start: at, end: at + subject.length },
      verbFirst: false,
      gapWords: 0,
      gapBroken: false,
    };
  }
  return null;
}
