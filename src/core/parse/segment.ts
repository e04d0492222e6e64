/**
 * Paragraph and sentence segmentation with exact offsets. Sentence breaks come from
 * Intl.Segmenter and are then repaired: abbreviations and initials do not end sentences, and a
 * quotation that runs over several sentences stays in one sentence (never beyond its paragraph).
 */
import type { Paragraph, Sentence, TextSpan } from '../model';
import { abbreviationKind, firstWord, isSentenceOpener, lastToken } from './abbreviations';
import { isBlank, splitLines, trimSpan, type Line } from './lines';
import { quotationRanges } from './quotes';

/** Longest line (in characters) that still looks like a line of hard-wrapped prose. */
const MAX_WRAPPED_LINE = 100;
/** Shortest full line of hard-wrapped prose; shorter inner lines mean deliberate line breaks. */
const MIN_WRAPPED_LINE = 40;

let segmenter: Intl.Segmenter | undefined;
function sentenceSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  return segmenter;
}

function overlaps(a: TextSpan, b: TextSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * A block of consecutive lines is hard-wrapped prose when every line but the last has a
 * typical wrapping width; such a block is one paragraph. Otherwise (one article paragraph per
 * line, as some scrapers write) each line is its own paragraph.
 */
function isHardWrapped(block: Line[]): boolean {
  if (block.length < 2) return false;
  return block.slice(0, -1).every((l) => {
    const n = l.text.trim().length;
    return n >= MIN_WRAPPED_LINE && n <= MAX_WRAPPED_LINE;
  });
}

/**
 * Splits the body (from `bodyStart`) into paragraphs. Blank lines separate paragraphs; lines
 * overlapping an `excluded` span (boilerplate) are left out and also separate paragraphs.
 */
export function segmentParagraphs(text: string, bodyStart: number, excluded: readonly TextSpan[] = []): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const push = (start: number, end: number): void => {
    const span = trimSpan(text, start, end);
    if (span.end > span.start) paragraphs.push({ ...span, index: paragraphs.length });
  };
  const flush = (block: Line[]): void => {
    if (block.length === 0) return;
    if (isHardWrapped(block)) push(block[0].start, block[block.length - 1].end);
    else for (const line of block) push(line.start, line.end);
  };
  let block: Line[] = [];
  for (const line of splitLines(text, bodyStart)) {
    if (isBlank(line) || excluded.some((span) => overlaps(span, line))) {
      flush(block);
      block = [];
    } else {
      block.push(line);
    }
  }
  flush(block);
  return paragraphs;
}

/** The whitespace-free token ending at `end` (exclusive), skipping trailing whitespace. */
function tokenBefore(s: string, end: number): string {
  let e = end;
  while (e > 0 && /\s/.test(s[e - 1])) e--;
  let b = e;
  while (b > 0 && !/\s/.test(s[b - 1])) b--;
  return s.slice(b, e);
}

/**
 * Decides whether the break at `at` in `flat` is false, so the segment before it continues:
 * the next segment starts in lowercase, or the previous one ends in an abbreviation or initial.
 */
function continuesSentence(flat: string, at: number, nextEnd: number): boolean {
  let i = at;
  while (i < nextEnd && /\s/.test(flat[i])) i++;
  if (i >= nextEnd) return true;
  // A sentence never starts with a lowercase letter or with closing punctuation.
  if (/[\p{Ll},;:)\]]/u.test(flat[i])) return true;
  const kind = abbreviationKind(lastToken(tokenBefore(flat, at)));
  if (kind === 'always') return true;
  if (kind === 'ambiguous') {
    if (/\p{N}/u.test(flat[i])) return true;
    return !isSentenceOpener(firstWord(flat.slice(i, Math.min(nextEnd, i + 40))));
  }
  return false;
}

/** Raw sentence spans of one paragraph, relative to the paragraph, after abbreviation repair. */
function rawSentences(paragraphText: string): TextSpan[] {
  // Line breaks inside a wrapped paragraph would force ICU breaks; spaces keep the length.
  const flat = paragraphText.replace(/[\r\n\u2028\u2029]/g, ' ');
  const spans: TextSpan[] = [];
  for (const seg of sentenceSegmenter().segment(flat)) {
    const start = seg.index;
    const end = start + seg.segment.length;
    const last = spans[spans.length - 1];
    if (last && continuesSentence(flat, start, end)) last.end = end;
    else spans.push({ start, end });
  }
  return spans;
}

/** Merges the sentences a quotation runs across, so each quotation sits inside one sentence. */
function mergeQuotations(spans: TextSpan[], paragraphText: string): TextSpan[] {
  if (spans.length < 2) return spans;
  const groupEnd = spans.map((_, i) => i);
  const indexAt = (offset: number): number => {
    for (let i = spans.length - 1; i >= 0; i--) if (spans[i].start <= offset) return i;
    return 0;
  };
  for (const q of quotationRanges(paragraphText)) {
    const first = indexAt(q.start);
    const last = indexAt(Math.max(q.start, q.end - 1));
    if (last > groupEnd[first]) groupEnd[first] = last;
  }
  const merged: TextSpan[] = [];
  for (let i = 0; i < spans.length; ) {
    let end = groupEnd[i];
    // A later quotation starting inside the group can extend it further.
    for (let k = i; k <= end; k++) end = Math.max(end, groupEnd[k]);
    merged.push({ start: spans[i].start, end: spans[end].end });
    i = end + 1;
  }
  return merged;
}

/** Splits each paragraph into sentences with offsets into `text`, trimmed of whitespace. */
export function segmentSentences(text: string, paragraphs: readonly Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const paragraph of paragraphs) {
    const paragraphText = text.slice(paragraph.start, paragraph.end);
    for (const span of mergeQuotations(rawSentences(paragraphText), paragraphText)) {
      const trimmed = trimSpan(text, paragraph.start + span.start, paragraph.start + span.end);
      if (trimmed.end > trimmed.start) {
        sentences.push({ ...trimmed, index: sentences.length, paragraphIndex: paragraph.index });
      }
    }
  }
  return sentences;
}
