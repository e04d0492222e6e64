/**
 * Date parsing for header values, URLs and wire datelines. A date is accepted only when it is a
 * real calendar date; anything else yields null, because a wrong date is worse than no date.
 */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6,
  june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10,
  october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

/** True when year, month and day name a day that exists (leap years included). */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= days[month - 1];
}

function iso(year: number, month: number, day: number): string | null {
  if (!isValidDate(year, month, day)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Parses a stated date ("2022-04-26", "2022/04/26", "20220426", "2022-04-26T10:00:00Z",
 * "April 26, 2022", "Apr. 26, 2022", "26 April 2022") to `YYYY-MM-DD`, or null.
 */
export function parseDateValue(value: string): string | null {
  const s = value.trim().replace(/^["']|["']$/g, '');
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/.exec(s);
  if (m) return iso(+m[1], +m[2], +m[3]);
  m = /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(s);
  if (m) return iso(+m[1], +m[2], +m[3]);
  m = /^(?:[A-Za-z]+,?\s+)?([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (m && MONTHS[m[1].toLowerCase()]) return iso(+m[3], MONTHS[m[1].toLowerCase()], +m[2]);
  m = /^(?:[A-Za-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})\b/.exec(s);
  if (m && MONTHS[m[2].toLowerCase()]) return iso(+m[3], MONTHS[m[2].toLowerCase()], +m[1]);
  return null;
}

/** A date written in a URL path ("/2022-01-10/", "/2022/01/10/"), or null. */
export function dateFromUrl(url: string): string | null {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  const m = /\/(\d{4})[-/](\d{2})[-/](\d{2})(?=[/\-_.]|$)/.exec(path);
  return m ? iso(+m[1], +m[2], +m[3]) : null;
}

const DATELINE_PLACE = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}`;
const FULL_DATE = String.raw`(?:[A-Za-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\.?,?)\s+\d{4}`;
/**
 * A dateline stating the full filing date: a place (and its country), the date with its year,
 * an optional agency in brackets, then a dash: "KYIV, Ukraine, March 3, 2023 (AP) — ",
 * "Tallinn, 3 March 2023 – ". Without the year and the dash it could be any sentence.
 */
const DATELINE_WITH_DATE = new RegExp(
  String.raw`^\s*${DATELINE_PLACE}(?:,\s*${DATELINE_PLACE})?,\s*(${FULL_DATE})\s*(?:\([^()\n]{1,40}\)\s*)?(?:—|–|--?)\s`,
  'u',
);

/**
 * The filing date of a dateline opening a paragraph, with the dateline's length (so the date is
 * not read again as something that happened), or null when the paragraph opens no such dateline.
 */
export function datelineDate(paragraph: string): { date: string; length: number } | null {
  const m = DATELINE_WITH_DATE.exec(paragraph);
  const date = m ? parseDateValue(m[1]) : null;
  return m && date ? { date, length: m[0].length } : null;
}
