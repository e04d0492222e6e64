/**
 * Short, readable labels for dated events, and the test that keeps photo captions out.
 * A label is the clause the date stands in, without the date words themselves (the timeline
 * shows the date next to it), trimmed to a line.
 */

/** Longest label before it is cut at a word boundary. */
export const MAX_LABEL_LENGTH = 90;
/** A clause shorter than this ("On Monday,") says nothing alone; its neighbour is taken too. */
const MIN_CLAUSE_LENGTH = 30;

// "(AP Photo/…)" and "(Reuters/…)" credit a picture; "(AP) —" is a wire dateline, whose story is no caption.
const CAPTION =
  /\b(?:photo|photograph|image|picture|video) (?:by|courtesy|credit)\b|\((?:AP|AFP|Reuters|Getty)\b(?!\)\s*(?:[–—-]|--))|\bGetty Images\b|\b(?:Photo|Image|Credit|Caption):/i;

/**
 * Whether a sentence reads like a photo caption or credit. Its dates belong to the picture, not
 * to the story, so such sentences give no events even if segmentation let one through.
 */
export function looksLikeCaption(sentence: string): boolean {
  return CAPTION.test(sentence);
}

interface Clause {
  start: number;
  end: number;
}

/**
 * Splits at clause punctuation; quotation marks split too, so a quote and its cue part. Commas
 * inside numbers ("150,000") and before a year ("February 24, 2022") do not split.
 */
function clauses(sentence: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  for (const m of sentence.matchAll(/,(?!\d|\s\d{4}\b)|[;:—–“”"]|\s-\s/g)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: sentence.length });
  return out.filter((c) => sentence.slice(c.start, c.end).trim().length > 0);
}

/**
 * A date is cut from the label only where it stands as an adverbial ("in 2014", "on Monday");
 * elsewhere ("fear for this winter", "Monday's meeting") cutting it would break the phrase.
 */
const DATE_PREPOSITION = /(?:^|\s)(?:back in|in|on|at|during|since|until)\s+$/i;
/** Clause openers that need the clause before them to make sense ("…Crimea, which was…"). */
const CONTINUATION = /^\s*(?:which|who|whom|including|with|as|while|when|where|meaning)\b/i;
/** Openers that can simply go ("But British Prime Minister…" reads as well without "But"). */
const CONJUNCTION = /^(?:and|but|yet|so|then|however|thus)\s+/i;

function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/^[\s,;:.—–-]+|[\s,;:—–-]+$/g, '')
    .replace(/\.$/, '')
    .trim();
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${tidy(cut.slice(0, space > max / 2 ? space : max))}…`;
}

/**
 * A compact label for the happening dated by `sentence.slice(dateStart, dateEnd)`: the clause
 * holding the date, widened while it is too short or only continues the clause before, with an
 * adverbial date taken out (the timeline shows the date beside the label).
 */
export function eventLabel(sentence: string, dateStart: number, dateEnd: number, max = MAX_LABEL_LENGTH): string {
  const parts = clauses(sentence);
  let first = parts.findIndex((c) => c.start <= dateStart && dateStart < Math.max(c.end, c.start + 1));
  if (first < 0) first = parts.length - 1;
  let last = first;
  while (last < parts.length - 1 && parts[last].end < dateEnd) last += 1; // "Feb 7, 2021" spans a comma
  const text = (from: number, to: number): string => {
    const start = parts[from].start;
    const end = parts[to].end;
    const lead = sentence.slice(start, dateStart);
    const preposition = DATE_PREPOSITION.exec(lead);
    if (!preposition || dateStart < start || dateEnd > end) return tidy(sentence.slice(start, end));
    return tidy(`${lead.slice(0, lead.length - preposition[0].length)} ${sentence.slice(dateEnd, end)}`);
  };
  while (first > 0 && CONTINUATION.test(sentence.slice(parts[first].start, parts[first].end))) {
    if (text(first - 1, last).length > max) break;
    first -= 1;
  }
  while (text(first, last).length < MIN_CLAUSE_LENGTH && (last < parts.length - 1 || first > 0)) {
    if (last < parts.length - 1) last += 1;
    else first -= 1;
  }
  const label = text(first, last).replace(CONJUNCTION, '');
  const capitalised = label.charAt(0).toUpperCase() + label.slice(1);
  return truncate(capitalised || tidy(sentence), max);
}
