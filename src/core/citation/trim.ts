/** Trimming a passage to the sentences a search actually matched. */
import type { TextSpan } from '../model';

/** A trimmed excerpt: its span, in the coordinates of the input, and its text. */
export interface TrimmedExcerpt extends TextSpan {
  text: string;
}

// Sentence ends: terminal punctuation with any closing quotes or brackets, before a space or the end.
const SENTENCE_END = /[.!?…]+["'”’)\]]*(?=\s|$)/g;

function splitSentences(text: string, offset: number): TextSpan[] {
  const spans: TextSpan[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    spans.push({ start: offset + start, end: offset + end });
    start = end;
  }
  if (start < text.length) spans.push({ start: offset + start, end: offset + text.length });
  return spans;
}

function overlaps(sentence: TextSpan, highlight: TextSpan): boolean {
  if (highlight.start === highlight.end)
    return sentence.start <= highlight.start && highlight.start < sentence.end;
  return sentence.start < highlight.end && highlight.start < sentence.end;
}

/**
 * The shortest run of whole sentences of `text` that covers every highlight, trimmed of spaces.
 * `text` starts at `offset`, and the sentence and highlight spans use the same coordinates (so a
 * document's sentences can be passed with a paragraph's text and start). Without sentence spans the
 * text is split at terminal punctuation; without a covered highlight the whole text is returned.
 */
export function trimExcerpt(
  text: string,
  sentences: readonly TextSpan[],
  highlights: readonly TextSpan[],
  offset = 0,
): TrimmedExcerpt {
  const end = offset + text.length;
  const inText = sentences.filter((sentence) => sentence.end > offset && sentence.start < end);
  const candidates = (inText.length ? [...inText] : splitSentences(text, offset)).sort(
    (a, b) => a.start - b.start,
  );
  const covering = candidates.filter((sentence) =>
    highlights.some((highlight) => overlaps(sentence, highlight)),
  );
  let start = offset;
  let stop = end;
  if (covering.length) {
    start = Math.max(offset, covering[0].start);
    stop = Math.min(end, Math.max(...covering.map((sentence) => sentence.end)));
  }
  const raw = text.slice(start - offset, stop - offset);
  const leading = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  return { start: start + leading, end: start + leading + trimmed.length, text: trimmed };
}
