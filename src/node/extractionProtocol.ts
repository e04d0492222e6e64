/** Messages between {@link BackgroundExtractor} and its worker. */
import type { ActorOverrides, Extraction } from '../core/extraction/types';
import type { DetectionPoolOptions } from './detectionPool';

/** Given once, when the worker starts. */
export interface ExtractWorkerData {
  /** Options of the detection pool the worker uses for big detections. */
  pool?: DetectionPoolOptions;
}

export interface WorkerRequest {
  requestId: number;
  /** Documents new or changed since the previous request. */
  upserts: { id: string; path: string; text: string }[];
  /** Ids of documents gone since the previous request. */
  removed: string[];
  /** Every document id, in the order extraction should see them. */
  order: string[];
  overrides: ActorOverrides;
}

export type WorkerResponse = { requestId: number; extraction: Extraction } | { requestId: number; error: string };
