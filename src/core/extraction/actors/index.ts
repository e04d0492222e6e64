/**
 * Actor extraction: people, organisations, places, groups and unnamed sources, with their
 * mentions. Two steps so a host can parallelise: {@link detectMentions} per document (worker
 * friendly, JSON output), then {@link mergeActors} once for the corpus.
 */
import type { CorpusDocument } from '../../model';
import type { Actor, ActorOverrides, ResolvedMention } from '../types';
import { detectMentions } from './detect';
import { mentionIndex, mergeDocumentActors, sortActors } from './merge';
import { applyOverrides } from './overrides';
import type { DetectOptions, DocumentActors } from './types';

export { detectMentions } from './detect';
export { applyOverrides, parseActorOverrides } from './overrides';
export { mentionIndex, mergeDocumentActors } from './merge';
export { actorId, slug } from './text';
export type { DetectOptions, DocumentActors, LocalActor } from './types';

/** Corpus actors and, per document id, their mentions sorted by start. */
export interface ActorExtraction {
  actors: Actor[];
  mentionsByDocument: Map<string, ResolvedMention[]>;
}

/** The detection options a host should pass to {@link detectMentions} for these overrides. */
export function detectOptionsFor(overrides?: ActorOverrides): DetectOptions {
  return { aliases: overrides?.aliases, kinds: overrides?.kinds };
}

/**
 * The corpus step: merges per-document results, applies user corrections, sorts actors by
 * mention count. `documentIds` makes documents without mentions appear with an empty list.
 */
export function mergeActors(perDocument: DocumentActors[], overrides?: ActorOverrides): ActorExtraction {
  let actors = mergeDocumentActors(perDocument);
  if (overrides) actors = applyOverrides(actors, overrides);
  actors = sortActors(actors);
  return { actors, mentionsByDocument: mentionIndex(actors, perDocument.map((d) => d.documentId)) };
}

/** Extracts the actors of a corpus in one call (per-document detection, then the merge). */
export function extractActors(docs: CorpusDocument[], overrides?: ActorOverrides, options: DetectOptions = {}): ActorExtraction {
  const detectOptions = { ...options, ...detectOptionsFor(overrides) };
  return mergeActors(docs.map((doc) => detectMentions(doc, detectOptions)), overrides);
}
