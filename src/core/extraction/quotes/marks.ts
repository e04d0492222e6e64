/**
 * Pairs quotation marks inside one paragraph. Apostrophes (Russia’s, doesn’t, allies’) are told
 * apart from single quotes, straight marks are classed by the characters around them, and only
 * top-level quotations come out: a quotation inside another only sets `nested` on the outer one.
 */
import type { TextSpan } from '../../model';

/** A quotation found by its marks, before any decision about speech or speaker. */
export interface MarkedQuote extends TextSpan {
  /** Index of the opening mark, or -1 for an orphan closing mark. */
  open: number;
  /** Index of the closing mark, or -1 when the quotation is never closed. */
  close: number;
  /** Quoted with single marks (‘…’ or '…') rather than double. */
  single: boolean;
  nested: boolean;
  unclosed: boolean;
  orphan: boolean;
}

/** An orphan closing mark whose recovered text was too short to be a quotation. */
export interface StrayClose {
  at: number;
}

export interface MarkScan {
  quotes: MarkedQuote[];
  strays: StrayClose[];
}

interface Open {
  at: number;
  single: boolean;
  hadInner: boolean;
}

const OPEN_DOUBLE = new Set(['“', '„', '«']);
const CLOSE_DOUBLE = new Set(['”', '»']);
// Elisions written with a leading apostrophe: 'em, 'til, '90s. These never open a quotation.
const ELISION = /^(?:em|til|tis|twas|cause|n'|bout|\d\ds?\b)/i;
/** Below this many words an orphan closing mark is a stray character, not a recovered quotation. */
const MIN_ORPHAN_WORDS = 3;

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

function isSpaceOrNone(c: string | undefined): boolean {
  return c === undefined || /\s/.test(c);
}

// Characters after which a straight mark opens rather than closes.
function isOpeningContext(c: string | undefined): boolean {
  return c === undefined || /[\s([{—–\-/“‘"]/.test(c);
}

/** A straight mark between spaces that opens: after a sentence's end or the paragraph's start, before a capital. */
function opensSpaced(text: string, paraStart: number, i: number): boolean {
  if (!/^ \p{Lu}/u.test(text.slice(i + 1, i + 3))) return false;
  return i === paraStart || /[.!?] $/.test(text.slice(Math.max(paraStart, i - 2), i));
}

/** Counts words the way a reader would: `win-win` and `doesn’t` are one word each. */
export function countWords(s: string): number {
  return s.match(/[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

function trimSpan(text: string, start: number, end: number): TextSpan {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { start: s, end: e };
}

/**
 * Where the words of an orphan closing mark start: after the previous quotation of the paragraph
 * (the text between them is usually the rest of a quotation whose mark went astray), else at the
 * paragraph start; a colon or a leading ellipsis nearer the mark is taken as the real opening.
 */
function orphanStart(text: string, from: number, mark: number): number {
  const segment = text.slice(from, mark);
  const colon = segment.lastIndexOf(':');
  const ellipsis = segment.search(/(?:…|\.\.\.)\S/);
  let start = from;
  if (colon >= 0) start = from + colon + 1;
  if (ellipsis >= 0 && from + ellipsis >= start) start = from + ellipsis;
  return start;
}

/**
 * Finds the quotations of the paragraph `[start, end)` of `text`. Offsets are document offsets.
 * An unclosed double quotation runs to the paragraph end; an unclosed single one is dropped
 * (a stray ‘ as in "the ‘other." is no quotation); an orphan closing mark is recovered back to
 * the previous quotation or the paragraph start when that gives at least three words.
 */
export function scanParagraph(text: string, start: number, end: number): MarkScan {
  const quotes: MarkedQuote[] = [];
  const strays: StrayClose[] = [];
  const stack: Open[] = [];
  let lastTopEnd = start;

  const hasDoubleOpen = (): boolean => stack.some((o) => !o.single);

  const finishTop = (o: Open, closeAt: number): void => {
    const span = trimSpan(text, o.at + 1, closeAt);
    quotes.push({
      ...span,
      open: o.at,
      close: closeAt,
      single: o.single,
      nested: o.hadInner,
      unclosed: false,
      orphan: false,
    });
    lastTopEnd = closeAt + 1;
  };

  const closeDouble = (at: number): void => {
    while (stack.length > 0 && stack[stack.length - 1].single) stack.pop();
    const o = stack.pop();
    if (!o) return;
    if (stack.length === 0) finishTop(o, at);
    else stack[stack.length - 1].hadInner = true;
  };

  const orphanClose = (at: number): void => {
    const span = trimSpan(text, orphanStart(text, lastTopEnd, at), at);
    if (countWords(text.slice(span.start, span.end)) < MIN_ORPHAN_WORDS) {
      strays.push({ at });
      return;
    }
    quotes.push({
      ...span,
      open: -1,
      close: at,
      single: false,
      nested: false,
      unclosed: false,
      orphan: true,
    });
    lastTopEnd = at + 1;
  };

  for (let i = start; i < end; i++) {
    const c = text[i];
    const prev = i > start ? text[i - 1] : undefined;
    const next = i + 1 < end ? text[i + 1] : undefined;
    if (OPEN_DOUBLE.has(c)) {
      // A “ typed where a ” belongs (after a word, before a space) closes the open quotation.
      if (hasDoubleOpen() && !isSpaceOrNone(prev) && (isSpaceOrNone(next) || /[.,;:!?)]/.test(next ?? '')))
        closeDouble(i);
      else stack.push({ at: i, single: false, hadInner: false });
    } else if (CLOSE_DOUBLE.has(c)) {
      if (hasDoubleOpen()) closeDouble(i);
      else if (isSpaceOrNone(prev) && next !== undefined && /[\p{L}\p{N}…[]/u.test(next)) {
        stack.push({ at: i, single: false, hadInner: false }); // ” typed for “
      } else orphanClose(i);
    } else if (c === '"') {
      // `OPEC"s official ceiling`: a double mark typed for the apostrophe of a possessive.
      if (!hasDoubleOpen() && /\p{L}/u.test(prev ?? '') && next === 's' && !/[\p{L}\p{N}]/u.test(text[i + 2] ?? '')) continue;
      const closing = !isSpaceOrNone(prev) && !isOpeningContext(prev);
      if (hasDoubleOpen() && (closing || isSpaceOrNone(next))) closeDouble(i);
      else if (isOpeningContext(prev) && !isSpaceOrNone(next))
        stack.push({ at: i, single: false, hadInner: false });
      else if (hasDoubleOpen()) closeDouble(i);
      // No space typed after the sentence before it (`to Lviv."Diplomats …`): with nothing open,
      // a mark between punctuation and a word opens.
      else if (/[.!?:;,]/.test(prev ?? '') && isWordChar(next)) stack.push({ at: i, single: false, hadInner: false });
      // A space typed inside the mark (`with Putin. " Putin is …," he noted`): after the end of a
      // sentence, or at the paragraph's start, and before a capitalised word, it opens.
      else if (opensSpaced(text, start, i)) stack.push({ at: i, single: false, hadInner: false });
      else if (closing && !/\d/.test(prev ?? '')) orphanClose(i); // 5" is inches, not a mark
    } else if (c === '‘' || c === '’' || c === "'") {
      // Between letters it is an apostrophe (doesn’t, Russia’s); after a word with no single
      // quotation open it is a plural possessive (allies’).
      if (isWordChar(prev) && isWordChar(next)) continue;
      const top = stack[stack.length - 1];
      if (c !== '‘' && top?.single && !isSpaceOrNone(prev) && !isWordChar(next)) {
        stack.pop();
        if (stack.length === 0) finishTop(top, i);
        else stack[stack.length - 1].hadInner = true;
      } else if (c !== '’' && !isWordChar(prev) && (isWordChar(next) || /[…[(]/.test(next ?? ''))) {
        if (c === "'" && ELISION.test(text.slice(i + 1, i + 5))) continue;
        stack.push({ at: i, single: true, hadInner: false });
      }
    }
  }
  const outer = stack.find((o) => !o.single);
  if (outer) {
    const span = trimSpan(text, outer.at + 1, end);
    quotes.push({
      ...span,
      open: outer.at,
      close: -1,
      single: false,
      nested: outer.hadInner,
      unclosed: true,
      orphan: false,
    });
  }
  return { quotes, strays };
}
