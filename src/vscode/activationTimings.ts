/**
 * Measures how long activation, the first index and the first extraction take, from the start
 * of `activate`, and logs them: users see them in the output channel, tests read them.
 */
import { performance } from 'node:perf_hooks';
import type * as vscode from 'vscode';
import type { CorpusIndexer } from './corpusIndexer';

export interface ActivationTimings {
  /** `activate()` start to return. */
  activateMs: number;
  /** `activate()` start to the first index being searchable; null until then. */
  indexedMs: number | null;
  /** `activate()` start to the first actors/events/quotes; null until then. */
  extractedMs: number | null;
}

export function trackActivationTimings(startedAt: number, indexer: CorpusIndexer, log: vscode.LogOutputChannel): () => ActivationTimings {
  const timings: ActivationTimings = { activateMs: performance.now() - startedAt, indexedMs: null, extractedMs: null };
  void indexer.ready.then(() => {
    timings.indexedMs = performance.now() - startedAt;
    log.info(`Activation took ${timings.activateMs.toFixed(0)} ms; the index was ready ${timings.indexedMs.toFixed(0)} ms after activation started`);
  });
  void indexer.whenExtracted().then(() => {
    timings.extractedMs = performance.now() - startedAt;
    log.info(`Actors, events and quotes were ready ${timings.extractedMs.toFixed(0)} ms after activation started`);
  });
  return () => ({ ...timings });
}
