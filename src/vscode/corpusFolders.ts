/**
 * Which folders are the corpus. In order: the folders in `sourcebook.corpus.paths` (relative ones
 * against each workspace folder); when that setting is empty, a `corpus` folder at the top of
 * each workspace folder; and the samples bundled with the extension when no other folder was
 * found (or always/never when `sourcebook.corpus.includeBundled` is set explicitly).
 */
import * as path from 'path';
import * as vscode from 'vscode';
import * as settings from './settings';

export interface CorpusFolder {
  uri: vscode.Uri;
  /** How the folder was found, for the log and the status bar tooltip. */
  origin: 'setting' | 'workspace' | 'bundled';
}

export interface CorpusFolderResolution {
  folders: CorpusFolder[];
  /** Configured folders that do not exist, to be logged. */
  missing: string[];
}

async function isDirectory(uri: vscode.Uri): Promise<boolean> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) !== 0;
  } catch {
    return false;
  }
}

export async function resolveCorpusFolders(extensionUri: vscode.Uri): Promise<CorpusFolderResolution> {
  const workspaceFolders = vscode.workspace.workspaceFolders ?? [];
  const folders: CorpusFolder[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const add = (uri: vscode.Uri, origin: CorpusFolder['origin']) => {
    const key = uri.toString();
    if (!seen.has(key)) {
      seen.add(key);
      folders.push({ uri, origin });
    }
  };

  const configured = settings.corpusPaths();
  for (const entry of configured) {
    if (path.isAbsolute(entry)) {
      const uri = vscode.Uri.file(entry);
      if (await isDirectory(uri)) add(uri, 'setting');
      else missing.push(entry);
      continue;
    }
    let found = false;
    for (const ws of workspaceFolders) {
      const uri = vscode.Uri.joinPath(ws.uri, entry);
      if (await isDirectory(uri)) {
        add(uri, 'setting');
        found = true;
      }
    }
    if (!found) missing.push(entry);
  }
  if (configured.length === 0) {
    for (const ws of workspaceFolders) {
      const uri = vscode.Uri.joinPath(ws.uri, 'corpus');
      if (await isDirectory(uri)) add(uri, 'workspace');
    }
  }

  const bundled = settings.includeBundled();
  if (bundled === 'always' || (bundled === 'auto' && folders.length === 0)) {
    const uri = vscode.Uri.joinPath(extensionUri, 'corpus');
    if (await isDirectory(uri)) add(uri, 'bundled');
  }
  return { folders, missing };
}

/** The corpus folder holding `uri`, if any. */
export function folderOf(folders: readonly CorpusFolder[], uri: vscode.Uri): CorpusFolder | undefined {
  return folders.find((f) => isUnder(uri, f.uri));
}

export function isUnder(uri: vscode.Uri, folder: vscode.Uri): boolean {
  if (uri.scheme !== folder.scheme || uri.authority !== folder.authority) return false;
  const base = folder.path.endsWith('/') ? folder.path : `${folder.path}/`;
  return uri.path.startsWith(base);
}

/** `uri`'s path relative to `folder`, with `/` separators. */
export function relativePath(folder: vscode.Uri, uri: vscode.Uri): string {
  return uri.path.slice(folder.path.replace(/\/$/, '').length + 1);
}
