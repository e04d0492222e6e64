/**
 * Bodies named as where someone works: "an analyst at Kestrel Macro", "Anna Lis, founder of
 * Harbour Watch", "the chairman of Ukrnafta Holdings". Such names often carry no word saying what
 * they are; the role before them does. Places are left out ("the mayor of Bucha" is no body) by
 * taking only roles that belong to firms, newsrooms and research houses.
 */
import type { Sentence } from '../../model';
import { isGivenName } from '../givenNames';
import { DEMONYMS, GAZETTEER_BY_VARIANT } from './gazetteer';
import { CALENDAR, NOT_NAMES, TITLE_HEADS, TITLE_MODIFIERS } from './lexicon';
import { PRIORITY } from './rules';
import type { Candidate } from './types';

const ROLE_WORDS = ['founder', 'co-founder', 'cofounder', 'CEO', 'chief executive', 'chairman', 'chairwoman', 'managing director', 'executive director', 'editor-in-chief', 'analyst', 'researcher', 'strategist', 'economist', 'research fellow', 'senior fellow', 'fellow'];
// Written in lower case in running text; a founder capitalised as a title too ("Founder & President
// of …"). A capitalised "Chairman of the House …" heads a title the title rules read.
const ROLES = [...ROLE_WORDS, 'Founder', 'Co-Founder', 'Co-founder'].join('|');
const WORD = String.raw`\p{Lu}[\p{L}\d’'-]*`;
// "founder of Harbour Watch", "analyst at Kestrel Macro", "Founder & President of One Philosophy".
const ROLE_BODY_RE = new RegExp(String.raw`(?<![\p{L}\p{N}-])(?:${ROLES})(?: & \p{Lu}[\p{L}-]*)? (?:of|at) (?:the )?(${WORD}(?: (?:for |of |and |& )?${WORD}){0,4})(?![\p{L}\p{N}’'-])`, 'gu');

const isPlain = (word: string): boolean => {
  const lower = word.toLowerCase();
  return !NOT_NAMES.has(lower) && !CALENDAR.has(lower) && !TITLE_HEADS.has(word) && !TITLE_MODIFIERS.has(word) && !DEMONYMS.has(word);
};

/** Bodies a firm's or a newsroom's role names in one sentence. */
export function roleBodyCandidates(text: string, s: Sentence): Candidate[] {
  const slice = text.slice(s.start, s.end);
  const out: Candidate[] = [];
  for (const m of slice.matchAll(ROLE_BODY_RE)) {
    // "an analyst at Morgan Stanley's Moscow office": the owner is the body.
    const owner = /^(.*?)[’']s?(?= |$)/u.exec(m[1]);
    const name = (owner ? owner[1] : m[1]).replace(/ (?:for|of|and|&)$/, '');
    const words = name.split(' ').filter((w) => /^\p{Lu}/u.test(w));
    // "… at Harbour Watch Anna Lis": a person's name after the body's ends it. "CEO of Tesla and
    // SpaceX", "at Kyiv-based Dragon Capital", "of IMF Washington": two names, or a place with the
    // body, are left to the rules that read each.
    if (words.slice(1).some(isGivenName) || / (?:and|&) /.test(name) || /-based\b/.test(name)) continue;
    // A known name is the gazetteer's to read; a place ("at Ukraine's …") is no body.
    if (words.some((w) => GAZETTEER_BY_VARIANT.has(w.toLowerCase())) || GAZETTEER_BY_VARIANT.has(name.toLowerCase())) continue;
    if (!words.every(isPlain)) continue;
    // The name is the captured run's start, which closes the match.
    const at = s.start + m.index + m[0].length - m[1].length;
    out.push({ start: at, end: at + name.length, kind: 'organization', name, roles: [], standsFor: null, priority: PRIORITY.gazetteerWord, source: 'role-body' });
  }
  return out;
}
