/**
 * Collective actors: a people in the plural ("the Russians"), a party's members ("Republicans
 * say"), a party named by its members ("the Free Democrats") and backed separatists.
 */
import type { Sentence } from '../../model';
import { DEMONYMS, GROUP_DEMONYMS } from './gazetteer';
import { isTelltaleGivenName } from '../givenNames';
import { PARTY_MEMBERS } from './lexicon';
import { PRIORITY } from './rules';
import type { Token } from './text';
import type { Candidate } from './types';

// Plurals spelt like the adjective: "Chinese President Xi" names no group, "the Chinese said" does.
const SAME_AS_ADJECTIVE = new Set(['Chinese', 'Japanese', 'Dutch']);

function standsAsPeople(text: string, tokens: Token[], i: number): boolean {
  // "as Chinese propaganda describes", "which Chinese state media described": those who speak for the people.
  if (/^\s+(?:state\s+)?(?:media|propaganda|officials|authorities|diplomats|side)\b/.test(text.slice(tokens[i].end, tokens[i].end + 24))) return true;
  if (tokens[i - 1]?.text.toLowerCase() !== 'the') return false;
  const next = tokens[i + 1];
  // "the Dutch and the Poles" are peoples; "the Dutch and German governments" qualify a noun.
  if (next?.text === 'and' && tokens[i + 2] && DEMONYMS.has(tokens[i + 2].text)) return false;
  return !next || /^\s*[,.;:!?)]/.test(text.slice(tokens[i].end, tokens[i].end + 2)) || /^(?:say|said|says|have|has|had|are|were|will|would|do|did|and|who|themselves)$/.test(next.text);
}

const PARTY_QUALIFIERS = new Set(['Social', 'Free', 'Christian', 'Liberal', 'Sweden', 'Young']);
const US_CHAMBERS = new Set(['House', 'Senate', 'Congressional', 'GOP', 'US', 'U.S.', 'Young', 'Many', 'Some', 'Most', 'Other', 'Both', 'All', 'Two', 'Three']);

const PARTY_ADJECTIVE: Record<string, string> = { Democrats: 'Democratic', Republicans: 'Republican', Tories: 'Tory' };

/** "Social Democrats" as "Social Democratic Party" when the text names the party so; else as written. */
function partyNamed(text: string, qualifier: string, members: string): string {
  const full = `${qualifier} ${PARTY_ADJECTIVE[members] ?? members} Party`;
  return text.includes(full) ? full : `${qualifier} ${members}`;
}

/** Collective groups: plural demonyms ("the Russians"), a party's members and backed separatists. */
export function groupCandidates(text: string, s: Sentence, tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (const [i, t] of tokens.entries()) {
    // "Claire Danes": a surname spelt like a people after a given name.
    const surname = i > 0 && isTelltaleGivenName(tokens[i - 1].text) && /^ $/.test(text.slice(tokens[i - 1].end, t.start));
    if (PARTY_MEMBERS.has(t.text)) {
      // "the Sweden Democrats", "Social Democrats", "Democrats 66" are parties of their own.
      const prev = tokens[i - 1];
      const named = prev && /^\p{Lu}/u.test(prev.text) && /^ $/.test(text.slice(prev.end, t.start)) && !US_CHAMBERS.has(prev.text);
      // "the Free Democrats", "Social Democrats": the party itself.
      // (Named as the party the story names in full: "Sorsa's Social Democratic Party … The Social Democrats held 57 seats".)
      if (named && PARTY_QUALIFIERS.has(prev.text)) out.push({ start: prev.start, end: t.end, kind: 'organization', name: partyNamed(text, prev.text, t.text), roles: [], standsFor: null, priority: PRIORITY.body, source: 'party' });
      if (named || /^\s+(?:\d|Abroad\b)/.test(text.slice(t.end, t.end + 8))) continue;
      out.push({ start: t.start, end: t.end, kind: 'group', name: t.text, roles: [], standsFor: null, priority: PRIORITY.group, source: 'group' });
      continue;
    }
    if (GROUP_DEMONYMS.has(t.text) && !surname && (!SAME_AS_ADJECTIVE.has(t.text) || standsAsPeople(text, tokens, i))) out.push({ start: t.start, end: t.end, kind: 'group', name: t.text, roles: [], standsFor: null, priority: PRIORITY.group, source: 'group' });
  }
  const slice = text.slice(s.start, s.end);
  for (const m of slice.matchAll(/\b(?:pro-\p{Lu}\p{L}+|\p{Lu}\p{L}+-backed) separatists\b/gu)) {
    const start = s.start + (m.index ?? 0);
    out.push({ start, end: start + m[0].length, kind: 'group', name: m[0], roles: [], standsFor: null, priority: PRIORITY.group + 10, source: 'group' });
  }
  return out;
}
