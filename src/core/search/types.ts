/** Search options and results. One module (`searchIndex.ts`) owns every minisearch option. */
import type { Passage } from '../model';

/**
 * How a query is read.
 * - `auto`: `"strategic failure"` (straight or curly double quotes) is a phrase, anything else words.
 * - `words`: any of the words, passages with all of them first.
 * - `phrase`: the words in this order, exactly (after normalisation), stop words included.
 */
export type QueryMode = 'auto' | 'words' | 'phrase';

/**
 * ```ts
 * index.search('Putin weak', { limit: 5 })                 // words; "weak" also finds "weakened"
 * index.search('“strategic failure”')                      // phrase (auto mode sees the quotes)
 * index.search('strategic failure', { mode: 'phrase' })    // phrase without quotes
 * index.search('kremlin', { documentIds: ['cnn/a.txt'] })  // one document only
 * index.search(hoverWords, { prefix: false, boostTerms: { sanctions: 3 }, requiredTerms: ['sanctions'] })
 * ```
 */
export interface SearchOptions {
  /** Maximum results (default 20). */
  limit?: number;
  /**
   * `auto` (default): a query wrapped in double quotes (straight or curly) is an exact phrase,
   * anything else is words. `words`: OR of the words with documents matching all of them
   * boosted, the last word as a prefix, fuzzy for typos. `phrase`: the words in order.
   */
  mode?: QueryMode;
  /**
   * Treat the last word as a prefix (typing). Default true in `words` mode. Applies only when
   * the word touches the end of the query (no trailing space) and has at least 3 letters.
   */
  prefix?: boolean;
  /**
   * Allow typos: edit distance as a fraction of term length (default 0.2; 0 turns it off).
   * Only words the corpus does not contain are fuzzed (a known word is not a typo, and fuzzing
   * is the costliest part of a query); never words under 4 letters; at most 2 edits. Words mode only.
   */
  fuzzy?: number;
  /** Restrict to these documents (an empty list matches nothing). */
  documentIds?: string[];
  /**
   * Per-term boosts, e.g. the hovered word in a hover query. Keys are words as written; they are
   * normalised like the query (`{ 'Russia’s': 2 }` boosts `russia`). Words mode only.
   */
  boostTerms?: Record<string, number>;
  /**
   * Words a passage's own text must contain (its title or actor names do not count), e.g. the
   * hovered word. They are normalised like the query and searched as part of it (added when
   * missing); a word the search expands (prefix, typo) is matched by any of its expansions.
   * Only passages that have them are scored, so a required word keeps its passages even when
   * the rest of the query matches many others, and common context words cost little. Stop
   * words are ignored. Words mode only.
   *
   * ```ts
   * index.search('sanctions export controls russia', { requiredTerms: ['sanctions'] })
   * // at least two of the three selected words:
   * index.search('oil prices fell opec', { requiredTerms: ['oil', 'prices', 'fell'], minRequired: 2 })
   * ```
   */
  requiredTerms?: string[];
  /** How many of `requiredTerms` a passage must contain (default all of them; at least 1). */
  minRequired?: number;
}

export interface SearchResult {
  passageId: string;
  documentId: string;
  /** The passage (sentence) span in the document. */
  start: number;
  end: number;
  text: string;
  /** Relevance, comparable only within one search. */
  score: number;
  /**
   * Terms as they matched in the index (normalised), for highlighting: in words mode the
   * document terms (so "weakened" for the query "weak"), in phrase mode the phrase's words.
   */
  terms: string[];
  /**
   * Spans of matched words inside the passage, as document offsets, in order and not
   * overlapping; for a phrase, each occurrence of the whole phrase.
   */
  highlights: { start: number; end: number }[];
}

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
