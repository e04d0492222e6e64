/**
 * Bare months that news dates by what they modify or by how near they are: "the June talks", and
 * "in June" written in May about what is still to come.
 */
import type { Day } from './calendar';
import { hasPastVerb } from './tense';

// "At the June talks", "ahead of Moldova’s October presidential elections", "the key June date": a
// month before the happening it dates, after a determiner or a possessive.
const MONTH_AS_MODIFIER_LEAD = /(?:\b(?:the|its|his|her|their)|\p{L}['’]s)(?:\s+(?:key|planned|upcoming|scheduled|expected|crucial|decisive|historic|full-scale|failed))?\s+$/iu;
// Lower case only: "the October Revolution" is a name.
const DATED_NOUN_AFTER = /^\s+(?:(?:presidential|parliamentary|general|local|snap|peace|NATO|EU|G7|G20)\s+)?(?:talks|summit|elections?|vote|referendum|invasion|offensive|counter-?offensive|meeting|visit|deadline|date|attacks?|strikes?|conference|polls?|uprising|coup|massacre|ceasefire|truce|mobili[sz]ation|assault|raids?|protests?)\b/;
/** Whether the month at `start`–`end` modifies a happening it dates ("the June talks"). */
export function datesItsNoun(sentence: string, start: number, end: number): boolean {
  return MONTH_AS_MODIFIER_LEAD.test(sentence.slice(Math.max(0, start - 30), start)) && DATED_NOUN_AFTER.test(sentence.slice(end, end + 40));
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
