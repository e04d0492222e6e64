/**
 * Body lines the parser keeps that are not the article's own text: teaser headlines of other
 * stories written in capitals between paragraphs ("UK PM … ENGULFED IN TURMOIL", "CHINA USING
 * TIKTOK AS …") and credit lines ("X and Y contributed to this report."). Readers do not count
 * the people and bodies named only there as actors of the story.
 */
import type { Sentence } from '../../model';
import { nameKey, sentenceAt } from './text';
import type { Candidate } from './types';

// "Anna Brook and Tom Rook contributed to this report." (or "… contributed reporting.") standing as
// its own paragraph; "contributed to his report" inside a paragraph is a sentence of the story.
// "Reporting from Anna Brook, Tom Rook and Ivo Stam" is such a line when it lists names only.
const NAME_RUN = String.raw`\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}`;
const CREDIT_RE = new RegExp(
  String.raw`\bcontributed (?:reporting|(?:reporting )?(?:to|for) (?:this|the) (?:report|story|article))\s*\.?\s*$|^\s*(?:Additional )?[Rr]eporting by\b|^\s*Reporting from ${NAME_RUN}(?:, ${NAME_RUN})*,? and ${NAME_RUN}\.?\s*$`,
  'u',
);
// "Author/author: ft // rzw", "Source: PAP, Reuters", "Author: Anna Brook / Source: TVN24": the byline
// and wire sources Polish portals print under a story.
const SOURCE_LINE_RE = /^\s*(?:Authors?|Sources?)(?:\s*\/\s*(?:authors?|sources?))?\s*:/iu;
// "Russian army on the border tvn24.pl", "Exercises of the army Mil.ru": a picture's caption with the
// site it comes from, no sentence punctuation; "… on the main page of Gazeta.pl" is a plug, not a credit.
const CAPTION_RE = /^[^.!?]*[^\s.!?](?<!\b(?:on|at|from|by|in|of|via|to)) [\p{L}\d-]+\.(?:pl|ru|com|ua|net|org|by)\s*$/iu;
// "Anna Brook/Associated Press/East News": a photo credit, photographer and agencies joined by
// slashes; three parts at least, as "Kyiv/Lviv" may be prose shorthand.
const PHOTO_CREDIT_RE = new RegExp(String.raw`^\s*${NAME_RUN}(?:\s*/\s*${NAME_RUN}){2,}\s*$`, 'u');
const LOWER_RE = /\p{Ll}/u;
const UPPER_RE = /\p{Lu}/u;

/** Per sentence index: whether the sentence is a credit, source or caption line, alone in its paragraph. */
export function creditLines(text: string, sentences: Sentence[]): boolean[] {
  return sentences.map((s, i) => {
    const alone = sentences[i - 1]?.paragraphIndex !== s.paragraphIndex && sentences[i + 1]?.paragraphIndex !== s.paragraphIndex;
    const line = text.slice(s.start, s.end);
    return alone && (CREDIT_RE.test(line) || SOURCE_LINE_RE.test(line) || CAPTION_RE.test(line) || PHOTO_CREDIT_RE.test(line));
  });
}

/**
 * Per sentence index: whether the sentence lies in a paragraph written wholly in capitals that is
 * not the body's first (the first repeats the article's own headline).
 */
export function capitalsParagraphs(text: string, sentences: Sentence[]): boolean[] {
  const first = sentences[0]?.paragraphIndex;
  const shouting = new Map<number, boolean>();
  for (const s of sentences) {
    const slice = text.slice(s.start, s.end);
    const caps = !LOWER_RE.test(slice) && UPPER_RE.test(slice);
    shouting.set(s.paragraphIndex, (shouting.get(s.paragraphIndex) ?? true) && caps);
  }
  // A body mostly in capitals (a wire in telegram style) has no teasers to tell apart.
  const loud = [...shouting.values()].filter(Boolean).length;
  if (loud * 2 > shouting.size) return sentences.map(() => false);
  return sentences.map((s) => s.paragraphIndex !== first && shouting.get(s.paragraphIndex) === true);
}

const keysOf = (text: string, c: Candidate): string[] => {
  const surface = text.slice(c.start, c.end);
  if (c.kind !== 'person') return [nameKey(surface), nameKey(c.name)];
  const last = (s: string): string => nameKey(s.split(/\s+/).pop() ?? s);
  return [last(surface), last(c.name)];
};

/**
 * Per sentence index: whether actors there are left out. A capitals paragraph is a teaser of
 * another story unless it names a person or body the article names in its own text ("WHY DOES
 * TELLER'S PLAN MATTER" in a story about Teller is a crosshead of the story); places do not tie
 * it, as stories of one beat share them.
 */
export function skippedSentences(text: string, sentences: Sentence[], tokensBySentence: { text: string }[][], kept: Candidate[], credit: boolean[], capitals: boolean[]): boolean[] {
  const own = new Set<string>();
  const inCapitals = new Map<number, Candidate[]>();
  for (const c of kept) {
    if (c.kind !== 'person' && c.kind !== 'organization') continue;
    const i = sentenceAt(sentences, c.start);
    if (i < 0 || credit[i]) continue;
    if (!capitals[i]) keysOf(text, c).forEach((k) => own.add(k));
    else {
      const list = inCapitals.get(sentences[i].paragraphIndex) ?? [];
      list.push(c);
      inCapitals.set(sentences[i].paragraphIndex, list);
    }
  }
  const related = new Map<number, boolean>();
  sentences.forEach((s, i) => {
    if (!capitals[i] || related.get(s.paragraphIndex)) return;
    // A surname in capitals ("TELLER'S") is not a candidate until names are propagated: read the words.
    const inside = inCapitals.get(s.paragraphIndex) ?? [];
    // A person the story never names ("TRUMP SAYS US WILL STAY IN NATO") marks another story's
    // teaser even when it also names a body of this one: crossheads tie by the story's people.
    const stranger = inside.some((c) => c.kind === 'person' && !keysOf(text, c).some((k) => own.has(k)));
    const named = inside.some((c) => keysOf(text, c).some((k) => own.has(k)));
    related.set(s.paragraphIndex, !stranger && (named || tokensBySentence[i].some((t) => t.text.length > 2 && own.has(nameKey(t.text)))));
  });
  return sentences.map((s, i) => credit[i] || (capitals[i] && !related.get(s.paragraphIndex)));
}
