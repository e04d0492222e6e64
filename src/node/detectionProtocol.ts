/** Messages between {@link detectInParallel} and its detection workers (detectWorker.ts). */
import type { CorpusDocument } from '../core/model';
import type { ActorOverrides } from '../core/extraction/types';
import type { DocumentDetection } from '../core/extraction';

/** Given once, when the worker starts. */
export interface DetectWorkerData {
  overrides: ActorOverrides;
}

/** A batch of parsed documents to detect; `batch` numbers the answer. */
export interface DetectRequest {
  batch: number;
  documents: CorpusDocument[];
}

/** The batch's detections in request order, or why the worker could not take the batch at all. */
export type DetectResponse = { batch: number; detections: DocumentDetection[] } | { batch: number; error: string };
