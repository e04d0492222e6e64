/**
 * Owns the corpus service for the window: finds the corpus folders, reads and indexes them
 * without blocking activation, keeps the index in step with file changes, and runs extraction
 * (actors, events, quotes) after the index is ready. Views, hovers and commands read from it.
 */
import * as vscode from 'vscode';
import { createCorpusService, type ManagedCorpusService } from '../core/corpusService';
import type { ActorOverrides, Extraction } from '../core/extraction/types';
import type { LoadWarning } from '../core/model';
import { ExtractionRunner } from './extractionRunner';
import { documentIdFor } from '../core/parse/documentId';
import { assignDocumentIds } from '../node/openCorpus';
import { readCorpusFolders, type CorpusFile } from '../node/readCorpus';
import { folderOf, isUnder, relativePath, resolveCorpusFolders, type CorpusFolder } from './corpusFolders';
import { globProblem, isIncluded } from './corpusGlob';
import { readCorpusFile } from './corpusFile';
import { isInsideFolder, watchCorpusFolders } from './corpusWatcher';
import { Settings } from './ids';
import * as settings from './settings';

export type IndexPhase = 'starting' | 'indexing' | 'extracting' | 'ready';

export interface IndexStatus {
  phase: IndexPhase;
  /** Files indexed so far in the current run, and how many there are. */
  done: number;
  total: number;
  documents: number;
  passages: number;
  folders: readonly CorpusFolder[];
}

/** Files handled between two yields to the event loop, so the window stays responsive. */
const BATCH = 25;
/** Above this many files the progress is a notification rather than a status-bar spinner. */
const NOTIFY_ABOVE = 300;
const WATCH_DEBOUNCE_MS = 300;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export class CorpusIndexer implements vscode.Disposable {
  private current: ManagedCorpusService = createCorpusService({ extractionMode: 'external' });
  private readonly extractor: ExtractionRunner;
  private folders: CorpusFolder[] = [];
  private overrides: ActorOverrides = {};
  private state: IndexStatus = { phase: 'starting', done: 0, total: 0, documents: 0, passages: 0, folders: [] };
  private run = 0;
  private disposed = false;
  private readonly statusEmitter = new vscode.EventEmitter<IndexStatus>();
  private readonly corpusEmitter = new vscode.EventEmitter<void>();
  private readonly extractionEmitter = new vscode.EventEmitter<void>();
  private watchers: vscode.Disposable[] = [];
  private pending = new Map<string, vscode.Uri | null>();
  private flushTimer: NodeJS.Timeout | undefined;
  /** Flushes run one after another on this chain, never side by side. */
  private flushing: Promise<void> = Promise.resolve();
  /** The latest reindex run; flushes wait for it so they apply to the service it swaps in. */
  private indexing: Promise<void> = Promise.resolve();
  private counted: { service: ManagedCorpusService; version: number; documents: number; passages: number } | undefined;
  private extractionTimer: NodeJS.Timeout | undefined;
  private firstIndex: { promise: Promise<void>; resolve: () => void };
  private extracted: { promise: Promise<void>; resolve: () => void };

  /** Fires when the indexing status changes (progress, counts, phase). */
  readonly onDidChangeStatus = this.statusEmitter.event;
  /** Fires when documents were added, changed or removed (search results may differ). */
  readonly onDidChangeCorpus = this.corpusEmitter.event;
  /** Fires when a fresh extraction (actors, events, quotes) is available. */
  readonly onDidChangeExtraction = this.extractionEmitter.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.firstIndex = deferred();
    this.extracted = deferred();
    this.extractor = new ExtractionRunner(log);
  }

  get service(): ManagedCorpusService {
    return this.current;
  }

  get status(): IndexStatus {
    return this.state;
  }

  get corpusFolders(): readonly CorpusFolder[] {
    return this.folders;
  }

  /** Settles when the first indexing run has finished (documents are searchable). */
  get ready(): Promise<void> {
    return this.firstIndex.promise;
  }

  /** Settles when an extraction for the current corpus is available. */
  whenExtracted(): Promise<void> {
    return this.current.hasExtraction() ? Promise.resolve() : this.extracted.promise;
  }

  /** True for files inside a corpus folder: the corpus is never a draft to hover or edit. */
  isCorpusUri(uri: vscode.Uri): boolean {
    return this.folders.some((f) => isUnder(uri, f.uri));
  }

  setActorOverrides(overrides: ActorOverrides): void {
    this.overrides = overrides;
    this.current.setActorOverrides(overrides);
    this.scheduleExtraction();
  }

  /**
   * Reads every corpus folder again into a fresh service, then swaps it in. Never rejects: a
   * failure is logged and the status still ends settled (phase 'ready', `ready` resolved).
   */
  reindex(): Promise<void> {
    const run = ++this.run;
    const running = this.runReindex(run).catch((err: unknown) => {
      if (run !== this.run) return;
      this.log.error(`Indexing the corpus failed (folders: ${this.folderNames()}; settings ${Settings.corpusPaths}, ${Settings.corpusInclude}, ${Settings.corpusExclude}): ${describe(err)}`);
      this.finishExtraction();
      this.firstIndex.resolve();
    });
    this.indexing = running;
    return running;
  }

  private async runReindex(run: number): Promise<void> {
    const resolution = await resolveCorpusFolders(this.extensionUri);
    if (run !== this.run) return;
    for (const missing of resolution.missing) this.log.warn(`Corpus folder not found: ${missing} (from ${Settings.corpusPaths})`);
    this.folders = resolution.folders;
    this.watch();
    this.update({ phase: 'indexing', done: 0, total: 0, folders: this.folders });
    const started = Date.now();
    const service = createCorpusService({ actorOverrides: this.overrides, extractionMode: 'external' });
    const localFolders = this.folders.filter((f) => f.uri.scheme === 'file');
    for (const f of this.folders) {
      if (f.uri.scheme !== 'file') this.log.warn(`Skipped corpus folder ${f.uri.toString()}: only folders on disk can be read`);
      else this.log.info(`Corpus folder (${f.origin}): ${f.uri.fsPath}`);
    }

    // One folder at a time, so a folder that cannot be read costs only its own files.
    const files: CorpusFile[] = [];
    const warnings: LoadWarning[] = [];
    for (const folder of localFolders) {
      const before = files.length;
      const read = await readCorpusFolders([folder.uri.fsPath], {
        onProgress: (done, total) => {
          if (run === this.run && (done % BATCH === 0 || done === total)) this.update({ done: 0, total: before + total });
        },
      }).catch((err: unknown) => {
        this.log.warn(`Skipped corpus folder ${folder.uri.fsPath} (${folder.origin === 'setting' ? `from ${Settings.corpusPaths}` : folder.origin}): ${describe(err)}`);
        return { files: [], warnings: [] };
      });
      if (run !== this.run) return;
      files.push(...read.files);
      warnings.push(...read.warnings);
    }
    const include = settings.corpusInclude();
    const exclude = settings.corpusExclude();
    for (const [name, globs] of [[Settings.corpusInclude, include], [Settings.corpusExclude, exclude]] as const) {
      for (const glob of globs) {
        const problem = globProblem(glob);
        if (problem) this.log.warn(`${name}: "${glob}" is not a valid pattern (${problem}); it matches only a path spelled exactly like it`);
      }
    }
    const wanted = files.filter((f) => isIncluded(f.relativePath, include, exclude));
    const ids = assignDocumentIds(wanted);
    for (const w of warnings) this.log.warn(`Skipped ${w.path}: ${w.reason}`);
    if (wanted.length < files.length) this.log.info(`${files.length - wanted.length} file(s) left out by the include/exclude settings`);

    const report = async (progress?: vscode.Progress<{ message?: string; increment?: number }>) => {
      for (let i = 0; i < wanted.length; i++) {
        const { warning } = service.upsert({ path: wanted[i].path, text: wanted[i].text, id: ids[i] });
        if (warning) this.log.warn(`Skipped ${warning.path}: ${warning.reason}`);
        if ((i + 1) % BATCH === 0 || i + 1 === wanted.length) {
          this.update({ done: i + 1, total: wanted.length });
          progress?.report({ message: `Indexing ${i + 1} of ${wanted.length} sources…`, increment: (BATCH / wanted.length) * 100 });
          await yieldToEventLoop();
          if (run !== this.run) return false;
        }
      }
      return true;
    };
    const location = wanted.length > NOTIFY_ABOVE ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window;
    const completed = await vscode.window.withProgress({ location, title: 'Sourcebook' }, report);
    if (!completed || run !== this.run) return;

    // Corrections may have arrived while reading.
    service.setActorOverrides(this.overrides);
    this.current = service;
    const passages = service.documents().reduce((n, d) => n + d.sentences.length, 0);
    this.log.info(`Indexed ${service.documents().length} source(s), ${passages} passages, from ${this.folders.length} folder(s) in ${Date.now() - started} ms`);
    this.update({ phase: 'extracting', done: wanted.length, total: wanted.length });
    this.corpusEmitter.fire();
    this.firstIndex.resolve();
    this.scheduleExtraction(0);
  }

  private folderNames(): string {
    return this.folders.map((f) => (f.uri.scheme === 'file' ? f.uri.fsPath : f.uri.toString())).join(', ') || 'none';
  }

  /**
   * Runs extraction (actors, events, quotes) in a worker thread after a short debounce, so bursts
   * of file changes cost one run and the extension host never blocks on a large corpus. Until a
   * result arrives the service keeps answering with the previous extraction.
   */
  scheduleExtraction(delay = 150): void {
    // While indexing, the end of the run schedules extraction for the new service.
    if (this.state.phase === 'starting' || this.state.phase === 'indexing') return;
    if (this.extractionTimer) clearTimeout(this.extractionTimer);
    if (this.state.phase === 'ready') this.update({ phase: 'extracting' });
    this.extractionTimer = setTimeout(() => {
      this.extractionTimer = undefined;
      void vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Sourcebook: finding actors and events' }, () => this.extract());
    }, delay);
  }

  private async extract(): Promise<void> {
    const service = this.current;
    const version = service.version;
    const documents = service.documents();
    const overrides = service.actorOverrides();
    const started = Date.now();
    let extraction: Extraction;
    try {
      extraction = await this.extractor.extract(documents, overrides);
    } catch (err) {
      if (this.disposed) return;
      this.log.error(`Finding actors and events failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      // Settle (views stop saying "Finding actors…") unless a newer run will finish the job.
      if (service === this.current && service.version === version && !this.extractionTimer) this.finishExtraction();
      return;
    }
    if (service !== this.current || !service.setExtraction(extraction, version)) return;
    this.log.info(`Found ${extraction.actors.length} actors, ${extraction.events.length} events and ${extraction.quotes.length} quotes in ${Date.now() - started} ms`);
    for (const problem of extraction.problems ?? []) {
      this.log.warn(`Actors, events and quotes of ${service.document(problem.documentId)?.path ?? problem.documentId} were left out: ${problem.reason}`);
    }
    if (service.version !== version) return; // a newer run is scheduled and will finish the job
    this.finishExtraction();
    this.extractionEmitter.fire();
  }

  /** Phase 'ready', and whoever waits for an extraction stops waiting. */
  private finishExtraction(): void {
    this.update({ phase: 'ready' });
    const done = this.extracted;
    this.extracted = deferred();
    done.resolve();
  }

  private update(patch: Partial<IndexStatus>): void {
    const service = this.current;
    // Counting passages walks every document: once per corpus version, not once per event.
    if (!this.counted || this.counted.service !== service || this.counted.version !== service.version) {
      const documents = service.documents();
      this.counted = { service, version: service.version, documents: documents.length, passages: documents.reduce((n, d) => n + d.sentences.length, 0) };
    }
    this.state = {
      ...this.state,
      documents: this.counted.documents,
      passages: this.counted.passages,
      ...patch,
    };
    this.statusEmitter.fire(this.state);
  }

  /** Watches the corpus folders; changes are applied incrementally. */
  private watch(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [
      watchCorpusFolders(this.folders, {
        file: (uri, present) => this.queue(uri, present ? uri : null),
        documentsUnder: (folderPath) => this.current.documents().map((d) => d.path).filter((p) => isInsideFolder(p, folderPath)),
        // A `corpus` folder created (or removed) at the top of a workspace folder changes the corpus.
        workspaceCorpusChanged: settings.corpusPaths().length === 0 ? () => void this.reindex() : undefined,
      }),
    ];
  }

  private queue(uri: vscode.Uri, change: vscode.Uri | null): void {
    this.pending.set(uri.toString(), change);
    this.scheduleFlush(WATCH_DEBOUNCE_MS);
  }

  private scheduleFlush(delay: number): void {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = setTimeout(() => {
      this.flushTimer = undefined;
      this.flushing = this.flushing
        .then(() => this.flush())
        .catch((err: unknown) => this.log.error(`Applying file changes failed: ${describe(err)}`));
    }, delay);
  }

  /** The settled end of the latest reindex, also when another one started meanwhile. */
  private async indexed(): Promise<void> {
    await this.ready;
    for (let running = this.indexing; ; running = this.indexing) {
      await running;
      if (running === this.indexing) return;
    }
  }

  private async flush(): Promise<void> {
    await this.indexed();
    if (this.pending.size === 0) return;
    const batch = [...this.pending];
    this.pending.clear();
    const run = this.run;
    const service = this.current;
    let changed = false;
    const include = settings.corpusInclude();
    const exclude = settings.corpusExclude();
    for (const [key, uri] of batch) {
      if (run !== this.run || service !== this.current) break;
      const target = uri ?? vscode.Uri.parse(key);
      const path = target.fsPath;
      const folder = folderOf(this.folders, target);
      if (!uri || !folder || !isIncluded(relativePath(folder.uri, target), include, exclude)) {
        if (service.remove(path)) {
          this.log.info(`Removed ${path}`);
          changed = true;
        }
        continue;
      }
      const read = await readCorpusFile(target);
      if ('reason' in read) {
        // A file that became unreadable or empty leaves the corpus rather than keeping stale text.
        this.log.warn(`Skipped ${path}: ${read.reason}`);
        if (service.remove(path)) changed = true;
        continue;
      }
      const existing = service.documentByPath(path);
      if (existing && existing.text === read.text) continue;
      const id = existing?.id ?? this.freshId(folder, target);
      const { warning } = service.upsert({ path, text: read.text, id });
      if (warning) this.log.warn(`Skipped ${warning.path}: ${warning.reason}`);
      else this.log.info(`${existing ? 'Updated' : 'Added'} ${path}`);
      changed = true;
    }
    if (run !== this.run || service !== this.current) {
      // A reindex started (or swapped its service in) while this batch was read: the new service
      // may have read the files before they changed. Apply the whole batch again after it, unless
      // a newer change to the same file is already queued.
      for (const [key, uri] of batch) if (!this.pending.has(key)) this.pending.set(key, uri);
      this.scheduleFlush(0);
      return;
    }
    if (!changed) return;
    this.update({});
    this.corpusEmitter.fire();
    this.scheduleExtraction();
  }

  /** The id a new file gets: from its relative path, prefixed by its folder name on a clash. */
  private freshId(folder: CorpusFolder, uri: vscode.Uri): string {
    const rel = relativePath(folder.uri, uri);
    let id = documentIdFor(rel);
    const base = folder.uri.path.split('/').filter(Boolean).pop() ?? '';
    for (let n = 1; this.current.document(id); n++) id = documentIdFor(`${base}/${rel}${n > 1 ? `#${n}` : ''}`);
    return id;
  }

  dispose(): void {
    this.disposed = true;
    this.run++;
    if (this.flushTimer) clearTimeout(this.flushTimer);
    if (this.extractionTimer) clearTimeout(this.extractionTimer);
    for (const w of this.watchers) w.dispose();
    this.extractor.dispose();
    this.statusEmitter.dispose();
    this.corpusEmitter.dispose();
    this.extractionEmitter.dispose();
  }
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
