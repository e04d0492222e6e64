/**
 * Descriptions linked back to the actor they name: "the spokesman" to the person whose role or
 * titling words hold "spokesman", "the authors" to a co-author, "the former congressman" to the
 * one person in view, "the department" to the last body with "Department" in its name.
 */
import type { Actor } from '../types';
import { mentionsIn, paragraphIndexAt, type SpeakerContext } from './context';
import { titlingWords } from './describedPerson';
import { DOCUMENT_NOUNS, headedOffice, OFFICE_NOUNS } from './names';
import { knownOfficeWords } from './offices';
import { lastSentenceStart, lowerWords } from './text';
import { DEMONYMS, NATIONALITY_COUNTRY } from '../actors/gazetteer';

const NATIONALITY_WORDS = new Set([...DEMONYMS].map((w) => w.toLowerCase()));
// A title's country written as a name ("Foreign Minister of Russia") holds a nationality too.
const COUNTRY_DEMONYMS: Record<string, string> = {
  ...Object.fromEntries(Object.entries(NATIONALITY_COUNTRY).map(([adjective, country]) => [country.toLowerCase(), adjective.toLowerCase()])),
  britain: 'british', uk: 'british', us: 'american', america: 'american',
};

/**
 * The nationality a word names as a country: the table above, else the demonym that spells the
 * country with "-n" for its last letter ("Romania" → "romanian", "Moldova" → "moldovan").
 */
function demonymOf(word: string): string {
  const listed = COUNTRY_DEMONYMS[word];
  if (listed) return listed;
  // Only a country's name ends so ("Romania"): "crimes" is not "Crimean".
  if (word.length < 5 || NATIONALITY_WORDS.has(word) || !word.endsWith('a')) return word;
  const stem = word.slice(0, -1);
  for (const d of NATIONALITY_WORDS) if (d.startsWith(stem) && d.length - word.length <= 2 && d.length > word.length) return d;
  return word;
}

/** Determiners that make a description refer back ("the", "this"), unlike "a" or "an". */
export const DETERMINER = /^(?:the|this|that|these|those)$/i;
const OFFICE_HEAD = new RegExp(`^(?:${OFFICE_NOUNS})$`, 'iu');

const JUDGED_LEADER = /^(?:strongman|dictator|autocrat)$/;

// Heads that name the same standing in other words: "the warlord" for a "Wagner Group chief".
const HEAD_SYNONYMS: Record<string, string[]> = {
  warlord: ['chief', 'leader', 'commander', 'founder', 'boss'],
  boss: ['chief', 'head', 'leader'],
  chief: ['head', 'leader', 'boss'],
  head: ['chief', 'leader'],
  // "the Ukrainian leader" for its president or premier.
  leader: ['chief', 'head', 'president', 'premier', 'chancellor', 'prime'],
  // "the Russian strongman" for its president.
  strongman: ['leader', 'president', 'premier', 'prime', 'chief', 'head'],
  dictator: ['leader', 'president', 'premier', 'prime', 'chief', 'head'],
  autocrat: ['leader', 'president', 'premier', 'prime', 'chief', 'head'],
  premier: ['prime'],
  // "the diplomat" for an ambassador, an envoy or a foreign ministry's spokesperson.
  diplomat: ['ambassador', 'envoy', 'consul', 'foreign'],
  // "the journalist" for a war correspondent or a reporter.
  journalist: ['correspondent', 'reporter', 'columnist', 'editor'],
  reporter: ['correspondent', 'journalist'],
  correspondent: ['reporter', 'journalist'],
};

/** `titling`: words titling the actor's mentions in this document, whether or not kept as roles. */
function describes(actor: Actor, mentionText: string, head: string, titling: readonly string[]): boolean {
  if (actor.kind === 'unnamed') return lowerWords(`${mentionText} ${actor.name}`).includes(head);
  // "the authors write" for a "co-author of the report".
  const singular = head.length > 4 && head.endsWith('s') && !head.endsWith('ss') ? head.slice(0, -1) : head;
  const heads = [head, singular, ...(HEAD_SYNONYMS[singular] ?? [])];
  // The name may hold the title itself: "Pope Francis" for "the Pope" (a title, not a name: "the XI").
  const named = OFFICE_HEAD.test(singular) ? lowerWords(actor.name) : [];
  // The mention's own words title it too ("Premier Karl Holt"), and an abbreviated title is
  // the office written out ("Sen. Lindsey Graham" is "the senator").
  const words = [...actor.roles.flatMap(lowerWords), ...titling, ...named, ...lowerWords(mentionText)]
    .flatMap((w) => [w, ...w.split('-'), ...(TITLE_ABBREVIATIONS[w.replace(/\.$/, '')] ?? [])]);
  // "the head of the British government Boris Johnson" is "the British prime minister".
  for (const phrase of [...actor.roles, titling.join(' ')]) {
    const office = headedOffice(phrase)?.office;
    if (office) words.push(...(office === 'premier' ? ['premier', 'prime', 'minister'] : ['president']));
  }
  if (words.some((w) => heads.includes(w))) return true;
  // "the head of the Russian Ministry of Foreign Affairs Sergei …" is "the Russian minister"; a
  // ministry's spokeswoman is not.
  return singular === 'minister' && words.includes('ministry') && words.some((w) => MINISTRY_HEADS.has(w));
}

const TITLE_ABBREVIATIONS: Record<string, string[]> = {
  sen: ['senator'], gov: ['governor'], rep: ['representative', 'congressman', 'congresswoman'], gen: ['general'],
  pres: ['president'], amb: ['ambassador'], sec: ['secretary'], adm: ['admiral'], lt: ['lieutenant'], col: ['colonel'],
};
const MINISTRY_HEADS = new Set(['head', 'chief', 'boss', 'leader']);

/** "the Russian minister" is not one titled "Belarusian Minister": the description names another nationality. */
function nationalityConflicts(actor: Actor, mentionText: string, modifiers: string[], titling: readonly string[]): boolean {
  const wanted = modifiers.filter((w) => NATIONALITY_WORDS.has(w));
  if (wanted.length === 0) return false;
  const held = lowerWords([mentionText, ...actor.roles].join(' ')).concat(titling).map(demonymOf).filter((w) => NATIONALITY_WORDS.has(w));
  return held.length > 0 && !wanted.some((w) => held.includes(w));
}

function modifiersFit(actor: Actor, mentionText: string, modifiers: string[], titling: readonly string[]): boolean {
  const words = new Set([...lowerWords([mentionText, actor.name, ...actor.roles].join(' ')), ...titling].flatMap((w) => [w, demonymOf(w)]));
  return modifiers.every((w) => words.has(w));
}

/**
 * The actor a description ("the spokesman", "the defense secretary", "this official") refers
 * back to: the most recent person or unnamed source before `before` whose words or roles hold
 * the description's head noun, preferring one that also has its other words. `exclude` is the
 * generic actor the description itself may have been resolved to.
 */
export function findAntecedent(
  ctx: SpeakerContext,
  description: string,
  before: number,
  exclude: string | null,
): string | null {
  // "the head of state" is its president, "the head of government" its premier.
  // "the head of the Indian government" is the Indian premier.
  const headed = headedOffice(description);
  const plain = headed
    ? `${description.slice(0, headed.index)}${headed.qualifier ? `${headed.qualifier} ` : ''}${headed.office}${description.slice(headed.index + headed.length)}`
    : description;
  const words = lowerWords(plain).filter((w) => !DETERMINER.test(w));
  const head = words[words.length - 1];
  // "the letter states" is a document, never a person whose titling words held "letter".
  if (!head || DOCUMENT_NOUNS.test(head)) return null;
  // "the 70-year-old leader": an age tells no office, and would only keep the scan going.
  const modifiers = words.slice(0, -1).filter((w) => !/^\d/.test(w));
  // "the dictator" is a judgement, fit for any leader: only with a country ("the Belarusian strongman").
  if (JUDGED_LEADER.test(head) && !modifiers.some((w) => NATIONALITY_WORDS.has(w))) return null;
  let partial: string | null = null;
  const candidates = mentionsIn(ctx, { start: 0, end: before });
  const titling = new Map<string, Set<string>>();
  for (const m of candidates) {
    if (m.kind !== 'person') continue;
    const words = titlingWords(ctx, m);
    if (words.length === 0) continue;
    const set = titling.get(m.actorId) ?? new Set<string>();
    for (const w of words) set.add(w);
    titling.set(m.actorId, set);
  }
  // "the authors": of the people it fits, the one the document names most.
  const plural = head.length > 4 && head.endsWith('s') && !head.endsWith('ss');
  const counts = new Map<string, number>();
  if (plural) for (const m of candidates) counts.set(m.actorId, (counts.get(m.actorId) ?? 0) + 1);
  let best: string | null = null;
  // Each actor and surface once: the answer cannot change on a repeat.
  const seen = new Set<string>();
  // People whose office known at the article's date fits, kept aside: the words the article
  // writes come first, and a known office decides only when it alone fits.
  const known = new Set<string>();
  const knownSubjects = new Set<string>();
  for (let i = candidates.length - 1; i >= 0; i--) {
    const m = candidates[i];
    if (m.actorId === exclude) continue;
    const actor = ctx.actorsById.get(m.actorId);
    if (!actor || (actor.kind !== 'person' && actor.kind !== 'unnamed')) continue;
    const surface = ctx.text.slice(m.start, m.end);
    if (/^(?:the|this|that)\b/i.test(surface) && actor.kind === 'unnamed') continue; // another bare description
    const key = `${actor.id}\u0000${surface}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const titled = [...(titling.get(actor.id) ?? [])];
    if (describes(actor, surface, head, titled)) {
      if (plural) {
        if (!best || (counts.get(actor.id) ?? 0) > (counts.get(best) ?? 0)) best = actor.id;
        continue;
      }
      if (modifiersFit(actor, surface, modifiers, titled)) {
        // "Biden spoke with President Zelensky. Biden promised …. “…,” the president said": a holder
        // of the office who leads a later sentence is meant rather than the one titled before him.
        const later = [...knownSubjects].filter((id) => id !== actor.id);
        return later.length === 1 ? later[0] : later.length > 1 ? null : actor.id;
      }
      if (!nationalityConflicts(actor, surface, modifiers, titled)) partial ??= actor.id;
    }
    if (actor.kind !== 'person' || plural) continue;
    const office = knownOfficeWords(actor.name, ctx.date ?? null);
    // A former holder fits only "the former …".
    if (office.length === 0 || (office[0] === 'former' && !modifiers.includes('former'))) continue;
    const withOffice = [...titled, ...office];
    if (describes(actor, surface, head, withOffice) && modifiersFit(actor, surface, modifiers, withOffice)) {
      known.add(actor.id);
      if (leadsSentence(ctx.text, m.start)) knownSubjects.add(actor.id);
    }
  }
  if (!best && known.size === 1) {
    const [only] = known;
    if (!unknownOfficeNearby(ctx, only, head, modifiers, before, titling)) return only;
  }
  if (best) return best;
  // "the former president" is no sitting one: a holder of the office not titled "former" does not fit.
  if (partial && !modifiers.includes('former')) return partial;
  return VARIATION_HEADS.test(head) || modifiers.includes('former') ? soleRecentPerson(ctx, before) : null;
}

/** Whether the mention at `start` opens its sentence, past a courtesy title ("Mr Biden promised"). */
function leadsSentence(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const cut = lastSentenceStart(before);
  return /^\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$/.test(before.slice(cut)) && (cut > 0 || start < 40);
}

/**
 * Whether a bare description ("the president", no nationality) may mean someone else named in
 * this or the paragraph before whose office no table knows ("Mark Carney held talks with Meloni").
 * Not one the article titles as something else ("Kremlin aide Yuri Ushakov"), nor one named after
 * the known holder in the same sentence, as the object of the holder's meeting ("Putin met with
 * Nikolai Patrushev").
 */
function unknownOfficeNearby(
  ctx: SpeakerContext,
  known: string,
  head: string,
  modifiers: readonly string[],
  before: number,
  titling: ReadonlyMap<string, ReadonlySet<string>>,
): boolean {
  if (modifiers.some((w) => NATIONALITY_WORDS.has(w) || w in COUNTRY_DEMONYMS)) return false;
  const paragraph = paragraphIndexAt(ctx, before);
  const from = ctx.paragraphs[Math.max(0, paragraph - 1)]?.start ?? 0;
  const mentions = mentionsIn(ctx, { start: from, end: before });
  return mentions.some((m) => {
    const actor = ctx.actorsById.get(m.actorId);
    if (actor?.kind !== 'person' || actor.id === known || knownOfficeWords(actor.name, ctx.date ?? null).length > 0) return false;
    const titled = [...(titling.get(actor.id) ?? [])];
    if (titled.length > 0 && !describes(actor, ctx.text.slice(m.start, m.end), head, titled)) return false;
    const holderBefore = mentions.some((k) => k.actorId === known && k.end <= m.start && !/[.!?]["”’]?\s|\n/.test(ctx.text.slice(k.end, m.start)));
    return !holderBefore;
  });
}

// Words newsrooms use to refer again to the person just named ("the former congressman", "the
// Republican", "the analyst"), as opposed to bringing in someone else ("the spokesman"); a new
// analyst comes in as "an analyst", an unnamed source.
const VARIATION_HEADS = /^(?:republican|democrat|congressman|congresswoman|politician|billionaire|businessman|businesswoman|tycoon|veteran|lawmaker|conservative|liberal|populist|nationalist|analyst|expert|researcher|scholar|historian|economist|commentator|interlocutor|guest|activist|campaigner|organi[sz]er|co-organi[sz]er|dissident|professor|scientist|academic|sociologist|lawyer|blogger|columnist|strategist|specialist)$/;

/**
 * The one person named in the paragraph so far or, when it names nobody yet, since the start of
 * the previous paragraph; null when none or several. ("The co-organizer, Michal M., noted … According
 * to the activist, …" is Michal M. even when the paragraph before quoted someone else.)
 */
function soleRecentPerson(ctx: SpeakerContext, before: number): string | null {
  const para = paragraphIndexAt(ctx, before);
  const peopleFrom = (from: number): Set<string> =>
    new Set(mentionsIn(ctx, { start: from, end: before }).filter((m) => ctx.actorsById.get(m.actorId)?.kind === 'person').map((m) => m.actorId));
  const inParagraph = peopleFrom(ctx.paragraphs[Math.max(0, para)]?.start ?? 0);
  const people = inParagraph.size > 0 ? inParagraph : peopleFrom(ctx.paragraphs[Math.max(0, para - 1)]?.start ?? 0);
  return people.size === 1 ? [...people][0] : null;
}

// Nouns that name a body again ("the department also said", "the ministry added").
const BODY_NOUNS: Record<string, string[]> = {
  department: ['department'], ministry: ['ministry', 'department'], embassy: ['embassy'], agency: ['agency'],
  office: ['office'], council: ['council'], committee: ['committee'], commission: ['commission'], court: ['court'],
  company: ['company', 'corporation', 'inc', 'group'], service: ['service'], bureau: ['bureau'], alliance: ['alliance', 'nato'],
  bloc: ['union', 'eu', 'nato', 'alliance'], channel: ['channel'], newspaper: ['newspaper', 'times', 'post', 'journal'],
  // "says the American daily" after "The Washington Post".
  daily: ['times', 'post', 'journal', 'daily', 'gazette', 'herald', 'tribune', 'telegraph', 'guardian', 'independent', 'pravda', 'rzeczpospolita', 'wyborcza'],
  // "The institute recalled" after "the Institute for the Study of War". (Not "the bank", "the
  // party" or "the government": a story names several, and the last named is often not the one meant.)
  institute: ['institute'], center: ['center', 'centre'], centre: ['centre', 'center'], foundation: ['foundation'],
  university: ['university'],
  // "the organization added": whichever body was named last.
  organization: [], organisation: [],
};

// The country of papers a story may call by nationality ("the American daily").
const PAPER_COUNTRIES: Record<string, string> = {
  'washington post': 'american', 'new york times': 'american', 'wall street journal': 'american', 'los angeles times': 'american',
  'usa today': 'american', 'politico': 'american', 'guardian': 'british', 'telegraph': 'british', 'daily telegraph': 'british',
  'independent': 'british', 'financial times': 'british', 'economist': 'british', 'kyiv independent': 'ukrainian',
  'kyiv post': 'ukrainian', 'ukrainska pravda': 'ukrainian', 'moscow times': 'russian', 'kommersant': 'russian', 'izvestia': 'russian',
  'pravda': 'russian', 'vedomosti': 'russian', 'rzeczpospolita': 'polish', 'gazeta wyborcza': 'polish', 'le monde': 'french',
  'le figaro': 'french', 'bild': 'german', 'der spiegel': 'german', 'spiegel': 'german', 'die welt': 'german', 'jerusalem post': 'israeli',
  'haaretz': 'israeli', 'global times': 'chinese', 'japan times': 'japanese', 'hindustan times': 'indian',
};

/**
 * The last organisation before `before` whose name holds the noun of a description ("the
 * department") and its other words ("the state department" is the "State Department", not the
 * "Department of Commerce").
 */
export function bodyAntecedent(ctx: SpeakerContext, description: string, before: number): string | null {
  const words = lowerWords(description);
  if (words.length < 2 || words.length > 3) return null;
  const names = BODY_NOUNS[words[words.length - 1]];
  if (!names) return null;
  const modifiers = words.slice(1, -1);
  const candidates = mentionsIn(ctx, { start: 0, end: before });
  for (let i = candidates.length - 1; i >= 0; i--) {
    const actor = ctx.actorsById.get(candidates[i].actorId);
    if (actor?.kind !== 'organization') continue;
    const nameWords = lowerWords([actor.name, ...actor.aliases].join(' '));
    // "the American daily": a paper's country is seldom in its name, so it is the paper's known one.
    const country = names.includes('times') ? PAPER_COUNTRIES[actor.name.toLowerCase().replace(/^the /, '')] : undefined;
    const fits = (w: string): boolean => nameWords.includes(w) || w === country;
    if ((names.length === 0 || names.some((n) => nameWords.includes(n))) && modifiers.every(fits)) return actor.id;
  }
  return null;
}
