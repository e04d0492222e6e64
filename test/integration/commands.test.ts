// The commands a user reaches from the tree context menus and the command palette that the other
// suites do not: Insert a Quote, Copy Name, Search Sources and Open Source, run for real.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { Commands } from '../../src/vscode/ids';
import { sourcebook, waitFor, workspaceUri } from './helpers';

/**
 * Accepts the open quick pick until `opened` finds the editor it should lead to. Accepting before
 * the picker is shown does nothing, so it is retried (bounded by waitFor) rather than timed.
 */
async function acceptUntil(what: string, opened: () => vscode.TextEditor | undefined): Promise<vscode.TextEditor> {
  return waitFor(what, async () => {
    const editor = opened();
    if (editor) return editor;
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await new Promise((r) => setTimeout(r, 200));
    return opened();
  }, 15_000);
}

const sourceEditor = () => {
  const active = vscode.window.activeTextEditor;
  return active?.document.uri.scheme === 'sourcebook-source' ? active : undefined;
};

async function openMarkdownDraft(name: string, text: string): Promise<vscode.TextEditor> {
  const uri = workspaceUri(name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const doc = await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(uri), 'markdown');
  const editor = await vscode.window.showTextDocument(doc);
  const end = doc.positionAt(text.length);
  editor.selection = new vscode.Selection(end, end);
  return editor;
}

async function austinNode() {
  const api = await sourcebook();
  const people = api.trees.actors.getChildren(api.trees.actors.getChildren()[0]);
  const austin = people.find((p) => p.label === 'Lloyd Austin');
  assert.ok(austin, people.map((p) => p.label).join(', '));
  return { api, austin };
}

describe('tree and palette commands', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('Insert a Quote on a quote node inserts that quote, cited, as one undoable edit', async () => {
    const { api, austin } = await austinNode();
    const quoteNode = api.trees.actors.getChildren(austin).find((k) => k.kind === 'quote');
    assert.ok(quoteNode?.quoteId, 'Austin has a quote node');
    const quote = api.service.quotes().find((q) => q.id === quoteNode.quoteId)!;
    const editor = await openMarkdownDraft('insert-quote.md', 'Draft.\n\nAs he put it, ');
    const before = editor.document.getText();
    await vscode.commands.executeCommand(Commands.actorsInsertQuote, quoteNode);
    const after = editor.document.getText();
    const firstWords = quote.text.replace(/\s+/g, ' ').split(' ').slice(0, 4).join(' ');
    assert.ok(after.includes(firstWords), after);
    assert.match(after, /\[\^cnn2022[a-z]*\]/);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), before);
  });

  it('Copy Name puts the actor name on the clipboard', async () => {
    const { austin } = await austinNode();
    await vscode.env.clipboard.writeText('');
    await vscode.commands.executeCommand(Commands.actorsCopyName, austin);
    assert.strictEqual(await vscode.env.clipboard.readText(), 'Lloyd Austin');
  });

  it('Search Sources starts from the selection and opens the chosen passage, read-only, selected', async () => {
    await sourcebook();
    const editor = await openMarkdownDraft('search-sources.md', 'a strategic failure for Russia');
    const doc = editor.document;
    editor.selection = new vscode.Selection(doc.positionAt(2), doc.positionAt(doc.getText().length));
    const running = vscode.commands.executeCommand(Commands.searchSources);
    const opened = await acceptUntil('the source editor', sourceEditor);
    await running;
    assert.strictEqual(opened.document.uri.scheme, 'sourcebook-source');
    assert.match(opened.document.getText(opened.selection), /strategic failure/);
  });

  it('Open Source opens the chosen document read-only', async () => {
    const api = await sourcebook();
    const running = vscode.commands.executeCommand(Commands.openSource);
    const opened = await acceptUntil('the source editor', sourceEditor);
    await running;
    assert.strictEqual(opened.document.uri.scheme, 'sourcebook-source');
    const texts = api.service.documents().map((d) => d.text);
    assert.ok(texts.includes(opened.document.getText()), 'the editor shows a corpus document verbatim');
  });
});
