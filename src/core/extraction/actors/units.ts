/**
 * Bodies that news names in a shape of its own rather than with a capitalised head: embassies
 * ("the U.S. Embassy in Moscow"), channels ("the Telegram channel Rybar"), units written in lower
 * case ("the 155th naval infantry"), military districts, and ministries in lower case
 * ("Ukraine's infrastructure ministry", "the defence ministry"). One sentence at a time; each
 * pattern runs only when a cheap test finds its keyword.
 */
import type { Sentence } from '../../model';
import { COUNTRY_INITIALS_ALT, DEMONYM_ALT, DEMONYMS, GAZETTEER_BY_VARIANT, NOT_ONE_COUNTRY, plainInitials } from './gazetteer';
import { isTelltaleGivenName } from '../givenNames';
import { NOT_NAMES } from './lexicon';
import type { Candidate } from './types';
import { isPlace, org } from './wireBodies';

const WORD = String.raw`\p{Lu}[\p{L}.]*`;

// "U.S. Embassy in Moscow", "the Embassy of Ukraine", "Russia's Embassy": a qualifier before or a
// place after, so a bare "Embassy" heading a paragraph is left alone.
const EMBASSY_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(U\.S\.|US|U\.K\.|UK|EU|${DEMONYM_ALT}|\p{Lu}\p{L}+[’']s) )?Embassy(?: (?:in|of|to) (?:the )?(${WORD}(?: ${WORD})?))?`,
  'gu',
);
// "channel Military Informant", "the pro-Russian Channel Rybar": what follows a channel names it.
// A capital "Channel" only after "Telegram" or a "pro-…" word, so the English Channel stays a sea.
const CHANNEL_RE = /(?:\bchannel|(?:Telegram|pro ?-\p{Lu}\p{L}+) Channel) ((?:\p{Lu}[\p{L}\d]*)(?: \p{Lu}[\p{L}\d]*){0,2})/gu;
// "the 155th naval infantry", "the 110th separate mechanized brigade".
const LOWER_UNIT_RE = /\b\d+(?:st|nd|rd|th) (?:(?:separate|mechani[sz]ed|motori[sz]ed|naval|marine|airborne|air assault|assault|tank|rifle|artillery|guards?|combined arms|infantry|special forces|territorial defen[cs]e) ){0,3}(?:brigade|division|regiment|battalion|army|infantry|corps|fleet)\b/gu;
const DISTRICT_RE = /(?<![\p{L}\p{N}])(?:\p{Lu}\p{L}+ )?Military District\b/gu;
// "Ukraine's infrastructure ministry", "Russian defence ministry", "the defence ministry", and the
// same written out: "China's ministry of foreign affairs".
const REMITS = 'defen[cs]e|foreign|interior|infrastructure|finance|economy|health|justice|energy|agriculture|education|culture|emergencies|transport|foreign affairs|digital transformation';
const REMITS_OF = REMITS.replace('|foreign|', '|');
const LOWER_MINISTRY_RE = new RegExp(String.raw`\b(?:(\p{Lu}\p{L}+)[’']s |(${DEMONYM_ALT}|${COUNTRY_INITIALS_ALT}) |[Tt]he )((?:${REMITS}) ministry|ministry of (?:the )?(?:${REMITS_OF}))\b`, 'gu');

// "the Ukrainian army", "the Polish parliament", "the Riga government": one country's army or
// parliament as a body, named in lower case; a capital before "government" stands for its state.
// A demonym's "government" is nationalBodies.ts's ("the German government"). Not
// "army officers", where the phrase only qualifies people, nor "army and navy", the armed forces
// in general; "forces", "troops" are groups.
const NATIONAL_BODY_RE = new RegExp(String.raw`\b(?:(${DEMONYM_ALT}) (army|parliament|navy|cabinet)|(\p{Lu}\p{Ll}+) (government))\b(?![’']?s? (?:officials?|officers?|sources?|spokes(?:man|woman|person)|representatives?|soldiers?|troops|forces|units?|personnel|commanders?|generals?|members?|employees?|agenc(?:y|ies)|buildings?|bases?|websites?|positions?|ministers?|figures?)\b| and (?:navy|air force)\b)`, 'gu');
const HAS_NATIONAL_BODY = / (?:government|army|parliament|navy|cabinet)\b/u;
// "the Ukrainian military said", "the US military's strike", "British intelligence (MI6)": a
// country's military or intelligence as a body. Before a noun the words only qualify it ("Russian
// military bloggers", "US intelligence officials", "military and political leaders"), so the
// phrase must end at punctuation, a possessive, or a word that is no such noun. Intelligence is
// also what a service gathers ("intelligence of Russian actions", "intelligence on"), so it is a
// body only before punctuation or a verb.
const VERB_AFTER_NAME = String.raw`(?:has|have|had|is|was|were|are|will|would|could|can|may|might|must|should|did|does|also|not|said|says|claimed|reported|announced|believes|estimates|\p{Ll}+ed)`;
// "intelligence released on Sunday", "intelligence gathered from calls": what a service gathers.
const GATHERED = String.raw`\p{Ll}+ed (?:to|with|from|on|by|in|at|during|over|through|via)\b`;
// "US military, economic and humanitarian aid": a comma that goes on listing adjectives.
const END = String.raw`[’']s\b|\s*[.;:!?()”"]|,(?!\s*\p{Ll}+(?:,|\s+(?:and|or)\b))|$`;
const SERVICE_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.-])(${DEMONYM_ALT}|${COUNTRY_INITIALS_ALT}) (?:military(?= (?:in|on|at|to|for|from|with|by|of|that|which|who)\b|${END}| ${VERB_AFTER_NAME}\b)|intelligence(?=${END}| (?!${GATHERED})${VERB_AFTER_NAME}\b))`,
  'gu',
);
// "the ONT TV channel", "Rossiya 1 TV channel": the name before "TV channel" is a broadcaster.
const TV_CHANNEL_RE = /\b((?:\p{Lu}[\p{L}\d]*)(?: [\p{Lu}\d][\p{L}\d]*){0,2}) (?:TV|television|radio) (?:channel|station)\b/gu;

// "Capital Economics analysts wrote", "CFRA Research chief investment strategist Sam Stovall",
// "chief market analyst with AvaTrade": the firm whose analysts speak. One word must look like a
// firm's ("AvaTrade", "UBS"), so "Oil analysts" or "Many economists" name none.
const ANALYST_TITLE = String.raw`(?:(?:chief|senior|lead|head|global|market|investment|equity|commodities|commodity|energy|FX|credit|macro|political|research|risk) ){0,3}(?:analysts?|economists?|strategists?)\b`;
const FIRM_NAME = String.raw`\p{Lu}[\p{L}&-]*(?: \p{Lu}[\p{L}&-]*){0,2}`;
const ANALYSTS_RE = new RegExp(String.raw`(?<![\p{L}\p{N}.-])(?:(${FIRM_NAME}) ${ANALYST_TITLE}|(?<=\b(?:analyst|economist|strategist)s? (?:with|at) )(${FIRM_NAME}))`, 'gu');
// A standing before "analyst" is no firm ("Senior Defence analyst"); a field only alone is none
// ("Energy analysts"), as a firm's name may start with one ("Energy Aspects", "Political Capital").
const ANALYST_STANDINGS = new Set([
  'former', 'ex', 'top', 'senior', 'veteran', 'longtime', 'long-time', 'leading', 'prominent', 'independent', 'some', 'many', 'most',
  'several', 'other', 'two', 'three', 'both', 'all', 'private', 'outside', 'foreign', 'local', 'regional', 'western', 'eastern',
]);
const ANALYST_FIELDS = new Set([
  'military', 'defence', 'defense', 'security', 'policy', 'intelligence', 'political', 'market', 'markets', 'oil', 'energy', 'osint',
  'open-source', 'financial', 'economic',
]);
const HAS_ANALYST = /\b(?:analyst|economist|strategist)/u;

// "the Republican-controlled House", "the US House": the chamber of Congress, named by its majority
// or its country; "the House" alone may be any house.
// "House Speaker Jim Wright": the chamber the office heads.
const US_HOUSE_RE = /\b(?:(?:Republican|Democratic|GOP)(?:-(?:controlled|led|run|majority))?|U\.S\.|US) (House)\b(?! of\b)|(?<!\p{Lu}[\p{L}.]* )\b(House)(?= (?:Speaker|(?:Majority|Minority) (?:Leader|Whip))\b)/gu;

// "the British defence ministry" and "the UK defence ministry" are one.
const INITIALS_OF: Record<string, string> = { British: 'UK', American: 'US' };

/** The bodies of these shapes in one sentence. */
export function unitCandidates(text: string, s: Sentence): Candidate[] {
  const slice = text.slice(s.start, s.end);
  const at = (m: RegExpMatchArray): number => s.start + (m.index ?? 0);
  const out: Candidate[] = [];
  if (slice.includes('Embassy')) {
    for (const m of slice.matchAll(EMBASSY_RE)) {
      const qualifier = m[1] && (!/[’']s$/.test(m[1]) || isPlace(m[1].slice(0, -2)));
      // "Embassy in Moscow" is taken only up to a known place.
      const place = m[2] && (isPlace(m[2]) ? m[2] : isPlace(m[2].split(' ')[0]) ? m[2].split(' ')[0] : undefined);
      if (!qualifier && !place) continue;
      const from = qualifier ? at(m) : at(m) + (m[1] ? m[1].length + 1 : 0);
      const head = text.indexOf('Embassy', from);
      const end = place ? text.indexOf(place, head) + place.length : head + 'Embassy'.length;
      // The mention stops at "Embassy" so "in Moscow" stays a mention of the place.
      out.push(org(from, head + 'Embassy'.length, text.slice(from, end).replace(/’/g, "'"), 'embassy'));
    }
  }
  if (/hannel \p{Lu}/u.test(slice)) {
    for (const m of slice.matchAll(CHANNEL_RE)) {
      const words = m[1].split(' ');
      if (NOT_NAMES.has(words[0].toLowerCase())) continue;
      const known = GAZETTEER_BY_VARIANT.get(m[1].toLowerCase());
      if (known && known.kind !== 'organization') continue;
      const start = at(m) + m[0].length - m[1].length;
      out.push(org(start, start + m[1].length, known?.name ?? m[1], 'channel'));
    }
  }
  if (/\d(?:st|nd|rd|th) \p{Ll}/u.test(slice)) for (const m of slice.matchAll(LOWER_UNIT_RE)) out.push(org(at(m), at(m) + m[0].length, m[0], 'unit'));
  if (slice.includes('Military District')) for (const m of slice.matchAll(DISTRICT_RE)) out.push(org(at(m), at(m) + m[0].length, m[0], 'district'));
  if (slice.includes(' ministry')) {
    for (const m of slice.matchAll(LOWER_MINISTRY_RE)) {
      if (m[1] && !isPlace(m[1])) continue;
      const start = at(m) + m[0].length - m[3].length;
      // The mention is the ministry; a country before it stays a mention of the country.
      const name = m[1] ? `${GAZETTEER_BY_VARIANT.get(m[1].toLowerCase())?.name}'s ${m[3]}` : m[2] ? `${INITIALS_OF[m[2]] ?? plainInitials(m[2])} ${m[3]}` : m[3];
      out.push(org(start, start + m[3].length, name, 'lower-ministry'));
    }
  }
  if (HAS_NATIONAL_BODY.test(slice)) {
    for (const m of slice.matchAll(NATIONAL_BODY_RE)) {
      // A capital stands for its country's government only ("the Riga government"), not its army.
      const capital = m[3] ? GAZETTEER_BY_VARIANT.get(m[3].toLowerCase()) : undefined;
      if (m[3] && !(capital?.kind === 'place' && capital.standsFor)) continue;
      out.push(org(at(m), at(m) + m[0].length, m[0], 'national-body'));
    }
  }
  if (slice.includes(' military') || slice.includes(' intelligence')) {
    for (const m of slice.matchAll(SERVICE_RE)) {
      if (NOT_ONE_COUNTRY.has(m[1])) continue;
      // "U.S. military" and "US military" are one body.
      out.push(org(at(m), at(m) + m[0].length, plainInitials(m[0]), 'national-service'));
    }
  }
  if (HAS_ANALYST.test(slice)) {
    for (const m of slice.matchAll(ANALYSTS_RE)) {
      const name = m[1] ?? m[2];
      const words = name.split(' ');
      if (words.some((w) => NOT_NAMES.has(w.toLowerCase()) || DEMONYMS.has(w)) || GAZETTEER_BY_VARIANT.has(name.toLowerCase())) continue;
      if (words.length === 1 && !/^\p{Lu}\p{Ll}*\p{Lu}|^\p{Lu}{2,}$/u.test(name)) continue;
      // "Former CIA analyst", "Top Pentagon analysts": a known name after a qualifier; "Senior
      // Defence analyst", "OSINT analysts": a standing or a field; "an economist with Vladimir Milov": a person.
      if (words.some((_w, k) => k > 0 && words.slice(k).some((_v, j) => GAZETTEER_BY_VARIANT.has(words.slice(k, k + j + 1).join(' ').toLowerCase())))) continue;
      const lead = words[0].toLowerCase();
      if (ANALYST_STANDINGS.has(lead) || (words.length === 1 && ANALYST_FIELDS.has(lead))) continue;
      // "an economist with Vladimir Milov" names a person; "Raymond James analysts" a firm.
      if (m[2] && words.length > 1 && isTelltaleGivenName(words[0])) continue;
      const start = at(m) + (m[1] ? 0 : m[0].length - name.length);
      out.push(org(start, start + name.length, name, 'analysts-firm'));
    }
  }
  if (slice.includes(' House')) {
    for (const m of slice.matchAll(US_HOUSE_RE)) {
      const word = m[1] ?? m[2];
      const start = at(m) + m[0].length - word.length;
      out.push(org(start, start + word.length, 'House of Representatives', 'us-house'));
    }
  }
  if (/ (?:TV|television|radio) (?:channel|station)/u.test(slice)) {
    for (const m of slice.matchAll(TV_CHANNEL_RE)) {
      const words = m[1].split(' ');
      if (NOT_NAMES.has(words[0].toLowerCase()) || DEMONYMS.has(words[words.length - 1])) continue;
      const known = GAZETTEER_BY_VARIANT.get(m[1].toLowerCase());
      if (known && known.kind !== 'organization') continue;
      out.push(org(at(m), at(m) + m[1].length, known?.name ?? m[1], 'tv-channel'));
    }
  }
  return out;
}
