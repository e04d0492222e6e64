/**
 * Entry point: wires the features together and returns at once. Indexing starts after
 * activation returns, so the window never waits for the corpus to be read.
 */
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { ManagedCorpusService } from '../core/corpusService';
import { registerActorOverrides } from './actorOverrides';
import { trackActivationTimings, type ActivationTimings } from './activationTimings';
import { registerActorsView, type ActorsView } from './actorsView';
import { registerCorpusCommands } from './corpusCommands';
import { CorpusIndexer } from './corpusIndexer';
import { registerCorpusIndexer } from './registerCorpusIndexer';
import { registerEventsView, type EventsView } from './eventsView';
import { registerHoverProvider } from './hoverProvider';
import { registerInsertExcerpt } from './insertExcerpt';
import type { ModelTreeProvider } from './modelTree';
import { registerSourceDocuments } from './sourceDocuments';
import { registerSourcesView } from './sourcesView';
import { registerStatusBar } from './statusBar';

/** What activate() returns; the integration tests drive the extension through it. */
export interface SourcebookApi {
  readonly service: ManagedCorpusService;
  readonly indexer: CorpusIndexer;
  readonly trees: { actors: ModelTreeProvider; events: ModelTreeProvider; sources: ModelTreeProvider };
  /** View controllers, for what a test cannot do through the UI (typing a filter). */
  readonly views: { actors: ActorsView; events: EventsView };
  /** Settles when the first indexing run is done (search and hovers work). */
  readonly ready: Promise<void>;
  /** Settles when actors, events and quotes for the current corpus are available. */
  whenExtracted(): Promise<void>;
  /** How long activation, the first index and the first extraction took. */
  timings(): ActivationTimings;
}

export function activate(context: vscode.ExtensionContext): SourcebookApi {
  const startedAt = performance.now();
  const log = vscode.window.createOutputChannel('Sourcebook', { log: true });
  const indexer = new CorpusIndexer(context.extensionUri, log);
  const events = registerEventsView(indexer, context.workspaceState);
  const actors = registerActorsView(indexer, events);
  const sources = registerSourcesView(indexer);
  context.subscriptions.push(
    log,
    indexer,
    events,
    actors,
    sources,
    registerStatusBar(indexer),
    registerSourceDocuments(indexer),
    registerHoverProvider(indexer),
    registerInsertExcerpt(indexer),
    registerCorpusCommands(indexer, log),
    registerActorOverrides(indexer, log),
    // Starts the first index after activation returns, so no file is read before it does.
    registerCorpusIndexer(indexer),
  );
  const timings = trackActivationTimings(startedAt, indexer, log);

  return {
    get service() {
      return indexer.service;
    },
    indexer,
    trees: { actors: actors.provider, events: events.provider, sources: sources.provider },
    views: { actors, events },
    ready: indexer.ready,
    whenExtracted: () => indexer.whenExtracted(),
    timings,
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
