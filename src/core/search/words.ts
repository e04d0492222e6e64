/**
 * Word queries apart from the index: which terms a query asks for, and how the index's hits on
 * passages and on document titles combine into ranked results. `searchIndex.ts` runs the
 * minisearch queries and hands their hits in; nothing here imports minisearch.
 */
import type { Passage } from '../model';
import { compareStrings, type Ranked, toResult, topK, wordHighlights } from './rank';
import { forEachToken } from './tokenize';
import type { SearchOptions, SearchResult } from './types';

/** A last word shorter than this is not expanded as a prefix: "t" would pull in the vocabulary. */
export const PREFIX_MIN_LENGTH = 3;

/** The terms of a word query. */
export interface WordQuery {
  /** Every content term, required ones included. */
  terms: Set<string>;
  /** The word being typed (touching the end of the query), to be expanded as a prefix. */
  prefixTerms: Set<string>;
  /** Terms a passage's text must hold (from `requiredTerms`). */
  required: Set<string>;
}

/** The terms of `query`, or null when there is nothing to search for. */
export function wordQuery(query: string, options: SearchOptions): WordQuery | null {
  const terms = new Set<string>();
  const prefixTerms = new Set<string>();
  const typing = options.prefix ?? true;
  forEachToken(query, (term, _start, end, stop) => {
    if (stop) return;
    terms.add(term);
    // Only the word being typed (touching the end of the query) is a prefix.
    if (typing && end === query.length && term.length >= PREFIX_MIN_LENGTH) prefixTerms.add(term);
  });
  const required = new Set<string>();
  for (const word of options.requiredTerms ?? []) {
    forEachToken(word, (term, _start, _end, stop) => {
      if (stop) return;
      required.add(term);
      terms.add(term);
    });
  }
  if (terms.size === 0) return null;
  if (options.requiredTerms && options.requiredTerms.length > 0 && required.size === 0) return null;
  return { terms, prefixTerms, required };
}

/** One hit of the index (a minisearch result): passage or document id, score and terms. */
export interface Hit {
  id: string;
  score: number;
  queryTerms: string[];
  terms: string[];
}

export interface Match {
  /** Summed term scores (before minisearch's multiplication by the number of query terms). */
  raw: number;
  /** Query terms matched (each once). */
  queryTerms: string[];
  /** Index terms matched, for highlighting. */
  terms: string[];
}

/** Adds passage hits to `into` (by passage id), summing the scores of separate searches. */
export function addHits(hits: Iterable<Hit>, into: Map<string, Match>): Map<string, Match> {
  for (const hit of hits) {
    let match = into.get(hit.id);
    if (!match) into.set(hit.id, (match = { raw: 0, queryTerms: [], terms: [] }));
    // minisearch multiplies the summed term scores by the number of query terms matched.
    match.raw += hit.score / hit.queryTerms.length;
    match.queryTerms.push(...hit.queryTerms);
    match.terms.push(...hit.terms);
  }
  return into;
}

/** Per document: its title's score for these terms (times `titleBoost`), query terms and matched terms. */
export function titleMatchesOf(hits: Iterable<Hit>, titleBoost: number): Map<string, Match> {
  const byDocument = new Map<string, Match>();
  for (const hit of hits) {
    const raw = (titleBoost * hit.score) / hit.queryTerms.length;
    byDocument.set(hit.id, { raw, queryTerms: hit.queryTerms, terms: hit.terms });
  }
  return byDocument;
}

/** What ranking needs from the index. */
export interface PassageLookup {
  passage(id: string): Passage;
  /** A document's passage ids in text order (empty when not indexed). */
  passageIds(documentId: string): readonly string[];
}

export interface RankWordsInput {
  /** Passage id → match. */
  matches: Map<string, Match>;
  /** Document id → title match. */
  titleMatches: Map<string, Match>;
  /** Number of distinct query terms. */
  termCount: number;
  limit: number;
  /** Whether passages found by their title alone are results (not when terms are required). */
  titleOnly: boolean;
}

/** The best `limit` results: passage and title scores summed, weighted by the share of terms matched. */
export function rankWords(input: RankWordsInput, lookup: PassageLookup): SearchResult[] {
  const { matches, titleMatches, termCount, limit } = input;
  const score = (raw: number, matched: number) => raw * matched * (matched / termCount);
  const ranked: Ranked[] = [];
  for (const [id, match] of matches) {
    const passage = lookup.passage(id);
    let { raw } = match;
    let matched = match.queryTerms.length;
    let matchedTerms = match.terms;
    const title = titleMatches.get(passage.documentId);
    if (title) {
      raw += title.raw;
      matched += title.queryTerms.filter((t) => !match.queryTerms.includes(t)).length;
      matchedTerms = [...matchedTerms, ...title.terms];
    }
    // Coverage on top of minisearch's count: every word beats one rare word repeated.
    ranked.push({ passage, score: score(raw, matched), terms: matchedTerms });
  }
  if (input.titleOnly && titleMatches.size > 0) ranked.push(...titleOnly(titleMatches, matches, limit, score, lookup));
  return topK(ranked, limit).map(({ passage, score: s, terms: matched }) => {
    const unique = new Set(matched);
    return toResult(passage, s, [...unique].sort(), wordHighlights(passage, unique));
  });
}

/**
 * Passages found by their document's title alone. They all score alike within a document, so
 * taking documents best first (ties by id) and stopping at `limit` passages loses nothing the
 * top `limit` could hold.
 */
function titleOnly(
  titleMatches: Map<string, Match>,
  matches: Map<string, Match>,
  limit: number,
  score: (raw: number, matched: number) => number,
  lookup: PassageLookup,
): Ranked[] {
  const documents = [...titleMatches].map(([documentId, m]) => ({ documentId, m, s: score(m.raw, m.queryTerms.length) }));
  documents.sort((a, b) => b.s - a.s || compareStrings(a.documentId, b.documentId));
  const ranked: Ranked[] = [];
  for (const { documentId, m, s } of documents) {
    for (const id of lookup.passageIds(documentId)) {
      if (matches.has(id)) continue;
      ranked.push({ passage: lookup.passage(id), score: s, terms: m.terms });
      if (ranked.length >= limit) return ranked;
    }
  }
  return ranked;
}
