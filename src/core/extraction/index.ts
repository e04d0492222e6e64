/**
 * Runs every extractor over a corpus: actors first (merged across documents), then the events
 * and quotes that name them, then one timeline.
 */
import type { CorpusDocument } from '../model';
import type { Actor, ActorOverrides, Extraction, Quote, TimelineEvent } from './types';
import { detectMentions, detectOptionsFor, mergeActors, type DocumentActors } from './actors';
import { buildTimeline, extractEvents } from './events';
import { extractQuotes } from './quotes';

/**
 * Extraction that remembers each document's actor detection (the costly step) and redoes it
 * only for documents whose text or detection options changed. The merge, events, quotes and
 * timeline are recomputed every time: they depend on the whole corpus and are cheap.
 */
export interface IncrementalExtractor {
  extract(documents: readonly CorpusDocument[], overrides?: ActorOverrides): Extraction;
}

/** Creates an {@link IncrementalExtractor} with an empty cache. */
export function createIncrementalExtractor(): IncrementalExtractor {
  const cache = new Map<string, { text: string; optionsKey: string; detected: DocumentActors }>();
  return {
    extract(documents, overrides = {}) {
      const options = detectOptionsFor(overrides);
      const optionsKey = JSON.stringify(options);
      const live = new Set<string>();
      const perDocument = documents.map((doc) => {
        live.add(doc.id);
        const cached = cache.get(doc.id);
        if (cached && cached.optionsKey === optionsKey && cached.text === doc.text) return cached.detected;
        const detected = detectMentions(doc, options);
        cache.set(doc.id, { text: doc.text, optionsKey, detected });
        return detected;
      });
      for (const id of cache.keys()) if (!live.has(id)) cache.delete(id);
      return finishExtraction(documents, perDocument, overrides);
    },
  };
}

/** Actors, events and quotes of `documents`, with the user's corrections applied. */
export function extractCorpus(documents: readonly CorpusDocument[], overrides: ActorOverrides = {}): Extraction {
  const options = detectOptionsFor(overrides);
  return finishExtraction(documents, documents.map((doc) => detectMentions(doc, options)), overrides);
}

function finishExtraction(documents: readonly CorpusDocument[], perDocument: DocumentActors[], overrides: ActorOverrides): Extraction {
  const { actors, mentionsByDocument } = mergeActors(perDocument, overrides);
  const actorsById = new Map<string, Actor>(actors.map((a) => [a.id, a]));
  const events: TimelineEvent[] = [];
  const quotes: Quote[] = [];
  for (const doc of documents) {
    const mentions = mentionsByDocument.get(doc.id) ?? [];
    events.push(...extractEvents(doc, mentions));
    quotes.push(...extractQuotes(doc, mentions, actorsById));
  }
  return { actors, events: buildTimeline(events), quotes };
}
