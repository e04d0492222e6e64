/**
 * A one-word name the rules took for a person because it speaks, which an appositive shows to be a
 * body: "said Janes, a global agency for open-source defense intelligence". Every mention of that
 * name in the document is then the body.
 */
import { isGivenName } from '../givenNames';
import { GAZETTEER_BY_VARIANT } from './gazetteer';
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
