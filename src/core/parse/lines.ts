/**
 * Line utilities shared by the header reader, the boilerplate detector and the segmenter.
 * Lines keep exact offsets so every later span can be sliced from the original text.
 */

/** One line of a text: `[start, end)` excludes the line terminator. */
export interface Line {
  start: number;
  end: number;
  text: string;
}

/** Splits `text` into lines (LF, CRLF or lone CR), keeping offsets into `text`. */
export function splitLines(text: string, from = 0): Line[] {
  const lines: Line[] = [];
  let start = from;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ start, end: i, text: text.slice(start, i) });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  if (start < text.length || start === from) {
    lines.push({ start, end: text.length, text: text.slice(start) });
  }
  return lines;
}

/** True when the line holds nothing but whitespace. */
export function isBlank(line: Line): boolean {
  return line.text.trim().length === 0;
}

/** Narrows `[start, end)` so it neither starts nor ends with whitespace. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/**
 * Counts words (runs of non-space characters), stopping once `limit` is passed: callers only ask
 * whether a line is short, and long lines are common.
 */
export function wordCount(s: string, limit = Infinity): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      if (++count > limit) return count;
    }
  }
  return count;
}
