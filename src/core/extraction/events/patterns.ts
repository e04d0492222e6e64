/**
 * Date expressions chrono-node does not read the way news prose means them: bare years,
 * seasons, weekends, "two years later" and "three weeks ago". Each recogniser returns
 * what was said, not a date; {@link ../dates} resolves it once the article date is known.
 */
import type { Season } from './calendar';
import { isMaturityYear } from './instruments';

/** What a date expression states, before resolution. */
export type DateReading =
  | { kind: 'calendar'; year: number | null; month: number | null; day: number | null }
  | { kind: 'weekday'; weekday: number; modifier: 'last' | 'next' | 'this' | null }
  /** `pastAmount`: the count when the clause tells the past ("assets doubled to 347 mln at year-end" is last year's). */
  | { kind: 'offset'; unit: 'day' | 'week' | 'month' | 'year'; amount: number; pastAmount?: number }
  | { kind: 'season'; season: Season; modifier: 'last' | 'this' | 'next' | null; year: number | null; yearOffset?: number }
  | { kind: 'weekend'; modifier: 'last' | 'past' | 'this' | 'next' }
  /** "last week", "this week", "next week": a Monday-to-Sunday week counted from the article's. */
  | { kind: 'week'; offset: number }
  | { kind: 'later'; unit: 'year'; amount: number }
  /** A month (and day) in a year named relative to the article: "in February this year". */
  | { kind: 'monthOfYear'; month: number; day: number | null; yearOffset: number }
  /** "the last week of April": a week counted into a month (1–4, or -1 for the last). */
  | { kind: 'weekOfMonth'; month: number; ordinal: number; year: number | null };

/** A date expression found in a sentence; offsets are relative to the sentence text. */
export interface RawDate {
  start: number;
  end: number;
  text: string;
  reading: DateReading;
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, several: NaN, few: NaN,
};

function amountOf(word: string): number {
  const lower = word.toLowerCase();
  return /^\d+$/.test(lower) ? Number(lower) : (NUMBER_WORDS[lower] ?? NaN);
}

const MONTH_ALT = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** 1 for "January" (or "Jan"), 12 for "December". */
const monthNumber = (name: string): number => MONTH_NAMES.indexOf(name.slice(0, 3).toLowerCase()) + 1;
const SEASON_NAMES: Record<string, Season> = { spring: 'spring', summer: 'summer', fall: 'fall', autumn: 'fall', winter: 'winter' };

const AMOUNT = String.raw`(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})`;

/**
 * A year is only a happening's date when the grammar dates something with it: "in 2014",
 * "back in 2008", "until 2021", "as early as 2002", "between 1932 and 1933", "Russia's 2014 invasion". "since 2014", "before 2014" and
 * "pre-2014" describe states and borders, and "the 1997 NATO Founding Act" is a name.
 */
// Forecasts and results add "in both 1987 and 1988", "by end-1987", "first-half 1987 quotas",
// "in fiscal year 1986".
const YEAR_LEAD = /(?:\b(?:in|until|till|by|during|early|late|mid|around|of|between)\s*-?|\b(?:in|for)\s+both\s+|\b(?:year-)?end-|\byear[\s-]end\s+|\b(?:first|second)[\s-]half\s+|\b(?:first|second|third|fourth)\s+quarter\s+|\bperiod\s+|\bfiscal\s+(?:year\s+)?|\bcalendar\s+(?:year\s+)?|\bmiddle\s+|\busing\s+|\b(?:early|late)\s+as\s+|['’]s\s+)$/i;
/**
 * "for 2022" dates a period ("revenues for 2022") only when the year ends the phrase;
 * "for 1800 troops" is a number.
 */
const FOR_LEAD = /\bfor\s+$/i;
const COMPARED_LEAD = /\bcompared\s+(?:with|to)\s+$/i;
/** "will pay 111 mln dlrs over 1987, 1988 and 1989": "over" dates years listed after it. */
const OVER_LEAD = /\bover\s+$/i;
const YEAR_LIST_AFTER = /^\s*(?:,|and|to|through|[-–])\s*(?:1[6-9]\d\d|20\d\d)\b/;
const COUNTED_UNIT = /^\s+(?:tonnes|tons|barrels|bushels|units|shares|dlrs|dollars|people|troops|cars|vehicles)\b/;
/** "a convention from 1997", "from 2014 to 2016": "from" dates what follows when the phrase or a range ends there. */
const FROM_LEAD = /\bfrom\s+$/i;
// "fall from 1986 pre-tax levels": the year's figures.
const FROM_LEVELS_AFTER = /^\s+(?:[a-z-]+\s+)?(?:levels?|figures?|prices)\b/;
// A treaty's, a war's or a state's name before the bracket, not a person's or a firm's ("Smith (1984)").
const NAME_THEN_BRACKET = /\b(?:Treaty|Pact|Accords?|Agreement|Act|Convention|Protocol|Charter|Declaration|Memorandum|War|Conference|Summit|Congress|Revolution|Uprising|Republic|Union|Alliance)(?:\s+(?:of|on)\s+(?:\p{Lu}[\p{L}’'-]*\s*){1,3})?\s*\(\s*$/u;
const RANGE_END = /^\s+(?:to|until|through)\s+(?:1[6-9]\d\d|20\d\d)\b/;
// A lower-case noun after a number makes it a count ("from 1980 to 2012 points").
const COUNTED_NOUN = /^\s+(?!(?:in|on|at|when|and|as|under|before|after|during|but|while)\b)\p{Ll}/u;
/** "from 2008 to 2012": the year closing a range from a year is dated as its opening one is. */
const RANGE_START = /\bfrom\s+(?:1[6-9]\d\d|20\d\d)\s+(?:to|through)\s+$/i;
const PHRASE_END = /^\s*(?:[.,;:)!?]|$|and\b|or\b)/;
// After "for" the clause may go on ("the outlook for 1987 as more favourable", "revenues for 1986 were").
const FOR_PHRASE_END = /^\s*(?:as|was|were|is|are|will)\b/;
// "the 1990's" is a decade; "1987's highest yield" the year.
const YEAR = /(?<![\w$€£.,/])(1[6-9]\d\d|20\d\d)(?:\s?[-–]\s?(\d{4}|\d{2}))?(?!\w|,\d|%|(?<=0)['’]s\b|[-–]\d)/g;
const POSSESSIVE_YEAR = /^['’]s\s+\p{Ll}/u;
const MONTH_BEFORE_YEAR = new RegExp(String.raw`\b(?:${MONTH_ALT}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?,?\s*$`);
// "1987 crop wheat", "all 1987 crops": a crop named by the year it grows in.
const CROP_AFTER = /^\s+crops?\b/;
// "the 1986/87 cocoa year", "fiscal 1987/88": a season or a budget of two years running, dated by its first.
const SPLIT_YEAR_AFTER = /^\/(\d{2}|\d{4})(?![\d/])/;
// "brought forward to 1988", "postponed to 1989": a happening moved to a year.
const MOVED_TO_LEAD = /\b(?:brought|moved|pushed|put|postponed|delayed|deferred|advanced|extended)\s+(?:forward\s+|back\s+)?to\s+$/i;
// "will not go into effect before 1990": a deadline, where "before 2014" alone describes a state.
const DEADLINE_BEFORE = /\b(?:not|will|would|won['’]t|planned|expected|due|scheduled)\b[^.;]{0,60}\bbefore\s+$/i;

/**
 * A year as a modifier dates its noun: "the 2003 invasion", "a 2016 candidates’ debate", "Russia’s
 * full-scale 2022 invasion". A determiner (or a possessive and one of a few adjectives), a
 * 20th/21st-century year and a lower-case noun, so "the 1997 NATO Founding Act" (a name) stays
 * out; a plain plural or a unit reads as a count ("the 2000 soldiers").
 */
// "the 1986 and 1987 deficits": the second year of a pair modifies the noun as the first does.
const MODIFIER_LEAD = /(?:\b(?:the|a|an|its|his|her|their)|['’]s\s+(?:full-scale|large-scale|failed|illegal|unprovoked|just-released|newly-released|audited|unaudited))\s+(?:(?:1[6-9]|20)\d\d\s+and\s+)?$/i;
// Two years joined before a noun are years even before a plural, which alone would read as a count.
const FIRST_OF_PAIR = /^\s+and\s+(?:1[6-9]|20)\d\d\s+[a-z]/;
// ("its 1986 sales", "the 1987 earnings": a year's accounts are plural, and no count.)
const MODIFIED_NOUN = /^\s+(?!(?!(?:sales|earnings|profits|revenues|results|accounts|figures|exports|imports|losses|shipments|deliveries|talks|elections|levels|prices)\b)[a-z]*[^siu\W]s\b(?!['’])|(?:km|kilomet|kilogram|kg|mile|metre|meter|ton|tonne|feet|foot|acre|hectare|barrel|dollar|euro|pound|rouble|ruble|hryvnia|yuan|percent|per\b|of\b|and\b|or\b|to\b))[a-z]/;

/** "the 2024 U.S. elections", "the 2023 NATO summit": a name between the year and a dated happening. */
// "the 1973 Yom Kippur War": the happening's word may be capitalised as part of its name; "the 2018
// Salisbury poisonings": a place's name before it.
const NAMED_HAPPENING = /^\s+(?:[A-Z][\w.]*\s+){1,2}(?:[Ee]lections?|[Ss]ummit|campaign|vote|race|Olympics|Games|World Cup|collapse|invasion|annexation|[Rr]evolution|referendum|coup|[Ww]ar|[Cc]risis|[Uu]prising|protests|[Mm]assacre|[Ff]amine|[Ss]iege|[Oo]ffensive|[Oo]ccupation|poisonings?|attacks?|bombings?|shootings?|assassination|hack|crash|disaster|explosions?|earthquake|talks|visit|loan|deal|sale|purchase|contract|merger|takeover)\b/;

// "the 2000 Russian attacks" counts them; "the 2001 September attacks" is left to the month's reading.
const NOT_A_NAME_BEFORE = new RegExp(String.raw`^\s+(?:(?:Russian|Ukrainian|Israeli|American|Syrian|Iranian|Chinese|Soviet|Western|Turkish|Palestinian)\s+\p{Ll}+s\b|(?:${MONTH_ALT})\b)`, 'u');

function isModifierYear(text: string, start: number, end: number, year: number): boolean {
  if (year < 1900 || end - start !== 4 || !MODIFIER_LEAD.test(text.slice(Math.max(0, start - 20), start))) return false;
  const after = text.slice(end, end + 40);
  const second = /(?:1[6-9]|20)\d\d\s+and\s+$/.test(text.slice(Math.max(0, start - 10), start)) && /^\s+[a-z]/.test(after);
  if (second || FIRST_OF_PAIR.test(after)) return true;
  return MODIFIED_NOUN.test(after) || (NAMED_HAPPENING.test(after) && !NOT_A_NAME_BEFORE.test(after));
}

const BETWEEN = /\bbetween\s*$/i;
const CLOCK_AFTER = /^\s*(?:GMT|UTC|CET|hours|hrs|local)\b/i;
// "and 1944", "and early 2020", "and March 2020".
// "between 1979, when it started, and 1986": a clause may stand between the two.
const PAIR_AFTER = new RegExp(String.raw`^(?:,[^,.;]{1,40},)?\s+and\s+(?:(?:early|mid|late)[\s-]+|(?:${MONTH_ALT})\s+)?(1[6-9]\d\d|20\d\d)(?!\w|,\d|%)`);
// A counted noun after the pair ("between 1800 and 2000 tanks"), not a word going on with the
// sentence ("between 1941 and 1944 the city was occupied", "rose between 2021 and 2023 by 40%").
const COUNT_AFTER_PAIR = /^\s+(?!(?:the|a|an|this|that|it|its|they|he|she|we|there|by|from|to|for|with|alone|respectively|in|on|at|and|or|as|when|before|after|during|but|while|was|were|is|are|had|has)\b)\p{Ll}/u;
const SPAN_NOUN_BEFORE = /\b(?:difference|gap|distance|ratio)\s+between\s*$/i;

/** "between 1932 and 1933": a later year within a century follows, and no counted noun after it. */
function yearPairAfter(text: string, start: number, rest: string, year: number): boolean {
  const pair = PAIR_AFTER.exec(rest);
  if (!pair) return /^\s+and\s+(?:his|her|their|its|the)\b/i.test(rest);
  const other = Number(pair[1]);
  return other > year && other - year <= 100 && !COUNT_AFTER_PAIR.test(rest.slice(pair[0].length)) && !SPAN_NOUN_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}
const SENTENCE_OPEN = /(?:^|[.!?]["”]?\s+|\n|(?<!\d),\s+)$/;
// "2000 was the number of drones launched": a count.
const A_COUNT_AFTER = /^\s+(?:was|is)\s+the\s+(?:number|figure|total|toll|count|sum)\b/;
const YEAR_AS_SUBJECT = /^\s+(?:could|will|may|might|would|saw|sees|was|is|marked|marks|brought|brings)\b/;
// "in 2014 and 2015", "in 2014, 2015 and 2019": years listed after one that is dated.
const LISTED_AFTER = /^\s*(?:,[^,.;]{1,40},\s*)?(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$/;

/** The "/87" of "1986/87" when it names the next year, else null. */
function splitYearAfter(rest: string, year: number): string | null {
  const m = SPLIT_YEAR_AFTER.exec(rest);
  const next = m ? Number(m[1]) : NaN;
  return m && (next === year + 1 || next === (year + 1) % 100) ? m[0] : null;
}

function findYears(text: string): RawDate[] {
  const out: RawDate[] = [];
  for (const m of text.matchAll(YEAR)) {
    const start = m.index;
    const lead = text.slice(Math.max(0, start - 16), start);
    const rest = text.slice(start + m[0].length);
    // "compared with 1978 and 1979", "compared with 1985 earnings", not "compared with 1750 tonnes".
    const compared = COMPARED_LEAD.test(lead) && Number(m[1]) >= 1900 && !COUNTED_UNIT.test(rest);
    const periodFor = compared || (FOR_LEAD.test(lead) && (PHRASE_END.test(rest) || FOR_PHRASE_END.test(rest))) || (FROM_LEAD.test(lead) && (PHRASE_END.test(rest) || RANGE_END.test(rest) || FROM_LEVELS_AFTER.test(rest))) || (OVER_LEAD.test(lead) && YEAR_LIST_AFTER.test(rest));
    // "Treaty of Portsmouth (1905)": a year in brackets after a name dates the thing named (a span
    // of years there is a term or a lifetime: "ex-President of Poland (1995-2005)").
    const bracketed = !m[2] && NAME_THEN_BRACKET.test(text.slice(Math.max(0, start - 40), start)) && /^\s*\)/.test(rest);
    // "climbed from 1980 to 2012 points": numbers, not years, when a noun follows.
    const rangeEnd = RANGE_START.test(text.slice(Math.max(0, start - 25), start)) && !COUNTED_NOUN.test(rest);
    const listed = out.length > 0 && LISTED_AFTER.test(text.slice(out[out.length - 1].end, start)) && !COUNTED_NOUN.test(rest);
    // "between 2000 and 3000 people", "between 1800 and 1900 tanks", "as late as 1800 GMT": counts and hours.
    if (BETWEEN.test(lead) && !m[2] && !yearPairAfter(text, start, rest, Number(m[1]))) continue;
    if (CLOCK_AFTER.test(rest) || isMaturityYear(text, start, start + m[0].length)) continue;
    // "2024 could see the fall of other cities": a year opening the sentence as its subject.
    const subject = !m[2] && Number(m[1]) >= 1900 && SENTENCE_OPEN.test(text.slice(0, start)) && YEAR_AS_SUBJECT.test(rest) && !A_COUNT_AFTER.test(rest);
    const year = Number(m[1]);
    // ("March, 1986's total" is the month's, which chrono reads.)
    const named = year >= 1900 && ((POSSESSIVE_YEAR.test(rest) && !MONTH_BEFORE_YEAR.test(lead)) || CROP_AFTER.test(rest));
    const moved = (MOVED_TO_LEAD.test(text.slice(Math.max(0, start - 30), start)) && PHRASE_END.test(rest)) || (DEADLINE_BEFORE.test(text.slice(Math.max(0, start - 80), start)) && !COUNTED_NOUN.test(rest));
    const split = year >= 1900 ? splitYearAfter(rest, year) : null;
    if (split) {
      out.push({ start, end: start + m[0].length + split.length, text: m[0] + split, reading: { kind: 'calendar', year, month: null, day: null } });
      continue;
    }
    if (!listed && !subject && !named && !moved && !YEAR_LEAD.test(lead) && !periodFor && !bracketed && !rangeEnd && !isModifierYear(text, start, start + m[0].length, Number(m[1]))) continue;
    // A range ("2014-2015") is dated by its first year; the range stays visible in dateText.
    out.push({ start, end: start + m[0].length, text: m[0], reading: { kind: 'calendar', year: Number(m[1]), month: null, day: null } });
  }
  return out;
}

// "in the summer" (no year after it) is the nearest such season, towards the past unless told in the future;
// "by the end of the summer" is that season too.
const SEASON = /\b(?:(last|this|next|past)\s+(spring|summer|fall|autumn|winter)|(spring|summer|fall|autumn|winter)\s+(?:of\s+)?(1[6-9]\d\d|20\d\d)|(in|during|over|before|by|until|after|through|for|(?:at|towards?|around)(?=\s+the\s+(?:end|beginning|start|middle)\b))\s+the\s+(?:(?:end|beginning|start|middle)\s+of\s+the\s+)?(spring|summer|fall|autumn|winter)(?!\s+(?:of|and|or)\b|\s+\d|-|\s+(?:wheat|crops?|harvest|sowing|olympics|games|months|clothes|coats|gear|uniforms|tyres|tires|supplies|holidays?|break|session|offensive|palace|residence|festival|house|camp|school|term|transfer)\b))\b/gi;

function findSeasons(text: string): RawDate[] {
  const out: RawDate[] = [];
  for (const m of text.matchAll(SEASON)) {
    const season = SEASON_NAMES[(m[2] ?? m[3] ?? m[6]).toLowerCase()];
    const raw = m[1]?.toLowerCase();
    // "shut it down for the winter": the season ahead.
    const modifier = raw === 'past' ? 'last' : m[5]?.toLowerCase() === 'for' ? 'next' : ((raw as 'last' | 'this' | 'next' | undefined) ?? null);
    const year = m[4] ? Number(m[4]) : null;
    // "in the summer": only "summer" is the date; the preposition is grammar.
    const start = m[6] ? m.index + m[0].length - m[6].length : m.index;
    out.push({ start, end: m.index + m[0].length, text: text.slice(start, m.index + m[0].length), reading: { kind: 'season', season, modifier, year } });
  }
  for (const m of text.matchAll(SEASON_OF_YEAR)) {
    const yearOffset = { last: -1, this: 0, next: 1 }[m[2].toLowerCase() as 'last' | 'this' | 'next'];
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], reading: { kind: 'season', season: SEASON_NAMES[m[1].toLowerCase()], modifier: null, year: null, yearOffset } });
  }
  return out;
}

// "in late summer last year", "the spring of next year": the season of a year counted from the article's.
// Not "fall": "expected to fall next year" is a drop.
const SEASON_OF_YEAR = /\b(spring|summer|autumn|winter)\s+(?:of\s+)?(last|this|next)\s+year\b/gi;

// "by the weekend" is the coming one; "at the weekend" the nearest, which the tense turns back.
const WEEKEND = /\b(last|this|next|past|over the|by the|at the)\s+weekend\b/gi;
const PREPOSITION_LEAD = /^(?:over|by|at) the$/;

function findWeekends(text: string): RawDate[] {
  return [...text.matchAll(WEEKEND)].map((m) => {
    const lead = m[1].toLowerCase().replace(/\s+/g, ' ');
    const modifier = lead === 'over the' ? 'past' : PREPOSITION_LEAD.test(lead) ? 'this' : (lead as 'last' | 'past' | 'this' | 'next');
    // "over the weekend": only "weekend" is the date; the preposition is grammar.
    const start = PREPOSITION_LEAD.test(lead) ? m.index + m[0].length - 'weekend'.length : m.index;
    return { start, end: m.index + m[0].length, text: text.slice(start, m.index + m[0].length), reading: { kind: 'weekend', modifier } };
  });
}

/**
 * "the last week" and "the next week" are spans of seven days up to or from now, not weeks; a
 * capital "Week" is a title (ABC's "This Week").
 */
const WEEK = /(?<!\b(?:the|a)\s+)\b([Ll]ast|[Tt]his|[Nn]ext)\s+week\b(?![-–]\w)/g;

/** "Earlier in the week", "later this week": the article's own week. */
const THIS_WEEK_ASIDE = /\b(?:[Ee]arlier|[Ll]ater)\s+(?:in\s+)?(?:this|the)\s+week\b(?![-–]\w)/g;

/** "the last week of April", "the first week of March 1988". */
const WEEK_OF_MONTH = new RegExp(String.raw`\b(?<=\b[Tt]he\s+)([Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ll]ast|[Ff]inal)\s+week\s+of\s+(${MONTH_ALT})(?:,?\s+(1[6-9]\d\d|20\d\d)(?!\w|,\d))?`, 'g');
const WEEK_ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: -1, final: -1 };

function findWeeks(text: string): RawDate[] {
  const weeks: RawDate[] = [...text.matchAll(WEEK)].map((m) => {
    const offset = { last: -1, this: 0, next: 1 }[m[1].toLowerCase() as 'last' | 'this' | 'next'];
    return { start: m.index, end: m.index + m[0].length, text: m[0], reading: { kind: 'week' as const, offset } };
  });
  for (const m of text.matchAll(WEEK_OF_MONTH)) {
    const month = monthNumber(m[2]);
    const reading = { kind: 'weekOfMonth' as const, month, ordinal: WEEK_ORDINALS[m[1].toLowerCase()], year: m[3] ? Number(m[3]) : null };
    weeks.push({ start: m.index, end: m.index + m[0].length, text: m[0], reading });
  }
  for (const m of text.matchAll(THIS_WEEK_ASIDE)) {
    if (weeks.some((w) => w.start < m.index + m[0].length && m.index < w.end)) continue;
    weeks.push({ start: m.index, end: m.index + m[0].length, text: m[0], reading: { kind: 'week' as const, offset: 0 } });
  }
  return weeks;
}

/** "February this year", "on March 3 last year", "in May of next year". */
const MONTH_OF_YEAR = new RegExp(String.raw`\b(${MONTH_ALT})(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?,?\s+(?:of\s+)?(last|this|next)\s+year\b`, 'g');

/** "May of 2023": a month and its year joined by "of", which chrono leaves to the year. */
const MONTH_OF_STATED_YEAR = new RegExp(String.raw`\b(${MONTH_ALT})\s+of\s+(1[6-9]\d\d|20\d\d)\b`, 'g');

/** "on March nine", "to June one, 1987": wire style spells out days below ten. */
const MONTH_DAY_WORD = new RegExp(String.raw`\b(${MONTH_ALT})\s+(one|two|three|four|five|six|seven|eight|nine)\b(?:,?\s+(1[6-9]\d\d|20\d\d)\b)?(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|to|through|until|when|that|as|in|at|after|before|but|he|she|it|they)\b)`, 'g');
const RANGE_YEAR_AFTER = new RegExp(String.raw`^\s+(?:through|to|until|-)\s+(?:${MONTH_ALT})\s+\d{1,2},?\s+(1[6-9]\d\d|20\d\d)\b`);
const DAY_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

function findMonthDayWords(text: string): RawDate[] {
  return [...text.matchAll(MONTH_DAY_WORD)].map((m) => {
    const month = monthNumber(m[1]);
    // "the January one through March 2, 1986, period": the range's year is the first day's too.
    const year = m[3] ?? RANGE_YEAR_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40))?.[1];
    return { start: m.index, end: m.index + m[0].length, text: m[0], reading: { kind: 'calendar' as const, year: year ? Number(year) : null, month, day: DAY_WORDS.indexOf(m[2]) + 1 } };
  });
}

/** "January-June 1985", "August-September 1986": a span of months dated by its first, in the year stated. */
const MONTH_RANGE_OF_YEAR = new RegExp(String.raw`\b(${MONTH_ALT})\s*[-–]\s*(?:${MONTH_ALT}),?\s+(1[6-9]\d\d|20\d\d)\b`, 'g');

function findMonthRangesOfYear(text: string): RawDate[] {
  return [...text.matchAll(MONTH_RANGE_OF_YEAR)].map((m) => {
    const month = monthNumber(m[1]);
    return { start: m.index, end: m.index + m[0].length, text: m[0], reading: { kind: 'calendar' as const, year: Number(m[2]), month, day: null } };
  });
}

function findMonthsOfStatedYear(text: string): RawDate[] {
  return [...text.matchAll(MONTH_OF_STATED_YEAR)].map((m) => {
    const month = monthNumber(m[1]);
    return { start: m.index, end: m.index + m[0].length, text: m[0], reading: { kind: 'calendar' as const, year: Number(m[2]), month, day: null } };
  });
}

function findMonthsOfYear(text: string): RawDate[] {
  return [...text.matchAll(MONTH_OF_YEAR)].map((m) => {
    const month = monthNumber(m[1]);
    const yearOffset = { last: -1, this: 0, next: 1 }[m[3].toLowerCase() as 'last' | 'this' | 'next'];
    const day = m[2] ? Number(m[2]) : null;
    return { start: m.index, end: m.index + m[0].length, text: m[0], reading: { kind: 'monthOfYear' as const, month, day, yearOffset } };
  });
}

// "795 days ago": counts back from the article date can be long. "Two decades ago" is a year's.
const AGO = new RegExp(String.raw`(?<!\bhalf\s)\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,4})\s+(day|week|month|year|decade)s?\s+ago\b`, 'gi');
/** "half a year ago", "a year and a half ago": counted in months, so dated to the month. */
const HALF_YEAR_AGO = /\b(?:(half)\s+a\s+year|(a|one|two|three)\s+(?:and\s+a\s+half\s+years?|years?\s+and\s+a\s+half))\s+ago\b/gi;
/** "over the next year" and "in the past year" are spans up to or from now, not the calendar year. */
const LAST_UNIT = /(?<!\b(?:the|over|within)\s+)\b(last|this|next)\s+(month|year)\b/gi;
/** "by the end of the year": the article's year (the month would be "the end of February"). */
const END_OF_YEAR = /\b(by|at|before|until|towards?|around)\s+the\s+end\s+of\s+(the|this|next|last)\s+year\b/gi;
/** "by year-end", "at year end": the article's year, or the year just ended when told in the past, as "the end of the year" is. */
const YEAR_END = /\b(by|at|before|until|towards?|around)\s+((?:the\s+)?(?:year[- ]end|end[- ]year))\b(?![- ]\d)/gi;
/** "in the current year": the article's own year (or month). */
const CURRENT_UNIT = /\b(?:in|during|for|over|of)\s+the\s+(current)\s+(year|month)\b/gi;
// "founded more than 80 years ago" bounds a year, and dates none ("over two weeks ago" is near enough).
const BOUND_BEFORE = /\b(?:more|less|fewer)\s+than\s+$|\bat\s+least\s+$|\bover\s+$/i;
const LATER = new RegExp(String.raw`\b${AMOUNT}\s+years?\s+(later|earlier)\b`, 'gi');

/**
 * Whether a figure stands at the year's end ("doubled to 347 mln dlrs at year-end", "reserves at
 * year-end of 11 billion"): a balance, which the past tense puts at the year just ended.
 */
function figureAround(text: string, start: number, end: number): boolean {
  return /\d[^.;]{0,50}$/.test(text.slice(Math.max(0, start - 50), start)) || /^\s+of\s+(?:about|some|nearly|around|roughly|almost|over|more\s+than)?\s*[\d.,]+/.test(text.slice(end, end + 32));
}

function findOffsets(text: string): RawDate[] {
  const out: RawDate[] = [];
  for (const m of text.matchAll(CURRENT_UNIT)) {
    const start = m.index + m[0].indexOf('the current');
    out.push({ start, end: m.index + m[0].length, text: text.slice(start, m.index + m[0].length), reading: { kind: 'offset', unit: m[2].toLowerCase() as 'month' | 'year', amount: 0 } });
  }
  for (const m of text.matchAll(AGO)) {
    if (/^(?:year|decade)/i.test(m[2]) && BOUND_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const amount = amountOf(m[1]);
    if (!Number.isFinite(amount)) continue;
    const decades = m[2].toLowerCase() === 'decade';
    const unit = decades ? 'year' : (m[2].toLowerCase() as 'day' | 'week' | 'month' | 'year');
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], reading: { kind: 'offset', unit, amount: decades ? -10 * amount : -amount } });
  }
  for (const m of text.matchAll(HALF_YEAR_AGO)) {
    const months = m[1] ? 6 : amountOf(m[2]) * 12 + 6;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], reading: { kind: 'offset', unit: 'month', amount: -months } });
  }
  for (const m of text.matchAll(LAST_UNIT)) {
    const amount = { last: -1, this: 0, next: 1 }[m[1].toLowerCase() as 'last' | 'this' | 'next'];
    const unit = m[2].toLowerCase() as 'month' | 'year';
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], reading: { kind: 'offset', unit, amount } });
  }
  for (const m of text.matchAll(END_OF_YEAR)) {
    const which = m[2].toLowerCase() as 'the' | 'this' | 'next' | 'last';
    const amount = { the: 0, this: 0, next: 1, last: -1 }[which];
    const start = m.index + m[0].indexOf('the end');
    // Only a state at the year's end, told in the past, is last year's: "stood at 108 million at the
    // end of the year"; "called for talks to start before the end of the year" looks ahead.
    const pastAmount = which === 'the' && m[1].toLowerCase() === 'at' && figureAround(text, m.index, m.index + m[0].length) ? { pastAmount: -1 } : {};
    out.push({ start, end: m.index + m[0].length, text: text.slice(start, m.index + m[0].length), reading: { kind: 'offset', unit: 'year', amount, ...pastAmount } });
  }
  for (const m of text.matchAll(YEAR_END)) {
    const start = m.index + m[0].length - m[2].length;
    out.push({ start, end: m.index + m[0].length, text: m[2], reading: { kind: 'offset', unit: 'year', amount: 0, ...(m[1].toLowerCase() === 'at' && figureAround(text, m.index, m.index + m[0].length) ? { pastAmount: -1 } : {}) } });
  }
  for (const m of text.matchAll(LATER)) {
    const amount = amountOf(m[1]) * (m[2].toLowerCase() === 'later' ? 1 : -1);
    if (!Number.isFinite(amount)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], reading: { kind: 'later', unit: 'year', amount } });
  }
  return out;
}

/** Every expression the extra rules recognise in a sentence, in text order. */
export function findPatternDates(text: string): RawDate[] {
  // Cheap gates first: most sentences hold none of these words, and one literal scan costs far
  // less than the full recognisers (this halved their share of the extraction time).
  const found: RawDate[] = [];
  if (/spring|summer|fall|autumn|winter/i.test(text)) found.push(...findSeasons(text));
  if (/weekend/i.test(text)) found.push(...findWeekends(text));
  if (/week\b/i.test(text)) found.push(...findWeeks(text));
  if (/ago\b|later|earlier|month|year/i.test(text)) found.push(...findOffsets(text));
  if (/(?:last|this|next)\s+year/i.test(text)) found.push(...findMonthsOfYear(text));
  if (/\d{4}/.test(text)) found.push(...findMonthRangesOfYear(text), ...findMonthsOfStatedYear(text), ...findYears(text));
  if (/(?:ary|rch|ril|May|une|uly|ust|ber) (?:one|two|three|four|five|six|seven|eight|nine)\b/.test(text)) found.push(...findMonthDayWords(text));
  return found.sort((a, b) => a.start - b.start);
}

/** Years stated outright in a sentence, for anchoring "two years later" in the next one. */
export function explicitYears(text: string): number[] {
  return [...text.matchAll(/(?<![\w.,/])(1[6-9]\d\d|20\d\d)(?!\w|,\d|%)/g)].map((m) => Number(m[1]));
}
