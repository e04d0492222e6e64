/**
 * Worker-thread entry: keeps its own copy of the corpus and runs extraction off the extension
 * host's main thread. Messages carry only what changed since the last request.
 */
import { parentPort } from 'node:worker_threads';
import type { CorpusDocument } from '../core/model';
import { parseDocument } from '../core/parse/document';
import { createIncrementalExtractor } from '../core/extraction';
import type { WorkerRequest, WorkerResponse } from './extractionProtocol';

const extractor = createIncrementalExtractor();
const documents = new Map<string, CorpusDocument>();

parentPort?.on('message', (request: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    for (const id of request.removed) documents.delete(id);
    for (const file of request.upserts) documents.set(file.id, parseDocument(file, { id: file.id }));
    const ordered = request.order.map((id) => documents.get(id)).filter((d): d is CorpusDocument => d !== undefined);
    response = { requestId: request.requestId, extraction: extractor.extract(ordered, request.overrides) };
  } catch (err) {
    response = { requestId: request.requestId, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
  parentPort?.postMessage(response);
});
