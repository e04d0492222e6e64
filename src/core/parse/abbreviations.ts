/**
 * Knowledge about abbreviations, used to repair sentence breaks that Intl.Segmenter places after
 * any period followed by a capital letter.
 */

/** Titles and name parts that always precede something else, so they never end a sentence. */
const PREFIX_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mssrs', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl',
  'pvt', 'adm', 'cmdr', 'cdr', 'brig', 'sen', 'sens', 'rep', 'reps', 'gov', 'pres', 'supt', 'amb',
  'rev', 'hon', 'fr', 'st', 'mt', 'ft', 'vs', 'e.g', 'i.e', 'ie', 'eg', 'cf', 'viz', 'approx',
]);

/**
 * Abbreviations that usually continue the sentence but can end one ("talks with the U.S. The
 * Kremlin…"); they end a sentence only when a typical sentence opener follows.
 */
const AMBIGUOUS_ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'no', 'nos', 'v', 'ca', 'op', 'vol', 'art', 'sec', 'dept', 'fig', 'sr',
  'jr', 'inc', 'corp', 'co', 'ltd', 'bros', 'llc', 'plc', 'al', 'etc', 'est', 'dist', 'univ',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans',
  'ky', 'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore',
  'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo',
]);

/**
 * Capitalised words that typically open a sentence. After an ambiguous abbreviation or an initial
 * they signal a real sentence end; any other capitalised word (a name) signals a continuation.
 */
const SENTENCE_OPENERS = new Set([
  'a', 'an', 'the', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their',
  'our', 'my', 'your', 'this', 'that', 'these', 'those', 'there', 'here', 'but', 'and', 'or', 'so',
  'yet', 'in', 'on', 'at', 'after', 'before', 'while', 'when', 'if', 'as', 'since', 'because',
  'although', 'though', 'however', 'meanwhile', 'still', 'also', 'then', 'now', 'for', 'with',
  'without', 'from', 'to', 'by', 'of', 'one', 'some', 'many', 'most', 'all', 'both', 'each',
  'no', 'not', 'what', 'why', 'how', 'who', 'where', 'which', 'last', 'next', 'earlier', 'later',
  'despite', 'during', 'under', 'over', 'instead', 'indeed', 'thus', 'moreover', 'furthermore',
  'officials', 'asked', 'speaking', 'according',
]);

/** Strips the punctuation that can wrap a token ("(U.S." → "U.S.", "“Mr." → "Mr."). */
function bareToken(token: string): string {
  return token.replace(/^[("“‘'[]+/, '');
}

/** The last whitespace-separated token of `s` (which is assumed trimmed on the right). */
export function lastToken(s: string): string {
  const m = /(\S+)$/.exec(s);
  return m ? bareToken(m[1]) : '';
}

/** The first word of `s`, without leading quotes or brackets. */
export function firstWord(s: string): string {
  const m = /^[\s("“‘'[]*([\p{L}\p{N}’'-]+)/u.exec(s);
  return m ? m[1] : '';
}

/** True when `word` is a capitalised word that usually opens a sentence. */
export function isSentenceOpener(word: string): boolean {
  return SENTENCE_OPENERS.has(word.toLowerCase().replace(/[’']s$/, ''));
}

/**
 * How a segment ending in `token` (which ends in a period) relates to what follows:
 * 'always' never ends a sentence, 'ambiguous' ends one only before a sentence opener, 'none'
 * is an ordinary sentence end.
 */
export function abbreviationKind(token: string): 'always' | 'ambiguous' | 'none' {
  if (!token.endsWith('.')) return 'none';
  const core = token.slice(0, -1);
  const lower = core.toLowerCase();
  if (PREFIX_ABBREVIATIONS.has(lower)) return 'always';
  if (AMBIGUOUS_ABBREVIATIONS.has(lower)) return 'ambiguous';
  // Dotted initialisms (U.S., U.N., a.m.) and single-letter initials (David D. McLoney).
  if (/^(\p{L}\.)+\p{L}$/u.test(core)) return 'ambiguous';
  if (/^\p{Lu}$/u.test(core)) return 'ambiguous';
  return 'none';
}
