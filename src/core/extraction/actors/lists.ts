/**
 * Names in a list share a kind: in "signed by Internews Ukraine, Institute of Mass Information,
 * Dzerkalo Tyzhnia, Glavcom and LB.ua" the names no rule knows are organisations like the ones it
 * does, and in "to Moscow, Sochi or St. Petersburg" Sochi is a place. Linear in the sentence length.
 */
import type { Sentence } from '../../model';
import type { ActorKind } from '../types';
import { DEMONYMS, GAZETTEER_BY_VARIANT } from './gazetteer';
import { CALENDAR, TITLE_HEADS, TITLE_MODIFIERS } from './lexicon';
import { PRIORITY } from './rules';
import { isFirmName } from './firms';
import type { Candidate } from './types';

// A capitalised word of a name ("LB.ua", "Kasčiūnas", "U.S.", "G7"; not "2024" nor "April"), and the small words a name holds.
const NAME_WORD = /^\p{Lu}[\p{L}\p{N}.&’'-]*$/u;
// "Irish.Because": two sentences run together where a space went missing.
const RUN_TOGETHER = /\p{Ll}\.\p{Lu}\p{Ll}/u;
const CONNECTOR = /^(?:of|for|and|or|the|on|de|du|la|le|der|von|van|al|el|&)$/;
// Capitalised words that open a sentence or a clause rather than a name.
const NOT_NAME_OPENERS = new Set(
  'A An The In On At By For From To With Without But And Or Nor Yet So However Meanwhile Also Then Now Still Since After Before While When Where If As Of Like Unlike This That These Those It He She They We I You His Her Their Our Its Some Many Most All Both Each Other Others Such Yes No Not'.split(' '),
);

// "EU Member States": the members of a body are a group, not a body.
const COLLECTIVE = / (?:States|Members|Countries|Nations|Governments|Allies|Partners|Citizens|Forces|Troops|Authorities)$/;

// Slavic, Baltic and Caucasian surname endings, for one-word names listed among bodies.
const SURNAME_ENDING = /^\p{Lu}\p{Ll}+(?:ski|ska|cki|cka|wicz|czyk|czak|ak|enko|chuk|ov|ova|ev|eva|in|ina|yan|ian|idze|shvili|as|is|us|ius)$/u;

interface Item {
  start: number;
  end: number;
}

/** Words of `s` with their offsets (relative to the string). */
function words(s: string): { text: string; start: number; end: number }[] {
  return [...s.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

// A possessive ("Poland's PGE", "Kovalenko's home village") belongs to what follows, not to the list.
const isNameWord = (w: string): boolean =>
  NAME_WORD.test(w) && !/[’']s$/.test(w) && !RUN_TOGETHER.test(w) && !NOT_NAME_OPENERS.has(w) && !CALENDAR.has(w.toLowerCase().replace(/\.$/, ''));

/** Whether all of `piece` is one name: capitalised words with small words only inside, at most eight words. */
function wholeName(piece: string): boolean {
  const ws = words(piece.replace(/^the /, '')).map((w) => w.text);
  return ws.length > 0 && ws.length <= 8 && isNameWord(ws[0]) && isNameWord(ws[ws.length - 1]) && ws.every((w) => isNameWord(w) || CONNECTOR.test(w));
}

/** The name that ends `piece` ("signed by Internews Ukraine" → "Internews Ukraine"), as offsets into it. */
function trailingName(piece: string): Item | null {
  const ws = words(piece);
  let i = ws.length;
  while (i > 0 && (isNameWord(ws[i - 1].text) || CONNECTOR.test(ws[i - 1].text)) && ws.length - i < 8) i--;
  while (i < ws.length && !isNameWord(ws[i].text)) i++;
  return i < ws.length && isNameWord(ws[ws.length - 1].text) ? { start: ws[i].start, end: ws[ws.length - 1].end } : null;
}

/** The name that opens `piece` after "and"/"or" ("or St. Petersburg to talk" → "St. Petersburg"), as offsets into it. */
function leadingName(piece: string, most = 8): Item | null {
  const ws = words(piece);
  let i = ws[0] && /^(?:and|or)$/.test(ws[0].text) ? 1 : 0;
  const first = i;
  if (!ws[i] || !isNameWord(ws[i].text)) return null;
  let last = i;
  for (i++; i < ws.length && i - first < most && (isNameWord(ws[i].text) || CONNECTOR.test(ws[i].text)); i++) if (isNameWord(ws[i].text)) last = i;
  return { start: ws[first].start, end: ws[last].start + ws[last].text.replace(/[.;:)]+$/, '').length };
}

/** The items of every list of three or more names in `slice`, as offsets into it. */
function listsIn(slice: string): Item[][] {
  const pieces: Item[] = [];
  let from = 0;
  for (const m of slice.matchAll(/, /g)) {
    pieces.push({ start: from, end: m.index ?? 0 });
    from = (m.index ?? 0) + 2;
  }
  pieces.push({ start: from, end: slice.length });
  const lists: Item[][] = [];
  let run: Item[] = [];
  const close = (): void => {
    if (run.length >= 3) lists.push(run);
    run = [];
  };
  pieces.forEach((p, k) => {
    const text = slice.slice(p.start, p.end);
    const isLast = k === pieces.length - 1 || !leadingName(slice.slice(pieces[k + 1].start, pieces[k + 1].end));
    if (run.length === 0) {
      const t = wholeName(text) ? { start: 0, end: text.length } : trailingName(text);
      if (t) run.push({ start: p.start + t.start, end: p.start + t.end });
      return;
    }
    if (wholeName(text) && !isLast) {
      run.push({ ...p });
      return;
    }
    // The last piece: "and Glavcom", "Sochi or St. Petersburg to talk", "Oczaków and Odessa in the south".
    const lead = leadingName(text, 16);
    // A list ends in "and"/"or" or at punctuation: "Detector media NGO." is no name of it.
    if (lead && (/ (?:and|or) /.test(` ${text.slice(0, lead.end)}`) || /^[\s.;:)]*$/.test(text.slice(lead.end)))) {
      const names = text.slice(lead.start, lead.end);
      const split = [...names.matchAll(/ (?:and|or) /g)].reverse().find((m) => wholeName(names.slice(0, m.index)) && wholeName(names.slice((m.index ?? 0) + m[0].length)));
      const at = p.start + lead.start;
      if (split) {
        run.push({ start: at, end: at + (split.index ?? 0) });
        run.push({ start: at + (split.index ?? 0) + split[0].length, end: at + names.length });
      } else run.push({ start: at, end: at + names.length });
    }
    close();
    const t = trailingName(text);
    if (t && k < pieces.length - 1) run.push({ start: p.start + t.start, end: p.start + t.end });
  });
  close();
  return lists;
}

/**
 * Candidates for the names of a list that no rule explained, of the one kind the list's explained
 * names share (organisations or places; two at least and half the list, none of another kind). An
 * organisation partly explained ("Internews Ukraine", where Ukraine is the place) becomes whole.
 */
export function listMemberCandidates(text: string, sentences: Sentence[], kept: Candidate[], skip: boolean[]): Candidate[] {
  const out: Candidate[] = [];
  let c = 0;
  sentences.forEach((s, i) => {
    while (c < kept.length && kept[c].start < s.start) c++;
    if (skip[i]) return;
    const slice = text.slice(s.start, s.end);
    if (!slice.includes(', ')) return;
    // A headline in title case ("Shell, BP, Exxon Quit Russia Amid Sanctions") runs verbs into names.
    const ws = words(slice);
    if (!/[.!?]["”’]?\s*$/.test(slice) && ws.filter((w) => /^\p{Lu}/u.test(w.text)).length > 0.6 * ws.length) return;
    let k = c;
    const inSentence: Candidate[] = [];
    while (k < kept.length && kept[k].start < s.end) inSentence.push(kept[k++]);
    for (const list of listsIn(slice)) {
      const items = list.map((it) => {
        const start = text.startsWith('the ', s.start + it.start) ? s.start + it.start + 4 : s.start + it.start;
        const end = s.start + it.end;
        const inside = inSentence.filter((x) => x.start < end && x.end > start);
        return { start, end, inside, exact: inside.find((x) => x.start === start && x.end === end) };
      });
      const kinds = new Set(items.flatMap((it) => (it.exact ? [it.exact.kind] : [])));
      // Two names at least are known, and half of them.
      const known = items.filter((it) => it.exact).length;
      const [kind] = kinds as Set<ActorKind>;
      if (kinds.size !== 1 || known < 2 || 2 * known < items.length || (kind !== 'organization' && kind !== 'place')) continue;
      for (const it of items) {
        const name = text.slice(it.start, it.end);
        if (it.inside.length === 0) {
          // A sentence's or a quotation's first word may be any capitalised word; a known word is a rule's to read.
          // A firm's suffix alone ("… (South East Asia) Ltd") is the tail of a name, none of its own.
          if (/(?:^|[.!?“"‘(]\s*)$/.test(text.slice(s.start, it.start).trimEnd()) || GAZETTEER_BY_VARIANT.has(name.toLowerCase()) || (!name.includes(' ') && isFirmName(name))) continue;
          // "the presidents of France, Russia and the German Chancellor": an office is no body or place.
          if (name.split(' ').some((w) => TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w) || DEMONYMS.has(w))) continue;
          // "… and the Quad" among places is a body; "Steadfast Defender units" names the units.
          if (kind === 'place' && /\bthe $/.test(text.slice(it.start - 4, it.start))) continue;
          if (/^ \p{Ll}+s\b/u.test(text.slice(it.end, it.end + 20)) && !/^ (?:is|was|has|does|says)\b/.test(text.slice(it.end, it.end + 6))) continue;
          // "Nowak", "Kowalczyk, a lawyer": a surname listed among bodies signs as a person.
          if (kind === 'organization' && (SURNAME_ENDING.test(name) || /^,\s+(?:a|an)\s+\p{Ll}/u.test(text.slice(it.end, it.end + 6)))) continue;
          out.push({ start: it.start, end: it.end, kind, name, roles: [], standsFor: null, priority: PRIORITY.listMember, source: 'list' });
        } else if (kind === 'organization' && !it.exact && !COLLECTIVE.test(name) && it.inside.every((x) => x.kind !== 'person' && x.start >= it.start && x.end <= it.end)) {
          // "Internews Ukraine": a place or a shorter organisation inside a longer name is part of it.
          out.push({ start: it.start, end: it.end, kind, name, roles: [], standsFor: null, priority: PRIORITY.qualifiedBody + 1, source: 'list' });
        }
      }
    }
  });
  return out;
}
