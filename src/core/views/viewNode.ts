/**
 * The plain-data shape every Sourcebook tree is built from. The VS Code layer turns a node into a
 * TreeItem one-to-one (src/vscode/convert.ts), so all wording, grouping and ordering decisions
 * live here where unit tests can reach them.
 */

/** Icons by meaning; the VS Code layer maps them to codicons. */
export type ViewIcon =
  | 'person'
  | 'organization'
  | 'place'
  | 'group'
  | 'unnamed'
  | 'quote'
  | 'mention'
  | 'calendar'
  | 'event'
  | 'document'
  | 'folder';

/** A span of a corpus document a node opens when clicked. */
export interface SourceLocation {
  documentId: string;
  start: number;
  end: number;
}

/** What a node stands for, so commands on it know what to act on. */
export type NodeKind =
  | 'actorKind'
  | 'actor'
  | 'quote'
  | 'actorDocument'
  | 'mention'
  | 'year'
  | 'month'
  | 'day'
  | 'undated'
  | 'event'
  | 'source';

export interface ViewNode {
  /** Unique within its tree and stable across rebuilds, so expansion state and reveal survive. */
  id: string;
  kind: NodeKind;
  label: string;
  description?: string;
  /** Plain text (never rendered as Markdown). */
  tooltip?: string;
  icon?: ViewIcon;
  collapsible: 'none' | 'collapsed' | 'expanded';
  location?: SourceLocation;
  /** Set on actor nodes and on the nodes under them. */
  actorId?: string;
  /** Set on quote nodes. */
  quoteId?: string;
}

/** A tree whose children are computed when first asked for (large corpora have many mentions). */
export interface TreeModel {
  roots(): ViewNode[];
  children(node: ViewNode): ViewNode[];
  /** The parent of a node already handed out, for TreeView.reveal. */
  parent(node: ViewNode): ViewNode | undefined;
  /** A node already handed out, by id. */
  node(id: string): ViewNode | undefined;
}

/**
 * Builds a {@link TreeModel} from roots and a child function, remembering parents of every node
 * handed out so `reveal` can walk up.
 */
export function lazyTree(roots: ViewNode[], childrenOf: (node: ViewNode) => ViewNode[]): TreeModel {
  const byId = new Map<string, ViewNode>();
  const parents = new Map<string, ViewNode>();
  const cache = new Map<string, ViewNode[]>();
  for (const root of roots) byId.set(root.id, root);
  return {
    roots: () => roots,
    children(node) {
      let kids = cache.get(node.id);
      if (!kids) {
        kids = node.collapsible === 'none' ? [] : childrenOf(node);
        cache.set(node.id, kids);
        for (const kid of kids) {
          byId.set(kid.id, kid);
          parents.set(kid.id, node);
        }
      }
      return kids;
    },
    parent: (node) => parents.get(node.id),
    node: (id) => byId.get(id),
  };
}

/** One line of text for a label: whitespace collapsed, cut at `max` characters with an ellipsis. */
export function oneLine(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/** "1 mention", "3 mentions". */
export function plural(count: number, word: string, words = `${word}s`): string {
  return `${count} ${count === 1 ? word : words}`;
}
