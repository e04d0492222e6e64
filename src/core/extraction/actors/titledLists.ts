/**
 * People listed after a title in the plural: "Senators Risch, Cardin, Wicker and Graham", "Foreign
 * Ministers Kuleba and Lavrov". Each name in the list is a person holding the title.
 */
import type { Sentence } from '../../model';
import { GAZETTEER_BY_VARIANT } from './gazetteer';
import { CALENDAR, NOT_NAMES } from './lexicon';
import { PRIORITY } from './rules';
import type { Candidate } from './types';

const PLURAL_TITLES: Record<string, string> = {
  Senators: 'Senator', 'Sens.': 'Senator', Representatives: 'Representative', 'Reps.': 'Representative', Presidents: 'President',
  'Prime Ministers': 'Prime Minister', 'Foreign Ministers': 'Foreign Minister', 'Defense Ministers': 'Defense Minister',
  'Defence Ministers': 'Defence Minister', Generals: 'General', 'Gens.': 'General', Governors: 'Governor', Mayors: 'Mayor', Ambassadors: 'Ambassador',
};
// An apostrophe only inside a name ("O’Brien"), never a possessive ("Putin’s meeting").
const WORD = String.raw`\p{Lu}\p{Ll}+(?:['’-]\p{Lu}\p{Ll}+)*`;
const NAME = String.raw`${WORD}(?: ${WORD})?`;
const LIST_RE = new RegExp(
  String.raw`(?<![\p{L}.])(${Object.keys(PLURAL_TITLES).map((t) => t.replace('.', '\\.')).join('|')}) ((?:${NAME}, )*${NAME},? and ${NAME}|${NAME}(?:, ${NAME})+)(?![\p{L}’']|['’]s\b)`,
  'gu',
);

/** The people of such lists in one sentence, each with the title in the singular as a role. */
export function titledListCandidates(text: string, s: Sentence): Candidate[] {
  const slice = text.slice(s.start, s.end);
  const out: Candidate[] = [];
  // A headline in title case ("Governors Urge Calm, Mayors Push Back") lists no people.
  const words = slice.match(/\p{L}+/gu) ?? [];
  if (words.filter((w) => /^\p{Lu}/u.test(w)).length > words.length * 0.6) return out;
  for (const m of slice.matchAll(LIST_RE)) {
    const role = PLURAL_TITLES[m[1]];
    const listStart = s.start + m.index + m[1].length + 1;
    for (const item of m[2].matchAll(new RegExp(NAME, 'gu'))) {
      // "Senators Graham and Blumenthal Tuesday": a weekday or a function word is no second name.
      const [first, second] = item[0].split(' ');
      const name = second && (NOT_NAMES.has(second.toLowerCase()) || CALENDAR.has(second.toLowerCase())) ? first : item[0];
      if (name === 'and' || NOT_NAMES.has(name.toLowerCase()) || (GAZETTEER_BY_VARIANT.get(name.toLowerCase())?.kind ?? 'person') !== 'person') continue;
      const start = listStart + item.index;
      out.push({ start, end: start + name.length, kind: 'person', name, roles: [role], standsFor: null, priority: PRIORITY.titled, source: 'titled-list' });
    }
  }
  return out;
}
