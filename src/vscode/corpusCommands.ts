/** Commands about the corpus itself: reindex, add a folder, show the log, search sources. */
import * as path from 'path';
import * as vscode from 'vscode';
import type { CorpusIndexer } from './corpusIndexer';
import { Commands, Settings } from './ids';
import { pickPassage } from './passagePicker';
import * as settings from './settings';
import { openSourceAt } from './sourceDocuments';

/** The folder as the setting should hold it: relative to the workspace folder when inside one. */
function settingPathFor(uri: vscode.Uri): string {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (folder && (vscode.workspace.workspaceFolders?.length ?? 0) === 1) {
    const rel = path.posix.relative(folder.uri.path, uri.path);
    return rel === '' ? '.' : rel;
  }
  return uri.fsPath;
}

export function registerCorpusCommands(indexer: CorpusIndexer, log: vscode.LogOutputChannel): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(Commands.reindex, () => indexer.reindex()),
    vscode.commands.registerCommand(Commands.showOutput, () => log.show(true)),
    vscode.commands.registerCommand(Commands.addCorpusFolder, async () => {
      const picked = await vscode.window.showOpenDialog({
        canSelectFiles: false,
        canSelectFolders: true,
        canSelectMany: true,
        openLabel: 'Use as Corpus',
        title: 'Choose folders of source articles (.txt, .md)',
        defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
      });
      if (!picked?.length) return;
      const current = settings.corpusPaths();
      const added = picked.map(settingPathFor).filter((p) => !current.includes(p));
      if (added.length === 0) return;
      const [section, ...rest] = Settings.corpusPaths.split('.');
      const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
      // The configuration change listener reindexes.
      await vscode.workspace.getConfiguration(section).update(rest.join('.'), [...current, ...added], target);
    }),
    vscode.commands.registerCommand(Commands.searchSources, async () => {
      await indexer.ready;
      const editor = vscode.window.activeTextEditor;
      const selected = editor ? editor.document.getText(editor.selection).trim() : '';
      const pick = await pickPassage(indexer, {
        title: 'Search Sources',
        placeholder: 'Words, a "quoted phrase", or the start of a word',
        initialQuery: selected && selected.length < 500 ? selected.replace(/\s+/g, ' ') : undefined,
      });
      if (pick) await openSourceAt(indexer, { documentId: pick.doc.id, start: pick.result.start, end: pick.result.end });
    }),
  );
}
