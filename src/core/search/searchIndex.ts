/**
 * The passage index: every sentence of every document, searchable by words or by exact phrase.
 * This is the only module that knows minisearch; everything it is told (terms, stop words,
 * normalisation) comes from the sibling modules so documents and queries are treated alike.
 */
import MiniSearch, {
  type AsPlainObject,
  type Options as MiniSearchConfig,
  type SearchOptions as MiniSearchOptions,
} from 'minisearch';
import type { CorpusDocument, Passage } from '../model';
import { passagesOf } from './passages';
import { phraseSpans, preparePhrase, unquote } from './phrase';
import { PostingsBuilder } from './postings';
import { compareRanked, compareStrings, type Ranked, termBoosts, toResult, topK, wordHighlights } from './rank';
import { forEachToken, indexTerms } from './tokenize';
import type { SearchOptions, SearchResult } from './types';

export { passagesOf } from './passages';

/** Options fixed when the index is created. */
export interface PassageIndexOptions {
  /**
   * Names of the actors a passage mentions, indexed in a low-weight `actors` field so a search
   * for "Putin" can find a sentence that only says "the president". Called once per passage
   * when a document is added; `replace` the document when its actors change.
   *
   * ```ts
   * new PassageIndex({ actorNames: (p) => extraction.actorsIn(p.id).map((a) => a.name) })
   * ```
   */
  actorNames?: (passage: Passage) => string[];
  /** Weight of a match in the document title, relative to the sentence (default 0.3). */
  titleBoost?: number;
  /** Weight of a match in the actor names (default 0.5). */
  actorsBoost?: number;
  /**
   * Occurrences above which a word is "common": in a word query that also has rarer words, it
   * only adds to the score of passages the rarer words found. Default: 2% of passages, at
   * least 1000. Tests lower it to exercise that path on a small corpus.
   */
  commonTermCount?: number;
}

/** Words shorter than this are never fuzzed: one edit in a short word is another word (war → was). */
export const FUZZY_MIN_LENGTH = 4;
/** A last word shorter than this is not expanded as a prefix: "t" would pull in the vocabulary. */
export const PREFIX_MIN_LENGTH = 3;
const DEFAULT_LIMIT = 20;
const DEFAULT_FUZZY = 0.2;
/** Long words would otherwise get 3+ edits at 0.2 and match unrelated words; 2 is also faster. */
const MAX_FUZZY_DISTANCE = 2;
/** Characters scanned at most for a phrase made only of stop words, which the index cannot narrow. */
const STOP_PHRASE_SCAN_BUDGET = 3_000_000;
const COMMON_TERM_SHARE = 0.02;
const COMMON_TERM_MIN = 1000;
const FIELDS = ['text', 'title', 'actors'];

interface IndexedDocument {
  title: string;
  passageIds: string[];
}

type ActorNames = (passage: Passage) => string[];

const splitOnSpace = (query: string): string[] => query.split(' ');
const keepTerm = (term: string): string => term;

/**
 * An incremental index of {@link Passage}s. Adding, replacing and removing a document touches
 * only that document's passages: removal uses minisearch's `discard`, which needs only the ids
 * (the actor names given at indexing time may have changed since, which would corrupt a
 * `remove`), and auto-vacuuming later frees the discarded postings.
 *
 * ```ts
 * const index = new PassageIndex();
 * index.addAll(docs);                          // bulk build when empty
 * index.search('strategic failure');           // words, all-terms matches first
 * index.search('"strategic failure"');         // exact phrase
 * index.search('weak', { documentIds: [id] }); // prefix, one document
 * index.replace(changedDoc);
 * ```
 */
export class PassageIndex {
  private mini: MiniSearch<Passage>;
  private readonly config: MiniSearchConfig<Passage>;
  private readonly passages = new Map<string, Passage>();
  private readonly docs = new Map<string, IndexedDocument>();
  /** Occurrences of each term in passage texts: tells typos from known words, common from rare. */
  private readonly termCounts = new Map<string, number>();
  private readonly defaultActorNames: ActorNames | undefined;
  private readonly boost: Record<string, number>;
  private readonly commonTermCount: number | undefined;
  private actorNamesForAdd: ActorNames | undefined;
  private sortedDocumentIds: string[] | null = null;
  private lastTitle = '';
  private lastTitleTerms: string[] = [];

  constructor(options: PassageIndexOptions = {}) {
    this.defaultActorNames = options.actorNames;
    this.boost = { text: 1, title: options.titleBoost ?? 0.3, actors: options.actorsBoost ?? 0.5 };
    this.commonTermCount = options.commonTermCount;
    this.config = {
      fields: FIELDS,
      storeFields: [],
      extractField: (passage, field) => this.fieldOf(passage, field),
      tokenize: (text, field) => this.tokenizeField(text, field ?? 'text'),
      processTerm: keepTerm,
    };
    this.mini = new MiniSearch<Passage>(this.config);
  }

  /** Number of passages indexed. */
  get size(): number {
    return this.passages.size;
  }

  /** Number of documents indexed (including documents without sentences). */
  get documentCount(): number {
    return this.docs.size;
  }

  /** True when a document with this id is indexed. */
  has(documentId: string): boolean {
    return this.docs.has(documentId);
  }

  /** The passage with this id (`${documentId}#${sentenceIndex}`), if indexed. */
  passage(id: string): Passage | undefined {
    return this.passages.get(id);
  }

  /** The passages of one document in text order (empty when the document is not indexed). */
  passagesOf(documentId: string): Passage[] {
    return (this.docs.get(documentId)?.passageIds ?? []).map((id) => this.passages.get(id) as Passage);
  }

  /**
   * Indexes the passages of `doc`. A document already indexed under the same id is replaced.
   * `actorNames` overrides the index-wide option for this document.
   */
  add(doc: CorpusDocument, actorNames?: ActorNames): void {
    if (this.docs.has(doc.id)) this.remove(doc.id);
    this.actorNamesForAdd = actorNames ?? this.defaultActorNames;
    try {
      for (const passage of this.register(doc)) this.mini.add(passage);
    } finally {
      this.actorNamesForAdd = undefined;
    }
  }

  /**
   * Indexes many documents. On an empty index the postings are gathered in plain maps and handed
   * to minisearch in one piece (its `loadJS` format), which builds the term tree once per term
   * instead of once per occurrence: about twice as fast as adding passages one by one.
   */
  addAll(docs: Iterable<CorpusDocument>, actorNames?: ActorNames): void {
    const unique = new Map<string, CorpusDocument>();
    for (const doc of docs) unique.set(doc.id, doc);
    if (this.docs.size > 0 || this.mini.documentCount > 0 || this.mini.dirtCount > 0) {
      for (const doc of unique.values()) this.add(doc, actorNames);
      return;
    }
    this.actorNamesForAdd = actorNames ?? this.defaultActorNames;
    try {
      this.mini = MiniSearch.loadJS(this.bulkIndex(unique.values()), this.config);
    } catch {
      // A minisearch release with another serialised format: slower, but still correct.
      this.clear();
      for (const doc of unique.values()) this.add(doc, actorNames);
    } finally {
      this.actorNamesForAdd = undefined;
    }
  }

  /** Empties the index. */
  clear(): void {
    this.mini = new MiniSearch<Passage>(this.config);
    this.passages.clear();
    this.docs.clear();
    this.termCounts.clear();
    this.sortedDocumentIds = null;
  }

  /** Removes the old passages of `doc.id` (if any), then indexes the new ones. */
  replace(doc: CorpusDocument, actorNames?: ActorNames): void {
    this.add(doc, actorNames);
  }

  /** Removes a document's passages; false when it was not indexed. */
  remove(documentId: string): boolean {
    const doc = this.docs.get(documentId);
    if (!doc) return false;
    this.mini.discardAll(doc.passageIds);
    for (const id of doc.passageIds) {
      this.count(indexTerms((this.passages.get(id) as Passage).text), -1);
      this.passages.delete(id);
    }
    this.docs.delete(documentId);
    this.sortedDocumentIds = null;
    return true;
  }

  /**
   * Passages matching `query`, best first (ties by document id, then position). See
   * {@link SearchOptions} for the modes; highlights are computed for the returned results only.
   */
  search(query: string, options: SearchOptions = {}): SearchResult[] {
    const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_LIMIT));
    const allowed = options.documentIds ? new Set(options.documentIds) : null;
    if (limit === 0 || allowed?.size === 0 || this.passages.size === 0) return [];
    const mode = options.mode ?? 'auto';
    if (mode === 'words') return this.searchWords(query, options, limit, allowed);
    const phrase = unquote(query);
    if (mode === 'phrase') return this.searchPhrase(phrase ?? query, limit, allowed);
    return phrase === null ? this.searchWords(query, options, limit, allowed) : this.searchPhrase(phrase, limit, allowed);
  }

  private register(doc: CorpusDocument): Passage[] {
    const passages = passagesOf(doc);
    this.docs.set(doc.id, { title: doc.metadata.title, passageIds: passages.map((p) => p.id) });
    for (const passage of passages) this.passages.set(passage.id, passage);
    this.sortedDocumentIds = null;
    return passages;
  }

  private fieldOf(passage: Passage, field: string): string | undefined {
    if (field === 'id' || field === 'text') return passage[field];
    if (field === 'title') return this.docs.get(passage.documentId)?.title;
    const names = field === 'actors' ? this.actorNamesForAdd?.(passage) : undefined;
    return names && names.length > 0 ? names.join(' ; ') : undefined;
  }

  /** The terms of one field; passage texts are also counted (minisearch tokenizes each once). */
  private tokenizeField(text: string, field: string): string[] {
    const terms = this.termsOf(text, field);
    if (field === 'text') this.count(terms, 1);
    return terms;
  }

  private termsOf(text: string, field: string): string[] {
    // Every passage of a document carries its title; tokenizing it once per document is enough.
    if (field !== 'title') return indexTerms(text);
    if (text !== this.lastTitle) [this.lastTitle, this.lastTitleTerms] = [text, indexTerms(text)];
    return this.lastTitleTerms;
  }

  private count(terms: string[], delta: number): void {
    for (const term of terms) {
      const next = (this.termCounts.get(term) ?? 0) + delta;
      if (next > 0) this.termCounts.set(term, next);
      else this.termCounts.delete(term);
    }
  }

  /** The index in minisearch's serialised form (version 2), equal to what `add` would build. */
  private bulkIndex(docs: Iterable<CorpusDocument>): AsPlainObject {
    const builder = new PostingsBuilder();
    const documentIds: Record<number, string> = {};
    for (const doc of docs) {
      for (const passage of this.register(doc)) {
        documentIds[builder.documentCount] = passage.id;
        builder.addDocument(
          FIELDS.map((field) => {
            const value = this.fieldOf(passage, field);
            return value == null ? undefined : this.termsOf(value, field);
          }),
        );
      }
    }
    for (const [term, count] of builder.counts()) this.termCounts.set(term, count);
    return {
      documentCount: builder.documentCount,
      nextId: builder.documentCount,
      documentIds,
      fieldIds: Object.fromEntries(FIELDS.map((field, i) => [field, i])),
      fieldLength: builder.fieldLength,
      averageFieldLength: builder.averageFieldLength,
      storedFields: {},
      dirtCount: 0,
      index: [...builder.entries()],
      serializationVersion: 2,
    };
  }

  /** A minisearch document boost that is 0 outside the allowed documents (or candidates). */
  private onlyIn(allowed: Set<string> | null, candidates?: Map<string, unknown>): MiniSearchOptions['boostDocument'] {
    // A zero document boost makes minisearch skip the passage before building a result for it.
    if (candidates) return (id: string) => (candidates.has(id) ? 1 : 0);
    if (!allowed) return undefined;
    return (id: string) => (allowed.has(this.passages.get(id)?.documentId ?? '') ? 1 : 0);
  }

  private searchWords(query: string, options: SearchOptions, limit: number, allowed: Set<string> | null): SearchResult[] {
    const terms = new Set<string>();
    const prefixTerms = new Set<string>();
    const typing = options.prefix ?? true;
    forEachToken(query, (term, _start, end, stop) => {
      if (stop) return;
      terms.add(term);
      // Only the word being typed (touching the end of the query) is a prefix.
      if (typing && end === query.length && term.length >= PREFIX_MIN_LENGTH) prefixTerms.add(term);
    });
    if (terms.size === 0) return [];
    const fuzzy = options.fuzzy ?? DEFAULT_FUZZY;
    const boosts = termBoosts(options.boostTerms);
    const base: MiniSearchOptions = {
      tokenize: splitOnSpace,
      processTerm: keepTerm,
      combineWith: 'OR',
      boost: this.boost,
      prefix: (term) => prefixTerms.has(term),
      // A word the texts contain is not a typo; fuzzing it anyway is the slowest part of a query.
      fuzzy: (term) => (fuzzy > 0 && term.length >= FUZZY_MIN_LENGTH && !this.termCounts.has(term) ? fuzzy : false),
      maxFuzzy: MAX_FUZZY_DISTANCE,
      boostTerm: boosts ? (term) => boosts.get(term) ?? 1 : undefined,
    };
    const run = (list: string[], candidates?: Map<string, Match>): Map<string, Match> => {
      const matches = candidates ?? new Map<string, Match>();
      const hits = this.mini.search(list.join(' '), { ...base, boostDocument: this.onlyIn(allowed, candidates) });
      for (const hit of hits) {
        const id = hit.id as string;
        const match = matches.get(id) ?? { raw: 0, matched: 0, terms: [] };
        // minisearch multiplies the summed term scores by the number of query terms matched.
        match.raw += hit.score / hit.queryTerms.length;
        match.matched += hit.queryTerms.length;
        match.terms.push(...hit.terms);
        matches.set(id, match);
      }
      return matches;
    };
    const threshold = this.commonTermCount ?? Math.max(COMMON_TERM_MIN, this.passages.size * COMMON_TERM_SHARE);
    const all = [...terms];
    const common = all.filter((t) => !prefixTerms.has(t) && (this.termCounts.get(t) ?? 0) > threshold);
    const rare = all.filter((t) => !common.includes(t));
    let matches: Map<string, Match> | null = null;
    // Common words have huge posting lists; when the rarer words are at least half the query
    // and find enough passages, the common words only re-score those (passages with common
    // words alone would rank low anyway). Otherwise, one plain OR search.
    if (common.length > 0 && rare.length >= common.length) {
      matches = run(rare);
      matches = matches.size >= limit ? run(common, matches) : null;
    }
    matches ??= run(all);
    const ranked: Ranked[] = [];
    for (const [id, match] of matches) {
      // Coverage on top of minisearch's count: every word beats one rare word repeated.
      const score = match.raw * match.matched * (match.matched / terms.size);
      ranked.push({ passage: this.passages.get(id) as Passage, score, terms: match.terms });
    }
    return topK(ranked, limit).map(({ passage, score, terms: matched }) => {
      const unique = new Set(matched);
      return toResult(passage, score, [...unique].sort(), wordHighlights(passage, unique));
    });
  }

  private searchPhrase(phraseText: string, limit: number, allowed: Set<string> | null): SearchResult[] {
    const phrase = preparePhrase(phraseText);
    const words = new Set<string>();
    const terms = new Set<string>();
    forEachToken(phraseText, (term, _start, _end, stop) => {
      words.add(term);
      if (!stop) terms.add(term);
    });
    if (!phrase || words.size === 0) return [];
    const candidates =
      terms.size > 0 ? this.phraseCandidates([...terms], allowed) : this.allPassages(allowed, STOP_PHRASE_SCAN_BUDGET);
    const results: SearchResult[] = [];
    for (const { passage, score } of candidates) {
      const spans = phraseSpans(passage.text, phrase);
      if (spans.length === 0) continue;
      const highlights = spans.map((s) => ({ start: passage.start + s.start, end: passage.start + s.end }));
      results.push(toResult(passage, score, [...words], highlights));
      if (results.length === limit) break;
    }
    return results;
  }

  /** Passages holding every content word of the phrase, in result order, to be verified. */
  private phraseCandidates(terms: string[], allowed: Set<string> | null): Ranked[] {
    const hits = this.mini.search(terms.join(' '), {
      tokenize: splitOnSpace,
      processTerm: keepTerm,
      combineWith: 'AND',
      fields: ['text'],
      prefix: false,
      fuzzy: false,
      boostDocument: this.onlyIn(allowed),
    });
    const ranked = hits.map((hit) => ({ passage: this.passages.get(hit.id as string) as Passage, score: hit.score, terms }));
    return ranked.sort(compareRanked);
  }

  /** Every passage in document-id order, up to a budget of characters, all scored alike. */
  private *allPassages(allowed: Set<string> | null, budget: number): Generator<Ranked> {
    this.sortedDocumentIds ??= [...this.docs.keys()].sort(compareStrings);
    let scanned = 0;
    for (const documentId of this.sortedDocumentIds) {
      if (allowed && !allowed.has(documentId)) continue;
      for (const passage of this.passagesOf(documentId)) {
        scanned += passage.text.length;
        if (scanned > budget) return;
        yield { passage, score: 1, terms: [] };
      }
    }
  }
}

interface Match {
  raw: number;
  matched: number;
  terms: string[];
}
