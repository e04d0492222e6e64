/**
 * Finds quotations in a paragraph so the segmenter can keep each one inside a single sentence.
 */
import type { TextSpan } from '../model';

/**
 * Quotation ranges within `paragraph`: double quotes (curly “ ” and straight ") and single curly
 * quotes ‘ ’. A double quotation left open runs to the paragraph end (news style leaves a quote
 * open when it continues in the next paragraph). An unclosed single quote is ignored because ’
 * is also the apostrophe.
 */
export function quotationRanges(paragraph: string): TextSpan[] {
  const ranges: TextSpan[] = [];
  let doubleOpen = -1;
  let singleOpen = -1;
  for (let i = 0; i < paragraph.length; i++) {
    const c = paragraph[i];
    if (c === '“' || (c === '"' && doubleOpen < 0)) {
      // A second opening quote means the first was never closed: end it here.
      if (doubleOpen >= 0) ranges.push({ start: doubleOpen, end: i });
      doubleOpen = i;
      singleOpen = -1;
    } else if (c === '”' || c === '"') {
      if (doubleOpen >= 0) ranges.push({ start: doubleOpen, end: i + 1 });
      doubleOpen = -1;
      singleOpen = -1;
    } else if (c === '‘' && (i === 0 || /[\s“"(—–-]/.test(paragraph[i - 1]))) {
      singleOpen = i;
    } else if (c === '’' && singleOpen >= 0 && !/\p{L}/u.test(paragraph[i + 1] ?? '')) {
      ranges.push({ start: singleOpen, end: i + 1 });
      singleOpen = -1;
    }
  }
  if (doubleOpen >= 0) ranges.push({ start: doubleOpen, end: paragraph.length });
  return ranges;
}
