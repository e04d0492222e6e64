/**
 * A country's bodies named by the country and a common noun rather than a proper name: "the German
 * government", "the government of Haiti", "the US embassy", "US intelligence", "Russia’s Baltic
 * fleet", "Dutch airline KLM"; and, once a document has named one, "the central bank" and "the
 * Treasury" as that body. Linear in the sentence (or document) length.
 */
import type { Sentence } from '../../model';
import { GAZETTEER_BY_VARIANT, NATIONALITY_COUNTRY } from './gazetteer';
import { PRIORITY } from './rules';
import type { Candidate } from './types';

// Country → the adjective its government is named with; the two that newsrooms name by initials keep them.
const ADJECTIVE_OF = new Map(Object.entries(NATIONALITY_COUNTRY).map(([adj, country]) => [country, adj]));
ADJECTIVE_OF.set('United States', 'US').set('United Kingdom', 'UK');

/** The country a qualifier names ("German", "Belarus", "U.S."), or undefined. */
function countryOf(word: string): string | undefined {
  if (NATIONALITY_COUNTRY[word]) return NATIONALITY_COUNTRY[word];
  const e = GAZETTEER_BY_VARIANT.get(word.toLowerCase());
  return e?.kind === 'place' && !e.standsFor && /^\p{Lu}/u.test(word) ? e.name : undefined;
}

// One word, or two for the few countries and adjectives that take two ("South Korean", "United States").
const QUALIFIER = String.raw`(?:U\.S\.|U\.K\.|(?:South|North|New|United|Saudi|Czech|West|East|Sri) \p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+|\p{Lu}{2,3})`;
/**
 * A body acting, as what follows its name shows: punctuation, the sentence's end, a verb (any -ed
 * word), "and" or a preposition, plus the words in `more`; not a noun that makes it a thing.
 */
const actingAfter = (more: string): string =>
  String.raw`(?=\s*[,.;:)”"]|\s*$| (?:has|had|have|is|was|were|are|will|would|may|might|could|says|said|over|on|in|and|${more}|\p{Ll}+ed)\b)`;

// "the Australian government", "U.S. federal government", "the Irish Government" (not "a pro-Russian
// government", which is no country's); a person or thing
// of the government after it ("German government official") is not the government acting.
// "the US government-backed Conflict Observatory" names it as well.
const GOVERNMENT_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.’'-])(${QUALIFIER}) (?:(?:federal|national|central) )?[Gg]overnment(?![\p{L}’']| in exile|-(?!(?:backed|funded|run|owned|controlled|sponsored|linked)\b)| (?:officials?|spokes(?:man|woman|person)|ministers?|advisers?|employees?|officers?|workers?|bonds?|debt|securities|notes|bills|paper|buildings?|websites?|funding|data|figures|programmes?|programs?|contracts?|agenc(?:y|ies)|departments?|bod(?:y|ies))\b)`,
  'gu',
);
// "Ukraine’s government approved …": acting, as a verb, a preposition or punctuation after it shows
// ("Venezuela's government corruption" is a thing; a government in exile is not the state's).
const POSSESSIVE_GOVERNMENT_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.’'])(${QUALIFIER})[’']s (?:(?:federal|national|central) )?government(?! in exile)${actingAfter('to|for|under|with')}`,
  'gu',
);
const GOVERNMENT_OF_RE = /\b[Gg]overnment of (?:the )?(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?![\p{L}’'-])/gu;
// "the US embassy", "the Russian Embassy in Warsaw" (the mention is the embassy; the town is a place).
const EMBASSY_RE = new RegExp(String.raw`(?<![\p{L}\p{N}.’'])(${QUALIFIER}) [Ee]mbassy(?![\p{L}’'-])`, 'gu');
// "US intelligence claimed": a country (not an adjective, which annotators read as a loose group of
// services) with its intelligence acting: a verb, a preposition or punctuation after it, not a noun
// that makes it a thing or a person ("a US intelligence satellite", "UK intelligence chief").
const INTELLIGENCE_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.’'])(U\.S\.|U\.K\.|US|UK|\p{Lu}\p{Ll}+) intelligence${actingAfter('believes|thinks|about|that|also')}`,
  'gu',
);
// "Russia’s Baltic fleet", "the Black Sea fleet": a navy's fleet written in lower case.
const FLEET_RE = /(?<=(?:\b[Tt]he|\p{Lu}\p{L}+[’']s) )(\p{Lu}\p{Ll}+(?: Sea)?) fleet\b/gu;
// "Dutch airline KLM", "the charter airline SkyUp": an airline named after the word.
const AIRLINE_RE = /\bairline (\p{Lu}[\p{L}\d-]*(?: \p{Lu}[\p{L}\d-]*){0,2})(?![\p{L}\d])/gu;

// "the armed forces of Ukraine" in lower case; capitalised, the institution rule reads it.
// ("Armed forces of Ukraine" opening a sentence, "the armed forces of the Republic of Belarus", "of the U.S.")
const ARMED_FORCES_OF_RE = /(?<![\p{L}\p{N}])[Aa]rmed forces of (?:the )?(?:[Rr]epublic of )?((?:\p{Lu}\.){2,}|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?![\p{L}’'-])/gu;
const ARMED_FORCES_NAME_RE = /^(?:Armed Forces of (?:the )?(.+)|(.+) Armed Forces)$/;

/**
 * One name for a country's armed forces however written: "Armed Forces of Ukraine", "the
 * Ukrainian armed forces" and "Ukraine's Armed Forces" are "Armed Forces of Ukraine".
 */
export function armedForcesName(name: string): string {
  const m = ARMED_FORCES_NAME_RE.exec(name);
  if (!m) return name;
  // "Armed Forces of the Republic of Belarus" are Belarus's.
  const country = countryOf((m[1] ?? m[2]).replace(/^Republic of (?:the )?/, ''));
  return country ? forcesOf(country) : name;
}

// A ministry's remit in the words news uses for it, and the one name each goes by.
const PORTFOLIOS: Record<string, string> = {
  foreign: 'Foreign Affairs', 'foreign affairs': 'Foreign Affairs', defence: 'Defence', defense: 'Defence',
  'national defence': 'Defence', 'national defense': 'Defence',
  interior: 'Internal Affairs', 'internal affairs': 'Internal Affairs', justice: 'Justice', finance: 'Finance',
  health: 'Health', economy: 'Economy', economic: 'Economy', energy: 'Energy', education: 'Education',
  culture: 'Culture', agriculture: 'Agriculture', emergencies: 'Emergency Situations', 'emergency situations': 'Emergency Situations',
};
const MINISTRY_OF_COUNTRY_RE = /^Ministry of (?:the )?(.+?) of (?:the )?(.+)$/;
const COUNTRY_MINISTRY_OF_RE = /^(.+?) Ministry of (?:the )?(.+)$/;
const COUNTRY_REMIT_MINISTRY_RE = /^(.+?) (\p{L}+(?: \p{L}+)?) [Mm]inistry$/u;

/**
 * One name for a country's ministry however written: "Ministry of Foreign Affairs of Ukraine",
 * "the Ukrainian Ministry of Foreign Affairs", "Ukraine's Foreign Ministry" and "the UK defence
 * ministry" name it by country and remit alike ("Ministry of Defence of the United Kingdom").
 * A ministry with no country, or a remit the table lacks, keeps its name.
 */
export function ministryName(name: string): string {
  let m = MINISTRY_OF_COUNTRY_RE.exec(name);
  let remit = m?.[1];
  let qualifier = m?.[2];
  if (!m) {
    m = COUNTRY_MINISTRY_OF_RE.exec(name) ?? COUNTRY_REMIT_MINISTRY_RE.exec(name);
    qualifier = m?.[1];
    remit = m?.[2];
  }
  const portfolio = remit ? PORTFOLIOS[remit.toLowerCase()] : undefined;
  const country = qualifier ? countryOf(qualifier.replace(/^Republic of (?:the )?/, '')) : undefined;
  if (!portfolio || !country) return name;
  return `Ministry of ${portfolio} of ${WITH_ARTICLE.test(country) ? 'the ' : ''}${country}`;
}

// Countries whose names take the article: "Armed Forces of the United States".
const WITH_ARTICLE = /^(?:United |Netherlands$|Philippines$|Czech Republic$|Russian Federation$)/;
const forcesOf = (country: string): string => `Armed Forces of ${WITH_ARTICLE.test(country) ? 'the ' : ''}${country}`;

/**
 * The country that the one or two capitalised words of `words` open with, and how many characters
 * name it ("Germany Olaf" is Germany, "South Korea" both words); null when neither names one.
 */
function countryOpening(words: string): { country: string; length: number } | null {
  const parts = words.split(' ');
  for (const n of [parts.length, 1]) {
    const name = parts.slice(0, n).join(' ');
    const country = countryOf(name);
    if (country) return { country, length: name.length };
  }
  return null;
}

const body = (start: number, end: number, name: string, source: string): Candidate =>
  ({ start, end, kind: 'organization', name, roles: [], standsFor: null, priority: PRIORITY.gazetteerPhrase, source });

/** A country's bodies named by country and common noun in one sentence. */
export function nationalBodyCandidates(text: string, s: Sentence): Candidate[] {
  const slice = text.slice(s.start, s.end);
  const at = (m: RegExpMatchArray): number => s.start + (m.index ?? 0);
  const out: Candidate[] = [];
  if (/overnment/.test(slice)) {
    for (const m of slice.matchAll(GOVERNMENT_RE)) {
      const country = countryOf(m[1]);
      if (country) out.push(body(at(m), at(m) + m[0].length, `${ADJECTIVE_OF.get(country) ?? country} government`, 'government'));
    }
    for (const m of slice.matchAll(POSSESSIVE_GOVERNMENT_RE)) {
      const country = countryOf(m[1]);
      // The possessive is a mention of the country; the body's mention is the rest.
      const start = at(m) + m[1].length + 3;
      if (country) out.push(body(start, at(m) + m[0].length, `${ADJECTIVE_OF.get(country) ?? country} government`, 'government'));
    }
    for (const m of slice.matchAll(GOVERNMENT_OF_RE)) {
      // "the government of Germany Olaf Scholz leads": the country is one word then.
      const found = countryOpening(m[1]);
      if (!found) continue;
      const end = at(m) + m[0].length - m[1].length + found.length;
      out.push(body(at(m), end, `${ADJECTIVE_OF.get(found.country) ?? found.country} government`, 'government'));
    }
  }
  for (const m of /mbassy/.test(slice) ? slice.matchAll(EMBASSY_RE) : []) {
    if (countryOf(m[1])) out.push(body(at(m), at(m) + m[0].length, `${m[1]} embassy`, 'embassy'));
  }
  for (const m of slice.includes(' intelligence') ? slice.matchAll(INTELLIGENCE_RE) : []) {
    const country = countryOf(m[1]);
    if (country && !NATIONALITY_COUNTRY[m[1]]) out.push(body(at(m), at(m) + m[0].length, m[0], 'intelligence'));
  }
  for (const m of /[Aa]rmed forces of /.test(slice) ? slice.matchAll(ARMED_FORCES_OF_RE) : []) {
    const found = countryOpening(m[1]);
    if (!found) continue;
    const end = at(m) + m[0].length - m[1].length + found.length;
    out.push(body(at(m), end, forcesOf(found.country), 'armed-forces'));
  }
  for (const m of slice.includes(' fleet') ? slice.matchAll(FLEET_RE) : []) out.push(body(at(m), at(m) + m[0].length, `${m[1]} Fleet`, 'fleet'));
  for (const m of slice.includes('airline ') ? slice.matchAll(AIRLINE_RE) : []) {
    const start = at(m) + m[0].length - m[1].length;
    out.push(body(start, start + m[1].length, GAZETTEER_BY_VARIANT.get(m[1].toLowerCase())?.name ?? m[1], 'airline'));
  }
  return out;
}

// "the central bank", "Russia's central bank", "the Treasury": a short name for a body the document names in full.
const SHORT_NAMES: [RegExp, RegExp][] = [
  [/(?<=\b(?:[Tt]he|\p{Lu}\p{L}+[’']s) )central bank\b/gu, /\b(?:Central Bank|National Bank|Bank of \p{Lu}|Reserve Bank|Federal Reserve)/u],
  [/(?<=\b[Tt]he )Treasury(?![\p{L}-]| \p{Lu})/gu, /Treasury/u],
];

/**
 * "The central bank said …" after "Bank of Russia": when the document names exactly one such body,
 * the short name is a mention of it. `kept` are the document's resolved candidates.
 */
export function shortNameCandidates(text: string, sentences: Sentence[], kept: Candidate[], skip: boolean[]): Candidate[] {
  const out: Candidate[] = [];
  for (const [shortRe, fullRe] of SHORT_NAMES) {
    const names = new Set(kept.filter((c) => c.kind === 'organization' && fullRe.test(c.name)).map((c) => c.name));
    if (names.size !== 1) continue;
    const [name] = names;
    sentences.forEach((s, i) => {
      if (skip[i]) return;
      for (const m of text.slice(s.start, s.end).matchAll(shortRe)) {
        const start = s.start + (m.index ?? 0);
        out.push(body(start, start + m[0].length, name, 'short-name'));
      }
    });
  }
  return out;
}
