/**
 * Hover cards over drafts (Markdown, LaTeX, plain text): the actor a name stands for and the
 * source passages that best match the hovered word. Corpus text is untrusted, so the Markdown is
 * built by the core renderer that escapes it, and only our two hover commands may run from it.
 */
import * as vscode from 'vscode';
import type { HoverCard } from '../core/service';
import { hoverBlocks, renderHoverMarkdown } from '../core/views/hoverCard';
import type { CorpusIndexer } from './corpusIndexer';
import { toRange } from './convert';
import { Commands, SOURCE_SCHEME } from './ids';
import * as settings from './settings';

export const DRAFT_LANGUAGES = ['markdown', 'plaintext', 'latex', 'tex'];

/** The Markdown of a hover card, trusted for the hover commands only. */
export function hoverMarkdown(card: HoverCard, indexer: CorpusIndexer, draftUri: vscode.Uri): vscode.MarkdownString | undefined {
  const blocks = hoverBlocks(card, (id) => indexer.service.document(id), draftUri.toString());
  if (blocks.length === 0) return undefined;
  const md = new vscode.MarkdownString(renderHoverMarkdown(blocks, { insert: Commands.hoverInsert, open: Commands.hoverOpen }));
  md.supportHtml = false;
  md.supportThemeIcons = false;
  md.isTrusted = { enabledCommands: [Commands.hoverInsert, Commands.hoverOpen] };
  return md;
}

export function cardAt(indexer: CorpusIndexer, document: vscode.TextDocument, position: vscode.Position): HoverCard | undefined {
  const mode = settings.hoverMode(document.uri);
  if (mode === 'off') return undefined;
  const text = document.getText();
  const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
  const selection = editor?.selections.find((s) => !s.isEmpty && s.contains(position));
  const offset = document.offsetAt(selection ? selection.start : position);
  const end = selection ? document.offsetAt(selection.end) : undefined;
  const service = indexer.service;
  const options = { mode: mode === 'actors' ? ('actors' as const) : ('passages' as const) };
  // Extraction runs in a worker: until it finishes the card uses the previous actors (or none),
  // so a hover never waits for it.
  service.setHoverOptions(options);
  return service.hover(text, offset, end);
}

export function registerHoverProvider(indexer: CorpusIndexer): vscode.Disposable {
  const provider: vscode.HoverProvider = {
    provideHover(document, position) {
      if (document.uri.scheme === SOURCE_SCHEME || indexer.isCorpusUri(document.uri)) return undefined;
      // During a reindex the previous service keeps answering; only before the first one is there nothing.
      if (indexer.status.phase === 'starting') return undefined;
      const card = cardAt(indexer, document, position);
      if (!card || (!card.actor && card.passages.length === 0)) return undefined;
      const markdown = hoverMarkdown(card, indexer, document.uri);
      return markdown ? new vscode.Hover(markdown, toRange(document, card.range.start, card.range.end)) : undefined;
    },
  };
  return vscode.languages.registerHoverProvider(
    DRAFT_LANGUAGES.map((language) => ({ language })),
    provider,
  );
}
