/**
 * Bare months that news dates by what they modify or by how near they are: "the June talks", and
 * "in June" written in May about what is still to come; and when a "would" looks ahead.
 */
import { SEASON_START_MONTH, type Day } from './calendar';
import type { DateReading } from './patterns';
import { hasPastVerb } from './tense';

// "At the June talks", "ahead of Moldova’s October presidential elections", "the key June date": a
// month before the happening it dates, after a determiner or a possessive.
const MONTH_AS_MODIFIER_LEAD = /(?:\b(?:the|its|his|her|their)|\p{L}['’]s)(?:\s+(?:key|planned|upcoming|scheduled|expected|crucial|decisive|historic|full-scale|failed))?\s+$/iu;
// Lower case only: "the October Revolution" is a name.
// ("the December OPEC pact": a body's acronym between.)
const DATED_NOUN_AFTER = /^\s+(?:(?:presidential|parliamentary|general|local|snap|peace|economic|[A-Z]{2,}\d*)\s+)?(?:pact|accord|talks|summit|elections?|vote|referendum|devaluation|revaluation|realignment|invasion|offensive|counter-?offensive|meeting|visit|deadline|date|attacks?|strikes?|conference|polls?|uprising|coup|massacre|ceasefire|truce|mobili[sz]ation|assault|raids?|protests?)\b/;
// "Hitachi Ltd's April output", "will reduce April DRAM production": a month's output, after a
// possessive, a determiner or a verb of output (not "for April shipments", a forward sale, nor
// "April U.S. crude prices", a futures contract).
// (A stock ticker may stand between: "Hitachi Ltd's <HIT.T> April output".)
// Any lead but "for" (a forward sale: "for April shipments"): "March billings were the strongest",
// "numbers indicate March orders were up", "the January book-to-bill figure".
const NOT_OUTPUT_LEAD = /\bfor\s+$/i;
const OUTPUT_AFTER = /^\s+(?:(?!(?:of|the|and|or|to|in|on|at|for)\b)[\w-]+\s+){0,2}(?:output|production|sales|exports|imports|shipments|deliveries|billings|bookings|orders|figures?|numbers|data|statistics|payrolls|trade\s+(?:figures|data|balance|deficit|surplus))\b/;

/** Whether the month at `start`–`end` modifies a happening it dates ("the June talks", "April output"). */
export function datesItsNoun(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, start - 30), start);
  const after = sentence.slice(end, end + 40);
  return (MONTH_AS_MODIFIER_LEAD.test(before) && DATED_NOUN_AFTER.test(after)) || (!NOT_OUTPUT_LEAD.test(before) && OUTPUT_AFTER.test(after));
}

/** A month one or two ahead of the article's is the coming one when the sentence looks ahead. */
const NEAR_FUTURE_MONTHS = 2;

// Words that show a sentence with no past verb looks ahead ("preparation for a summit in June underway",
// "at the June talks, Ukraine wants to rally"), not a caption or a headline retelling ("Wagner mutiny in June").
const LOOKS_AHEAD = /\b(?:is|are|will|would|could|can|may|might|must|should|needs?|means?|underway|upcoming|planned|plans?|preparations?|scheduled|expected|set to|wants?|hopes?|aims?|seeks?|intends?)\b/i;

/** How many months after the article's a month comes (0 for its own; 12 with no article date). */
function monthsAhead(reading: { month: number | null }, articleDate: Day | null): number {
  if (!articleDate || reading.month === null) return 12;
  return ((reading.month - articleDate.month + 12) % 12) || 12;
}

/**
 * Whether a bare month with no tense around it is the coming one: one or two months after the
 * article's, in a sentence with no past verb that {@link LOOKS_AHEAD}.
 */
export function isComingMonth(sentence: string, reading: { month: number | null }, articleDate: Day | null): boolean {
  return monthsAhead(reading, articleDate) <= NEAR_FUTURE_MONTHS && LOOKS_AHEAD.test(sentence) && !hasPastVerb(sentence);
}

// When a report was said: "said Sunday that …", "told reporters on Thursday that …".
export const NEAR_DAY = /^(?:(?:on|last|this) )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tonight|last night)\b/i;
// A year, "last year", an era, or what was usual: "would" then tells a past expectation or a habit.
const ANOTHER_TIME =
  /\b(?:1[89]\d\d|20\d\d)\b|\blast year\b|\b(?:before|since) the (?:war|invasion)\b|\b(?:every|each) (?:year|spring|summer|autumn|fall|winter)\b|\b(?:usually|traditionally|normally|used to)\b|\b(?:era|Cold War|Soviet times|in those days|back then)\b/i;

/**
 * Whether the sentence places a "would" at another time than the article's: it names a year or
 * what was usual, or (`datedBefore`) an earlier date of the sentence, or a year the story has moved
 * to, already set its time ("In February, Moscow claimed its troops would return … in March"); a
 * near day ("said Sunday that it would be over by September") is only when it was said.
 */
export function toldOfAnotherTime(sentence: string, datedBefore: boolean): boolean {
  return datedBefore || ANOTHER_TIME.test(sentence);
}

/** Whether a month (or a season, by its first month) comes within six months after the article's. */
export function comesWithinHalfAYear(reading: DateReading, articleDate: Day | null): boolean {
  if (!articleDate) return true;
  const month = reading.kind === 'season' ? SEASON_START_MONTH[reading.season] : reading.kind === 'calendar' ? reading.month : null;
  if (month === null) return false;
  const ahead = (month - articleDate.month + 12) % 12;
  return ahead <= 6 && (ahead > 0 || reading.kind === 'season');
}
