/**
 * Calendar arithmetic for resolving date expressions against an article's publication date.
 * Everything works on plain UTC day numbers so results never depend on the host's time zone
 * or on "today": an article date is the only anchor a relative expression may have.
 */
import type { DatePrecision } from '../types';

/** A calendar day; `month` is 1-12. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

/** Which way a relative expression points when the words alone do not say. */
export type Direction = 'past' | 'future';

/** A season in the meteorological sense, named by the month it starts in. */
export type Season = 'spring' | 'summer' | 'fall' | 'winter';

/** First month of each season; winter is dated by the December that opens it. */
export const SEASON_START_MONTH: Record<Season, number> = { spring: 3, summer: 6, fall: 9, winter: 12 };

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads `YYYY-MM-DD`; anything else (including null) gives null rather than a guess. */
export function parseIsoDay(text: string | null): Day | null {
  const m = text ? ISO_DAY.exec(text) : null;
  if (!m) return null;
  const day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return fromDayNumber(toDayNumber(day)).month === day.month ? day : null;
}

/** Days since 1970-01-01 (UTC), so day differences are plain subtraction. */
export function toDayNumber(d: Day): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
}

export function fromDayNumber(n: number): Day {
  const date = new Date(n * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Day, days: number): Day {
  return fromDayNumber(toDayNumber(d) + days);
}

/** 0 = Sunday … 6 = Saturday, as chrono and `Date` number them. */
export function weekdayOf(d: Day): number {
  return (toDayNumber(d) + 4) % 7; // 1970-01-01 was a Thursday
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Formats a date at a precision: `YYYY-MM-DD` (day, week), `YYYY-MM` (month, season) or `YYYY`. */
export function formatDate(year: number, month: number | null, day: number | null, precision: DatePrecision): string {
  if (precision === 'year' || month === null) return pad(year, 4);
  if ((precision === 'day' || precision === 'week') && day !== null) return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  return `${pad(year, 4)}-${pad(month)}`;
}

/**
 * The weekday nearest the article date in the given direction. Past includes the article day
 * itself ("talks Monday" in a Monday paper is that day), and so does future; `strict` excludes it,
 * for "last"/"next".
 */
export function resolveWeekday(ref: Day, weekday: number, direction: Direction, strict = false): Day {
  const refWeekday = weekdayOf(ref);
  if (direction === 'past') {
    let back = (refWeekday - weekday + 7) % 7;
    if (back === 0 && strict) back = 7;
    return addDays(ref, -back);
  }
  let ahead = (weekday - refWeekday + 7) % 7;
  // "will travel on Monday" in a Monday paper is that day (a week ahead would be "next Monday").
  if (ahead === 0 && strict) ahead = 7;
  return addDays(ref, ahead);
}

/** The Monday opening the week (Monday to Sunday) that holds the given day. */
export function mondayOf(d: Day): Day {
  return addDays(d, -((weekdayOf(d) + 6) % 7));
}

/**
 * The Monday of a week counted into a month (`ordinal` 1–4, or -1 for the last), weeks running
 * Monday to Sunday: the first week is the one holding the month's first Thursday, the last the
 * one holding its last Thursday, so most of the week lies in the month.
 */
export function mondayOfWeekInMonth(year: number, month: number, ordinal: number): Day {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const anchor = ordinal > 0 ? addDays({ year, month, day: 1 }, 3 + 7 * (ordinal - 1)) : { year, month, day: last - 3 };
  return mondayOf(anchor);
}

/** A month and day without a year: the nearest such day on or before (past) / after (future). */
export function resolveMonthDay(ref: Day, month: number, day: number, direction: Direction): Day {
  const thisYear = { year: ref.year, month, day };
  const n = toDayNumber(thisYear);
  const refN = toDayNumber(ref);
  if (direction === 'past') return n <= refN ? thisYear : { year: ref.year - 1, month, day };
  return n >= refN ? thisYear : { year: ref.year + 1, month, day };
}

/** Days from the article date to the next occurrence of a month and day (0 on the day itself). */
export function daysUntilMonthDay(ref: Day, month: number, day: number): number {
  return toDayNumber(resolveMonthDay(ref, month, day, 'future')) - toDayNumber(ref);
}

/** A month without a year: the same rule as {@link resolveMonthDay}, at month granularity. */
export function resolveMonth(ref: Day, month: number, direction: Direction): { year: number; month: number } {
  if (direction === 'past') return { year: month <= ref.month ? ref.year : ref.year - 1, month };
  return { year: month >= ref.month ? ref.year : ref.year + 1, month };
}

/** Adds whole months, for "two months ago" and "last month". */
export function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Start (year, month) of the season occurrence that contains the given day. */
function seasonContaining(ref: Day): { year: number; month: number } {
  if (ref.month === 12) return { year: ref.year, month: 12 };
  if (ref.month <= 2) return { year: ref.year - 1, month: 12 };
  return { year: ref.year, month: Math.floor(ref.month / 3) * 3 };
}

/** Whether the given day falls in an occurrence of the season. */
export function isInSeason(ref: Day, season: Season): boolean {
  return seasonContaining(ref).month === SEASON_START_MONTH[season];
}

/**
 * "last fall", "this winter", "next spring". "this" is the occurrence of that season in the
 * current season-year (a January article's "this winter" began the December before); "last"
 * is the latest occurrence that started before the current season; "next" the first after it.
 */
export function resolveSeason(ref: Day, season: Season, modifier: 'last' | 'this' | 'next'): { year: number; month: number } {
  const startMonth = SEASON_START_MONTH[season];
  const current = seasonContaining(ref);
  const currentIndex = current.year * 12 + current.month;
  const candidates = [-2, -1, 0, 1].map((offset) => ref.year + offset).map((year) => ({ year, month: startMonth }));
  const index = (c: { year: number; month: number }): number => c.year * 12 + c.month;
  if (modifier === 'this') {
    if (season === 'winter') return { year: ref.month <= 2 ? ref.year - 1 : ref.year, month: 12 };
    return { year: ref.year, month: startMonth };
  }
  if (modifier === 'last') {
    const before = candidates.filter((c) => index(c) < currentIndex);
    return before[before.length - 1];
  }
  return candidates.find((c) => index(c) > currentIndex) ?? { year: ref.year + 1, month: startMonth };
}

/**
 * The Saturday that opens the weekend meant. "last weekend" is the one before the current
 * week's; "over the weekend" the latest that has begun; "this"/"next" count forward.
 */
export function resolveWeekend(ref: Day, modifier: 'last' | 'past' | 'this' | 'next'): Day {
  const wd = weekdayOf(ref);
  const latestBegun = addDays(ref, -((wd - 6 + 7) % 7)); // Saturday on or before ref
  if (modifier === 'past') return latestBegun;
  if (modifier === 'last') return wd === 6 || wd === 0 ? addDays(latestBegun, -7) : latestBegun;
  const thisWeekend = wd === 0 ? latestBegun : addDays(ref, 6 - wd);
  return modifier === 'this' ? thisWeekend : addDays(thisWeekend, 7);
}
