/**
 * Quotation marks around something other than words spoken: the name of a paper, a show or a
 * warning ("the newspaper “Do Rzeczy”"), a list of quoted titles ("tours include “Kyiv In One
 * Day,” “Lviv by Night” and …").
 */
import { GAZETTEER_BY_VARIANT } from '../actors/gazetteer';
import type { MarkedQuote } from './marks';
import { wordCount } from './text';

/**
 * A name in quotation marks rather than words spoken: a title-case run with no closing
 * punctuation right after a possessive, a preposition or a word like "newspaper" (NBC's "Meet the
 * Press", the newspaper "Do Rzeczy", told "Rzeczpospolita") or before one (the "Nowy Dzien" daily).
 */
export function isQuotedName(text: string, q: MarkedQuote): boolean {
  if (q.open < 0 || q.close < 0) return false;
  const words = text.slice(q.start, q.end);
  const tokens = words.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  // "the video “I will call the Guard!”", "a conference “20 years of Poland in the EU”": after a
  // word for a work or an event, the marks hold its title whatever its case or punctuation.
  // Not when someone speaks there: "said in a video “we will …”", "told the conference “We …”".
  const lead = text.slice(Math.max(0, q.open - 60), q.open);
  // A comma closing the marks is a sentence's, before its cue ("the campaign “Are not going anywhere,” its founder said").
  if (tokens.length > 0 && tokens.length <= 12 && /^[\p{Lu}\p{N}]/u.test(tokens[0] ?? '') && !/,$/.test(words) && WORK_BEFORE.test(lead) && !SPOKEN_BEFORE_WORK.test(lead)) return true;
  // A comma inside the marks is American punctuation of the sentence (ABC's "This Week," saying).
  if (/[.!?;:…]$/.test(words)) return false;
  if (tokens.length === 0 || tokens.length > 10 || !/^[\p{Lu}\p{N}]/u.test(tokens[0] ?? '')) return false;
  if (!tokens.every((t) => /^[\p{Lu}\p{N}]/u.test(t) || TITLE_SMALL_WORDS.has(t.toLowerCase()))) return false;
  // A body or an outlet the gazetteer knows, wherever it stands (says "Kyiv Independent" on Friday).
  // "“The Washington Post” reports": the article may lead a name the gazetteer lists without it.
  if (GAZETTEER_BY_VARIANT.get(words.toLowerCase())?.kind === 'organization' || GAZETTEER_BY_VARIANT.get(words.toLowerCase().replace(/^the\s+/, ''))?.kind === 'organization') return true;
  return BEFORE_NAME.test(text.slice(Math.max(0, q.open - 30), q.open)) || AFTER_NAME.test(text.slice(q.close + 1, q.close + 20));
}

const TITLE_SMALL_WORDS = new Set(['the', 'of', 'and', 'a', 'an', 'in', 'on', 'for', 'to', 'at', 'with', 'de', 'der', 'die', 'das', 'la', 'le', 'du', 'del', 'della', 'di', 'da', 'von', 'van', 'el', 'al']);
// The kind of name said after it: the “Nowy Dzien” daily, the “Evening Desk” programme.
const AFTER_NAME = /^\s+(?:daily|newspaper|weekly|magazine|portal|outlet|broadcaster|channel|station|agency|website|programme|program|show|initiative|movement|campaign|foundation|project|association|festival|exhibition)\b/i;
const BEFORE_NAME =
  /(?:['’]s|\b(?:told|on|in|by|for|from|of|at|to|with|his|her|their|its|author|newspaper|daily|weekly|magazine|portal|outlet|broadcaster|channel|station|agency|program|programme|show|series|book|film|song|titled|entitled|dubbed|named|called|conference|exhibition|festival|campaign|project|report))\s*$/i;
// A speech verb before the work's noun: the marks then hold what was said there.
const SPOKEN_BEFORE_WORK = /\b(?:said|says|say|told|tells|wrote|writes|added|stated|declared|announced|warned|stressed|noted|insisted)\b[^.!?“”"]*$/i;
// Words for a work or an event whose title follows in quotation marks.
const WORK_BEFORE = /\b(?:the|a|an|his|her|their|its)\s+(?:(?:research|news|TV|television|radio)\s+)?(?:video|film|documentary|book|novel|song|podcast|conference|exhibition|festival|project|campaign|initiative|programme|program|series|show|play|album|poem)\s*$/i;

/** Longest a listed title runs, in words; a longer quotation is read as speech. */
const MAX_TITLE_WORDS = 8;


// Only a comma, "and" or "or" between two quotations of a list: “A,” “B” and “C”.
const LIST_JOINT = /^\s*(?:,\s*)?(?:(?:and|or)\s+)?$/i;
/** Fewest quotations in a row that make a list of titles rather than speech. */
const MIN_LIST = 3;

/**
 * The quotations of a paragraph that stand in a list of three or more short ones joined only by
 * commas and "and" ("tours include “Kyiv In One Day,” “Lviv by Night” and “Odesa by the Sea.”"):
 * names of things listed, not words anyone said. `quotes` are in text order.
 */
export function titleListMembers(text: string, quotes: readonly MarkedQuote[]): Set<MarkedQuote> {
  const out = new Set<MarkedQuote>();
  let run: MarkedQuote[] = [];
  const flush = (): void => {
    if (run.length >= MIN_LIST) for (const q of run) out.add(q);
    run = [];
  };
  for (const q of quotes) {
    const short = q.open >= 0 && q.close >= 0 && wordCount(text.slice(q.start, q.end)) <= MAX_TITLE_WORDS;
    if (!short) {
      flush();
      continue;
    }
    const prev = run.at(-1);
    if (prev && !LIST_JOINT.test(text.slice(prev.close + 1, q.open))) flush();
    run.push(q);
  }
  flush();
  return out;
}
