/**
 * Finds the date expressions of one sentence and resolves them against the article date.
 * chrono-node reads calendar words (month names, month-day-year, weekdays, "today"); the
 * recognisers in {@link ./patterns} cover what news prose adds (bare years, seasons, weekends,
 * "two years later"). chrono's own resolution is not used: it resolves against whatever
 * reference it is given, and the direction of a relative date depends on the sentence's grammar.
 */
import type { DatePrecision } from '../types';
import {
  addDays, addMonths, type Day, type Direction, daysUntilMonthDay, formatDate, mondayOf, mondayOfWeekInMonth, parseIsoDay, resolveMonth,
  isInSeason, resolveMonthDay, resolveSeason, resolveWeekday, resolveWeekend, SEASON_START_MONTH,
} from './calendar';
import { chronoDates } from './chronoDates';
import { findCompanionDays } from './companions';
import { findPatternDates, type DateReading, type RawDate } from './patterns';
import { modalAhead, tenseAround, type Tense } from './tense';
import { comesWithinHalfAYear, isComingMonth, NEAR_DAY, toldOfAnotherTime } from './nearMonths';

/** A date expression with its resolution; offsets are relative to the sentence text. */
export interface FoundDate {
  start: number;
  end: number;
  text: string;
  date: string | null;
  precision: DatePrecision | null;
  relative: boolean;
  unresolvedReason: string | null;
  /** Day, month and year all stated in the text, as a passage about another year opens. */
  complete: boolean;
}

/** What a sentence's dates are resolved against. */
export interface DateContext {
  /** The article's publication date; null means relative dates stay unresolved. */
  articleDate: Day | null;
  /** Last year stated outright before this sentence in its paragraph, for "two years later". */
  previousYear: number | null;
  /**
   * The year a passage is about when it is not the article's ("On 20 March 2003 … on 1 May"):
   * see {@link narrativeYearAfter}. A month or month-day without a year takes it.
   */
  narrativeYear: number | null;
}

/**
 * How far after the article date a month-day may lie and still be read as coming up ("attacks
 * on February 16" in a paper of the 14th) when the clause does not narrate the past. Further
 * ahead, a yearless date in news copy is far more often last year's.
 */
const NEAR_FUTURE_DAYS = 31;

/** Reason recorded when a relative date has nothing to be resolved against. */
export const UNKNOWN_ARTICLE_DATE = 'article date unknown';


function precisionOf(reading: { month: number | null; day: number | null }): DatePrecision {
  if (reading.month === null) return 'year';
  return reading.day === null ? 'month' : 'day';
}

type Resolution = Omit<FoundDate, 'start' | 'end' | 'text' | 'complete'>;

const resolved = (date: string, precision: DatePrecision, relative: boolean): Resolution =>
  ({ date, precision, relative, unresolvedReason: null });
const unknown = (precision: DatePrecision): Resolution =>
  ({ date: null, precision, relative: true, unresolvedReason: UNKNOWN_ARTICLE_DATE });
const ymd = (d: Day): [number, number, number] => [d.year, d.month, d.day];
const dayDate = (d: Day): string => formatDate(...ymd(d), 'day');

/**
 * A month-day without a year. The passage's own year comes first; then the grammar's direction,
 * except that a date only days or weeks ahead of the article is the coming one unless the clause
 * narrates the past: news looks ahead to next week far more often than back a whole year.
 */
function resolveCalendar(reading: { month: number | null; day: number | null }, tense: Tense, ctx: DateContext): Resolution {
  const ref = ctx.articleDate;
  const precision = precisionOf(reading);
  if (reading.month === null) return unknown(precision);
  // Worked out from a year the text states, not from the article date, so not "relative".
  if (ctx.narrativeYear !== null) return resolved(formatDate(ctx.narrativeYear, reading.month, reading.day, precision), precision, false);
  if (!ref) return unknown(precision);
  const direction: Direction = tense === 'future' ? 'future' : 'past';
  if (reading.day === null) {
    const m = resolveMonth(ref, reading.month, direction);
    return resolved(formatDate(m.year, m.month, null, 'month'), 'month', true);
  }
  const ahead = daysUntilMonthDay(ref, reading.month, reading.day);
  const soon = tense === null && ahead > 0 && ahead <= NEAR_FUTURE_DAYS;
  return resolved(dayDate(resolveMonthDay(ref, reading.month, reading.day, soon ? 'future' : direction)), 'day', true);
}

/** Resolves one reading; null drops it (a "later" with no year to count from). */
function resolve(reading: DateReading, tense: Tense, ctx: DateContext, anchorYear: number | null): Resolution | null {
  const ref = ctx.articleDate;
  const direction: Direction = tense === 'future' ? 'future' : 'past';
  switch (reading.kind) {
    case 'calendar': {
      const precision = precisionOf(reading);
      if (reading.year !== null) return resolved(formatDate(reading.year, reading.month, reading.day, precision), precision, false);
      return resolveCalendar(reading, tense, ctx);
    }
    case 'weekday': {
      if (!ref) return unknown('day');
      const dir = reading.modifier === 'last' ? 'past' : reading.modifier === 'next' ? 'future' : direction;
      return resolved(dayDate(resolveWeekday(ref, reading.weekday, dir, reading.modifier !== null)), 'day', true);
    }
    case 'offset': {
      const amount = tense === 'past' && reading.pastAmount !== undefined ? reading.pastAmount : reading.amount;
      const precision: DatePrecision = reading.unit === 'week' ? 'day' : reading.unit;
      if (!ref) return unknown(precision);
      if (reading.unit === 'day' || reading.unit === 'week') {
        return resolved(dayDate(addDays(ref, amount * (reading.unit === 'week' ? 7 : 1))), 'day', true);
      }
      if (reading.unit === 'year') return resolved(formatDate(ref.year + amount, null, null, 'year'), 'year', true);
      const m = addMonths(ref.year, ref.month, amount);
      return resolved(formatDate(m.year, m.month, null, 'month'), 'month', true);
    }
    case 'season': {
      if (reading.year !== null) return resolved(formatDate(reading.year, SEASON_START_MONTH[reading.season], null, 'season'), 'season', false);
      if (!ref) return unknown('season');
      if (reading.yearOffset !== undefined) return resolved(formatDate(ref.year + reading.yearOffset, SEASON_START_MONTH[reading.season], null, 'season'), 'season', true);
      // "by the end of the summer" written in July is this summer; told in the past, only once the
      // season is a month old ("collapsed during the summer" written on 2 June is last summer's).
      const current = isInSeason(ref, reading.season) && (direction === 'future' || ref.month !== SEASON_START_MONTH[reading.season]);
      const unstated = current ? 'this' : direction === 'future' ? 'next' : 'last';
      const s = resolveSeason(ref, reading.season, reading.modifier ?? unstated);
      return resolved(formatDate(s.year, s.month, null, 'season'), 'season', true);
    }
    case 'monthOfYear': {
      const precision: DatePrecision = reading.day === null ? 'month' : 'day';
      if (!ref) return unknown(precision);
      return resolved(formatDate(ref.year + reading.yearOffset, reading.month, reading.day, precision), precision, true);
    }
    case 'weekend': {
      if (!ref) return unknown('day');
      // "shocked the world this weekend" in a Monday paper: the weekend just gone.
      const modifier = reading.modifier === 'this' && tense === 'past' ? 'past' : reading.modifier;
      return resolved(dayDate(resolveWeekend(ref, modifier)), 'day', true);
    }
    case 'weekOfMonth': {
      const year = reading.year ?? ctx.narrativeYear ?? (ref && resolveMonth(ref, reading.month, direction).year);
      if (!year) return unknown('week');
      return resolved(formatDate(...ymd(mondayOfWeekInMonth(year, reading.month, reading.ordinal)), 'week'), 'week', reading.year === null);
    }
    case 'week':
      return ref ? resolved(formatDate(...ymd(addDays(mondayOf(ref), 7 * reading.offset)), 'week'), 'week', true) : unknown('week');
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

/**
 * How far from the article's year a full date must be to open a passage about its own year. The
 * year just before is mostly background in running coverage ("since February 24, 2022" in a
 * 2023 story, followed by this year's "on Jan. 17"); a date decades back opens a retelling.
 */
const NARRATIVE_MIN_DISTANCE = 2;

/**
 * The passage year after a date: a full date (day, month and year stated) far enough from the
 * article's year starts a passage about that year, and a date resolved in that passage keeps it
 * going; a date worked out from the article date brings the passage back to the present. Bare
 * years, months with a year and seasons do neither: "Crimea, annexed in March 2014" is background
 * far more often than the start of a story told in 2014.
 */
export function narrativeYearAfter(current: number | null, date: FoundDate, articleDate: Day | null): number | null {
  if (date.date === null) return current;
  if (date.relative) return null;
  const year = Number(date.date.slice(0, 4));
  const far = !articleDate || Math.abs(year - articleDate.year) >= NARRATIVE_MIN_DISTANCE;
  if (!far) return null;
  // "a eurobond due July 23, 1990": a date ahead of the article is a term, not a story told.
  if (articleDate && year > articleDate.year) return current;
  return date.complete ? year : current;
}

/**
 * "since April", "ever since last August", "since the start of March": the date starts a state
 * that still holds, like "since 2014", so it dates nothing that happened.
 */
const SINCE_LEAD = /\bsince\s+(?:(?:last|early|late|mid)\s*-?\s*|the\s+(?:start|beginning|end|middle)\s+of\s+(?:last\s+)?)?$/i;

/** The ISO day `days` after `iso` (YYYY-MM-DD). */
function shiftDays(iso: string, days: number): string {
  const day = parseIsoDay(iso);
  return day ? dayDate(addDays(day, days)) : iso;
}

/**
 * The direction a calendar date of the sentence points, refining the clause's tense `around`:
 * "last April's measures", "next March" say it themselves; a month just ahead in a sentence with no
 * past verb is the coming one ("the June talks" in May); a deadline only days ahead ("requested a
 * response by March 12") or the start of talks ("the talks, starting on April 14, would cover …")
 * leaves a past clause undecided, so the nearness of the day decides.
 */
const SCHEDULE_DAYS = 100;
const SCHEDULE_LEAD = /\b(?:payable|record|due|effective|(?:taking|takes|take)\s+effect|expir(?:es|ing)|matur(?:es|ing)|distribution\s+date\s+of)\s+(?:on\s+)?$/i;
const EXPECTED_BY = /\b(?:expect(?:s|ed)?|hope[sd]?|aim(?:s|ed)?|plan(?:s|ned)?|target(?:s|ed)?|intend(?:s|ed)?)\b[^.;]{0,80}\bby\s+$/i;

function calendarTense(sentence: string, d: RawDate, around: Tense, monthOrSeason: boolean, articleDate: Day | null): Tense {
  if (d.reading.kind !== 'calendar') return around;
  const before = (n: number): string => sentence.slice(Math.max(0, d.start - n), d.start);
  const stated = d.reading.year === null ? /\b(last|next)\s+$/i.exec(before(5))?.[1].toLowerCase() : undefined;
  if (stated) return stated === 'last' ? 'past' : 'future';
  if (around === null && monthOrSeason && isComingMonth(sentence, d.reading, articleDate)) return 'future';
  const deadline = d.reading.day !== null && /\b(?:by|until|(?:starting|beginning)(?:\s+on)?)\s+$/i.test(before(16));
  // "data for the March 9 week": a week of statistics, named by its past Monday.
  if (d.reading.day !== null && d.reading.year === null && /^\s+week\b/.test(sentence.slice(d.end, d.end + 6)) && /\bthe\s+$/i.test(before(5))) return 'past';
  // "payable May 1", "record April 10", "taking effect July 1": a schedule's day a few months ahead
  // ("earnings reflect a split effective July 31", four months on, is last year's).
  if (around !== 'future' && d.reading.day !== null && d.reading.month !== null && d.reading.year === null && articleDate && SCHEDULE_LEAD.test(before(30)) && daysUntilMonthDay(articleDate, d.reading.month, d.reading.day) <= SCHEDULE_DAYS) return 'future';
  // "he expected agreement from all of them by July", said in March: what was expected is to come.
  if (around === 'past' && monthOrSeason && EXPECTED_BY.test(before(100)) && comesWithinHalfAYear(d.reading, articleDate)) return 'future';
  return deadline && around === 'past' ? null : around;
}

/** The dated expressions of one body sentence, resolved, in text order. */
export function findDates(sentence: string, ctx: DateContext): FoundDate[] {
  const found = withoutOverlaps([...findPatternDates(sentence), ...chronoDates(sentence)]);
  const companions = findCompanionDays(sentence, found);
  const raw = found.filter((d) => !companions.some((c) => d.start < c.end && c.start < d.end) && !SINCE_LEAD.test(sentence.slice(Math.max(0, d.start - 40), d.start)));
  const out: FoundDate[] = [];
  let anchorYear = ctx.previousYear;
  let narrativeYear = ctx.narrativeYear;
  for (const d of raw) {
    // A month or a season after "could" or "may" is ahead ("could launch an invasion in February");
    // after "would", only when it is the nearer one ("said it would be over by September" in July,
    // but "said in January the offensive would start in February" in March is this February).
    const monthOrSeason = d.reading.kind === 'season' || (d.reading.kind === 'calendar' && d.reading.year === null && d.reading.day === null);
    // A day after a modal too, when it comes within half a year ("might step down before the summit on June 8-10").
    const dayAhead = d.reading.kind === 'calendar' && d.reading.year === null && d.reading.day !== null && comesWithinHalfAYear(d.reading, ctx.articleDate);
    const modal = monthOrSeason || dayAhead ? modalAhead(sentence, d.start) : null;
    const ahead = modal !== null && ((modal.toLowerCase() !== 'would' && !dayAhead) || (comesWithinHalfAYear(d.reading, ctx.articleDate) && !toldOfAnotherTime(sentence, out.some((o) => !NEAR_DAY.test(o.text)) || narrativeYear !== null)));
    const around = ahead ? 'future' : tenseAround(sentence, d.start, d.end);
    // A month just ahead, in a sentence with no past verb, is the coming one ("the June talks" in May).
    const tense = calendarTense(sentence, d, around, monthOrSeason, ctx.articleDate);
    let resolution = resolve(d.reading, tense, { ...ctx, narrativeYear }, anchorYear);
    // "from Friday to Sunday": a range ends after it starts, whichever way each end would point
    // alone; a range told in the past ("ran from Sunday to Tuesday last week") starts a week earlier.
    const previous = out[out.length - 1];
    if (resolution?.date && d.reading.kind === 'weekday' && previous?.date && previous.precision === 'day' && /^\s+(?:to|until|till|through)\s+$/i.test(sentence.slice(previous.end, d.start)) && resolution.date < previous.date) {
      if (tenseAround(sentence, previous.start, d.end) === 'past') out[out.length - 1] = { ...previous, date: shiftDays(previous.date, -7) };
      else resolution = { ...resolution, date: shiftDays(resolution.date, 7) };
    }
    if (d.reading.kind === 'calendar' && d.reading.year !== null) anchorYear = d.reading.year;
    if (!resolution) continue;
    const r = d.reading;
    const complete = r.kind === 'calendar' && r.year !== null && r.month !== null && r.day !== null;
    const date: FoundDate = { start: d.start, end: d.end, text: d.text, ...resolution, complete };
    out.push(date);
    narrativeYear = narrativeYearAfter(narrativeYear, date, ctx.articleDate);
    for (const c of companions.filter((x) => x.partner === d)) {
      const day = resolution.date === null ? null : `${resolution.date.slice(0, 8)}${String(c.day).padStart(2, '0')}`;
      out.push({ ...date, start: c.start, end: c.end, text: c.text, date: day });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
