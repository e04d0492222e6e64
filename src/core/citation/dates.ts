/** Reading and writing the partial dates stored in document metadata. */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * The year, month and day of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date, as many parts as are known;
 * null when the date is missing or not one of these forms (an impossible month or day included).
 */
export function dateParts(date: string | null | undefined): number[] | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date?.trim() ?? '');
  if (!match) return null;
  const parts = [Number(match[1])];
  if (match[2] !== undefined) {
    const month = Number(match[2]);
    if (month < 1 || month > 12) return null;
    parts.push(month);
  }
  if (match[3] !== undefined) {
    const day = Number(match[3]);
    // Day 0 of the next month is the last day of this one, so this also knows leap years.
    const daysInMonth = new Date(Date.UTC(parts[0], parts[1], 0)).getUTCDate();
    if (day < 1 || day > daysInMonth) return null;
    parts.push(day);
  }
  return parts;
}

/**
 * A date written for readers at the precision it is known: `26 April 2022`, `April 2022`, `2022`,
 * or `n.d.` (no date) when it is unknown. Day-month-year order avoids the US/UK ambiguity of numbers.
 */
export function formatDate(date: string | null | undefined): string {
  const parts = dateParts(date);
  if (!parts) return 'n.d.';
  const [year, month, day] = parts;
  if (month === undefined) return String(year);
  if (day === undefined) return `${MONTHS[month - 1]} ${year}`;
  return `${day} ${MONTHS[month - 1]} ${year}`;
}
