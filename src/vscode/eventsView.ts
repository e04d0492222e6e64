/** The Events timeline view: order toggle, filtering by actor, and revealing an actor's events. */
import * as vscode from 'vscode';
import { buildEventTree, eventPath, type EventOrder } from '../core/views/eventTree';
import type { ViewNode } from '../core/views/viewNode';
import type { CorpusIndexer } from './corpusIndexer';
import { Commands, ContextKeys, Views } from './ids';
import { ModelTreeProvider, progressMessage } from './modelTree';

const ORDER_KEY = 'sourcebook.events.order';

export interface EventsView extends vscode.Disposable {
  provider: ModelTreeProvider;
  /** Shows only the events naming the actor and reveals the first of them. */
  showActor(actorId: string, actorName: string): Promise<void>;
}

export function registerEventsView(indexer: CorpusIndexer, state: vscode.Memento): EventsView {
  let order: EventOrder = state.get<EventOrder>(ORDER_KEY, 'oldest');
  let actorFilter: { id: string; name: string } | undefined;
  const provider = new ModelTreeProvider(() =>
    buildEventTree({
      events: indexer.service.events(),
      document: (id) => indexer.service.document(id),
      order,
      actorId: actorFilter?.id,
    }),
  );
  const view = vscode.window.createTreeView(Views.events, { treeDataProvider: provider, showCollapseAll: true });

  const updateMessage = () => {
    const progress = progressMessage(indexer.status, !indexer.service.hasExtraction());
    const empty = provider.current.roots().length === 0 && indexer.status.phase === 'ready' && indexer.status.documents > 0;
    view.message = progress ?? (actorFilter ? `Events naming ${actorFilter.name}` : empty ? 'No dated events were found in the sources.' : undefined);
    view.description = order === 'oldest' ? 'oldest first' : 'newest first';
  };
  const refresh = () => {
    provider.refresh();
    updateMessage();
  };
  const setFilter = (filter: typeof actorFilter) => {
    actorFilter = filter;
    void vscode.commands.executeCommand('setContext', ContextKeys.eventsFiltered, !!filter);
    refresh();
  };

  const showActor = async (actorId: string, actorName: string) => {
    setFilter({ id: actorId, name: actorName });
    const event = indexer.service.events().find((e) => e.actors.includes(actorId));
    await vscode.commands.executeCommand(`${Views.events}.focus`);
    if (!event) {
      view.message = `No events name ${actorName}.`;
      return;
    }
    // Hand out the ancestors first so the tree knows every parent on the way down.
    let node: ViewNode | undefined;
    for (const id of eventPath(event)) {
      const siblings = node ? provider.current.children(node) : provider.current.roots();
      node = siblings.find((n) => n.id === id);
      if (!node) return;
    }
    await view.reveal(node!, { select: true, focus: true, expand: true });
  };

  const disposables = vscode.Disposable.from(
    view,
    provider,
    indexer.onDidChangeStatus(updateMessage),
    indexer.onDidChangeExtraction(refresh),
    vscode.commands.registerCommand(Commands.eventsToggleOrder, async () => {
      order = order === 'oldest' ? 'newest' : 'oldest';
      await state.update(ORDER_KEY, order);
      refresh();
    }),
    vscode.commands.registerCommand(Commands.eventsClearFilter, () => setFilter(undefined)),
  );
  refresh();
  return { provider, showActor, dispose: () => disposables.dispose() };
}
