/** Shared helpers for the integration tests: the extension's API, waiting, tree walking. */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ViewNode } from '../../src/core/views/viewNode';
import type { ModelTreeProvider } from '../../src/vscode/modelTree';
import type { SourcebookApi } from '../../src/vscode/extension';

export async function sourcebook(): Promise<SourcebookApi> {
  const extension = vscode.extensions.getExtension<SourcebookApi>('sourcebook.sourcebook');
  assert.ok(extension, 'extension not installed');
  const api = await extension.activate();
  await api.ready;
  await api.whenExtracted();
  return api;
}

export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Every node of a tree, depth first, expanding everything. */
export function allNodes(tree: ModelTreeProvider, parent?: ViewNode): ViewNode[] {
  return tree.getChildren(parent).flatMap((n) => [n, ...allNodes(tree, n)]);
}

export function workspaceUri(...parts: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder');
  return vscode.Uri.joinPath(folder.uri, ...parts);
}

/** The Markdown text of the hovers at a position, joined. */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<{ text: string; trusted: unknown[] }> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  const contents = hovers.flatMap((h) => h.contents);
  const text = contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n\n');
  const trusted = contents.map((c) => (c instanceof vscode.MarkdownString ? c.isTrusted : undefined));
  return { text, trusted };
}

export function positionOf(doc: vscode.TextDocument, word: string, delta = 1): vscode.Position {
  const at = doc.getText().indexOf(word);
  assert.ok(at >= 0, `${word} not in ${doc.uri.toString()}`);
  return doc.positionAt(at + delta);
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  const dot = key.indexOf('.');
  await vscode.workspace.getConfiguration(key.slice(0, dot)).update(key.slice(dot + 1), value, vscode.ConfigurationTarget.Workspace);
}
