/** Search options and results. One module (`searchIndex.ts`) owns every minisearch option. */

export type QueryMode = 'auto' | 'words' | 'phrase';

export interface SearchOptions {
  /** Maximum results (default 20). */
  limit?: number;
  /**
   * `auto` (default): a query wrapped in double quotes (straight or curly) is an exact phrase,
   * anything else is words. `words`: OR of the words with documents matching all of them
   * boosted, the last word as a prefix, fuzzy for typos. `phrase`: the words in order.
   */
  mode?: QueryMode;
  /** Treat the last word as a prefix (typing). Default true in `words` mode. */
  prefix?: boolean;
  /** Allow typos: edit distance as a fraction of term length (default 0.2; 0 turns it off). */
  fuzzy?: number;
  /** Restrict to these documents. */
  documentIds?: string[];
  /** Per-term boosts, e.g. the hovered word in a hover query. */
  boostTerms?: Record<string, number>;
}

export interface SearchResult {
  passageId: string;
  documentId: string;
  start: number;
  end: number;
  text: string;
  score: number;
  /** Query terms as they matched in the index (normalised), for highlighting. */
  terms: string[];
  /** Spans of matched words inside the passage, as document offsets. */
  highlights: { start: number; end: number }[];
}
