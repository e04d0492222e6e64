/**
 * Finds the date expressions of one sentence and resolves them against the article date.
 * chrono-node reads calendar words (month names, month-day-year, weekdays, "today"); the
 * recognisers in {@link ./patterns} cover what news prose adds (bare years, seasons, weekends,
 * "two years later"). chrono's own resolution is not used: it resolves against whatever
 * reference it is given, and the direction of a relative date depends on the sentence's grammar.
 */
import * as chrono from 'chrono-node';
import type { DatePrecision } from '../types';
import {
  addDays, addMonths, type Day, type Direction, formatDate, resolveMonth, resolveMonthDay,
  resolveSeason, resolveWeekday, resolveWeekend, SEASON_START_MONTH,
} from './calendar';
import { findPatternDates, type DateReading, type RawDate } from './patterns';

/** A date expression with its resolution; offsets are relative to the sentence text. */
export interface FoundDate {
  start: number;
  end: number;
  text: string;
  date: string | null;
  precision: DatePrecision | null;
  relative: boolean;
  unresolvedReason: string | null;
}

/** What a sentence's dates are resolved against. */
export interface DateContext {
  /** The article's publication date; null means relative dates stay unresolved. */
  articleDate: Day | null;
  /** Last year stated outright before this sentence in its paragraph, for "two years later". */
  previousYear: number | null;
}

/** Reason recorded when a relative date has nothing to be resolved against. */
export const UNKNOWN_ARTICLE_DATE = 'article date unknown';

// chrono needs some reference to parse; it is never used to resolve (see module comment).
const PARSE_REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 };

/**
 * Words that may start a date chrono can read. Sentences without any are not given to chrono
 * at all, which is most sentences of a news article and most of the extraction time.
 */
export const CHRONO_WORTHY =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\b[MTWFS][a-z]{2,5}day\b|\b[mtwfs](?:on|ues|ednes|hurs|ri|atur|un)day\b|\b[Tt](?:oday|onight|omorrow)\b|\b[Yy]esterday\b|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}/;

const MONTH_WORD = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/i;
/** A month with neither day nor year must be introduced as a time: "in March", not "March on". */
const BARE_MONTH_LEAD = /\b(?:in|since|until|till|by|from|through|during|early|late|mid|of|before|after|last|next|this)\s*-?$/i;
const LEADING_PREPOSITION = /^(?:on|at|in|by)\s+/i;
const MONTH_QUALIFIER = /\b(?:early|late|mid)[\s-]*$/i;

function readChrono(result: chrono.ParsedResult): DateReading | null {
  const tags = result.tags();
  const c = result.start;
  if (tags.has('result/relativeDate')) return null; // "in a year", "past month": the patterns decide
  for (const tag of tags) {
    if (!tag.startsWith('casualReference/')) continue;
    const offset = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1, lastNight: -1 }[tag.slice(16)];
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

/** chrono's matches that stand for a date in prose, with the date words trimmed to size. */
function chronoDates(sentence: string): RawDate[] {
  if (!CHRONO_WORTHY.test(sentence)) return [];
  const out: RawDate[] = [];
  for (const result of chrono.casual.parse(sentence, PARSE_REFERENCE, { forwardDate: false })) {
    const reading = readChrono(result);
    if (!reading) continue;
    let start = result.index;
    let text = result.text.replace(/[\s,.;:]+$/, '');
    const lead = LEADING_PREPOSITION.exec(text);
    if (lead) {
      start += lead[0].length;
      text = text.slice(lead[0].length);
    }
    if (reading.kind === 'calendar') {
      const monthWord = MONTH_WORD.exec(text);
      // Month names in news copy are capitalised; "march" and "may" are a verb and a modal.
      if (monthWord && !/^[A-Z]/.test(monthWord[0])) continue;
      if (!monthWord && reading.year === null) continue; // "5/6" could be a score or a ratio
      if (reading.day === null && reading.year === null && !BARE_MONTH_LEAD.test(sentence.slice(0, start))) continue;
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

// "will" after a determiner is the noun ("the will to withdraw"), not the future tense.
const FUTURE_CUE = /(?<!\b(?:the|a|his|her|its|their|our|political|good|free)\s)\bwill\b|\b(?:shall|won['’]t|plans? to|planning to|(?:is|are) (?:scheduled|set|expected|due) to|upcoming|next|plans (?:for|of)|scheduled for|(?:the|a|an|its|his|her|their) planned)\b|['’]ll\b/gi;
/** A reporting verb, or a new past clause ("the positions it occupied"), ends a cue's reach. */
const CUE_BREAK =
  /\b(?:said|says|told|tells|announced|added|that)\b|\b(?:it|they|he|she|we|which|who)\s+(?:(?:was|were|had|has|have)\s+)?\w+(?:ed|en)\b/i;

/**
 * Whether the clause around a date speaks of the future ("will", "plan to meet … on Wednesday").
 * A cue only counts when nothing in {@link CUE_BREAK} stands between it and the date, so
 * "said Monday that Russia will…" stays past.
 */
export function speaksOfFuture(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(0, start);
  const clauseStart = Math.max(before.lastIndexOf(';'), before.lastIndexOf('“'), before.lastIndexOf('"'), before.lastIndexOf('”'));
  const head = before.slice(clauseStart + 1);
  const cues = [...head.matchAll(FUTURE_CUE)];
  const lastCue = cues[cues.length - 1];
  if (lastCue && !CUE_BREAK.test(head.slice(lastCue.index + lastCue[0].length))) return true;
  const tail = sentence.slice(end, end + 50).split(/[;“”"]/)[0];
  const nextCue = new RegExp(FUTURE_CUE.source, 'i').exec(tail);
  return !!nextCue && !CUE_BREAK.test(tail.slice(0, nextCue.index));
}

function precisionOf(reading: { month: number | null; day: number | null }): DatePrecision {
  if (reading.month === null) return 'year';
  return reading.day === null ? 'month' : 'day';
}

type Resolution = Omit<FoundDate, 'start' | 'end' | 'text'>;

const resolved = (date: string, precision: DatePrecision, relative: boolean): Resolution =>
  ({ date, precision, relative, unresolvedReason: null });
const unknown = (precision: DatePrecision): Resolution =>
  ({ date: null, precision, relative: true, unresolvedReason: UNKNOWN_ARTICLE_DATE });
const dayDate = (d: Day): string => formatDate(d.year, d.month, d.day, 'day');

/** Resolves one reading; null drops it (a "later" with no year to count from). */
function resolve(reading: DateReading, direction: Direction, ctx: DateContext, anchorYear: number | null): Resolution | null {
  const ref = ctx.articleDate;
  switch (reading.kind) {
    case 'calendar': {
      const precision = precisionOf(reading);
      if (reading.year !== null) return resolved(formatDate(reading.year, reading.month, reading.day, precision), precision, false);
      if (!ref || reading.month === null) return unknown(precision);
      if (reading.day === null) {
        const m = resolveMonth(ref, reading.month, direction);
        return resolved(formatDate(m.year, m.month, null, 'month'), 'month', true);
      }
      return resolved(dayDate(resolveMonthDay(ref, reading.month, reading.day, direction)), 'day', true);
    }
    case 'weekday': {
      if (!ref) return unknown('day');
      const dir = reading.modifier === 'last' ? 'past' : reading.modifier === 'next' ? 'future' : direction;
      return resolved(dayDate(resolveWeekday(ref, reading.weekday, dir, reading.modifier !== null)), 'day', true);
    }
    case 'offset': {
      const precision: DatePrecision = reading.unit === 'week' ? 'day' : reading.unit;
      if (!ref) return unknown(precision);
      if (reading.unit === 'day' || reading.unit === 'week') {
        return resolved(dayDate(addDays(ref, reading.amount * (reading.unit === 'week' ? 7 : 1))), 'day', true);
      }
      if (reading.unit === 'year') return resolved(formatDate(ref.year + reading.amount, null, null, 'year'), 'year', true);
      const m = addMonths(ref.year, ref.month, reading.amount);
      return resolved(formatDate(m.year, m.month, null, 'month'), 'month', true);
    }
    case 'season': {
      if (reading.year !== null) return resolved(formatDate(reading.year, SEASON_START_MONTH[reading.season], null, 'season'), 'season', false);
      if (!ref) return unknown('season');
      const s = resolveSeason(ref, reading.season, reading.modifier ?? (direction === 'future' ? 'next' : 'last'));
      return resolved(formatDate(s.year, s.month, null, 'season'), 'season', true);
    }
    case 'monthOfYear': {
      const precision: DatePrecision = reading.day === null ? 'month' : 'day';
      if (!ref) return unknown(precision);
      return resolved(formatDate(ref.year + reading.yearOffset, reading.month, reading.day, precision), precision, true);
    }
    case 'weekend':
      return ref ? resolved(dayDate(resolveWeekend(ref, reading.modifier)), 'day', true) : unknown('day');
    case 'later':
      // Counted from a year the text states, not from the article date, so not "relative".
      return anchorYear === null ? null : resolved(formatDate(anchorYear + reading.amount, null, null, 'year'), 'year', false);
  }
}

/** Drops matches that overlap an earlier (pattern) match: one date expression, one event. */
function withoutOverlaps(dates: RawDate[]): RawDate[] {
  const kept: RawDate[] = [];
  for (const d of dates) if (!kept.some((k) => d.start < k.end && k.start < d.end)) kept.push(d);
  return kept.sort((a, b) => a.start - b.start);
}

/** The dated expressions of one body sentence, resolved, in text order. */
export function findDates(sentence: string, ctx: DateContext): FoundDate[] {
  const raw = withoutOverlaps([...findPatternDates(sentence), ...chronoDates(sentence)]);
  const out: FoundDate[] = [];
  let anchorYear = ctx.previousYear;
  for (const d of raw) {
    const direction: Direction = speaksOfFuture(sentence, d.start, d.end) ? 'future' : 'past';
    const resolution = resolve(d.reading, direction, ctx, anchorYear);
    if (d.reading.kind === 'calendar' && d.reading.year !== null) anchorYear = d.reading.year;
    if (resolution) out.push({ start: d.start, end: d.end, text: d.text, ...resolution });
  }
  return out;
}
