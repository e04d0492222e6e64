/**
 * The façade the CLI, the benchmark and the extension use. Everything else in src/core is an
 * implementation detail behind it.
 */
import type { CorpusDocument, LoadWarning, Passage, SourceFile } from './model';
import type { Actor, ActorOverrides, Extraction, Quote, TimelineEvent } from './extraction/types';
import type { SearchOptions, SearchResult } from './search/types';

export interface CorpusServiceOptions {
  /** Files larger than this many characters are refused (the Node reader checks bytes first). */
  maxChars?: number;
  /** User corrections to actors (`.sourcebook/actors.json`). */
  actorOverrides?: ActorOverrides;
}

/** The actor card and passages shown when hovering a draft. */
export interface HoverCard {
  actor: { id: string; name: string; kind: Actor['kind']; roles: string[]; mentionCount: number; quotes: Quote[] } | null;
  passages: HoverPassage[];
  /** The word or selection the card is about, as offsets into the draft. */
  range: { start: number; end: number };
}

export interface HoverPassage {
  documentId: string;
  path: string;
  start: number;
  end: number;
  text: string;
  speakerName: string | null;
  score: number;
  /** Matched words inside `text`, as offsets relative to `start`. */
  highlights: { start: number; end: number }[];
}

export interface CorpusService {
  /** Adds or replaces a file; returns a warning instead of throwing when the file is refused. */
  upsert(file: SourceFile): { document: CorpusDocument | null; warning: LoadWarning | null };
  /** Adds or replaces many files at once (much faster into an empty corpus); refused files give warnings. */
  upsertMany(files: readonly SourceFile[]): { documents: CorpusDocument[]; warnings: LoadWarning[] };
  /** Removes the document read from `path`; true when there was one. */
  remove(path: string): boolean;
  documents(): CorpusDocument[];
  document(id: string): CorpusDocument | undefined;
  documentByPath(path: string): CorpusDocument | undefined;
  passage(passageId: string): Passage | undefined;
  search(query: string, options?: SearchOptions): SearchResult[];
  /** Actors, events and quotes for the whole corpus; computed on first use after a change. */
  extraction(): Extraction;
  actors(): Actor[];
  events(): TimelineEvent[];
  quotes(): Quote[];
  /** The hover card for a draft with the cursor (or selection) at `offset` (`end` for a selection). */
  hover(draft: string, offset: number, end?: number): HoverCard;
  setActorOverrides(overrides: ActorOverrides): void;
}
