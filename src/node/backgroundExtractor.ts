/**
 * Runs extraction in a worker thread so a large corpus never blocks the caller's thread (the
 * extension host). Sends only the documents that changed since the previous request.
 */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CorpusDocument } from '../core/model';
import type { ActorOverrides, Extraction } from '../core/extraction/types';
import type { ExtractWorkerData, WorkerRequest, WorkerResponse } from './extractionProtocol';
import type { DetectionPoolOptions } from './detectionPool';

export class BackgroundExtractor {
  private worker: Worker | null = null;
  /** Document id → the text the worker holds for it. */
  private sent = new Map<string, string>();
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve(e: Extraction): void; reject(e: Error): void }>();

  /**
   * `workerScript` defaults to `extractWorker.js` beside this module (dist/ when bundled);
   * `pool` tunes the detection pool the worker shares big detections with.
   */
  constructor(
    private readonly workerScript = path.join(__dirname, 'extractWorker.js'),
    private readonly pool: DetectionPoolOptions = {},
  ) {}

  /** Extraction of `documents` (in this order) with `overrides`, computed in the worker. */
  extract(documents: readonly CorpusDocument[], overrides: ActorOverrides): Promise<Extraction> {
    const worker = this.ensureWorker();
    const live = new Set(documents.map((d) => d.id));
    const request: WorkerRequest = {
      requestId: this.nextId++,
      upserts: documents.filter((d) => this.sent.get(d.id) !== d.text).map((d) => ({ id: d.id, path: d.path, text: d.text })),
      removed: [...this.sent.keys()].filter((id) => !live.has(id)),
      order: documents.map((d) => d.id),
      overrides,
    };
    for (const id of request.removed) this.sent.delete(id);
    for (const file of request.upserts) this.sent.set(file.id, file.text);
    return new Promise<Extraction>((resolve, reject) => {
      this.waiting.set(request.requestId, { resolve, reject });
      worker.ref(); // keep the process alive while a result is owed
      worker.postMessage(request);
    });
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = null;
    this.failAll(new Error('extraction stopped'));
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const workerData: ExtractWorkerData = { pool: this.pool };
    const worker = new Worker(this.workerScript, { workerData });
    worker.on('message', (response: WorkerResponse) => {
      const waiter = this.waiting.get(response.requestId);
      this.waiting.delete(response.requestId);
      if (this.waiting.size === 0) worker.unref();
      if (!waiter) return;
      if ('error' in response) waiter.reject(new Error(response.error));
      else waiter.resolve(response.extraction);
    });
    // A crashed worker loses its copy of the corpus: the next request starts a new one with everything.
    const lost = (err: Error) => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.sent.clear();
      this.failAll(err);
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`extraction worker exited with code ${code}`)));
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private failAll(err: Error): void {
    for (const waiter of this.waiting.values()) waiter.reject(err);
    this.waiting.clear();
  }
}
