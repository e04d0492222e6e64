/**
 * Worker-thread entry of the detection pool: detects the actors of each document it is sent
 * and posts the plain results back. Keeps nothing between batches.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { detectDocument } from '../core/extraction';
import type { DetectRequest, DetectResponse, DetectWorkerData } from './detectionProtocol';

const { overrides } = workerData as DetectWorkerData;

parentPort?.on('message', (request: DetectRequest) => {
  let response: DetectResponse;
  try {
    // detectDocument catches what one document throws, so one bad document never costs its batch.
    response = { batch: request.batch, detections: request.documents.map((doc) => detectDocument(doc, overrides)) };
  } catch (err) {
    response = { batch: request.batch, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
  parentPort?.postMessage(response);
});
