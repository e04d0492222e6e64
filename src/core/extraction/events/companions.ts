/**
 * A bare day paired with a full month-day: "February 16 or 17", "16 and 17 March". chrono reads
 * only the half that has the month, yet the other day dates something too ("attacks on
 * February 16 or 17" names two candidate days). The bare day takes its month and year from the
 * full date beside it, so both always land in the same month however that one is resolved.
 */
import type { RawDate } from './patterns';

/** A bare day standing for a day of the same month as the date it is paired with. */
export interface CompanionDay {
  start: number;
  end: number;
  text: string;
  day: number;
  /** The date the day borrows its month and year from. */
  partner: RawDate;
}

const ORDINAL = String.raw`(?:st|nd|rd|th)?`;
/** After a month-day: " or 17", " and 17th", optionally closing with the year both share. */
const AFTER = new RegExp(String.raw`^\s+(?:or|and|&)\s+(\d{1,2})${ORDINAL}\b(?:,?\s+(1[6-9]\d\d|20\d\d)\b)?`);
/** Before a day-month: "16 or " in "16 or 17 February". */
const BEFORE = new RegExp(String.raw`(?<![\w.,$€£:/-])(\d{1,2})${ORDINAL}\s+(?:or|and|&)\s+$`);
/**
 * What makes the number a count instead of a day: a unit, a plural noun or a decimal
 * ("February 16 and 17 people", "16 and 17.5%"). Short words ending in s are not plurals.
 */
const COUNT_AFTER =
  /^(?:\s*(?:%|[-–:.,]\d|[-–]\w)|\s+(?:percent|per\b|million|thousand|hundred|billion|of\b|people|men\b|women\b|children\b)|\s+(?!(?:was|is|as|has|this|his|its|us|across|unless|plus|thus)\b)[a-z]*[^siu\W]s\b)/;

/** "between March 8 and 15" is one span, dated by its first day, not a pair of days. */
const RANGE_LEAD = /\bbetween\s+$/i;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The companion days of a sentence's month-day dates. A companion must come later in the month
 * than its partner when it follows it, earlier when it precedes, as in a choice or a pair of
 * days; "February 16 or 3" is more likely something else, and "between March 8 and 15" is a span.
 * When the pair closes with a year ("February 16 and 17, 2022"), the partner's reading takes that
 * year too.
 */
export function findCompanionDays(sentence: string, dates: RawDate[]): CompanionDay[] {
  const out: CompanionDay[] = [];
  for (const d of dates) {
    const r = d.reading;
    if (r.kind !== 'calendar' || r.month === null || r.day === null) continue;
    const after = AFTER.exec(sentence.slice(d.end));
    if (after && RANGE_LEAD.test(sentence.slice(Math.max(0, d.start - 9), d.start))) continue;
    if (after && Number(after[1]) > r.day && Number(after[1]) <= DAYS_IN_MONTH[r.month - 1]) {
      const dayEnd = d.end + after[0].indexOf(after[1]) + after[1].length;
      if (!COUNT_AFTER.test(sentence.slice(dayEnd))) {
        if (after[2] && r.year === null) d.reading = { ...r, year: Number(after[2]) };
        out.push({ start: dayEnd - after[1].length, end: dayEnd, text: after[1], day: Number(after[1]), partner: d });
      }
      continue;
    }
    const before = BEFORE.exec(sentence.slice(Math.max(0, d.start - 12), d.start));
    const start = d.start - (before?.[0].length ?? 0);
    if (before && RANGE_LEAD.test(sentence.slice(Math.max(0, start - 9), start))) continue;
    if (before && Number(before[1]) < r.day && Number(before[1]) >= 1 && /^\d/.test(d.text)) {
      out.push({ start, end: start + before[1].length, text: before[1], day: Number(before[1]), partner: d });
    }
  }
  return out;
}
