// A corpus folder in the workspace, changed on disk: the index, the trees and hovers follow. Also
// the injection test: a hostile corpus file cannot get anything live into a hover.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { Settings } from '../../src/vscode/ids';
import { allNodes, hoverText, positionOf, setSetting, sourcebook, waitFor, workspaceUri } from './helpers';

const encode = (s: string) => new TextEncoder().encode(s);

const ARTICLE = (word: string) => `Title: Zoo report ${word}
Source: Test Gazette
Date: 2023-03-01

The keepers said the ${word} escaped on Monday. Officials from the Zoo Authority searched the park for the ${word} all day.

“We will find the ${word},” said Director Amelia Quorn.
`;

describe('corpus folder watching', () => {
  const folder = workspaceUri('watched-corpus');
  const file = vscode.Uri.joinPath(folder, 'zoo.txt');
  let draft: vscode.TextDocument;

  before(async () => {
    const api = await sourcebook();
    await vscode.workspace.fs.createDirectory(folder);
    const bundled = api.service.documents()[0];
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'seed.txt'), encode(bundled.text));
    await setSetting(Settings.corpusPaths, ['watched-corpus']);
    await waitFor('the watched folder to be indexed', () => api.indexer.status.phase === 'ready' && api.service.documents().length === 1);
    draft = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Nobody knew where the zebracorn went, or the quaggafish, said Director Amelia Quorn.' });
  });

  after(async () => {
    await setSetting(Settings.corpusPaths, undefined);
    const api = await sourcebook();
    await waitFor('the bundled corpus to come back', () => api.indexer.status.phase === 'ready' && api.service.documents().length === 5, 20_000);
    await vscode.workspace.fs.delete(folder, { recursive: true });
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('uses only the configured folder', async () => {
    const api = await sourcebook();
    assert.deepStrictEqual(api.indexer.corpusFolders.map((f) => f.origin), ['setting']);
    assert.strictEqual(api.trees.sources.getChildren().length, 1);
  });

  it('picks up a new file: search, sources, actors and hovers', async () => {
    const api = await sourcebook();
    await vscode.workspace.fs.writeFile(file, encode(ARTICLE('zebracorn')));
    await waitFor('the new file to be searchable', () => api.service.search('zebracorn').length > 0);
    assert.strictEqual(api.trees.sources.getChildren().length, 2);
    await api.whenExtracted();
    await waitFor('the actor tree to show the new speaker', () => allNodes(api.trees.actors).some((n) => /Quorn/.test(n.label)));
    const { text } = await hoverText(draft.uri, positionOf(draft, 'zebracorn'));
    assert.match(text, /\*\*zebracorn\*\*/);
  });

  it('follows a change to the file', async () => {
    const api = await sourcebook();
    await vscode.workspace.fs.writeFile(file, encode(ARTICLE('quaggafish')));
    await waitFor('the changed text to be searchable', () => api.service.search('quaggafish').length > 0 && api.service.search('zebracorn').length === 0);
    const { text } = await hoverText(draft.uri, positionOf(draft, 'quaggafish'));
    assert.match(text, /\*\*quaggafish\*\*/);
    const gone = await hoverText(draft.uri, positionOf(draft, 'zebracorn'));
    assert.ok(!gone.text.includes('command:sourcebook'));
  });

  it('drops a deleted file', async () => {
    const api = await sourcebook();
    await vscode.workspace.fs.delete(file);
    await waitFor('the file to leave the index', () => api.service.search('quaggafish').length === 0);
    await waitFor('the sources tree to follow', () => api.trees.sources.getChildren().length === 1);
  });

  it('follows a sub-folder renamed, then deleted, as a whole', async () => {
    const api = await sourcebook();
    const sub = vscode.Uri.joinPath(folder, 'desk');
    await vscode.workspace.fs.createDirectory(sub);
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(sub, 'a.txt'), encode(ARTICLE('okapiwren')));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(sub, 'b.md'), encode(ARTICLE('tapirlark')));
    await waitFor('both files to be searchable', () => api.service.search('okapiwren').length > 0 && api.service.search('tapirlark').length > 0);
    const moved = vscode.Uri.joinPath(folder, 'archive');
    await vscode.workspace.fs.rename(sub, moved);
    await waitFor('the documents to follow the rename', () =>
      api.service.documents().filter((d) => d.path.includes(`${'/'}archive${'/'}`)).length === 2 &&
      !api.service.documents().some((d) => d.path.includes(`${'/'}desk${'/'}`)),
    );
    await vscode.workspace.fs.delete(moved, { recursive: true });
    await waitFor('the deleted folder to leave the index', () => api.service.search('okapiwren').length === 0 && api.service.search('tapirlark').length === 0);
  });

  it('escapes a hostile corpus file in hovers and trusts only the hover commands', async () => {
    const api = await sourcebook();
    const hostile = `Title: [Click](command:workbench.action.quit)
Source: <img src=x onerror=alert(1)>
Date: 2023-03-02

The hippogriffin [escaped](command:workbench.action.quit) through <a href="command:workbench.action.quit">the gate</a> and <img src=x onerror=alert(1)> was seen. More on the hippogriffin: <script>alert(1)</script> and \`code\` and ![img](http://x/y.png).
`;
    const evil = vscode.Uri.joinPath(folder, 'evil.md');
    await vscode.workspace.fs.writeFile(evil, encode(hostile));
    await waitFor('the hostile file to be indexed', () => api.service.search('hippogriffin').length > 0);
    const probe = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Where did the hippogriffin go?' });
    const { text, trusted } = await hoverText(probe.uri, positionOf(probe, 'hippogriffin'));
    assert.match(text, /\*\*hippogriffin\*\*/);
    const ours = /\[(Insert|Open)\]\(command:sourcebook\.hover\.(insert|open)\?[A-Za-z0-9%._-]+ "[^"\\]*"\)/g;
    const rest = text.replace(ours, '');
    assert.doesNotMatch(rest, /(?<!\\)[<[]/, 'no unescaped link or HTML opener');
    assert.doesNotMatch(rest, /(?<!\\)\]\(/);
    assert.doesNotMatch(rest, /command:workbench/, 'the hostile command URI is broken by escaping');
    const seen = trusted.filter((t) => t !== undefined);
    assert.ok(seen.length > 0, 'the hover carried at least one MarkdownString trust value');
    for (const t of seen) assert.deepStrictEqual(t, { enabledCommands: ['sourcebook.hover.insert', 'sourcebook.hover.open'] });
    await vscode.workspace.fs.delete(evil);
  });

  it('applies .sourcebook/actors.json and follows its changes', async () => {
    const api = await sourcebook();
    await vscode.workspace.fs.writeFile(file, encode(ARTICLE('zebracorn')));
    await waitFor('Quorn in the actors tree', () => allNodes(api.trees.actors).some((n) => /Quorn/.test(n.label)));
    const overrides = workspaceUri('.sourcebook', 'actors.json');
    await vscode.workspace.fs.writeFile(overrides, encode(JSON.stringify({ hide: ['Amelia Quorn'] })));
    await waitFor('Quorn hidden', () => !allNodes(api.trees.actors).some((n) => /Quorn/.test(n.label)));
    await vscode.workspace.fs.writeFile(overrides, encode('{ not json'));
    await waitFor('Quorn back after a broken file', () => allNodes(api.trees.actors).some((n) => /Quorn/.test(n.label)));
    await vscode.workspace.fs.delete(workspaceUri('.sourcebook'), { recursive: true });
  });
});
