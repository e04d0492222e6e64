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

export type { DocumentActors } from './actors';

/**
 * One document's actor detection (the costly, per-document step): its actors, or why detecting
 * them failed. Plain data, so a host may compute it in another thread (see {@link detectDocument})
 * and hand it back to {@link finishExtraction} or {@link IncrementalExtractor.extract}.
 */
export type DocumentDetection = DocumentActors | ExtractionProblem;

/**
 * Extraction that remembers each document's actor detection (the costly step) and redoes it
 * only for documents whose text or detection options changed. The merge, events, quotes and
 * timeline are recomputed every time: they depend on the whole corpus and are cheap.
 */
export interface IncrementalExtractor {
  /**
   * The extraction of `documents`. `detected` (document id → detection) supplies detections
   * computed elsewhere, with {@link detectDocument} and the same overrides, for documents the
   * cache does not hold; any other document is detected here.
   */
  extract(documents: readonly CorpusDocument[], overrides?: ActorOverrides, detected?: ReadonlyMap<string, DocumentDetection>): Extraction;
  /** The documents `extract` would have to detect (new, changed, or all after an options change). */
  stale(documents: readonly CorpusDocument[], overrides?: ActorOverrides): CorpusDocument[];
}

/** Creates an {@link IncrementalExtractor} with an empty cache. */
export function createIncrementalExtractor(): IncrementalExtractor {
  const cache = new Map<string, { text: string; optionsKey: string; detected: DocumentActors }>();
  const cachedFor = (doc: CorpusDocument, optionsKey: string): DocumentActors | undefined => {
    const cached = cache.get(doc.id);
    return cached && cached.optionsKey === optionsKey && cached.text === doc.text ? cached.detected : undefined;
  };
  return {
    stale(documents, overrides = {}) {
      const optionsKey = JSON.stringify(detectOptionsFor(overrides));
      return documents.filter((doc) => !cachedFor(doc, optionsKey));
    },
    extract(documents, overrides = {}, supplied) {
      const options = detectOptionsFor(overrides);
      const optionsKey = JSON.stringify(options);
      const live = new Set<string>();
      const perDocument = documents.map((doc): DocumentDetection => {
        live.add(doc.id);
        const cached = cachedFor(doc, optionsKey);
        if (cached) return cached;
        const given = supplied?.get(doc.id);
        // A supplied detection for another document (a host's bookkeeping slip) is not trusted.
        const detected = given !== undefined && given.documentId === doc.id ? given : detectSafely(doc, options);
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

/**
 * The per-document step of {@link extractCorpus}: `doc`'s actors, or, when detection throws,
 * the problem to report. Independent of every other document, so a host may run it for many
 * documents in parallel (worker threads) and pass the results to {@link finishExtraction}.
 */
export function detectDocument(doc: CorpusDocument, overrides: ActorOverrides = {}): DocumentDetection {
  return detectSafely(doc, detectOptionsFor(overrides));
}

function detectSafely(doc: CorpusDocument, options: DetectOptions): DocumentDetection {
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

/**
 * The corpus step of {@link extractCorpus}: merges the per-document detections (`detections[i]`
 * is {@link detectDocument} of `documents[i]` with the same `overrides`), then extracts events,
 * quotes and the timeline. Gives what `extractCorpus(documents, overrides)` gives, failed
 * detections included: they are reported in {@link Extraction.problems} and contribute nothing.
 */
export function finishExtraction(
  documents: readonly CorpusDocument[],
  detections: readonly DocumentDetection[],
  overrides: ActorOverrides = {},
): Extraction {
  if (detections.length !== documents.length) {
    throw new Error(`finishExtraction: ${detections.length} detections for ${documents.length} documents`);
  }
  const perDocument = detections;
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
