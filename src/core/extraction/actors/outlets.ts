/**
 * News outlets and agencies named by the noun that introduces them: "German newspaper Der
 * Tagesspiegel", "the weekly “Nowy Głos”", "the Ibris research agency". Also a country's armed
 * forces written in lower case ("the Ukrainian armed forces"), an institution like any other.
 * Companies named after their trade ("the metals firm Rusal") and radio stations ("Radio Plus") too.
 */
import type { Sentence } from '../../model';
import { COUNTRY_INITIALS, COUNTRY_INITIALS_ALT, DEMONYMS, GAZETTEER_BY_VARIANT, NOT_ONE_COUNTRY } from './gazetteer';
import { CALENDAR, NOT_NAMES, TITLE_ABBREVIATIONS, TITLE_HEADS } from './lexicon';
import { PRIORITY } from './rules';
import type { Candidate } from './types';

// A name's words: capitalised (or in capitals, "UA:PBC"), with the articles and particles of other
// languages inside ("Corriere della Sera", "Der Spiegel").
const CAP = String.raw`\p{Lu}[\p{L}\d.&’'-]*(?::\p{Lu}+)?`;
const NAME = String.raw`(?:(?:Der|Die|Das|Le|La|Les|El|Il|De|Het|The) )?${CAP}(?: (?:(?:della|del|de|di|du|der|des|la|le|el) )?${CAP}){0,3}`;
const OUTLET_NOUNS = String.raw`broadsheet|newspaper|daily|weekly|magazine|broadcaster|tabloid|portal|website|outlet|news agency|news site|news channel|TV channel|television channel|radio station|agency`;
// "newspaper Der Tagesspiegel", "the daily “Nowy Głos”", "news agency Interfax".
const AFTER_NOUN_RE = new RegExp(String.raw`\b(?:${OUTLET_NOUNS}) (?:["“„«]([^"“”„«»\n]{2,40})["”»]|(${NAME}))(?![\p{L}\p{N}])`, 'gu');
// "the “Nowy Głos” daily", "the portal of the "Kestrel" weekly": a quoted name before the noun.
const QUOTED_BEFORE_RE = new RegExp(String.raw`["“„«]([^"“”„«»\n]{2,40})["”»] (?:${OUTLET_NOUNS})\b`, 'gu');
// "the Ibris research agency", "the Kestrel news agency".
const BEFORE_AGENCY_RE = new RegExp(String.raw`(?<![\p{L}\p{N}])(${NAME}) (?:news|research|polling|press|opinion|survey|ratings?) agency\b`, 'gu');
// "the government's Monitor Polski newspaper": the name before the noun, unless one follows it
// ("Jesuit magazine La Civiltà Cattolica" describes the magazine first).
const BEFORE_PAPER_RE = new RegExp(String.raw`(?<![\p{L}\p{N}])(${NAME}) (?:newspaper|tabloid|magazine|broadsheet)\b(?! \p{Lu}| ["“„«])`, 'gu');
// "the Polish parliament": a country's parliament in lower case ("European parliament" is in the gazetteer).
const PARLIAMENT_RE = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+) parliament\b/gu;
const HAS_OUTLET = new RegExp(String.raw`\b(?:${OUTLET_NOUNS})\b`);
// "the Ukrainian armed forces"; "Western armed forces" are many countries'.
const ARMED_FORCES_RE = new RegExp(String.raw`(?<![\p{L}\p{N}.])(\p{Lu}\p{Ll}+|${COUNTRY_INITIALS_ALT}) armed forces\b`, 'gu');
// "the Russian metals firm Rusal", "oil company Lukoil": a trade before the noun says a company's
// name follows. Not after a determiner alone ("the company Trump founded" names its founder).
const COMPANY_RE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?!(?:the|a|an|his|her|its|their|our|this|that|whose|which|one|other|same|new)\b)\p{Ll}[\p{Ll}-]+ (?:firm|company|giant|conglomerate|producer|manufacturer|maker|operator|lender|retailer|miner|carrier) (${NAME})(?![\p{L}\p{N}])`, 'gu');
const HAS_COMPANY = / (?:firm|company|giant|conglomerate|producer|manufacturer|maker|operator|lender|retailer|miner|carrier) \p{Lu}/u;
// "an interview with Radio Plus", "Radio Free Europe": a station named with the word.
const RADIO_RE = new RegExp(String.raw`(?<![\p{L}\p{N}])Radio(?: ${CAP}){1,3}`, 'gu');

// The platform once called Twitter: "said on X:", "a post on X", "on Platform X", "X (formerly
// Twitter)". A lone capital X is otherwise a letter ("Day X", "X-ray", "relied on X and Y").
const PLATFORM_X_RE = /(?<=\b(?:(?:said|says|wrote|writes|posted|posts|tweeted|shared|published|announced|stated|added|commented|reported|writing|posting|account|message|statement|video|post) on|[Pp]latform|portal|network) )X(?![\p{L}\p{N}’'-]|\.\p{L}| \p{Lu}| axis\b)|(?<![\p{L}\p{N}.-])X(?=,? \(?formerly (?:known as )?Twitter\b)/gu;

// "the Russian Information Agency TASS", "the state news agency BelTA": an agency's description in
// capitals before the short name the gazetteer knows is one mention of that agency.
const DESCRIBED_AGENCY_RE = /(?<![\p{L}\p{N}])(?:(?!The )\p{Lu}\p{Ll}+ ){0,3}(?:News |Information |Telegraph |Press )?Agency (\p{Lu}[\p{Lu}\p{Ll}]{1,7})(?![\p{L}\p{N}])/gu;

const isStopWord = (w: string): boolean => {
  const lower = w.toLowerCase();
  return NOT_NAMES.has(lower) || CALENDAR.has(lower) || TITLE_HEADS.has(w) || TITLE_ABBREVIATIONS.has(w);
};

const ARTICLES = new Set(['The', 'Der', 'Die', 'Das', 'Le', 'La', 'Les', 'El', 'Il', 'De', 'Het']);

/** Drops a leading demonym ("Polish PAP") and what follows a stop word; '' when nothing is left. */
function trimName(name: string): string {
  const words = name.split(' ');
  // "Russia's Interfax news agency": the country is a mention of its own ("Harper's Bazaar" is a name).
  const placeOwner = (w: string): boolean => /[’']s$/.test(w) && GAZETTEER_BY_VARIANT.get(w.slice(0, -2).toLowerCase())?.kind === 'place';
  while (words.length > 0 && !ARTICLES.has(words[0]) && (DEMONYMS.has(words[0]) || isStopWord(words[0]) || (words.length > 1 && placeOwner(words[0])))) words.shift();
  const stop = words.findIndex((w, k) => k > 0 && isStopWord(w));
  const kept = stop < 0 ? words : words.slice(0, stop);
  // A sentence's full stop is not part of the name ("… told newspaper Der Tagesspiegel.").
  if (kept.length > 0 && !/(?:\p{Lu}\.){2,}$/u.test(kept[kept.length - 1])) kept[kept.length - 1] = kept[kept.length - 1].replace(/\.+$/, '');
  return kept.length === 1 && ARTICLES.has(kept[0]) ? '' : kept.join(' ');
}

const org = (start: number, name: string, surface: string): Candidate => {
  // "The Reuters news agency" is the Reuters the gazetteer knows.
  const known = GAZETTEER_BY_VARIANT.get(surface.toLowerCase()) ?? GAZETTEER_BY_VARIANT.get(surface.toLowerCase().replace(/^the /, ''));
  return { start, end: start + surface.length, kind: known?.kind ?? 'organization', name: known?.name ?? name, roles: [], standsFor: null, priority: PRIORITY.body, source: 'outlet' };
};

/** Outlets and armed forces found by pattern in one sentence. */
export function outletCandidates(text: string, s: Sentence): Candidate[] {
  const slice = text.slice(s.start, s.end);
  const out: Candidate[] = [];
  if (HAS_OUTLET.test(slice)) {
    for (const m of slice.matchAll(AFTER_NOUN_RE)) {
      const quoted = m[1]?.trim();
      // A quoted name is delimited by its marks; it still starts with a capital and is short.
      if (quoted) {
        if (!/^\p{Lu}/u.test(quoted) || quoted.split(/\s+/).length > 5) continue;
        out.push(org(s.start + (m.index ?? 0) + m[0].indexOf(quoted), quoted, quoted));
        continue;
      }
      const name = trimName(m[2]);
      if (!name || !m[2].startsWith(name)) continue;
      out.push(org(s.start + (m.index ?? 0) + m[0].length - m[2].length, name, name));
    }
    for (const m of slice.matchAll(QUOTED_BEFORE_RE)) {
      const quoted = m[1].trim();
      if (!/^\p{Lu}/u.test(quoted) || quoted.split(/\s+/).length > 5) continue;
      out.push(org(s.start + (m.index ?? 0) + m[0].indexOf(quoted), quoted, quoted));
    }
    for (const m of slice.includes(' agency') ? slice.matchAll(BEFORE_AGENCY_RE) : []) {
      const name = trimName(m[1]);
      if (!name || !m[1].endsWith(name)) continue;
      out.push(org(s.start + (m.index ?? 0) + m[1].length - name.length, name, name));
    }
    for (const m of slice.matchAll(BEFORE_PAPER_RE)) {
      const name = trimName(m[1]);
      // "Kremlin-controlled newspaper", "Kyiv newspaper": a description, or a place the paper is from.
      if (!name || !m[1].endsWith(name) || /-\p{Ll}/u.test(name) || GAZETTEER_BY_VARIANT.get(name.toLowerCase())?.kind === 'place') continue;
      out.push(org(s.start + (m.index ?? 0) + m[1].length - name.length, name, name));
    }
  }
  for (const m of slice.includes('Agency ') ? slice.matchAll(DESCRIBED_AGENCY_RE) : []) {
    const known = GAZETTEER_BY_VARIANT.get(m[1].toLowerCase());
    if (known?.kind !== 'organization' || !/\p{Lu}.*\p{Lu}/u.test(m[1])) continue;
    const start = s.start + (m.index ?? 0);
    out.push({ start, end: start + m[0].length, kind: 'organization', name: known.name, roles: [], standsFor: null, priority: PRIORITY.qualifiedBody, source: 'outlet' });
  }
  for (const m of HAS_COMPANY.test(slice) ? slice.matchAll(COMPANY_RE) : []) {
    const name = trimName(m[1]);
    if (!name || !m[1].startsWith(name)) continue;
    const known = GAZETTEER_BY_VARIANT.get(name.toLowerCase());
    if (known && known.kind !== 'organization') continue;
    out.push(org(s.start + (m.index ?? 0) + m[0].length - m[1].length, name, name));
  }
  for (const m of slice.includes('X') ? slice.matchAll(PLATFORM_X_RE) : []) {
    const start = s.start + (m.index ?? 0);
    out.push({ start, end: start + 1, kind: 'organization', name: 'X', roles: [], standsFor: null, priority: PRIORITY.body, source: 'outlet' });
  }
  for (const m of slice.includes('Radio ') ? slice.matchAll(RADIO_RE) : []) {
    const name = trimName(m[0]);
    if (name.includes(' ')) out.push(org(s.start + (m.index ?? 0), name, name));
  }
  for (const m of slice.includes(' parliament') ? slice.matchAll(PARLIAMENT_RE) : []) {
    if (!DEMONYMS.has(m[1]) || NOT_ONE_COUNTRY.has(m[1])) continue;
    const start = s.start + (m.index ?? 0);
    out.push({ start, end: start + m[0].length, kind: 'organization', name: m[0], roles: [], standsFor: null, priority: PRIORITY.body, source: 'parliament' });
  }
  for (const m of slice.includes(' armed forces') ? slice.matchAll(ARMED_FORCES_RE) : []) {
    if (!(DEMONYMS.has(m[1]) || COUNTRY_INITIALS.includes(m[1])) || NOT_ONE_COUNTRY.has(m[1])) continue;
    const start = s.start + (m.index ?? 0);
    out.push({ start, end: start + m[0].length, kind: 'organization', name: `${m[1]} Armed Forces`, roles: [], standsFor: null, priority: PRIORITY.body, source: 'armed-forces' });
  }
  return out;
}
