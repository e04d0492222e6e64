/**
 * Applies the user's corrections in `.sourcebook/actors.json` (in each workspace folder) and
 * re-applies them whenever the file is created, changed or deleted. Problems are logged naming
 * the file, and the well-formed parts still apply.
 */
import * as vscode from 'vscode';
import { parseActorOverrides } from '../core/extraction/actors';
import type { ActorOverrides } from '../core/extraction/types';
import type { CorpusIndexer } from './corpusIndexer';
import { ACTOR_OVERRIDES_FILE } from './ids';

/** Several folders' overrides together; later folders add to earlier ones. */
export function mergeOverrides(list: ActorOverrides[]): ActorOverrides {
  const merged: ActorOverrides = {};
  for (const o of list) {
    for (const key of ['aliases', 'merge'] as const) {
      if (o[key]) merged[key] = { ...merged[key], ...o[key] };
    }
    if (o.rename) merged.rename = { ...merged.rename, ...o.rename };
    if (o.kinds) merged.kinds = { ...merged.kinds, ...o.kinds };
    if (o.split) merged.split = [...(merged.split ?? []), ...o.split];
    if (o.hide) merged.hide = [...(merged.hide ?? []), ...o.hide];
  }
  return merged;
}

async function readOverrides(log: vscode.LogOutputChannel): Promise<ActorOverrides> {
  const found: ActorOverrides[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const uri = vscode.Uri.joinPath(folder.uri, ACTOR_OVERRIDES_FILE);
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      continue; // No overrides file in this folder.
    }
    const { overrides, errors } = parseActorOverrides(text);
    const name = uri.scheme === 'file' ? uri.fsPath : uri.toString();
    for (const error of errors) log.error(`${name}: ${error}`);
    log.info(`Applied actor corrections from ${name}${errors.length ? ` (${errors.length} problem(s) ignored)` : ''}`);
    found.push(overrides);
  }
  return mergeOverrides(found);
}

export function registerActorOverrides(indexer: CorpusIndexer, log: vscode.LogOutputChannel): vscode.Disposable {
  let timer: NodeJS.Timeout | undefined;
  const apply = async () => indexer.setActorOverrides(await readOverrides(log));
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void apply(), 300);
  };
  const watcher = vscode.workspace.createFileSystemWatcher(`**/${ACTOR_OVERRIDES_FILE}`);
  // Creating or deleting the folder together with the file can reach us as one event for the
  // folder only, which the file pattern does not match.
  const folder = vscode.workspace.createFileSystemWatcher(`**/${ACTOR_OVERRIDES_FILE.split('/')[0]}`, false, true, false);
  void apply();
  return vscode.Disposable.from(
    watcher,
    watcher.onDidCreate(schedule),
    watcher.onDidChange(schedule),
    watcher.onDidDelete(schedule),
    folder,
    folder.onDidCreate(schedule),
    folder.onDidDelete(schedule),
    vscode.workspace.onDidChangeWorkspaceFolders(schedule),
    { dispose: () => timer && clearTimeout(timer) },
  );
}
