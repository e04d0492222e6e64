/**
 * A quick pick that searches passages as the user types (words, "exact phrase", prefixes and
 * typos, as the core search does), showing each passage with its outlet and date and the
 * paragraph around it. Shared by "Search Sources" and "Insert Cited Excerpt".
 */
import * as vscode from 'vscode';
import type { CorpusDocument } from '../core/model';
import type { SearchResult } from '../core/search/types';
import { documentByline, documentLabel, paragraphAround } from '../core/views/documentText';
import { oneLine } from '../core/views/viewNode';
import type { CorpusIndexer } from './corpusIndexer';
import { noIcons } from './convert';
import { openSourceAt } from './sourceDocuments';

export interface PassagePick {
  result: SearchResult;
  doc: CorpusDocument;
}

interface PassageItem extends vscode.QuickPickItem {
  pick: PassagePick;
}

/** The one row shown when nothing matches: it says so, and choosing it keeps the picker open. */
interface NoMatchItem extends vscode.QuickPickItem {
  pick?: undefined;
}

type PickerItem = PassageItem | NoMatchItem;

function noMatchItem(query: string, documents: number): NoMatchItem {
  return {
    label: `$(search-stop) No passage matches ${noIcons(JSON.stringify(oneLine(query, 60)))}`,
    detail: `Searched ${documents} source${documents === 1 ? '' : 's'}. Try fewer words, the start of a word, or check the spelling.`,
    alwaysShow: true,
  };
}

const SEARCH_DELAY_MS = 60;
const LIMIT = 40;
const openButton: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('go-to-file'), tooltip: 'Open the source beside' };

function toItem(result: SearchResult, doc: CorpusDocument): PassageItem {
  const paragraph = paragraphAround(doc, result);
  const byline = documentByline(doc);
  return {
    label: noIcons(oneLine(result.text, 180)),
    description: noIcons(byline || documentLabel(doc)),
    detail: noIcons(oneLine(doc.text.slice(paragraph.start, paragraph.end), 400)),
    // The core already ranked and filtered; the quick pick's own label filter would hide matches.
    alwaysShow: true,
    buttons: [openButton],
    pick: { result, doc },
  };
}

export function searchItems(indexer: CorpusIndexer, query: string): PassageItem[] {
  if (!query.trim()) return [];
  const service = indexer.service;
  return service
    .search(query, { limit: LIMIT })
    .map((r) => {
      const doc = service.document(r.documentId);
      return doc ? toItem(r, doc) : undefined;
    })
    .filter((i): i is PassageItem => i !== undefined);
}

export function pickPassage(
  indexer: CorpusIndexer,
  options: { title: string; placeholder: string; initialQuery?: string },
): Promise<PassagePick | undefined> {
  return new Promise((resolve) => {
    const qp = vscode.window.createQuickPick<PickerItem>();
    qp.title = options.title;
    qp.placeholder = options.placeholder;
    qp.matchOnDescription = false;
    qp.matchOnDetail = false;
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    const itemsFor = (value: string): PickerItem[] => {
      const items = searchItems(indexer, value);
      return items.length === 0 && value.trim() ? [noMatchItem(value.trim(), indexer.service.documents().length)] : items;
    };
    const update = (value: string) => {
      qp.busy = true;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        qp.items = itemsFor(value);
        qp.busy = false;
      }, SEARCH_DELAY_MS);
    };
    const finish = (pick: PassagePick | undefined) => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      resolve(pick);
      qp.dispose();
    };
    qp.onDidAccept(() => {
      const selected = qp.selectedItems[0];
      if (selected && !selected.pick) return; // the "no passage matches" row
      finish(selected?.pick);
    });
    qp.onDidHide(() => finish(undefined));
    qp.onDidTriggerItemButton((e) => {
      if (!e.item.pick) return;
      const { result } = e.item.pick;
      void openSourceAt(indexer, { documentId: result.documentId, start: result.start, end: result.end }, { preserveFocus: true, sideBySide: true });
    });
    if (options.initialQuery) {
      qp.value = options.initialQuery;
      qp.items = itemsFor(options.initialQuery);
    }
    // Listening only now: setting the initial value must not search a second time.
    qp.onDidChangeValue(update);
    qp.show();
  });
}
