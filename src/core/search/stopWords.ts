/**
 * English stop words, in the normalised form the tokenizer produces (lower case, no diacritics,
 * apostrophes removed, so "don't" is `dont`). They are left out of the index and out of word
 * queries: they carry almost no ranking signal and their posting lists are huge, which made
 * hover-like queries about 20 times slower in the benchmark. Exact phrases still verify them.
 */
const WORDS = `
a about above after again against all am an and any are as at be because been before being below
between both but by can cannot could did do does doing down during each few for from further had has
have having he her here hers herself him himself his how i if in into is it its itself just me more
most my myself no nor not now of off on once only or other ought our ours ourselves out over own same
she should so some such than that the their theirs them themselves then there these they this those
through to too under until up us very was we were what when where which while who whom why will with
would you your yours yourself yourselves
dont doesnt didnt isnt arent wasnt werent hasnt havent hadnt wont wouldnt cant couldnt shouldnt
mustnt neednt shant aint lets thats theres heres whats whos hows wheres whens whys
`;

/** The stop words as a set, for membership tests while tokenizing. */
export const STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

/**
 * Stop words that are also common acronyms. Written in capitals ("US", "U.S.", "WHO") they are
 * names, not function words, and are kept; only the lower-case pronoun is dropped.
 */
export const ACRONYM_STOP_WORDS: ReadonlySet<string> = new Set(['us', 'who']);

/** True when `term` (already normalised) is a stop word. */
export function isStopWord(term: string): boolean {
  return STOP_WORDS.has(term);
}
