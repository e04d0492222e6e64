/**
 * What chrono-node reads in a sentence, kept to dates as news prose writes them: calendar words
 * (month names, month-day-year, weekdays, "today"), with the words around trimmed and the
 * readings chrono gets wrong in news copy (fractions, "march" the verb, a bare month that is no
 * time) dropped. Resolution is left to {@link ./dates}.
 */
import * as chrono from 'chrono-node';
import { timeOfDayLead } from './instruments';
import { isFigurativeTomorrow, isNowadays, namesProgramme } from './nowadays';
import type { DateReading, RawDate } from './patterns';
import { datesItsNoun } from './nearMonths';
// chrono needs some reference to parse; it is never used to resolve (see module comment).
const PARSE_REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 };

/**
 * Words that may start a date chrono can read. Sentences without any are not given to chrono
 * at all, which is most sentences of a news article and most of the extraction time.
 */
const CHRONO_WORTHY =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\b[MTWFS][a-z]{2,5}day\b|\b[mtwfs](?:on|ues|ednes|hurs|ri|atur|un)day\b|\b[Tt](?:oday|onight|omorrow)\b|\b[Tt]his\s+(?:morning|afternoon|evening)\b|\b[Yy]esterday\b|\b[Ll]ast\s+night\b|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}/;

const MONTH_WORD = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/i;
/** A month with neither day nor year must be introduced as a time: "in March", not "March on". */
const BARE_MONTH_LEAD = /\b(?:in|since|until|till|by|from|through|during|early|late|mid|of|before|after|last|next|this)\s*-?$/i;
// "Local elections are scheduled for November": "for" after a verb of timing (not "for April shipments").
const TIMED_FOR_LEAD = /\b(?:scheduled|planned|set|slated|due|expected|postponed|delayed|put\s+off|deferred|fixed|called|timetabled|pencil+ed\s+in|rescheduled|moved)\s+for\s+$/i;
const LEADING_PREPOSITION = /^(?:on|at|in|by)\s+/i;
const MONTH_QUALIFIER = /\b(?:early|late|mid)[\s-]*$/i;

const PART_OF_DAY_OF = /\b(?:night|morning|evening|afternoon) of (?=\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun))/g;
const SLASH_PAIR = /(?<![\d/])\d{1,2}\/\d{1,2}(?![\d/])/g;
const blank = (m: string): string => ' '.repeat(m.length);
const PART_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night', 'noon', 'midnight']);
const WEEKDAY_RANGE = /\b((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+(?:to|through|until|-|–)\s+((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b/;
const BARE_HOUR_TAIL = /,\s+\d{1,2}$/;
// "trading late yesterday at 5-15/16 pct": a price, not an hour.
const AT_PRICE_TAIL = /\s+at\s+\d{1,2}$/;
const PART_OF_DAY_WORDS = /\s+(?:morning|afternoon|evening|night)$/i;

function readChrono(result: chrono.ParsedResult): DateReading | null {
  // chrono reads "last night" as a day of its own reference, with no tag saying it is relative.
  if (/^last\s+night$/i.test(result.text)) return { kind: 'offset', unit: 'day', amount: -1 };
  const tags = result.tags();
  const c = result.start;
  if (tags.has('result/relativeDate')) return null; // "in a year", "past month": the patterns decide
  for (const tag of tags) {
    if (!tag.startsWith('casualReference/')) continue;
    const name = tag.slice(16);
    // "on Thursday evening": the part of the day leaves the weekday to date it.
    if (PART_OF_DAY.has(name) && c.isCertain('weekday')) continue;
    // "this morning" is the article's day; "in the morning" alone dates nothing.
    if (PART_OF_DAY.has(name) && /^this\s/i.test(result.text)) return { kind: 'offset', unit: 'day', amount: 0 };
    const offset = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1, lastNight: -1 }[name];
    return offset === undefined ? null : { kind: 'offset', unit: 'day', amount: offset };
  }
  if (c.isCertain('weekday') && !c.isCertain('day')) {
    const lead = /^(last|next|this)\b/i.exec(result.text)?.[1].toLowerCase();
    return { kind: 'weekday', weekday: c.get('weekday') ?? 0, modifier: (lead as 'last' | 'next' | 'this' | undefined) ?? null };
  }
  if (!c.isCertain('month')) return null; // a time of day alone ("5:31") is not a date
  return {
    kind: 'calendar',
    year: c.isCertain('year') ? (c.get('year') ?? null) : null,
    month: c.get('month') ?? null,
    day: c.isCertain('day') ? (c.get('day') ?? null) : null,
  };
}

// A day that comes round every year, and the clause it stands in.
const HABITUAL = /\b(?:every|each)\s+year\b|\bannually\b|\btraditionally\b/i;
const CLAUSE_BREAK = /;|,\s+(?:and|but|while)\s+/;
const THIS_TIME = /\b(?:this\s+year|will|today|tomorrow|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;

/** The word joining the two ends of a range written out: "from 14 to 19 February". */
const RANGE_JOINER = /\s+(?:to|until|till|through)\s+/i;

/**
 * "from 14 to 19 February", "February 14 to March 2": two days, each its own date, as "from
 * Saturday to Sunday" is; the first borrows the month and year the second states. A range
 * written with a dash ("13-19 February") stays one span, dated by its first day.
 */
function dayRange(result: chrono.ParsedResult, first: DateReading & { kind: 'calendar' }): RawDate[] | null {
  const end = result.end;
  const joiner = RANGE_JOINER.exec(result.text);
  if (!end || !joiner || first.day === null || !end.isCertain('day') || !end.isCertain('month')) return null;
  const year = end.isCertain('year') ? (end.get('year') ?? null) : null;
  const lead = LEADING_PREPOSITION.exec(result.text)?.[0].length ?? 0;
  const secondStart = result.index + joiner.index + joiner[0].length;
  const secondText = result.text.slice(joiner.index + joiner[0].length).replace(/[\s,.;:]+$/, '');
  return [
    { start: result.index + lead, end: result.index + joiner.index, text: result.text.slice(lead, joiner.index), reading: { ...first, year: first.year ?? year } },
    { start: secondStart, end: secondStart + secondText.length, text: secondText, reading: { kind: 'calendar', year, month: end.get('month') ?? null, day: end.get('day') ?? null } },
  ];
}

/** chrono's matches that stand for a date in prose, with the date words trimmed to size. */
export function chronoDates(sentence: string): RawDate[] {
  if (!CHRONO_WORTHY.test(sentence)) return [];
  const out: RawDate[] = [];
  // "On the night of February 27", "the night of Wednesday to Thursday": chrono reads the part of the
  // day and loses the date; blank it out, offsets kept.
  // "down 1/8, this afternoon", "5-3/4 1992 bond", "6-1/16": chrono reads a fraction as a day of a
  // month (swallowing the words after it), and a slash date with no year is dropped anyway; blank
  // every such pair too.
  const input = sentence.replace(PART_OF_DAY_OF, blank).replace(SLASH_PAIR, blank);
  for (const result of chrono.casual.parse(input, PARSE_REFERENCE, { forwardDate: false })) {
    const reading = readChrono(result);
    if (!reading) continue;
    // "the last night of the Proms", "his last night in Downing Street": a night of something, no date.
    if (/^last\s+night$/i.test(result.text) && /\b(?:the|a|his|her|their|its|my|our|your|one)\s+$/i.test(input.slice(Math.max(0, result.index - 8), result.index))) continue;
    // "from Saturday to Sunday": two days, each dated on its own.
    const range = reading.kind === 'weekday' && result.end?.isCertain('weekday') ? WEEKDAY_RANGE.exec(result.text) : null;
    if (range && result.end) {
      const second = result.index + range.index + range[0].length - range[2].length;
      out.push({ start: result.index + range.index, end: result.index + range.index + range[1].length, text: range[1], reading });
      out.push({ start: second, end: second + range[2].length, text: range[2], reading: { kind: 'weekday', weekday: result.end.get('weekday') ?? 0, modifier: null } });
      continue;
    }
    const days = reading.kind === 'calendar' ? dayRange(result, reading) : null;
    if (days) {
      out.push(...days);
      continue;
    }
    // "at the end of February": the month, not a day chrono picks in its own reference year.
    const endOf = reading.kind === 'calendar' && result.tags().has('refiner/ENEndOfPeriodRefiner');
    if (endOf) reading.day = null;
    let start = result.index;
    let text = result.text.replace(/[\s,.;:]+$/, '');
    if (reading.kind === 'weekday') text = text.replace(PART_OF_DAY_WORDS, '');
    // "In February 2023, 20 generals …": chrono reads the count as an hour; it is not the date's.
    text = text.replace(BARE_HOUR_TAIL, '');
    if (/^[-/.\d]/.test(sentence.slice(start + text.length, start + text.length + 1))) text = text.replace(AT_PRICE_TAIL, '');
    const lead = LEADING_PREPOSITION.exec(text);
    if (lead) {
      start += lead[0].length;
      text = text.slice(lead[0].length);
    }
    const timeLead = timeOfDayLead(text);
    start += timeLead;
    text = text.slice(timeLead);
    if (/^today$/i.test(text) && (isNowadays(sentence, start) || namesProgramme(sentence, start))) continue;
    // "Today Ukraine, tomorrow Moldova": the other half of the same figure.
    if (/^tomorrow$/i.test(text) && isFigurativeTomorrow(sentence, start)) continue;
    if (reading.kind === 'calendar') {
      const monthWord = MONTH_WORD.exec(text);
      // Month names in news copy are capitalised; "march" and "may" are a verb and a modal.
      if (monthWord && !/^[A-Z]/.test(monthWord[0])) continue;
      if (!monthWord && reading.year === null) continue; // "5/6" could be a score or a ratio
      if (reading.day === null && reading.year === null && !endOf && !BARE_MONTH_LEAD.test(sentence.slice(0, start)) && !TIMED_FOR_LEAD.test(sentence.slice(Math.max(0, start - 30), start)) && !datesItsNoun(sentence, start, start + text.length)) continue;
      // "Every year on May 9, Russia celebrates Victory Day": a day that comes round each year, no
      // happening of one. ("Ukraine celebrates … on August 24" may be this year's: annotators split.)
      // Only the date's own clause: "… annually, and on February 24 the president laid flowers".
      const lead = sentence.slice(Math.max(0, start - 30), start).split(CLAUSE_BREAK).at(-1) ?? '';
      const near = lead + sentence.slice(start, start + text.length + 30).split(CLAUSE_BREAK)[0];
      if (reading.year === null && HABITUAL.test(near) && !THIS_TIME.test(near)) continue;
      const qualifier = MONTH_QUALIFIER.exec(sentence.slice(Math.max(0, start - 8), start));
      if (qualifier && reading.day === null) {
        start -= qualifier[0].length;
        text = sentence.slice(start, start + qualifier[0].length + text.length);
      }
    }
    out.push({ start, end: start + text.length, text, reading });
  }
  return out;
}
