/**
 * Call signs and nicknames a story gives a person it has named: "Denys Prokhorov … He has since
 * been dubbed “Kyt”", "Oleksandr Pivnenko, call sign Kit,". Afterwards "Kyt said" is that person.
 */
import { GAZETTEER_BY_VARIANT } from './gazetteer';
import type { Candidate } from './types';

// The name given, quoted or not, after the words that give it.
const GIVEN_NAME_RE = /\b(?:dubbed|nicknamed|(?:also\s+)?known\s+as|call[\s-]?sign(?:ed)?|code[\s-]?named|nom de guerre|goes\s+by)\s*(?:of\s+)?[“"‘']?(\p{Lu}[\p{L}-]+)[”"’']?/gu;
// How far back the person named before it may be.
const REACH = 300;
// "Oleksandr Pivnenko, call sign Kit", "Petrenko, a 24-year-old sniper known as Kyt": words set off
// right after the name.
const APPOSITIVE = /^\s*(?:,|\(|\s[-–—])\s*(?:\d{1,3},\s*)?(?:(?:a|an|the)\s+(?:[\p{L}\d’'-]+\s+){0,4}?)?(?:(?:who|whom)\s+(?:is\s+|was\s+|has\s+been\s+)?|also\s+|better\s+|widely\s+|popularly\s+|commonly\s+)*$/u;
// "He has since been dubbed “Kyt”": a sentence about the person, opened by a pronoun.
const PRONOUN_SUBJECT = /^\s*(?:He|She)\b[^.!?]{0,50}$/u;
const SENTENCE_BREAK = /[.!?]["”’]?\s+|\n/g;

/**
 * Whether the name given at `at` is given to `owner`: set off right after the name, or in a
 * sentence of its own opened by he/she. "A drone operator with the call sign Tiger" after a
 * president names the operator.
 */
function givenTo(text: string, owner: Candidate, at: number): boolean {
  if (APPOSITIVE.test(text.slice(owner.end, at))) return true;
  const from = Math.max(owner.end, at - 200);
  const sentenceStart = Math.max(0, ...[...text.slice(from, at).matchAll(SENTENCE_BREAK)].map((b) => from + b.index + b[0].length));
  return owner.end <= sentenceStart && PRONOUN_SUBJECT.test(text.slice(sentenceStart, at));
}

/**
 * Names given as nicknames in `text`, each mapped to the person named last before it (their
 * canonical name from `nameOf`). A nickname that is itself some other person's name stays apart.
 */
export function nicknameOwners(text: string, people: readonly Candidate[], nameOf: (c: Candidate) => string): Map<string, string> {
  const owners = new Map<string, string>();
  if (!/dubbed|nicknamed|known\s+as|call[\s-]?sign|code[\s-]?named|nom de guerre|goes\s+by/.test(text)) return owners;
  const ordered = [...people].sort((a, b) => a.start - b.start);
  // "known as Putin’s chef" names Putin, and a known name is its own.
  const surnames = new Set(ordered.map(nameOf).filter((n) => n.includes(' ')).map((n) => n.split(' ').at(-1)));
  for (const m of text.matchAll(GIVEN_NAME_RE)) {
    const nickname = m[1];
    if (/^[’']s\b/.test(text.slice(m.index + m[0].length)) || surnames.has(nickname) || GAZETTEER_BY_VARIANT.has(nickname.toLowerCase())) continue;
    let owner: Candidate | undefined;
    for (const c of ordered) {
      if (c.end > m.index) break;
      if (c.end >= m.index - REACH && nameOf(c) !== nickname && nameOf(c).includes(' ')) owner = c;
    }
    if (!owner || owners.has(nickname) || !givenTo(text, owner, m.index)) continue;
    owners.set(nickname, nameOf(owner));
  }
  return owners;
}
