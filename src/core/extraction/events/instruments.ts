/**
 * Numbers of the bond and money pages that look like dates: the maturity years that name an issue
 * ("the 7-1/2 pct Treasury bonds of 2016", "Iceland's 6-1/2 pct 1997 bond"), and a time of day
 * before a day. None of them dates a happening. (Coupons and prices written as fractions, "5-3/4",
 * "95-1/32", never reach chrono: chronoDates.ts blanks every slash pair with no year.)
 */

// "the 6-3/8s of 1989", "Treasury bonds of 2016", "notes due 1992": an issue named by its maturity.
// ("the loans of 1985" were made then.)
const ISSUE_BEFORE_YEAR = /(?:\b(?:bonds?|notes?|debentures?|securities|issues?|eurobonds?|gilts?)|\d\/\d+s|\d+s)\s+(?:of|due)\s+$/i;
// "6-1/2 pct 1997 bond", "a 5-3/4 1992 issue": a coupon before the year, an issue after it.
const COUPON_BEFORE_YEAR = /(?:\bpct|%|percent|\d\/\d+)\s+$/i;
const ISSUE_AFTER_YEAR = /^\s+(?:\p{Lu}\p{L}*\s+)?(?:bonds?|notes?|debentures?|issues?|eurobonds?|gilts?|paper|maturity|maturities)\b/u;

/** Whether the year at `start`–`end` names a bond or note by its maturity, not a time. */
export function isMaturityYear(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, start - 30), start);
  return ISSUE_BEFORE_YEAR.test(before) || (COUPON_BEFORE_YEAR.test(before) && ISSUE_AFTER_YEAR.test(sentence.slice(end, end + 30)));
}

// "midday on Friday", "noon Tuesday": the time of day before a day leaves the day to date it.
const TIME_OF_DAY_LEAD = /^(?:midday|noon|midnight|(?:early|late)\s+(?:morning|afternoon|evening))\s+(?:on\s+)?/i;

/** The length of a time of day opening a date's words ("midday on "), or 0. */
export function timeOfDayLead(dateText: string): number {
  return TIME_OF_DAY_LEAD.exec(dateText)?.[0].length ?? 0;
}
