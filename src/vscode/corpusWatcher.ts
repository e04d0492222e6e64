/**
 * Watches corpus folders. Files are reported one by one; a sub-folder deleted, renamed or moved
 * in arrives from the file system as ONE event for the folder, so it is expanded here into the
 * files it held (known documents under it) or holds (found on disk).
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CorpusFolder } from './corpusFolders';

const CORPUS_FILE = /\.(txt|md)$/i;

export interface CorpusWatchEvents {
  /** A file was created or changed (`present`) or deleted. */
  file(uri: vscode.Uri, present: boolean): void;
  /** Paths of the indexed documents under a folder path. */
  documentsUnder(folderPath: string): string[];
  /** The `corpus/` folder at the top of a workspace folder appeared or went away. */
  workspaceCorpusChanged?(): void;
}

export function watchCorpusFolders(folders: readonly CorpusFolder[], events: CorpusWatchEvents): vscode.Disposable {
  const disposables: vscode.Disposable[] = [];
  for (const folder of folders) {
    const files = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder.uri, '**/*.{txt,md}'));
    const present = (uri: vscode.Uri) => events.file(uri, true);
    disposables.push(
      files,
      files.onDidCreate(present),
      files.onDidChange(present),
      files.onDidDelete((uri) => events.file(uri, false)),
    );
    const entries = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder.uri, '**/*'), false, true, false);
    disposables.push(
      entries,
      entries.onDidDelete((uri) => {
        if (CORPUS_FILE.test(uri.path)) return;
        for (const file of events.documentsUnder(uri.fsPath)) events.file(vscode.Uri.file(file), false);
      }),
      entries.onDidCreate((uri) => {
        if (!CORPUS_FILE.test(uri.path)) void reportFolderFiles(uri, events);
      }),
    );
  }
  if (events.workspaceCorpusChanged) {
    const changed = () => events.workspaceCorpusChanged?.();
    for (const ws of vscode.workspace.workspaceFolders ?? []) {
      const top = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(ws, 'corpus'), false, true, false);
      disposables.push(top, top.onDidCreate(changed), top.onDidDelete(changed));
    }
  }
  return vscode.Disposable.from(...disposables);
}

/** A folder moved or copied in: report the corpus files inside it. */
async function reportFolderFiles(uri: vscode.Uri, events: CorpusWatchEvents): Promise<void> {
  try {
    if ((await vscode.workspace.fs.stat(uri)).type !== vscode.FileType.Directory) return;
  } catch {
    return; // gone again
  }
  for (const file of await vscode.workspace.findFiles(new vscode.RelativePattern(uri, '**/*.{txt,md}'))) events.file(file, true);
}

/** True when `file` lies inside `folder` (both file-system paths). */
export function isInsideFolder(file: string, folder: string): boolean {
  const rel = path.relative(folder, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}
