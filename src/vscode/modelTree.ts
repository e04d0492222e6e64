/** A TreeDataProvider over a core {@link TreeModel}; rebuilding swaps the model and refreshes. */
import * as vscode from 'vscode';
import { lazyTree, type TreeModel, type ViewNode } from '../core/views/viewNode';
import { toTreeItem } from './convert';

export class ModelTreeProvider implements vscode.TreeDataProvider<ViewNode>, vscode.Disposable {
  private model: TreeModel = lazyTree([], () => []);
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly build: () => TreeModel) {}

  /** The model currently shown (tests walk it; reveal needs its nodes). */
  get current(): TreeModel {
    return this.model;
  }

  refresh(): void {
    this.model = this.build();
    this.changed.fire();
  }

  getTreeItem(node: ViewNode): vscode.TreeItem {
    return toTreeItem(node);
  }

  getChildren(node?: ViewNode): ViewNode[] {
    return node ? this.model.children(node) : this.model.roots();
  }

  getParent(node: ViewNode): ViewNode | undefined {
    return this.model.parent(node);
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** The message a view shows while the corpus is being read or analysed, or undefined. */
export function progressMessage(status: { phase: string; done: number; total: number }, needsExtraction: boolean): string | undefined {
  if (status.phase === 'starting') return 'Looking for sources…';
  if (status.phase === 'indexing') return status.total > 0 ? `Indexing ${status.done} of ${status.total} sources…` : 'Reading sources…';
  if (needsExtraction && status.phase === 'extracting') return 'Finding actors, events and quotes…';
  return undefined;
}
