/**
 * Groups one document's mentions into local actors. Names are resolved over the whole document,
 * not left to right: a surname is linked to the full name wherever the full name stands.
 */
import { isCommonGivenName, isGivenName } from '../givenNames';
import type { CorpusDocument } from '../../model';
import type { Mention } from '../types';
import { GAZETTEER_BY_VARIANT } from './gazetteer';
import { INSTITUTION_HEADS, ROYAL } from './lexicon';
import { nicknameOwners } from './nicknames';
import { isFamilyNameFirst } from './surnameFirst';
import { surnameOf } from './titles';
import { nameKey, sentenceAt } from './text';
import { feminineSki, knownSpelling, oneSlipApart, sameSurname, skeleton } from './spelling';
import { findUnnamed } from './unnamed';
import type { Candidate, DocumentActors, LocalActor } from './types';

/** The last word of a name ("Jr." passed over), accents and case ignored: what a surname-only mention matches. */
export function surnameKey(name: string): string {
  return nameKey(surnameOf(name.trim().split(/\s+/)));
}

/** A name and, for a known person, the spellings the gazetteer knows ("Zacharowa" of "Maria Zakharova"). */
function spellingsOf(name: string): string[] {
  const entry = GAZETTEER_BY_VARIANT.get(name.toLowerCase());
  return entry?.kind === 'person' ? [name, ...entry.variants] : [name];
}

/** Canonical full name of a person mention, using the gazetteer and the document's full names. */
function personNames(text: string, candidates: Candidate[]): Map<Candidate, string> {
  const canonical = (name: string): string => {
    const known = GAZETTEER_BY_VARIANT.get(name.toLowerCase());
    return known?.kind === 'person' ? known.name : (knownSpelling(name) ?? name);
  };
  const people = candidates.filter((c) => c.kind === 'person');
  const named = people.map((c) => ({ c, name: canonical(c.name) })).filter((p) => p.name.includes(' '));
  // "Stoltenberg said" in a story naming Gerhard Stoltenberg: the gazetteer's Jens Stoltenberg, known
  // only from the bare surname, is no full name of this document ("President Biden" is, beside Hunter).
  const writtenOut = named.filter((p) => text.slice(p.c.start, p.c.end).includes(' '));
  const full = named.filter((p) => text.slice(p.c.start, p.c.end).includes(' ') || p.c.roles.length > 0 || !writtenOut.some((w) => w.name !== p.name && surnameKey(w.name) === surnameKey(p.name)));
  const result = new Map<Candidate, string>();
  // One-word names by skeleton, first seen first: "Dacchić" is the "Daczić" named before it.
  const firstSpelling = new Map<string, string>();
  for (const c of people) {
    // "Duda said" after "Agnieszka Duda": a full name of the document goes before a known person's.
    const surface = text.slice(c.start, c.end);
    const ownFullName = !surface.includes(' ') && full.some((f) => f.name !== canonical(c.name) && surnameKey(f.name) === nameKey(surface));
    const name = ownFullName ? surface : canonical(c.name);
    if (name.includes(' ')) {
      // A shorter full name inside a longer one ("D. McLoney" in "David D. McLoney") takes the longer.
      // "Von der Leyen" in "Ursula von der Leyen": particles change case at a sentence start.
      const longer = full.filter((f) => f.name.length > name.length && f.name.toLowerCase().endsWith(` ${name.toLowerCase()}`));
      result.set(c, longer.length > 0 ? longer[0].name : (firstSpelledAs(full, name) ?? name));
      continue;
    }
    let matches = full.filter((f) => surnameKey(f.name) === nameKey(name));
    // "Zelenskyys’": a plural possessive written on a singular name.
    if (matches.length === 0 && /s$/.test(name)) {
      const known = GAZETTEER_BY_VARIANT.get(name.slice(0, -1).toLowerCase());
      if (known?.kind === 'person') {
        result.set(c, known.name);
        continue;
      }
      matches = full.filter((f) => surnameKey(f.name) === nameKey(name.slice(0, -1)));
    }
    // "Wang said" after "Wang Wenbin": Chinese and Korean names put the family name first.
    if (matches.length === 0 && isFamilyNameFirst(name)) {
      matches = full.filter((f) => nameKey(f.name.split(' ')[0]) === nameKey(name) && f.name.split(' ').length === 2);
    }
    // "Zelanski" after "Volodymyr Zelnski": a surname spelled another way in the same document.
    if (matches.length === 0 && !GAZETTEER_BY_VARIANT.has(name.toLowerCase()) && skeleton(name).length >= 4) {
      matches = full.filter((f) => spellingsOf(f.name).some((spelt) => sameSurname(spelt.split(' ').pop() ?? '', name)));
    }
    // "(Russian President Vladimir) Putin": a first name alone, cut off by an editor's bracket or a
    // tagger, is the one person of the document with that first name; two such people keep it apart.
    if (matches.length === 0 && !GAZETTEER_BY_VARIANT.has(name.toLowerCase())) {
      const byFirst = full.filter((f) => f.name.split(' ').length > 1 && nameKey(f.name.split(' ')[0]) === nameKey(name));
      if (new Set(byFirst.map((f) => f.name)).size === 1) matches = byFirst;
    }
    // "Pskai" after "Jen Psaki", "Chernea" after "Remus Cernea": machine translation's slips, one
    // letter off a surname of five letters or more the document names in full.
    if (matches.length === 0 && !GAZETTEER_BY_VARIANT.has(name.toLowerCase()) && !isGivenName(name) && !isCommonGivenName(name)) {
      const near = full.filter((f) => oneSlipApart(f.name.split(' ').pop() ?? '', name));
      if (new Set(near.map((f) => f.name)).size === 1) matches = near;
    }
    if (matches.length === 0) {
      const key = GAZETTEER_BY_VARIANT.has(name.toLowerCase()) ? '' : `${skeleton(name)}${feminineSki(name) ? '+a' : ''}`;
      if (key.length >= 4 && !firstSpelling.has(key)) firstSpelling.set(key, name);
      result.set(c, key.length >= 4 ? (firstSpelling.get(key) ?? name) : name);
      continue;
    }
    // Several full names share the surname: take the nearest one before, else the first after.
    const before = matches.filter((m) => m.c.start < c.start);
    result.set(c, (before.length > 0 ? before[before.length - 1] : matches[0]).name);
  }
  return withMiddleNames(result);
}

/**
 * "Sandi Sweeney" (and "Sweeney") after "Sandi Haber Sweeney": the one name written with its middle
 * name. "Nogales" after "Javier Nogales Iturri": a Spanish name's first surname, which no given name
 * is, stands for the whole.
 */
function withMiddleNames(names: Map<Candidate, string>): Map<Candidate, string> {
  const threes = [...new Set(names.values())].filter((n) => n.split(' ').length === 3);
  if (threes.length === 0) return names;
  const fuller = new Map<string, string | null>();
  const add = (short: string, n: string): void => void fuller.set(short, fuller.has(short) ? null : n);
  for (const n of threes) {
    const [first, middle, last] = n.split(' ');
    add(`${first} ${last}`, n);
    if (/^\p{Lu}\p{Ll}{2,}$/u.test(middle) && !isGivenName(middle)) add(middle, n);
  }
  for (const [c, n] of names) {
    const longer = fuller.get(n);
    if (longer) names.set(c, longer);
  }
  return names;
}

/**
 * Two first names of five letters or more one letter apart, not by a final "a" or "e" ("Mychajło",
 * "Michajło"); "Ivana" and "Ivan", "Denise" and "Denis" are different people. Stricter than
 * spelling.ts’s sameFirstName, whose consonant skeleton also joins "Jan" and "Anna".
 */
function oneLetterApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false;
  if (a.replace(/[ae]$/, '') === b.replace(/[ae]$/, '')) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const [x, y] = a.length >= b.length ? [a, b] : [b, a];
  return x.slice(i + 1) === y.slice(x.length === y.length ? i + 1 : i);
}

/**
 * "Michajło Podolak" after "Mychajło Podolak", "Wasyl Zwarycz" after "Wasyl Zarycz": the same
 * surname with a first name spelled another way, or the same first name with a surname one letter
 * apart (machine translation drops and adds letters), is the full name the document gave first.
 * "Anna Kowalska" is not "Anna Kowalski": the feminine form names another person.
 */
function firstSpelledAs(full: { c: Candidate; name: string }[], name: string): string | undefined {
  const [first, last, ...more] = name.split(' ');
  if (more.length > 0) return undefined;
  // The earliest spelling wins, so every spelling of the name maps to the same one.
  const spellings = full.filter((f) => {
    const [ff, fl, ...fmore] = f.name.split(' ');
    if (fmore.length > 0) return false;
    if (nameKey(fl) === nameKey(last)) return oneLetterApart(nameKey(ff), nameKey(first));
    return nameKey(ff) === nameKey(first) && feminineSki(fl) === feminineSki(last) && oneLetterApart(nameKey(fl), nameKey(last));
  });
  return spellings.sort((a, b) => a.c.start - b.c.start)[0]?.name;
}

// "Eastern Studies Center": a remit before its head, as translations write "Center for Eastern Studies".
const HEAD_LAST_RE = /^(.+) (Cent(?:er|re)|Institute|Foundation|Council|Committee|Commission|Agency|Service|Office|Fund|Academy)$/u;

/**
 * "the International Crimea Platform" is the "Crimea Platform" the document names elsewhere, and
 * "the Eastern Studies Center" the "Center for Eastern Studies".
 */
const SUPRANATIONAL = new Set(['European', 'International', 'Western', 'Eurasian', 'African', 'Asian', 'Arab', 'Nordic', 'Baltic', 'Global', 'World']);

function bodyNames(text: string, candidates: Candidate[]): Map<Candidate, string> {
  const bodies = candidates.filter((c) => c.kind === 'organization');
  const known = new Map(bodies.map((c) => [nameKey(c.name), c.name]));
  // "the Russian Ministry" after "the Russian Ministry of Foreign Affairs": the head cut before its
  // remit is the one body of the document whose name goes on with "of …".
  const byHead = new Map<string, Set<string>>();
  for (const c of bodies) {
    const head = /^(.+?) of /.exec(c.name)?.[1];
    // "the European Union" or "Congress" named in full is the gazetteer's body, not a head cut short.
    if (head && GAZETTEER_BY_VARIANT.has(head.toLowerCase())) continue;
    if (head && INSTITUTION_HEADS.has(head.split(' ').pop() ?? '')) byHead.set(nameKey(head), (byHead.get(nameKey(head)) ?? new Set()).add(c.name));
  }
  // "the Foreign Ministry" after "the Russian Foreign Ministry": a body named with its country's
  // word first is the one the bare name means, when the document names only one.
  const byBareName = new Map<string, Set<string>>();
  for (const c of bodies) {
    const bare = /^(\p{Lu}[\p{L}.-]*(?:['’]s)?) (\p{Lu}\p{L}+ (\p{Lu}\p{L}+))$/u.exec(c.name);
    // Only a country's own body: "the European Central Bank" is no "Central Bank" of a country.
    if (bare && INSTITUTION_HEADS.has(bare[3]) && !SUPRANATIONAL.has(bare[1])) byBareName.set(nameKey(bare[2]), (byBareName.get(nameKey(bare[2])) ?? new Set()).add(c.name));
  }
  const result = new Map<Candidate, string>();
  for (const c of bodies) {
    const longer = byHead.get(nameKey(c.name));
    if (longer?.size === 1 && !c.name.includes(' of ')) {
      result.set(c, [...longer][0]);
      continue;
    }
    // "the Foreign Ministry in Warsaw" says whose it is.
    const placed = /^\s+(?:in|of)\s+\p{Lu}/u.test(text.slice(c.end, c.end + 6));
    const qualified = c.source === 'gazetteer' || placed ? undefined : byBareName.get(nameKey(c.name));
    if (qualified?.size === 1) {
      result.set(c, [...qualified][0]);
      continue;
    }
    const rest = /^International (.+)$/.exec(c.name)?.[1];
    if (rest && known.has(nameKey(rest))) {
      result.set(c, rest);
      continue;
    }
    const inverted = HEAD_LAST_RE.exec(c.name);
    if (!inverted) continue;
    const [, remit, head] = inverted;
    const full = ['for', 'of', 'for the', 'of the'].map((p) => known.get(nameKey(`${head} ${p} ${remit}`))).find(Boolean);
    if (full) result.set(c, full);
  }
  return result;
}

// A body named with the country it belongs to: "US Senate", "UN Security Council".
const HOME_RE = /^(?:US|U\.S\.|UN|U\.N\.|United Nations)\s/u;
const HOME_BEFORE_RE = /(?:\bUS|\bU\.S\.|\bUN|\bU\.N\.|\bAmerican|\bUnited States|\bUnited Nations)[’']?s?\s+$/u;

/**
 * "Poland's Senate … the Senate": where a document names one country's own instance of a body the
 * gazetteer knows as another's, the bare name is that instance, unless the document also writes
 * the other one out ("UN Security Council", "the US Senate").
 */
function nationalBodies(text: string, candidates: Candidate[]): Map<Candidate, string> {
  const instances = new Map<string, Set<string>>();
  for (const c of candidates) if (c.base) instances.set(c.base, (instances.get(c.base) ?? new Set()).add(c.name));
  const result = new Map<Candidate, string>();
  if (instances.size === 0) return result;
  // "the Royal Australian Air Force … the Australian Air Force": the short form is the crown's.
  const crowned = new Set(candidates.filter((c) => c.base && c.name.startsWith(ROYAL)).map((c) => c.name));
  for (const c of candidates) if (c.base && crowned.has(ROYAL + c.name)) result.set(c, ROYAL + c.name);
  const bare = candidates.filter((c) => c.source === 'gazetteer' && instances.get(c.name)?.size === 1);
  const home = new Set(bare.filter((c) => HOME_RE.test(text.slice(c.start, c.end)) || HOME_BEFORE_RE.test(text.slice(Math.max(0, c.start - 16), c.start))).map((c) => c.name));
  for (const c of bare) if (!home.has(c.name)) result.set(c, [...(instances.get(c.name) ?? [])][0]);
  return result;
}

/** Builds the document's local actors from its resolved candidates (and unnamed sources). */
export function clusterDocument(doc: CorpusDocument, kept: Candidate[], useRules: boolean): DocumentActors {
  const { text, sentences } = doc;
  const names = useRules ? personNames(text, kept) : new Map<Candidate, string>();
  const actors = new Map<string, LocalActor>();
  const add = (name: string, c: Pick<Candidate, 'kind' | 'roles' | 'standsFor' | 'start' | 'end'>, documentScoped: boolean): void => {
    const key = `${c.kind}|${useRules ? nameKey(name) : name}`;
    let actor = actors.get(key);
    if (!actor) {
      actor = { name, kind: c.kind, roles: [], standsFor: c.standsFor, documentScoped, mentions: [] };
      actors.set(key, actor);
    }
    for (const r of c.roles) if (!actor.roles.includes(r)) actor.roles.push(r);
    const mention: Mention = { documentId: doc.id, start: c.start, end: c.end, text: text.slice(c.start, c.end), sentenceIndex: sentences[sentenceAt(sentences, c.start)].index };
    actor.mentions.push(mention);
  };
  const bodies = useRules ? bodyNames(text, kept) : new Map<Candidate, string>();
  const national = useRules ? nationalBodies(text, kept) : new Map<Candidate, string>();
  const nicknames = useRules ? nicknameOwners(text, kept.filter((c) => c.kind === 'person'), (c) => names.get(c) ?? c.name) : new Map<string, string>();
  for (const c of kept) {
    const name = names.get(c) ?? bodies.get(c) ?? national.get(c) ?? c.name;
    add((c.kind === 'person' && nicknames.get(name)) || name, c, false);
  }
  if (useRules) {
    for (const u of findUnnamed(text, sentences)) add(u.name, { kind: 'unnamed', roles: [], standsFor: null, start: u.start, end: u.end }, true);
  }
  for (const actor of actors.values()) actor.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { documentId: doc.id, documentKey: doc.key, actors: [...actors.values()] };
}
