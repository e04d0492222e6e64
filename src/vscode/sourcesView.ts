/** The Sources view: every document of the corpus with its date, outlet and passage count. */
import * as vscode from 'vscode';
import { buildSourceList } from '../core/views/sourceList';
import type { CorpusIndexer } from './corpusIndexer';
import { ContextKeys, Views } from './ids';
import { ModelTreeProvider, progressMessage } from './modelTree';

export interface SourcesView extends vscode.Disposable {
  provider: ModelTreeProvider;
}

export function registerSourcesView(indexer: CorpusIndexer): SourcesView {
  const provider = new ModelTreeProvider(() => buildSourceList(indexer.service.documents()));
  const view = vscode.window.createTreeView(Views.sources, { treeDataProvider: provider });
  const contextValues = new Map<string, boolean>();
  const setContext = (key: string, value: boolean) => {
    if (contextValues.get(key) === value) return;
    contextValues.set(key, value);
    void vscode.commands.executeCommand('setContext', key, value);
  };
  const updateMessage = () => {
    const status = indexer.status;
    view.message = progressMessage(status, false);
    view.description = status.phase === 'indexing' || status.phase === 'starting' ? undefined : `${status.documents}`;
    // The welcome view (add a corpus folder) shows only when there is nothing to read.
    setContext(ContextKeys.hasCorpus, status.folders.length > 0);
    setContext(ContextKeys.indexing, status.phase === 'starting' || status.phase === 'indexing');
  };
  const disposables = vscode.Disposable.from(
    view,
    provider,
    indexer.onDidChangeStatus(updateMessage),
    indexer.onDidChangeCorpus(() => {
      provider.refresh();
      updateMessage();
    }),
  );
  provider.refresh();
  updateMessage();
  return { provider, dispose: () => disposables.dispose() };
}
