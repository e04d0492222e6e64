/**
 * Opening sources. Corpus files are shown through a read-only `sourcebook-source:` document
 * whose text is exactly the text the core indexed, so every offset lands where it should and a
 * source cannot be edited by accident.
 */
import * as vscode from 'vscode';
import { documentByline, documentLabel } from '../core/views/documentText';
import { compareDocuments } from '../core/views/sourceList';
import type { SourceLocation } from '../core/views/viewNode';
import type { CorpusIndexer } from './corpusIndexer';
import { asLocation, documentIdOf, noIcons, sourceUri, toRange, toSelection } from './convert';
import { Commands, SOURCE_SCHEME } from './ids';

export async function openSourceAt(indexer: CorpusIndexer, location: SourceLocation, options: { preserveFocus?: boolean; sideBySide?: boolean } = {}): Promise<vscode.TextEditor | undefined> {
  const doc = indexer.service.document(location.documentId);
  if (!doc) {
    void vscode.window.showWarningMessage('That source is no longer in the corpus. Run “Sourcebook: Reindex Sources” if it should be.');
    return undefined;
  }
  const textDocument = await vscode.workspace.openTextDocument(sourceUri(doc));
  const editor = await vscode.window.showTextDocument(textDocument, {
    preview: true,
    preserveFocus: options.preserveFocus,
    viewColumn: options.sideBySide ? vscode.ViewColumn.Beside : undefined,
    selection: toSelection(textDocument, location.start, location.end),
  });
  editor.revealRange(toRange(textDocument, location.start, location.end), vscode.TextEditorRevealType.InCenter);
  return editor;
}

async function pickSource(indexer: CorpusIndexer): Promise<void> {
  const docs = [...indexer.service.documents()].sort(compareDocuments);
  if (docs.length === 0) {
    void vscode.window.showInformationMessage('The corpus has no sources yet.');
    return;
  }
  const picked = await vscode.window.showQuickPick(
    docs.map((doc) => ({ label: noIcons(documentLabel(doc)), description: noIcons(documentByline(doc)), detail: noIcons(doc.path), doc })),
    { title: 'Open Source', placeHolder: 'Type to filter sources by title, outlet or date', matchOnDescription: true, matchOnDetail: true },
  );
  if (picked) await openSourceAt(indexer, { documentId: picked.doc.id, start: picked.doc.bodyStart, end: picked.doc.bodyStart });
}

export function registerSourceDocuments(indexer: CorpusIndexer): vscode.Disposable {
  const changed = new vscode.EventEmitter<vscode.Uri>();
  const provider: vscode.TextDocumentContentProvider = {
    onDidChange: changed.event,
    provideTextDocumentContent(uri) {
      const id = documentIdOf(uri);
      const doc = id ? indexer.service.document(id) : undefined;
      return doc ? doc.text : 'This source is no longer in the corpus.';
    },
  };
  const refreshOpen = () => {
    for (const doc of vscode.workspace.textDocuments) {
      if (doc.uri.scheme === SOURCE_SCHEME) changed.fire(doc.uri);
    }
  };
  const open = async (arg: unknown) => {
    const location = asLocation(arg);
    if (location) await openSourceAt(indexer, location);
  };
  return vscode.Disposable.from(
    changed,
    vscode.workspace.registerTextDocumentContentProvider(SOURCE_SCHEME, provider),
    indexer.onDidChangeCorpus(refreshOpen),
    vscode.commands.registerCommand(Commands.openLocation, open),
    vscode.commands.registerCommand(Commands.hoverOpen, open),
    vscode.commands.registerCommand(Commands.openSource, async (arg?: unknown) => {
      if (asLocation(arg)) await open(arg);
      else await pickSource(indexer);
    }),
  );
}
