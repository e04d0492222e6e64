/**
 * Types produced by extraction: actors, events and quotes. The JSON shapes printed by the CLI
 * are built from these; the keys named in the CLI contract must not be renamed.
 */
import type { TextSpan } from '../model';

export type ActorKind = 'person' | 'organization' | 'place' | 'group' | 'unnamed';

/** One occurrence of an actor in a document. */
export interface Mention extends TextSpan {
  documentId: string;
  /** The surface form exactly as in the text (`text.slice(start, end)`). */
  text: string;
  sentenceIndex: number;
}

export interface Actor {
  /** Stable id from the canonical name, e.g. `person:lloyd-austin`, `place:united-states`. */
  id: string;
  name: string;
  kind: ActorKind;
  /** Other names it appears under, canonical name excluded. */
  aliases: string[];
  /** Titles and roles ("Defense Secretary"), never part of the name. */
  roles: string[];
  /** For places used for governments (the Kremlin, Washington): the actor they stand for. */
  standsFor: string | null;
  mentions: Mention[];
}

/** 'week': a Monday-to-Sunday week ("last week"), dated `YYYY-MM-DD` by its Monday. */
export type DatePrecision = 'day' | 'week' | 'month' | 'year' | 'season';

export interface TimelineEvent extends TextSpan {
  id: string;
  label: string;
  /** `YYYY-MM-DD` (day, week), `YYYY-MM` (month, season) or `YYYY` by precision; null when it cannot be resolved. */
  date: string | null;
  precision: DatePrecision | null;
  /** The date words as they stand in the text ("Monday", "last weekend"). */
  dateText: string;
  /** Offsets of `dateText` in the document. */
  dateSpan: TextSpan;
  /** True when resolved against the article's date (a relative date). */
  relative: boolean;
  /** Why the date is null, when it is. */
  unresolvedReason: string | null;
  documentId: string;
  sentenceIndex: number;
  /** The sentence the event stands in. */
  sentence: string;
  actors: string[];
  /** Events from other documents reported as the same happening. */
  groupId: string;
}

export type QuoteFlag = 'unclosed' | 'orphan-close' | 'multi-sentence' | 'nested' | 'partial';

export interface Quote extends TextSpan {
  id: string;
  /** The quoted words without the marks; `start`/`end` are their offsets. */
  text: string;
  documentId: string;
  /** Actor id of the speaker, or null when the cue does not say it for sure. */
  speaker: string | null;
  speakerName: string | null;
  /** The cue words found around the quote ("Austin said", "according to …"). */
  cue: string | null;
  flags: QuoteFlag[];
}

/** User corrections read from `.sourcebook/actors.json`, honoured by every view. */
export interface ActorOverrides {
  /** Extra aliases: canonical name → names that mean the same actor. */
  aliases?: Record<string, string[]>;
  /** Merge: names listed are folded into the key's actor. */
  merge?: Record<string, string[]>;
  /** Rename: current name → new display name. */
  rename?: Record<string, string>;
  /** Split: a name that wrongly merged different actors, to be kept apart (alias → own actor). */
  split?: string[];
  /** Names or ids of actors to hide. */
  hide?: string[];
  /** Force a kind for a name. */
  kinds?: Record<string, ActorKind>;
}

/** Everything extracted from a corpus. */
export interface Extraction {
  actors: Actor[];
  events: TimelineEvent[];
  quotes: Quote[];
  /**
   * Documents whose extraction threw, and why; each contributes no actors, events or quotes
   * while the rest of the corpus is extracted. Absent when every document was extracted.
   * Hosts log these.
   */
  problems?: ExtractionProblem[];
}

/** A document extraction could not analyse (see {@link Extraction.problems}). */
export interface ExtractionProblem {
  documentId: string;
  reason: string;
}

/** A mention tied to its resolved actor; what events and quotes use to name people. */
export interface ResolvedMention extends TextSpan {
  actorId: string;
  kind: ActorKind;
  sentenceIndex: number;
}
