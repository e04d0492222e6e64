/** The status bar entry: what the corpus holds, or indexing progress; a click opens the sidebar. */
import * as vscode from 'vscode';
import { plural } from '../core/views/viewNode';
import type { CorpusIndexer, IndexStatus } from './corpusIndexer';
import { SHOW_SIDEBAR_COMMAND } from './ids';

export function statusText(status: IndexStatus): string {
  if (status.phase === 'starting') return '$(book) Sourcebook';
  if (status.phase === 'indexing') return `$(sync~spin) Sourcebook: indexing ${status.done}/${status.total}`;
  return `$(book) Sourcebook: ${plural(status.documents, 'source')} · ${plural(status.passages, 'passage')}`;
}

export function registerStatusBar(indexer: CorpusIndexer): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('sourcebook.status', vscode.StatusBarAlignment.Left, 10);
  item.name = 'Sourcebook';
  item.command = { command: SHOW_SIDEBAR_COMMAND, title: 'Show Sourcebook' };
  const update = (status: IndexStatus) => {
    item.text = statusText(status);
    const folders = status.folders.map((f) => `${f.uri.scheme === 'file' ? f.uri.fsPath : f.uri.toString()}${f.origin === 'bundled' ? ' (bundled samples)' : ''}`);
    item.tooltip = folders.length > 0 ? `Corpus folders:\n${folders.join('\n')}\n\nClick to open the Sourcebook sidebar.` : 'No corpus folder found. Click to open the Sourcebook sidebar.';
  };
  update(indexer.status);
  item.show();
  return vscode.Disposable.from(item, indexer.onDidChangeStatus(update));
}
