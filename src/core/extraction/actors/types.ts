/**
 * Intermediate, JSON-serialisable shapes of actor extraction. The per-document step produces a
 * {@link DocumentActors} (safe to post from a worker thread); the corpus merge consumes them.
 */
import type { ActorKind, Mention } from '../types';

/** Which detection layers run; used to measure what each layer adds. */
export interface DetectOptions {
  /** Named-entity spans from compromise (people, places, organizations). Default true. */
  compromise?: boolean;
  /** Gazetteers, title/role patterns, precision filters, alias merging. Default true. */
  rules?: boolean;
  /**
   * Run compromise only on sentences holding two adjacent capitalised words the rules did not
   * explain (a possible full name). Several times faster; default true.
   */
  compromiseOnCandidatesOnly?: boolean;
  /** User aliases (canonical name → names) to find as mentions too. */
  aliases?: Record<string, string[]>;
  /** Forced kinds, used for the kind of user-alias mentions. */
  kinds?: Record<string, ActorKind>;
}

/** An actor as seen inside one document, before the corpus-wide merge. */
export interface LocalActor {
  name: string;
  kind: ActorKind;
  roles: string[];
  /** Id of the actor this place stands for (`place:russia` for the Kremlin), or null. */
  standsFor: string | null;
  /** Unnamed sources are one person per document: never merged across documents. */
  documentScoped: boolean;
  mentions: Mention[];
}

/** Output of the per-document step. */
export interface DocumentActors {
  documentId: string;
  /** Citation key of the document, used to keep document-scoped actors apart. */
  documentKey: string;
  actors: LocalActor[];
}

/** A span proposed by one layer, before overlaps are resolved and mentions clustered. */
export interface Candidate {
  start: number;
  end: number;
  kind: ActorKind;
  /** Canonical name when a rule knows it (gazetteer), otherwise the surface form. */
  name: string;
  roles: string[];
  standsFor: string | null;
  /** Higher wins when spans overlap. */
  priority: number;
  /** Which layer proposed it; kept for measurement and debugging. */
  source: string;
  /** For a country's own body that the gazetteer knows as another's ("Poland's Senate"), the gazetteer name ("Senate"). */
  base?: string;
  /** Where the span claims text from, when it claims more than its mention (a bracket-split name). */
  claimStart?: number;
}
