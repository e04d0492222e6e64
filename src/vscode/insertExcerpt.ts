/**
 * Inserting a cited excerpt into a draft as ONE undoable workspace edit: the quotation (and for
 * Markdown footnotes the footnote definition) plus the bibliography file created or updated.
 * The words come from the corpus text exactly; the citation module decides the formatting.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { defaultStyleFor, formatExcerptInsertion, trimExcerpt, type CitationStyle } from '../core/citation';
import type { CorpusDocument, TextSpan } from '../core/model';
import { paragraphAround } from '../core/views/documentText';
import type { CorpusIndexer } from './corpusIndexer';
import { addTextEdits, toRange } from './convert';
import { Commands, SOURCE_SCHEME } from './ids';
import { fnv1a } from '../core/parse/documentId';
import { pickPassage } from './passagePicker';
import * as settings from './settings';

export interface ExcerptRequest {
  documentId: string;
  /** The passage or quote span in the source. */
  start: number;
  end: number;
  /** Matched words (document offsets), used to trim a paragraph to the sentences that matched. */
  highlights?: TextSpan[];
  speakerName?: string | null;
  /** Insert exactly `[start, end)` (a direct quote), never widened to the paragraph. */
  exact?: boolean;
  /** `fnv1a` of the span's text when it was offered; a changed source is refused, not misquoted. */
  textHash?: string;
}

/** The editor to insert into: the active one unless it shows a source, else a visible draft. */
export function draftEditor(indexer: CorpusIndexer): vscode.TextEditor | undefined {
  const isDraft = (e: vscode.TextEditor | undefined) =>
    !!e && e.document.uri.scheme !== SOURCE_SCHEME && !indexer.isCorpusUri(e.document.uri) && e.document.uri.scheme !== 'output';
  const active = vscode.window.activeTextEditor;
  if (isDraft(active)) return active;
  return vscode.window.visibleTextEditors.find(isDraft);
}

export function styleFor(document: vscode.TextDocument): CitationStyle {
  const setting = settings.citationStyle(document.uri);
  return setting === 'auto' ? defaultStyleFor(document.languageId) : setting;
}

function excerptSpan(doc: CorpusDocument, request: ExcerptRequest): TextSpan {
  if (request.exact) return { start: request.start, end: request.end };
  const paragraph = paragraphAround(doc, request);
  if (!settings.trimToMatchedSentences()) return paragraph;
  const highlights = request.highlights?.length ? request.highlights : [{ start: request.start, end: request.end }];
  const trimmed = trimExcerpt(doc.text.slice(paragraph.start, paragraph.end), doc.sentences, highlights, paragraph.start);
  return { start: trimmed.start, end: trimmed.end };
}

/** The bibliography as an open document, or undefined when the file does not exist yet. */
async function openIfExists(uri: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open;
  try {
    await vscode.workspace.fs.stat(uri);
  } catch {
    return undefined;
  }
  return vscode.workspace.openTextDocument(uri);
}

/** The bibliography file for pandoc and LaTeX: the setting, or `<draft name>.json`/`.bib` beside it. */
function bibliographyUri(draft: vscode.TextDocument, style: CitationStyle): vscode.Uri | undefined {
  if (style !== 'pandoc' && style !== 'latex') return undefined;
  const configured = settings.citationBibliography(draft.uri);
  if (configured) {
    if (path.isAbsolute(configured)) return vscode.Uri.file(configured);
    const base = vscode.workspace.getWorkspaceFolder(draft.uri)?.uri ?? (draft.isUntitled ? undefined : vscode.Uri.joinPath(draft.uri, '..'));
    return base ? vscode.Uri.joinPath(base, configured) : undefined;
  }
  if (draft.isUntitled) return undefined;
  const name = path.posix.basename(draft.uri.path).replace(/\.[^.]*$/, '');
  return vscode.Uri.joinPath(draft.uri, '..', `${name}${style === 'pandoc' ? '.json' : '.bib'}`);
}

/**
 * A link from the draft to the source file for footnotes: relative when both live in one
 * workspace folder (it survives moving the project), else the file's absolute URI.
 */
function sourceLink(draft: vscode.TextDocument, doc: CorpusDocument): string | undefined {
  if (!path.isAbsolute(doc.path)) return undefined;
  const folder = draft.uri.scheme === 'file' ? vscode.workspace.getWorkspaceFolder(draft.uri) : undefined;
  const sourceFolder = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(doc.path));
  if (folder && folder === sourceFolder) return path.relative(path.dirname(draft.uri.fsPath), doc.path).split(path.sep).join('/');
  return vscode.Uri.file(doc.path).toString();
}

function speakerFor(indexer: CorpusIndexer, doc: CorpusDocument, span: TextSpan): string | null {
  return indexer.service.quotes().find((q) => q.documentId === doc.id && q.start < span.end && span.start < q.end && q.speakerName)?.speakerName ?? null;
}

/** Inserts the excerpt at the editor's cursor (after a selection); true when the edit applied. */
export async function insertExcerpt(indexer: CorpusIndexer, editor: vscode.TextEditor, request: ExcerptRequest): Promise<boolean> {
  const doc = indexer.service.document(request.documentId);
  if (!doc) {
    void vscode.window.showWarningMessage('That source is no longer in the corpus.');
    return false;
  }
  if (request.textHash !== undefined && fnv1a(doc.text.slice(request.start, request.end)) !== request.textHash) {
    void vscode.window.showWarningMessage('That source has changed since the passage was shown. Search or hover again to insert its current text.');
    return false;
  }
  const draft = editor.document;
  // The corpus is read-only: never write into a source, whatever asked for the insertion.
  if (draft.uri.scheme === SOURCE_SCHEME || indexer.isCorpusUri(draft.uri)) {
    void vscode.window.showWarningMessage('Sourcebook inserts excerpts into drafts only, never into a corpus file.');
    return false;
  }
  const style = styleFor(draft);
  const span = excerptSpan(doc, request);
  const bibUri = bibliographyUri(draft, style);
  if (bibUri && indexer.isCorpusUri(bibUri)) {
    void vscode.window.showErrorMessage(
      `The bibliography ${vscode.workspace.asRelativePath(bibUri)} is inside a corpus folder, and Sourcebook never writes into the corpus. Set “sourcebook.citation.bibliography” to a file outside it.`,
    );
    return false;
  }
  let bibDocument: vscode.TextDocument | undefined;
  try {
    bibDocument = bibUri ? await openIfExists(bibUri) : undefined;
  } catch (err) {
    void vscode.window.showErrorMessage(`Sourcebook could not open the bibliography ${bibUri ? vscode.workspace.asRelativePath(bibUri) : ''}: ${err instanceof Error ? err.message : String(err)}`);
    return false;
  }
  // From here to applyEdit nothing awaits, so text typed meanwhile cannot shift the offsets.
  const bibText = bibDocument ? bibDocument.getText() : null;
  const result = formatExcerptInsertion({
    doc,
    excerpt: doc.text.slice(span.start, span.end),
    speakerName: request.speakerName ?? speakerFor(indexer, doc, span),
    addSpeaker: settings.addSpeaker(draft.uri),
    style,
    draftText: draft.getText(),
    cursorOffset: draft.offsetAt(editor.selection.end),
    sourceLink: sourceLink(draft, doc),
    bibliography: bibUri ? { path: bibUri.fsPath, text: bibText } : undefined,
  });

  const edit = new vscode.WorkspaceEdit();
  addTextEdits(edit, draft, result.draftEdits);
  const bibWasDirty = bibDocument?.isDirty ?? false;
  const bibChanged = !!(bibUri && result.bibliographyEdit);
  if (bibUri && result.bibliographyEdit) {
    if (!bibDocument) {
      edit.createFile(bibUri, { contents: new TextEncoder().encode(result.bibliographyEdit.newText) });
    } else {
      edit.replace(bibUri, toRange(bibDocument, 0, bibDocument.getText().length), result.bibliographyEdit.newText);
    }
  }
  const applied = await vscode.workspace.applyEdit(edit);
  if (!applied) {
    void vscode.window.showErrorMessage('Sourcebook could not insert the excerpt (the draft may be read-only).');
    return false;
  }
  // Keep the bibliography on disk in step with the draft, unless the user had unsaved edits there.
  if (bibChanged && bibDocument && !bibWasDirty) await bibDocument.save();
  if (result.bibliographyError && bibUri) {
    void vscode.window.showWarningMessage(`The bibliography ${vscode.workspace.asRelativePath(bibUri)} was not updated: ${result.bibliographyError}`);
  } else if ((style === 'pandoc' || style === 'latex') && !bibUri) {
    void vscode.window.showInformationMessage('Save the draft (or set “sourcebook.citation.bibliography”) so Sourcebook can add the source to a bibliography.');
  }
  return true;
}

export function registerInsertExcerpt(indexer: CorpusIndexer): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(Commands.insertCitedExcerpt, async () => {
      const editor = draftEditor(indexer);
      if (!editor) {
        void vscode.window.showInformationMessage('Open a draft (Markdown, LaTeX or plain text) to insert an excerpt into.');
        return;
      }
      await indexer.ready;
      const selected = editor.document.getText(editor.selection).trim();
      const pick = await pickPassage(indexer, {
        title: 'Insert Cited Excerpt',
        placeholder: 'Search the sources: words, a "quoted phrase", or the start of a word',
        initialQuery: selected.length > 0 && selected.length < 500 ? selected.replace(/\s+/g, ' ') : undefined,
      });
      if (!pick) return;
      const target = vscode.window.visibleTextEditors.find((e) => e.document === editor.document) ?? editor;
      await insertExcerpt(indexer, target, {
        documentId: pick.doc.id,
        start: pick.result.start,
        end: pick.result.end,
        highlights: pick.result.highlights,
        textHash: fnv1a(pick.result.text),
      });
    }),
    vscode.commands.registerCommand(Commands.hoverInsert, async (arg: unknown) => {
      const a = (arg ?? {}) as { documentId?: unknown; start?: unknown; end?: unknown; draftUri?: unknown; textHash?: unknown };
      if (typeof a.documentId !== 'string' || typeof a.start !== 'number' || typeof a.end !== 'number') return;
      const draftUri = typeof a.draftUri === 'string' ? a.draftUri : undefined;
      const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === draftUri) ?? draftEditor(indexer);
      if (!editor) return;
      const textHash = typeof a.textHash === 'string' ? a.textHash : undefined;
      await insertExcerpt(indexer, editor, { documentId: a.documentId, start: a.start, end: a.end, textHash });
    }),
  );
}
