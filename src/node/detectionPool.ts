/**
 * Parallel extraction for big corpora: per-document actor detection (most of the work, and
 * independent per document) is split across worker threads; the corpus step (merge, events,
 * quotes, timeline) then runs on the calling thread. The result equals `extractCorpus`.
 *
 * Workers are started for one call and stopped after it: a compromise instance per worker is
 * tens of megabytes that an idle extension should not keep. Whatever the workers cannot do
 * (they fail to start, crash, or a document cannot be sent to them) is done in the calling
 * thread, document by document, so a bad document is still isolated.
 */
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CorpusDocument } from '../core/model';
import type { ActorOverrides, Extraction } from '../core/extraction/types';
import { detectDocument, finishExtraction, type DocumentDetection } from '../core/extraction';
import type { DetectRequest, DetectResponse, DetectWorkerData } from './detectionProtocol';

export interface DetectionPoolOptions {
  /** Worker threads at most; default the machine's available parallelism. 1 or less: no workers. */
  threads?: number;
  /**
   * Fewer threads for a small corpus: each must have at least this many characters to detect,
   * since starting a worker (loading the NLP libraries) costs a fraction of a second.
   * Default 300,000 (about a second of detection).
   */
  minCharsPerThread?: number;
  /** `detectWorker.js` beside this module by default (dist/ when bundled, out/src/node/ from tsc). */
  workerScript?: string;
}

/** Detections of a call, with how they were computed (for logs and the benchmark). */
export interface ParallelDetection {
  /** `detections[i]` is the detection of `documents[i]`. */
  detections: DocumentDetection[];
  /** Worker threads started (0 when everything ran in the calling thread). */
  threads: number;
  /** Documents detected in the calling thread because the workers could not take them. */
  inThread: number;
}

/** The default number of threads: the machine's available parallelism, at least 1. */
export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

/** An extraction of a call, with how its detection was computed. */
export interface ParallelExtraction extends Omit<ParallelDetection, 'detections'> {
  extraction: Extraction;
}

/** `extractCorpus(documents, overrides)`, with detection spread over worker threads. */
export async function extractInParallel(
  documents: readonly CorpusDocument[],
  overrides: ActorOverrides = {},
  options: DetectionPoolOptions = {},
): Promise<ParallelExtraction> {
  const { detections, threads, inThread } = await detectInParallel(documents, overrides, options);
  return { extraction: finishExtraction(documents, detections, overrides), threads, inThread };
}

/** `detectDocument(doc, overrides)` for every document, spread over worker threads. */
export async function detectInParallel(
  documents: readonly CorpusDocument[],
  overrides: ActorOverrides = {},
  options: DetectionPoolOptions = {},
): Promise<ParallelDetection> {
  const chars = documents.reduce((n, doc) => n + textLength(doc), 0);
  const minChars = Math.max(1, options.minCharsPerThread ?? 300_000);
  const threads = Math.max(0, Math.min(Math.floor(options.threads ?? defaultThreads()), Math.ceil(chars / minChars), documents.length));
  const detections: DocumentDetection[] = new Array<DocumentDetection>(documents.length);
  let inThread = 0;
  const detectHere = (indices: readonly number[]) => {
    for (const i of indices) detections[i] = detectDocument(documents[i], overrides);
    inThread += indices.length;
  };
  if (threads <= 1) {
    detectHere(documents.map((_, i) => i));
    return { detections, threads: 0, inThread };
  }
  const queue = batches(documents, chars, threads);
  const started = await runWorkers(documents, overrides, queue, threads, options.workerScript ?? path.join(__dirname, 'detectWorker.js'), detections, detectHere);
  return { detections, threads: started, inThread };
}

/**
 * Feeds `queue` to `threads` workers, two batches in flight each so a worker never waits for
 * the next one, and resolves with the number of workers started once every batch is detected.
 */
function runWorkers(
  documents: readonly CorpusDocument[],
  overrides: ActorOverrides,
  queue: number[][],
  threads: number,
  workerScript: string,
  detections: DocumentDetection[],
  detectHere: (indices: readonly number[]) => void,
): Promise<number> {
  return new Promise<number>((resolve) => {
    const total = queue.length;
    const batchesByNumber = new Map(queue.map((indices, n) => [n, indices]));
    let next = 0;
    let done = 0;
    let started = 0;
    const live = new Set<Worker>();
    const inFlight = new Map<Worker, Set<number>>();

    const finish = () => {
      if (done < total) return;
      for (const worker of live) void worker.terminate();
      live.clear();
      resolve(started);
    };
    const complete = (batch: number) => {
      batchesByNumber.delete(batch);
      done++;
    };
    // Every batch not yet sent, and those a lost worker held, are detected here; nothing is lost.
    const drainHere = () => {
      if (live.size > 0) return;
      for (const [batch, indices] of batchesByNumber) {
        detectHere(indices);
        complete(batch);
      }
      next = total;
    };
    const send = (worker: Worker) => {
      while (next < total) {
        const batch = next++;
        const indices = batchesByNumber.get(batch) ?? [];
        const request: DetectRequest = { batch, documents: indices.map((i) => documents[i]) };
        try {
          worker.postMessage(request);
          inFlight.get(worker)?.add(batch);
          return;
        } catch {
          // A document that cannot be copied to a worker (one whose reading throws, say) is
          // detected here, where its failure is reported like any other.
          detectHere(indices);
          complete(batch);
        }
      }
    };
    const lose = (worker: Worker) => {
      if (!live.delete(worker)) return;
      void worker.terminate();
      // Its unanswered batches stay in batchesByNumber: a live worker or this thread takes them.
      const held = inFlight.get(worker) ?? new Set<number>();
      inFlight.delete(worker);
      if (live.size > 0 && held.size > 0) {
        const survivor = [...live][0];
        for (const batch of held) {
          const indices = batchesByNumber.get(batch) ?? [];
          try {
            survivor.postMessage({ batch, documents: indices.map((i) => documents[i]) } satisfies DetectRequest);
            inFlight.get(survivor)?.add(batch);
          } catch {
            detectHere(indices);
            complete(batch);
          }
        }
      }
      drainHere();
      finish();
    };

    const workerData: DetectWorkerData = { overrides };
    for (let t = 0; t < threads; t++) {
      let worker: Worker;
      try {
        worker = new Worker(workerScript, { workerData });
      } catch {
        continue;
      }
      started++;
      live.add(worker);
      inFlight.set(worker, new Set());
      worker.on('message', (response: DetectResponse) => {
        inFlight.get(worker)?.delete(response.batch);
        const indices = batchesByNumber.get(response.batch);
        if (indices) {
          if ('error' in response) detectHere(indices);
          else for (let k = 0; k < indices.length; k++) detections[indices[k]] = response.detections[k];
          complete(response.batch);
        }
        send(worker);
        finish();
      });
      worker.on('error', () => lose(worker));
      worker.on('exit', () => lose(worker));
    }
    for (const worker of live) {
      send(worker);
      send(worker);
    }
    drainHere();
    finish();
  });
}

/**
 * Document indices in batches of about equal text, several per thread so a thread that drew
 * long articles does not hold up the end; capped so a worker reports back often.
 */
function batches(documents: readonly CorpusDocument[], chars: number, threads: number): number[][] {
  const target = Math.max(1, Math.min(100_000, Math.ceil(chars / (threads * 16))));
  const out: number[][] = [];
  let current: number[] = [];
  let size = 0;
  documents.forEach((doc, i) => {
    current.push(i);
    size += textLength(doc);
    if (size >= target) {
      out.push(current);
      current = [];
      size = 0;
    }
  });
  if (current.length > 0) out.push(current);
  return out;
}

/** A document's length, or 0 for one too broken to read (it is reported when detected). */
function textLength(doc: CorpusDocument): number {
  try {
    return doc.text.length;
  } catch {
    return 0;
  }
}
