/**
 * The passage index: every sentence of every document, searchable by words or by exact phrase.
 * This is the only module that knows minisearch; everything it is told (terms, stop words,
 * normalisation) comes from the sibling modules so documents and queries are treated alike, and
 * what it gets back is ranked (`words.ts`) and verified (`phrase.ts`) there too.
 */
import MiniSearch, {
  type Options as MiniSearchConfig,
  type SearchOptions as MiniSearchOptions,
} from 'minisearch';
import type { CorpusDocument, Passage } from '../model';
import { passagesOf } from './passages';
import { phraseQuery, unquote, verifyPhrase } from './phrase';
import { PostingsBuilder, type SerializedIndex } from './postings';
import { compareRanked, compareStrings, type Ranked, termBoosts } from './rank';
import { indexTerms } from './tokenize';
import type { PassageIndexOptions, SearchOptions, SearchResult } from './types';
import { addHits, type Match, type PassageLookup, rankWords, titleMatchesOf, wordQuery } from './words';

export { passagesOf } from './passages';
export { PREFIX_MIN_LENGTH } from './words';
export type { PassageIndexOptions } from './types';

/** Words shorter than this are never fuzzed: one edit in a short word is another word (war → was). */
export const FUZZY_MIN_LENGTH = 4;
const DEFAULT_LIMIT = 20;
const DEFAULT_FUZZY = 0.2;
/** Long words would otherwise get 3+ edits at 0.2 and match unrelated words; 2 is also faster. */
const MAX_FUZZY_DISTANCE = 2;
/** Characters scanned at most for a phrase made only of stop words, which the index cannot narrow. */
const STOP_PHRASE_SCAN_BUDGET = 3_000_000;
const COMMON_TERM_SHARE = 0.02;
const COMMON_TERM_MIN = 1000;
/** Passage fields. Titles live in a second index, one entry per document (see {@link PassageIndex}). */
const FIELDS = ['text', 'actors'];

interface IndexedDocument {
  passageIds: string[];
}

interface TitleEntry {
  id: string;
  title: string;
}

type ActorNames = (passage: Passage) => string[];

const splitOnSpace = (query: string): string[] => query.split(' ');
const keepTerm = (term: string): string => term;

/**
 * An incremental index of {@link Passage}s. Document titles are indexed once per document in a
 * second, small minisearch index rather than copied onto every passage; a document's title score
 * is added (times `titleBoost`) to each of its passages, so titles stay searchable. Adding, replacing and removing a document touches
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
  private titles: MiniSearch<TitleEntry>;
  private readonly config: MiniSearchConfig<Passage>;
  private readonly titleConfig: MiniSearchConfig<TitleEntry>;
  private readonly titleBoost: number;
  private readonly passages = new Map<string, Passage>();
  private readonly docs = new Map<string, IndexedDocument>();
  /** Occurrences of each term in passage texts: tells typos from known words, common from rare. */
  private readonly termCounts = new Map<string, number>();
  private readonly defaultActorNames: ActorNames | undefined;
  private readonly boost: Record<string, number>;
  private readonly commonTermCount: number | undefined;
  private actorNamesForAdd: ActorNames | undefined;
  private sortedDocumentIds: string[] | null = null;
  private readonly lookup: PassageLookup = {
    passage: (id) => this.passages.get(id) as Passage,
    passageIds: (documentId) => this.docs.get(documentId)?.passageIds ?? [],
  };

  constructor(options: PassageIndexOptions = {}) {
    this.defaultActorNames = options.actorNames;
    this.boost = { text: 1, actors: options.actorsBoost ?? 0.5 };
    this.titleBoost = options.titleBoost ?? 0.3;
    this.commonTermCount = options.commonTermCount;
    this.config = {
      fields: FIELDS,
      storeFields: [],
      extractField: (passage, field) => this.fieldOf(passage, field),
      tokenize: (text, field) => this.tokenizeField(text, field ?? 'text'),
      processTerm: keepTerm,
    };
    this.mini = new MiniSearch<Passage>(this.config);
    this.titleConfig = { fields: ['title'], storeFields: [], tokenize: (text) => indexTerms(text), processTerm: keepTerm };
    this.titles = new MiniSearch<TitleEntry>(this.titleConfig);
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
      this.titles.add({ id: doc.id, title: doc.metadata.title });
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
      this.titles.addAll([...unique.values()].map((doc) => ({ id: doc.id, title: doc.metadata.title })));
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
    this.titles = new MiniSearch<TitleEntry>(this.titleConfig);
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
    this.titles.discard(documentId);
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
    this.docs.set(doc.id, { passageIds: passages.map((p) => p.id) });
    for (const passage of passages) this.passages.set(passage.id, passage);
    this.sortedDocumentIds = null;
    return passages;
  }

  private fieldOf(passage: Passage, field: string): string | undefined {
    if (field === 'id' || field === 'text') return passage[field];
    const names = field === 'actors' ? this.actorNamesForAdd?.(passage) : undefined;
    return names && names.length > 0 ? names.join(' ; ') : undefined;
  }

  /** The terms of one field; passage texts are also counted (minisearch tokenizes each once). */
  private tokenizeField(text: string, field: string): string[] {
    const terms = indexTerms(text);
    if (field === 'text') this.count(terms, 1);
    return terms;
  }

  private count(terms: string[], delta: number): void {
    for (const term of terms) {
      const next = (this.termCounts.get(term) ?? 0) + delta;
      if (next > 0) this.termCounts.set(term, next);
      else this.termCounts.delete(term);
    }
  }

  /** The index in minisearch's serialised form (version 2), equal to what `add` would build. */
  private bulkIndex(docs: Iterable<CorpusDocument>): SerializedIndex {
    const builder = new PostingsBuilder();
    const documentIds: Record<number, string> = {};
    for (const doc of docs) {
      for (const passage of this.register(doc)) {
        documentIds[builder.documentCount] = passage.id;
        builder.addDocument(
          FIELDS.map((field) => {
            const value = this.fieldOf(passage, field);
            return value == null ? undefined : indexTerms(value);
          }),
        );
      }
    }
    for (const [term, count] of builder.counts()) this.termCounts.set(term, count);
    return builder.serialize(documentIds, FIELDS);
  }

  /** A minisearch document boost that is 0 outside the allowed documents (or candidates). */
  private onlyIn(allowed: Set<string> | null, candidates?: ReadonlySet<string> | Map<string, unknown>): MiniSearchOptions['boostDocument'] {
    // A zero document boost makes minisearch skip the passage before building a result for it,
    // so a common word outside the candidates costs only a walk over its postings.
    if (candidates) return (id: string) => (candidates.has(id) ? 1 : 0);
    if (!allowed) return undefined;
    return (id: string) => (allowed.has(this.passages.get(id)?.documentId ?? '') ? 1 : 0);
  }

  private searchWords(query: string, options: SearchOptions, limit: number, allowed: Set<string> | null): SearchResult[] {
    const parsed = wordQuery(query, options);
    if (!parsed) return [];
    const { terms, prefixTerms, required } = parsed;
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
    const run = (list: string[], only: ReadonlySet<string> | Map<string, unknown> | undefined, into = new Map<string, Match>()) =>
      addHits(this.mini.search(list.join(' '), { ...base, boostDocument: this.onlyIn(allowed, only) }), into);
    const all = [...terms];
    let matches: Map<string, Match> | null = null;
    let candidates: Set<string> | null = null;
    if (required.size > 0) {
      candidates = this.requiredCandidates([...required], options.minRequired, base, allowed);
      if (candidates.size === 0) return [];
      // Only the candidates are scored: every other word costs a walk over its postings.
      matches = run(all, candidates);
    } else {
      const threshold = this.commonTermCount ?? Math.max(COMMON_TERM_MIN, this.passages.size * COMMON_TERM_SHARE);
      const common = all.filter((t) => !prefixTerms.has(t) && (this.termCounts.get(t) ?? 0) > threshold);
      const rare = all.filter((t) => !common.includes(t));
      // Common words have huge posting lists; when the rarer words are at least half the query
      // and find enough passages, the common words only re-score those (passages with common
      // words alone would rank low anyway). Otherwise, one plain OR search.
      if (common.length > 0 && rare.length >= common.length) {
        matches = run(rare, undefined);
        matches = matches.size >= limit ? run(common, matches, matches) : null;
      }
      matches ??= run(all, undefined);
    }
    const titleMatches = this.titleMatches(all, base, allowed);
    return rankWords({ matches, titleMatches, termCount: terms.size, limit, titleOnly: !candidates }, this.lookup);
  }

  /** Passages whose text holds the required terms (at least `minRequired` of them). */
  private requiredCandidates(
    required: string[],
    minRequired: number | undefined,
    base: MiniSearchOptions,
    allowed: Set<string> | null,
  ): Set<string> {
    const needed = Math.min(required.length, Math.max(1, Math.floor(minRequired ?? required.length)));
    const hits = this.mini.search(required.join(' '), {
      ...base,
      fields: ['text'],
      boost: { text: 1 },
      boostTerm: undefined,
      combineWith: needed === required.length ? 'AND' : 'OR',
      boostDocument: this.onlyIn(allowed),
    });
    const candidates = new Set<string>();
    for (const hit of hits) if (hit.queryTerms.length >= needed) candidates.add(hit.id as string);
    return candidates;
  }

  /** Per document: its title's score for these terms (times `titleBoost`), query terms and matched terms. */
  private titleMatches(terms: string[], base: MiniSearchOptions, allowed: Set<string> | null): Map<string, Match> {
    if (this.titleBoost <= 0 || this.titles.documentCount === 0) return new Map();
    const hits = this.titles.search(terms.join(' '), {
      ...base,
      boost: { title: 1 },
      boostDocument: allowed ? (id: string) => (allowed.has(id) ? 1 : 0) : undefined,
    });
    return titleMatchesOf(hits, this.titleBoost);
  }

  private searchPhrase(phraseText: string, limit: number, allowed: Set<string> | null): SearchResult[] {
    const query = phraseQuery(phraseText);
    if (!query) return [];
    const { terms } = query;
    const candidates =
      terms.size > 0 ? this.phraseCandidates([...terms], allowed) : this.allPassages(allowed, STOP_PHRASE_SCAN_BUDGET);
    return verifyPhrase(query, candidates, limit);
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
