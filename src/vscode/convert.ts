/**
 * The one place core data becomes VS Code data and back: tree nodes to TreeItems, offsets to
 * ranges, core edits to WorkspaceEdit entries, corpus documents to read-only URIs.
 */
import * as vscode from 'vscode';
import type { TextEdit } from '../core/citation';
import type { CorpusDocument } from '../core/model';
import type { SourceLocation, ViewIcon, ViewNode } from '../core/views/viewNode';
import { Commands, SOURCE_SCHEME } from './ids';

const ICONS: Record<ViewIcon, string> = {
  person: 'person',
  organization: 'organization',
  place: 'location',
  group: 'account',
  unnamed: 'eye-closed',
  quote: 'quote',
  mention: 'mention',
  calendar: 'calendar',
  event: 'history',
  document: 'file-text',
  folder: 'folder',
};

const COLLAPSIBLE: Record<ViewNode['collapsible'], vscode.TreeItemCollapsibleState> = {
  none: vscode.TreeItemCollapsibleState.None,
  collapsed: vscode.TreeItemCollapsibleState.Collapsed,
  expanded: vscode.TreeItemCollapsibleState.Expanded,
};

export function toTreeItem(node: ViewNode): vscode.TreeItem {
  const item = new vscode.TreeItem(node.label, COLLAPSIBLE[node.collapsible]);
  item.id = node.id;
  item.description = node.description;
  // A plain string tooltip: corpus text must never be rendered as Markdown here.
  item.tooltip = node.tooltip;
  item.contextValue = node.kind;
  if (node.icon) item.iconPath = new vscode.ThemeIcon(ICONS[node.icon]);
  if (node.location) {
    item.command = { command: Commands.openLocation, title: 'Open Source at Location', arguments: [node.location] };
  }
  return item;
}

/** The read-only URI a corpus document is shown under; the file name stays visible in the tab. */
export function sourceUri(doc: Pick<CorpusDocument, 'id' | 'path'>): vscode.Uri {
  const fileName = doc.path.split(/[\\/]/).pop() || doc.id;
  return vscode.Uri.from({ scheme: SOURCE_SCHEME, path: `/${fileName}`, query: new URLSearchParams({ id: doc.id }).toString() });
}

/** The document id a `sourcebook-source:` URI stands for. */
export function documentIdOf(uri: vscode.Uri): string | undefined {
  if (uri.scheme !== SOURCE_SCHEME) return undefined;
  return new URLSearchParams(uri.query).get('id') ?? undefined;
}

export function toRange(document: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}

export function toSelection(document: vscode.TextDocument, start: number, end: number): vscode.Selection {
  return new vscode.Selection(document.positionAt(start), document.positionAt(end));
}

/** Core edits (offsets into `document`'s text) added to `edit`. */
export function addTextEdits(edit: vscode.WorkspaceEdit, document: vscode.TextDocument, edits: readonly TextEdit[]): void {
  for (const e of edits) edit.replace(document.uri, toRange(document, e.start, e.end), e.newText);
}

/** Reads a location argument from a command (tree items, hover links), rejecting anything else. */
export function asLocation(value: unknown): SourceLocation | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  const loc = 'location' in v && v.location && typeof v.location === 'object' ? (v.location as Record<string, unknown>) : v;
  if (typeof loc.documentId !== 'string' || typeof loc.start !== 'number' || typeof loc.end !== 'number') return undefined;
  return { documentId: loc.documentId, start: loc.start, end: loc.end };
}

/** Quick pick text renders `$(name)` as an icon; corpus text must show as written. */
export function noIcons(text: string): string {
  return text.replace(/\$\(/g, '$\u200b(');
}

/**
 * Notification text renders `[label](target)` as a link (a `command:` target runs a command);
 * names from the corpus or `.sourcebook/actors.json` must show as plain text.
 */
export function noLinks(text: string): string {
  return text.replace(/[[\]]/g, '');
}
