/**
 * "the statement said", "the report says": a document quoted as speaker speaks for whoever
 * issued it, named where the text brought the document in ("X in a joint statement called …",
 * "X released its annual report", "the X report").
 */
import { bodyAntecedent } from './antecedents';
import { mentionsIn, type SpeakerContext } from './context';
import { DOCUMENT_NOUNS } from './names';
import { lowerWords, objectBefore } from './text';

// The earlier mentions of the document, one pattern per noun, built once; a plural ("reports") is another document.
// "said this in a new … assessment … the report said": a report may be brought in by another word.
const SAME_DOCUMENT: Record<string, string> = { report: 'assessment|analysis|study', assessment: 'report' };
const OCCURRENCES = new Map<string, RegExp>();
const occurrencesOf = (words: string): RegExp => {
  let re = OCCURRENCES.get(words);
  if (!re) OCCURRENCES.set(words, (re = new RegExp(`\\b(?:${words})\\b`, 'giu')));
  return re;
};
// A name after one of these is an object ("the report on Russia"), never the issuer; one after
// "of" may be ("the members of the Forum in a joint statement").
const OBJECT_BEFORE = objectBefore('over', 'into');
const SENTENCE_END = /[.!?]["”’]?\s+(?=["“]?\p{Lu})|\n/gu;

/**
 * The actor that issued the document a description ("the statement", "the spy report") names,
 * read where the text brought a document of that noun in: the name right before the noun ("the
 * Intelligence Community report", "NATO's statement"), or else the sentence's first name not after
 * a preposition ("X in a joint statement called …"). A noun after "the" only refers back ("the
 * report mentioned China") and names no issuer. Null when the description names no document, no
 * issuer shows, or two documents of that noun have different issuers ("the NATO letter", "the U.S.
 * letter": which one "the letter" means takes more than the words).
 */
export function documentIssuer(ctx: SpeakerContext, description: string, before: number): string | null {
  const words = lowerWords(description);
  const noun = words[words.length - 1];
  if (!noun || !DOCUMENT_NOUNS.test(noun)) return null;
  // The noun itself first; another word for the document only when it names no issuer.
  const same = SAME_DOCUMENT[noun];
  return issuerOf(ctx, noun, before) ?? (same ? issuerOf(ctx, same, before) : null);
}

/** The one issuer of the earlier occurrences of `words` (an alternation), or null. */
function issuerOf(ctx: SpeakerContext, words: string, before: number): string | null {
  const text = ctx.text.slice(0, before);
  // Sentence starts, found once, so each occurrence looks its sentence up without rescanning.
  const starts = [0, ...[...text.matchAll(SENTENCE_END)].map((m) => m.index + m[0].length)];
  let s = 0;
  let issuer: string | null = null;
  for (const found of text.matchAll(occurrencesOf(words))) {
    const at = found.index;
    while (s + 1 < starts.length && starts[s + 1] <= at) s++;
    const id = issuerAfter(ctx, at + found[0].length) ?? issuerAt(ctx, starts[s], at) ?? issuerOfLeadingClause(ctx, starts[s], at, at + found[0].length);
    if (!id || id === issuer) continue;
    if (issuer) return null;
    issuer = id;
  }
  return issuer;
}

// "the Statement of the Ministry of Foreign Affairs", "a report by the Atlantic Council".
const ISSUER_AFTER = /^\s+(?:of|by|from)\s+(?:the\s+)?/i;

/** The body or person named right after the document's noun as its issuer, if any. */
function issuerAfter(ctx: SpeakerContext, end: number): string | null {
  const link = ISSUER_AFTER.exec(ctx.text.slice(end, end + 12));
  if (!link) return null;
  const m = mentionsIn(ctx, { start: end + link[0].length, end: end + link[0].length + 120 })[0];
  return m && m.start === end + link[0].length && m.kind !== 'place' ? m.actorId : null;
}

/** The issuer named in the sentence from `start` that brings a document in at `at`, if any. */
function issuerAt(ctx: SpeakerContext, start: number, at: number): string | null {
  const inSentence = mentionsIn(ctx, { start, end: at });
  const last = inSentence[inSentence.length - 1];
  if (!last) return null;
  const between = ctx.text.slice(last.end, at);
  // "the Intelligence Community report", "NATO's statement": the name qualifies the noun.
  if (/^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,2}$/u.test(between) && !/\b(?:the|a|an|its|their)\s/i.test(between)) return last.actorId;
  // "…, the Russian Foreign Ministry said in a statement": the verb's own subject issued it, whoever
  // the sentence opened with ("Moscow summoned the ambassador …"); a name after a preposition ("the
  // US embassy in Moscow", "a lawyer for Donald Trump") is not that subject.
  if (SAID_IN.test(ctx.text.slice(last.end, at))) {
    const clauseStart = start + Math.max(0, ctx.text.slice(start, at).search(/[^,;]*$/));
    const subject = mentionsIn(ctx, { start: clauseStart, end: at }).find((m) => !OBJECT_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 12), m.start)));
    return subject?.actorId ?? null;
  }
  if (REFERS_BACK.test(ctx.text.slice(last.end, at))) return null;
  const subject = inSentence.find((m) => !OBJECT_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 12), m.start)));
  // "According to Ukrinform, the ministry said this in a statement": a body named again by its
  // noun, before any name that could be the subject, issued it.
  const described = BODY_SUBJECT.exec(ctx.text.slice(start, subject?.start ?? at));
  const body = described && !OBJECT_BEFORE.test(ctx.text.slice(Math.max(0, start + described.index - 12), start + described.index)) ? bodyAntecedent(ctx, described[0], start) : null;
  return body ?? subject?.actorId ?? null;
}

const IN_A_DOCUMENT = /^\s*In\s+(?:a|an|its|their)\s+(?:[\p{L}-]+\s+){0,2}$/u;
const REST_OF_CLAUSE = /^[^,;.!?]{0,60},\s*/;

/**
 * "In a statement released Tuesday, Japan’s Ministry of Foreign Affairs said …": a document opening
 * the sentence was issued by the main clause's subject, past a country that only qualifies it.
 */
function issuerOfLeadingClause(ctx: SpeakerContext, start: number, at: number, end: number): string | null {
  if (!IN_A_DOCUMENT.test(ctx.text.slice(start, at))) return null;
  const rest = REST_OF_CLAUSE.exec(ctx.text.slice(end, end + 80));
  if (!rest) return null;
  const from = end + rest[0].length;
  const subject = mentionsIn(ctx, { start: from, end: from + 80 }).find((m) => !(m.kind === 'place' && /^['’]s\b/.test(ctx.text.slice(m.end, m.end + 2))));
  return subject && subject.kind !== 'place' ? subject.actorId : null;
}

const BODY_SUBJECT = /\bthe\s+(?:[\p{Ll}-]+\s+)?(?:ministry|department|embassy|agency|office|council|committee|commission|court|company|service|bureau|alliance|organi[sz]ation)\b(?!\s+(?:of|for)\b)/u;

const SAID_IN = /^[^,;]*?\s(?:said|says|stated|announced|wrote|added|declared|noted)\s+(?:this\s+|so\s+)?in\s+(?:a|an|its|their)\s+(?:[\p{L}-]+\s+){0,2}$/u;

const REFERS_BACK = /\b(?:the|this|that)\s+(?:[\p{L}\p{N}-]+\s+){0,3}$/iu;
