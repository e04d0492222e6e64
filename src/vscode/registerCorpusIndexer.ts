/** When the corpus is (re)indexed: after activation, and when its settings or folders change. */
import * as vscode from 'vscode';
import type { CorpusIndexer } from './corpusIndexer';
import * as settings from './settings';

/**
 * Registers the indexer's triggers: the first index (after activate() returns, so the window
 * never waits for the corpus), and a reindex when the corpus settings or workspace folders change.
 */
export function registerCorpusIndexer(indexer: CorpusIndexer): vscode.Disposable {
  const startup = setImmediate(() => void indexer.reindex());
  return vscode.Disposable.from(
    { dispose: () => clearImmediate(startup) },
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (settings.affectsCorpus(e)) void indexer.reindex();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => void indexer.reindex()),
  );
}
