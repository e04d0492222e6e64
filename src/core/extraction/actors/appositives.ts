/**
 * Names set off from a role written in lower case, as British and wire style do: "Ukraine’s
 * prosecutor general, Andriy Kostin", "the European commissioner for justice, Ada Kern,",
 * "Ivan Petrov – chief adviser to the president –". Only full names (two words or more) are
 * taken: a comma next to a role noun and a lone capitalised word is too often something else.
 */
import { DEMONYM_ALT, GAZETTEER_BY_VARIANT } from './gazetteer';
import { TITLE_ABBREVIATIONS } from './lexicon';
import { isNameWord, LOWER_HEADS, readName } from './titles';
import type { Token } from './text';

/** A person named beside a lower-case role. */
export interface AppositiveName {
  start: number;
  end: number;
  name: string;
  /** Absent when only an age set the name off ("Ivo Stam, 32, a trader"). */
  role?: string;
}

// Role nouns beyond the title heads: offices newsrooms write in lower case next to a name.
const ROLE_NOUNS = [...LOWER_HEADS, 'head', 'prosecutor', 'commissioner', 'chairman', 'chairwoman', 'chair', 'official', 'officer', 'aide', 'premier', 'judge', 'deputy', 'MP', 'MEP', 'CEO', 'spokesman', 'general', 'admiral', 'colonel', 'lieutenant', 'sergeant', 'captain',
  // A relation set off by commas: "the main rival of Lukashenko, Svetlana …,".
  'rival', 'opponent', 'challenger', 'ally', 'wife', 'widow', 'husband',
  // Kin and succession: "Museveni’s influential son and aspirant successor, Muhoozi Kainerugaba,".
  'son', 'daughter', 'brother', 'sister', 'father', 'mother', 'successor', 'predecessor'];
const ROLE = `(?:${ROLE_NOUNS.join('|')})`;
// A qualifier the role may carry: "Ukraine’s", "the US", "European", "deputy", "newly elected".
// Function words and verbs are not part of a role ("said the president, …" is "president").
const NOT_ROLE = 'said|says|told|tells|asked|added|cried|wrote|the|a|an|and|or|but|by|to|with|of|for|in|on|at|as|that|than|from|his|her|its|their|our|whose|who|which|was|is|were|are|be|been|also|when|after|before|while';
const ROLE_WORD = String.raw`(?:(?!(?:${NOT_ROLE})(?![\p{L}-]))\p{Ll}[\p{L}-]*|\p{Lu}[\p{L}.]*[’']s|(?:\p{Lu}\.){2,}|\p{Lu}{2,3}|${DEMONYM_ALT})`;
// "…, prosecutor general," "…, commissioner for justice," "ambassador in London," closing right before the name's comma.
const ROLE_BEFORE_RE = new RegExp(String.raw`(?<![\p{L}\p{N}])((?:${ROLE_WORD} ){0,3}${ROLE}(?: general)?(?: (?:for|of|to|in) (?:the )?(?:(?!${ROLE}\b)[\p{L}’'-]+ ?){1,3})?),\s*$`, 'u');
// "… – chief adviser to …", "…, a senior official at …" right after the name.
// ("…, President of the Japan Federation of …": a capitalised office of a body; "…, Secretary of
// State Henry Kissinger" is a title before the next name.)
const CAPITAL_OFFICE = String.raw`(?:(?:Vice|Deputy|Executive|Senior|Managing) )?(?:President|Chairman|Chairwoman|Director|Governor|Secretary|Minister|Head|Chief Executive|General Manager|Managing Director)(?= (?:of|at) the )`;
const ROLE_AFTER_RE = new RegExp(String.raw`^\s*(?:,|–|—|\s-)\s+((?:(?:a|an|the|former|then|now) )?(?:${ROLE_WORD} ){0,3}${ROLE}|${CAPITAL_OFFICE})(?![\p{L}\p{N}-])`, 'u');
// "Ivo Stam, 32, a Kyiv-based trader": an age between commas right after a full name is said of a person.
const AGE_AFTER_RE = /^,\s*\d{1,3},/u;
// What may follow a name set off by commas or dashes.
const NAME_CLOSE_RE = /^\s*(?:[,.;:–—)]|\s-\s|$)/u;

/** Full names beside a lower-case role in one sentence's tokens. */
export function findAppositiveNames(text: string, tokens: Token[], sentenceStart: number): AppositiveName[] {
  const out: AppositiveName[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const prev = tokens[i - 1];
    // Start at the first word of a run of name words only.
    if (!isNameWord(tokens[i]) || (prev && isNameWord(prev) && /^\s+$/.test(text.slice(prev.end, tokens[i].start)))) continue;
    // Cheap test first: a comma before the name, or punctuation after its second word.
    const before = text.slice(Math.max(sentenceStart, tokens[i].start - 3), tokens[i].start);
    if (!/,\s*$/.test(before) && !/^\s*[,–—-]/.test(text.slice(tokens[i + 1].end, tokens[i + 1].end + 3)) && !(tokens[i + 2] && isNameWord(tokens[i + 2]))) continue;
    const name = readName(text, tokens, i);
    if (!name || name.words.length < 2 || name.mentionFrom > 0) continue;
    // "Lt Gen Ivan Havryliuk", "DNI Avril Haines": an undotted rank or an office's acronym is not a name.
    let words = name.words;
    while (words.length > 2 && (TITLE_ABBREVIATIONS.has(words[0].text) || /^\p{Lu}{2,}$/u.test(words[0].text))) words = words.slice(1);
    const last = words[words.length - 1];
    const joined = words.map((w) => w.text).join(' ');
    if (last.possessive || GAZETTEER_BY_VARIANT.get(joined.toLowerCase())?.kind === 'place') continue;
    const after = text.slice(last.end, last.end + 80);
    let role: string | undefined;
    const lead = text.slice(Math.max(sentenceStart, words[0].start - 90), words[0].start);
    // The role pattern ends in a comma; testing for one first spares its large alternations.
    if (NAME_CLOSE_RE.test(after) && /,\s*$/.test(lead)) role = ROLE_BEFORE_RE.exec(lead)?.[1];
    role ??= ROLE_AFTER_RE.exec(after)?.[1];
    if (!role && !AGE_AFTER_RE.test(after)) continue;
    out.push({ start: words[0].start, end: last.end, name: joined, role: role?.replace(/^(?:a|an|the) /, '').replace(/’/g, "'") });
    i += name.words.length - 1;
  }
  return out;
}
