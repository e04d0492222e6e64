/**
 * A one-word name the rules took for a person because it speaks, which an appositive shows to be a
 * body: "said Janes, a global agency for open-source defense intelligence". Every mention of that
 * name in the document is then the body.
 */
import { isGivenName } from '../givenNames';
import { DEMONYMS, GAZETTEER_BY_VARIANT } from './gazetteer';
import { CALENDAR, NOT_NAMES, TITLE_HEADS } from './lexicon';
import { placeEntry } from './institutions';
import { PRIORITY } from './rules';
import type { Candidate } from './types';

// ", a global agency for …", ", the London-based think tank", ", an open-source intelligence group";
// not ", a senior analyst at the agency".
const BODY_APPOSITIVE =
  /^,\s+(?:a|an|the)\s+(?:(?!(?:at|of|for|in|with|from|on|by|to)\b)[\p{L}-]+\s+){0,4}(?:agency|company|firm|group|organi[sz]ation|consultancy|think[- ]tank|outlet|newspaper|website|institute|network|monitor|provider|platform|publication|broadcaster|charity|NGO|watchdog|start-?up|manufacturer|maker|operator|producer|bank|fund|lender|insurer|retailer|carrier|airline)\b/iu;

/** Candidates where a one-word "person" that a body's appositive follows is that body, everywhere in the document. */
export function bodiesByAppositive(text: string, candidates: Candidate[]): Candidate[] {
  const bodies = new Set<string>();
  for (const c of candidates) {
    if (c.kind !== 'person' || c.name.includes(' ') || isGivenName(c.name) || GAZETTEER_BY_VARIANT.get(c.name.toLowerCase())?.kind === 'person') continue;
    if (BODY_APPOSITIVE.test(text.slice(c.end, c.end + 80))) bodies.add(c.name);
  }
  if (bodies.size === 0) return candidates;
  return candidates.map((c) => (c.kind === 'person' && bodies.has(c.name) ? { ...c, kind: 'organization', roles: [] } : c));
}

// A capitalised name of up to three words right before a comma and an article.
const NAME_BEFORE_APPOSITIVE = /(?<![\p{L}\p{N}&'’.-])(\p{Lu}[\p{L}\d&'’-]*(?: \p{Lu}[\p{L}\d&'’-]*){0,2}),\s+(?:a|an|the)\s/gu;

/**
 * "President of In-Stat, an electronics industry research firm", "analysts at Dataquest, a market
 * research firm": a name no rule reads, which its appositive shows to be a body. Not a sentence's
 * first word ("Meanwhile, a company spokesman said"), a given name, a place or a known name.
 */
export function appositiveBodyCandidates(text: string, sentences: { start: number; end: number }[], skip: boolean[]): Candidate[] {
  const out: Candidate[] = [];
  sentences.forEach((s, i) => {
    if (skip[i]) return;
    const slice = text.slice(s.start, s.end);
    if (!/, (?:a|an|the) /.test(slice)) return;
    for (const m of slice.matchAll(NAME_BEFORE_APPOSITIVE)) {
      const start = s.start + (m.index ?? 0);
      const name = m[1];
      const appositive = BODY_APPOSITIVE.exec(text.slice(start + name.length, start + name.length + 80));
      if (!appositive) continue;
      // "In its Weather and Crops Bulletin, the agency said": a thing the body owns, and the body the
      // next clause's subject; "T. Rowe Price Associates": the name began at its initial.
      if (/\b(?:its|his|her|their|our)\s+(?:\p{Lu}\p{L}*\s+(?:and\s+)?){0,3}$/u.test(text.slice(Math.max(s.start, start - 40), start)) || /\b\p{Lu}\. $/u.test(text.slice(Math.max(s.start, start - 4), start))) continue;
      // "… to North Dakota, the agency said": a bare "the agency" before a verb opens the next clause.
      if (/^,\s+the\s+\p{Ll}+$/u.test(appositive[0]) && /^\s+(?:said|says|told|added|reported|noted|announced|estimated)\b/.test(text.slice(start + name.length + appositive[0].length, start + name.length + appositive[0].length + 12))) continue;
      // ("The Museum of the Great Patriotic War, the Belarusian news agency BelTA": a list, and a
      // name inside another's.)
      if (/\bof the $/.test(text.slice(Math.max(s.start, start - 8), start)) || /\b(?:War|Revolution|Crisis|Uprising|Games|Olympics|Day)$/.test(name)) continue;
      if (/^[\s"“‘(]*$/.test(text.slice(s.start, start)) || isGivenName(name.split(' ')[0]) || GAZETTEER_BY_VARIANT.has(name.toLowerCase()) || placeEntry(name)) continue;
      if (name.split(' ').some((w) => NOT_NAMES.has(w.toLowerCase()) || CALENDAR.has(w.toLowerCase()) || TITLE_HEADS.has(w) || DEMONYMS.has(w))) continue;
      out.push({ start, end: start + name.length, kind: 'organization', name, roles: [], standsFor: null, priority: PRIORITY.propagated, source: 'body-appositive' });
    }
  });
  return out;
}
