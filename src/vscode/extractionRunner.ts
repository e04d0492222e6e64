/**
 * Runs extraction (actors, events, quotes) off the extension host's main thread, in the
 * background worker; only when the worker cannot run at all is the work done in the host.
 */
import type * as vscode from 'vscode';
import type { CorpusDocument } from '../core/model';
import type { ActorOverrides, Extraction } from '../core/extraction/types';
import { BackgroundExtractor } from '../node/backgroundExtractor';

export class ExtractionRunner implements vscode.Disposable {
  private readonly worker = new BackgroundExtractor();

  constructor(private readonly log: vscode.LogOutputChannel) {}

  /**
   * Extraction in the worker. Only when the worker could not start or was lost (crashed, exited)
   * is the work done here instead, once; an error thrown by the extraction itself is passed on,
   * since running the same code again in the extension host would only fail again, slower.
   */
  async extract(documents: CorpusDocument[], overrides: ActorOverrides): Promise<Extraction> {
    let pending: Promise<Extraction>;
    try {
      pending = this.worker.extract(documents, overrides);
    } catch (err) {
      return this.extractInHost(err, documents, overrides);
    }
    try {
      return await pending;
    } catch (err) {
      if (!isWorkerLost(err)) throw err;
      return this.extractInHost(err, documents, overrides);
    }
  }

  dispose(): void {
    this.worker.dispose();
  }

  private extractInHost(reason: unknown, documents: CorpusDocument[], overrides: ActorOverrides): Extraction {
    this.log.warn(`Extraction worker unavailable (${reason instanceof Error ? reason.message : String(reason)}); extracting in the extension host`);
    // Loaded only here: the NLP libraries it pulls in would otherwise load with the extension.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { extractCorpus } = require('../core/extraction') as typeof import('../core/extraction');
    return extractCorpus(documents, overrides);
  }
}

/**
 * True when the extraction worker is gone (it failed to start, crashed or exited) rather than
 * the extraction having thrown inside a live worker (which BackgroundExtractor passes on as a
 * plain Error carrying the worker's stack).
 */
function isWorkerLost(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  return (typeof code === 'string' && code.startsWith('ERR_WORKER')) || /^extraction worker exited with code/.test(err.message);
}
