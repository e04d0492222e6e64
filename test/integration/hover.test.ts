// Hover cards over a draft in the real editor, through vscode.executeHoverProvider.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { Commands, Settings } from '../../src/vscode/ids';
import { hoverText, positionOf, setSetting, sourcebook, workspaceUri } from './helpers';

describe('hover cards', () => {
  let draft: vscode.TextDocument;

  before(async () => {
    await sourcebook();
    draft = await vscode.workspace.openTextDocument(workspaceUri('draft.md'));
    await vscode.window.showTextDocument(draft);
  });

  after(async () => {
    await setSetting(Settings.hoverMode, undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('hovering "sanctions" shows matching passages with Insert and Open links', async () => {
    const { text, trusted } = await hoverText(draft.uri, positionOf(draft, 'sanctions'));
    assert.match(text, /\*\*sanctions\*\*/);
    assert.match(text, /\*\*export\*\* \*\*controls\*\*/);
    assert.ok(text.includes(`command:${Commands.hoverInsert}?`));
    assert.ok(text.includes(`command:${Commands.hoverOpen}?`));
    assert.ok(trusted.some((t) => t && typeof t === 'object'), JSON.stringify(trusted));
  });

  it('hovering "Austin" shows the actor card first', async () => {
    const { text } = await hoverText(draft.uri, positionOf(draft, 'Austin'));
    assert.match(text, /^\*\*Lloyd Austin\*\* · person/m);
    assert.match(text, /\d+ mentions/);
  });

  it('shows no Sourcebook card on a stop word or a word no source contains', async () => {
    for (const word of [' the ', 'neighbours']) {
      const { text } = await hoverText(draft.uri, positionOf(draft, word, word.startsWith(' ') ? 2 : 1));
      assert.ok(!text.includes('command:sourcebook'), `${word}: ${text.slice(0, 200)}`);
    }
  });

  it('follows sourcebook.hover.mode', async () => {
    await setSetting(Settings.hoverMode, 'actors');
    const actorsOnly = await hoverText(draft.uri, positionOf(draft, 'sanctions'));
    assert.ok(!actorsOnly.text.includes('command:sourcebook'), actorsOnly.text.slice(0, 200));
    const austin = await hoverText(draft.uri, positionOf(draft, 'Austin'));
    assert.match(austin.text, /\*\*Lloyd Austin\*\*/);
    await setSetting(Settings.hoverMode, 'off');
    const off = await hoverText(draft.uri, positionOf(draft, 'Austin'));
    assert.ok(!off.text.includes('Lloyd Austin'));
    await setSetting(Settings.hoverMode, undefined);
  });

  it('the Open link opens the source at the passage', async () => {
    const { text } = await hoverText(draft.uri, positionOf(draft, 'sanctions'));
    const link = new RegExp(`command:${Commands.hoverOpen.replace(/\./g, '\\.')}\\?([A-Za-z0-9%._-]+)`).exec(text);
    assert.ok(link);
    const args = JSON.parse(decodeURIComponent(link[1])) as unknown[];
    await vscode.commands.executeCommand(Commands.hoverOpen, ...args);
    const editor = vscode.window.activeTextEditor!;
    assert.strictEqual(editor.document.uri.scheme, 'sourcebook-source');
    assert.match(editor.document.getText(editor.selection), /sanctions/);
  });

  it('gives no card inside a source', async () => {
    const api = await sourcebook();
    const doc = api.service.documents()[0];
    const editor = vscode.window.activeTextEditor!;
    assert.strictEqual(editor.document.uri.scheme, 'sourcebook-source');
    const word = doc.text.indexOf('Russia');
    const { text } = await hoverText(editor.document.uri, editor.document.positionAt(word + 1));
    assert.ok(!text.includes('command:sourcebook'));
  });
});
