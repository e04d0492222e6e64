/** Ordering and result building shared by the search modes. */
import type { Passage, TextSpan } from '../model';
import { forEachToken } from './tokenize';
import type { SearchResult } from './types';

/** A passage with its score and the index terms it matched, before highlights are computed. */
export interface Ranked {
  passage: Passage;
  score: number;
  terms: string[];
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Score descending, then document id, then position: the same query always lists alike. */
export function compareRanked(a: Ranked, b: Ranked): number {
  return (
    b.score - a.score ||
    compareStrings(a.passage.documentId, b.passage.documentId) ||
    a.passage.start - b.passage.start
  );
}

/**
 * The best `k` items in {@link compareRanked} order. Word queries can match tens of thousands
 * of passages; keeping a small sorted window is cheaper than sorting them all.
 */
export function topK(items: Ranked[], k: number): Ranked[] {
  if (items.length <= k * 4) return items.sort(compareRanked).slice(0, k);
  const best: Ranked[] = [];
  for (const item of items) {
    if (best.length === k && compareRanked(item, best[k - 1]) >= 0) continue;
    let at = best.length;
    while (at > 0 && compareRanked(item, best[at - 1]) < 0) at--;
    best.splice(at, 0, item);
    if (best.length > k) best.pop();
  }
  return best;
}

/** Document offsets of the words of `passage` whose terms matched, in order, overlaps merged. */
export function wordHighlights(passage: Passage, matched: ReadonlySet<string>): TextSpan[] {
  const spans: TextSpan[] = [];
  forEachToken(passage.text, (term, start, end, stop) => {
    if (!stop && matched.has(term)) spans.push({ start: passage.start + start, end: passage.start + end });
  });
  // A hyphenated word yields its parts and then the compound over them; merge them into one.
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: TextSpan[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push(span);
  }
  return merged;
}

export function toResult(passage: Passage, score: number, terms: string[], highlights: TextSpan[]): SearchResult {
  return {
    passageId: passage.id,
    documentId: passage.documentId,
    start: passage.start,
    end: passage.end,
    text: passage.text,
    score,
    terms,
    highlights,
  };
}

/** `boostTerms` keyed by index term; keys are words as written ("Russia’s" boosts `russia`). */
export function termBoosts(boostTerms: Record<string, number> | undefined): Map<string, number> | null {
  if (!boostTerms) return null;
  const boosts = new Map<string, number>();
  for (const [word, boost] of Object.entries(boostTerms)) {
    forEachToken(word, (term) => boosts.set(term, boost));
  }
  return boosts.size > 0 ? boosts : null;
}
