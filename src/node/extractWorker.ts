/**
 * Worker-thread entry: keeps its own copy of the corpus and runs extraction off the extension
 * host's main thread. Messages carry only what changed since the last request. A big detection
 * (the first, or all documents after the actor corrections change) is shared with a pool of
 * further worker threads.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CorpusDocument } from '../core/model';
import { parseDocument } from '../core/parse/document';
import { createIncrementalExtractor } from '../core/extraction';
import type { ExtractWorkerData, WorkerRequest, WorkerResponse } from './extractionProtocol';
import { detectInParallel } from './detectionPool';

const pool = (workerData as ExtractWorkerData | null)?.pool ?? {};
const extractor = createIncrementalExtractor();
const documents = new Map<string, CorpusDocument>();

// Requests are answered one at a time, in order: each may wait for the detection pool.
let queue = Promise.resolve();
parentPort?.on('message', (request: WorkerRequest) => {
  queue = queue.then(() => answer(request));
});

async function answer(request: WorkerRequest): Promise<void> {
  let response: WorkerResponse;
  try {
    for (const id of request.removed) documents.delete(id);
    for (const file of request.upserts) documents.set(file.id, parseDocument(file, { id: file.id }));
    const ordered = request.order.map((id) => documents.get(id)).filter((d): d is CorpusDocument => d !== undefined);
    // The documents the cache lacks (all of them the first time) are detected by the pool, in
    // parallel when they are many; a few edited files stay in this thread (the pool decides).
    const stale = extractor.stale(ordered, request.overrides);
    const { detections } = await detectInParallel(stale, request.overrides, pool);
    const detected = new Map(stale.map((doc, i) => [doc.id, detections[i]]));
    response = { requestId: request.requestId, extraction: extractor.extract(ordered, request.overrides, detected) };
  } catch (err) {
    response = { requestId: request.requestId, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
  parentPort?.postMessage(response);
}
