/** The Actors view and the commands on its nodes: filter, insert a quote, copy, show in Events. */
import * as vscode from 'vscode';
import type { Actor, Quote } from '../core/extraction/types';
import { buildActorTree } from '../core/views/actorTree';
import { documentByline } from '../core/views/documentText';
import { oneLine, type ViewNode } from '../core/views/viewNode';
import type { CorpusIndexer } from './corpusIndexer';
import type { EventsView } from './eventsView';
import { Commands, ContextKeys, Views } from './ids';
import { draftEditor, insertExcerpt } from './insertExcerpt';
import { ModelTreeProvider, progressMessage } from './modelTree';
import { noIcons, noLinks } from './convert';

export interface ActorsView extends vscode.Disposable {
  provider: ModelTreeProvider;
  setFilter(filter: string | undefined): void;
}

export function registerActorsView(indexer: CorpusIndexer, events: EventsView): ActorsView {
  let filter: string | undefined;
  // The service answers with the latest finished extraction and never blocks on a new one.
  const provider = new ModelTreeProvider(() =>
    buildActorTree({ actors: indexer.service.actors(), quotes: indexer.service.quotes(), document: (id) => indexer.service.document(id), filter }),
  );
  const view = vscode.window.createTreeView(Views.actors, { treeDataProvider: provider, showCollapseAll: true });

  const updateMessage = () => {
    const progress = progressMessage(indexer.status, !indexer.service.hasExtraction());
    const none = provider.current.roots().length === 0;
    view.message = progress ?? (filter ? (none ? `No actor matches “${filter}”.` : `Actors matching “${filter}”`) : undefined);
    view.description = filter ? `“${filter}”` : undefined;
  };
  const refresh = () => {
    provider.refresh();
    updateMessage();
  };
  const setFilter = (next: string | undefined) => {
    filter = next?.trim() || undefined;
    void vscode.commands.executeCommand('setContext', ContextKeys.actorsFiltered, !!filter);
    refresh();
  };

  const actorOf = (node: ViewNode | undefined): Actor | undefined =>
    node?.actorId ? indexer.service.actors().find((a) => a.id === node.actorId) : undefined;

  const insertQuote = async (node: ViewNode | undefined) => {
    const editor = draftEditor(indexer);
    if (!editor) {
      void vscode.window.showInformationMessage('Open a draft to insert the quote into.');
      return;
    }
    const quotes = indexer.service.quotes();
    let quote: Quote | undefined = node?.quoteId ? quotes.find((q) => q.id === node.quoteId) : undefined;
    const actor = actorOf(node);
    if (!quote && actor) {
      const own = quotes.filter((q) => q.speaker === actor.id);
      if (own.length === 0) {
        void vscode.window.showInformationMessage(`No direct quotes from ${noLinks(actor.name)} were found.`);
        return;
      }
      const picked = own.length === 1 ? { quote: own[0] } : await vscode.window.showQuickPick(
        own.map((q) => {
          const doc = indexer.service.document(q.documentId);
          return { label: noIcons(`“${oneLine(q.text, 160)}”`), description: noIcons(doc ? documentByline(doc) : ''), quote: q };
        }),
        { title: noIcons(`Insert a quote from ${actor.name}`), matchOnDescription: true },
      );
      quote = picked?.quote;
    }
    if (!quote) return;
    await insertExcerpt(indexer, editor, { documentId: quote.documentId, start: quote.start, end: quote.end, speakerName: quote.speakerName, exact: true });
  };

  const disposables = vscode.Disposable.from(
    view,
    provider,
    indexer.onDidChangeStatus(updateMessage),
    indexer.onDidChangeExtraction(refresh),
    vscode.commands.registerCommand(Commands.actorsFilter, async () => {
      const value = await vscode.window.showInputBox({
        title: 'Filter Actors',
        prompt: 'Show actors whose name, other names or roles contain this text',
        value: filter ?? '',
        placeHolder: 'e.g. Austin, NATO, minister',
      });
      if (value !== undefined) setFilter(value);
    }),
    vscode.commands.registerCommand(Commands.actorsClearFilter, () => setFilter(undefined)),
    vscode.commands.registerCommand(Commands.actorsInsertQuote, insertQuote),
    vscode.commands.registerCommand(Commands.actorsCopyName, async (node?: ViewNode) => {
      const actor = actorOf(node ?? view.selection[0]);
      if (actor) await vscode.env.clipboard.writeText(actor.name);
    }),
    vscode.commands.registerCommand(Commands.actorsShowInEvents, async (node?: ViewNode) => {
      const actor = actorOf(node ?? view.selection[0]);
      if (actor) await events.showActor(actor.id, actor.name);
    }),
  );
  refresh();
  return { provider, setFilter, dispose: () => disposables.dispose() };
}
