/**
 * Runs every extractor over a corpus: actors first (merged across documents), then the events
 * and quotes that name them, then one timeline.
 *
 * Each document is extracted in isolation: a document whose extraction throws contributes no
 * actors, events or quotes, is listed in {@link Extraction.problems}, and the rest of the corpus
 * is extracted as usual.
 */
import type { CorpusDocument } from '../model';
import type { Actor, ActorOverrides, Extraction, ExtractionProblem, Quote, TimelineEvent } from './types';
import { detectMentions, detectOptionsFor, mergeActors, type DetectOptions, type DocumentActors } from './actors';
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

/** Per-document detection: the document's actors, or why detecting them failed. */
type Detected = DocumentActors | ExtractionProblem;

/** Creates an {@link IncrementalExtractor} with an empty cache. */
export function createIncrementalExtractor(): IncrementalExtractor {
  const cache = new Map<string, { text: string; optionsKey: string; detected: DocumentActors }>();
  return {
    extract(documents, overrides = {}) {
      const options = detectOptionsFor(overrides);
      const optionsKey = JSON.stringify(options);
      const live = new Set<string>();
      const perDocument = documents.map((doc): Detected => {
        live.add(doc.id);
        const cached = cache.get(doc.id);
        if (cached && cached.optionsKey === optionsKey && cached.text === doc.text) return cached.detected;
        const detected = detectSafely(doc, options);
        // Failures are not cached: the next run tries the document again.
        if (!('reason' in detected)) cache.set(doc.id, { text: doc.text, optionsKey, detected });
        else cache.delete(doc.id);
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
  return finishExtraction(documents, documents.map((doc) => detectSafely(doc, options)), overrides);
}

function detectSafely(doc: CorpusDocument, options: DetectOptions): Detected {
  try {
    return detectMentions(doc, options);
  } catch (err) {
    return problem(doc, err);
  }
}

function problem(doc: CorpusDocument, err: unknown): ExtractionProblem {
  let documentId = '';
  try {
    documentId = doc.id;
  } catch {
    // A document too broken to name itself is still reported.
  }
  return { documentId, reason: err instanceof Error ? err.message : String(err) };
}

function finishExtraction(documents: readonly CorpusDocument[], perDocument: Detected[], overrides: ActorOverrides): Extraction {
  const problems: ExtractionProblem[] = [];
  const failed = new Set<number>();
  perDocument.forEach((d, i) => {
    if ('reason' in d) {
      problems.push(d);
      failed.add(i);
    }
  });
  // A document whose events or quotes throw is dropped and the merge redone without its
  // mentions, so it contributes nothing; this repeats at most once per document.
  for (;;) {
    const detected = perDocument.filter((_, i) => !failed.has(i)) as DocumentActors[];
    const { actors, mentionsByDocument } = mergeActors(detected, overrides);
    const actorsById = new Map<string, Actor>(actors.map((a) => [a.id, a]));
    const events: TimelineEvent[] = [];
    const quotes: Quote[] = [];
    let dropped = false;
    documents.forEach((doc, i) => {
      if (failed.has(i)) return;
      try {
        const mentions = mentionsByDocument.get(doc.id) ?? [];
        const docEvents = extractEvents(doc, mentions);
        const docQuotes = extractQuotes(doc, mentions, actorsById);
        events.push(...docEvents);
        quotes.push(...docQuotes);
      } catch (err) {
        problems.push(problem(doc, err));
        failed.add(i);
        dropped = true;
      }
    });
    if (dropped) continue;
    const extraction: Extraction = { actors, events: buildTimeline(events), quotes };
    if (problems.length > 0) extraction.problems = problems;
    return extraction;
  }
}
