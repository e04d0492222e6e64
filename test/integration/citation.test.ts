// Inserting cited excerpts into real documents in each style, as one undoable edit.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { fnv1a } from '../../src/core/parse/documentId';
import { Commands, Settings } from '../../src/vscode/ids';
import { setSetting, sourcebook, workspaceUri } from './helpers';

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function openDraft(name: string, text: string, language: string): Promise<vscode.TextEditor> {
  const uri = workspaceUri(name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const doc = await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(uri), language);
  const editor = await vscode.window.showTextDocument(doc);
  const end = doc.positionAt(text.indexOf('|'));
  await editor.edit((b) => b.delete(new vscode.Range(end, end.translate(0, 1))));
  await doc.save();
  editor.selection = new vscode.Selection(end, end);
  return editor;
}

describe('insert cited excerpt', () => {
  const passageArgs = async () => {
    const api = await sourcebook();
    const [hit] = api.service.search('"strategic failure for Russia"');
    assert.ok(hit, 'the phrase is in the bundled corpus');
    const doc = api.service.document(hit.documentId)!;
    return { api, hit, doc };
  };

  afterEach(async () => {
    await setSetting(Settings.citationStyle, undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  const cases: { style: string; file: string; language: string; expect: (key: string) => RegExp; bibliography?: string }[] = [
    {
      style: 'auto',
      file: 'cite-footnote.md',
      language: 'markdown',
      // The definition: title, outlet, date, and a link to the source file (outside the workspace: its file URI).
      expect: (k) => new RegExp(`”\\[\\^${k}\\][\\s\\S]*\\n\\[\\^${k}\\]: “What happened during the visit[^”]*” CNN, 26 April 2022\\. \\[source\\]\\(file:///[^)]*cnn-2022-04-26-weakened-russia\\.txt\\)`),
    },
    { style: 'pandoc', file: 'cite-pandoc.md', language: 'markdown', expect: (k) => new RegExp(`” \\[@${k}\\]`), bibliography: 'cite-pandoc.json' },
    { style: 'auto', file: 'cite-latex.tex', language: 'latex', expect: (k) => new RegExp(`\\\\enquote\\{[\\s\\S]*strategic failure for Russia[\\s\\S]*\\}\\\\cite\\{${k}\\}`), bibliography: 'cite-latex.bib' },
    { style: 'plain', file: 'cite-plain.txt', language: 'plaintext', expect: () => /” \(CNN, [^)]*2022\)/ },
  ];

  for (const c of cases) {
    it(`${c.style} in ${c.language} (${c.file}), undone in one step`, async () => {
      const { hit, doc } = await passageArgs();
      await setSetting(Settings.citationStyle, c.style === 'auto' ? undefined : c.style);
      const original = 'Officials said the goal was |clear.\n';
      const editor = await openDraft(c.file, original, c.language);
      const before = editor.document.getText();
      await vscode.commands.executeCommand(Commands.hoverInsert, { documentId: hit.documentId, start: hit.start, end: hit.end, draftUri: editor.document.uri.toString() });
      const after = editor.document.getText();
      assert.match(after, c.expect(doc.key));
      assert.ok(after.includes('strategic failure for Russia'), after);
      if (c.bibliography) {
        const bib = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(c.bibliography)));
        assert.ok(bib.includes(doc.key), bib);
      }
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('undo');
      assert.strictEqual(editor.document.getText(), before);
      if (c.bibliography) {
        // The bibliography was created by the same edit, so the same undo removes it.
        assert.strictEqual(await exists(workspaceUri(c.bibliography)), false, 'the created bibliography is undone too');
      }
    });
  }

  it('refuses a hover Insert whose source text changed since the card was shown', async () => {
    const { hit } = await passageArgs();
    const editor = await openDraft('cite-stale.md', 'Text |here.\n', 'markdown');
    const before = editor.document.getText();
    const args = { documentId: hit.documentId, start: hit.start, end: hit.end, draftUri: editor.document.uri.toString(), textHash: 'not-the-text' };
    await vscode.commands.executeCommand(Commands.hoverInsert, args);
    assert.strictEqual(editor.document.getText(), before);
    // The same link with the hash of the current text goes in.
    await vscode.commands.executeCommand(Commands.hoverInsert, { ...args, textHash: fnv1a(hit.text) });
    assert.ok(editor.document.getText().includes('strategic failure for Russia'));
  });

  it('adds to an existing bibliography once, saved to disk', async () => {
    const { hit, doc } = await passageArgs();
    await setSetting(Settings.citationStyle, 'pandoc');
    const bib = workspaceUri('cite-existing.json');
    const other = '[\n  {\n    "id": "other2020",\n    "type": "article",\n    "title": "Other"\n  }\n]\n';
    await vscode.workspace.fs.writeFile(bib, new TextEncoder().encode(other));
    const editor = await openDraft('cite-existing.md', 'Text |here.\n', 'markdown');
    const args = { documentId: hit.documentId, start: hit.start, end: hit.end, draftUri: editor.document.uri.toString() };
    await vscode.commands.executeCommand(Commands.hoverInsert, args);
    await vscode.commands.executeCommand(Commands.hoverInsert, args);
    const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(bib));
    const items = JSON.parse(onDisk) as { id: string }[];
    assert.deepStrictEqual(items.map((i) => i.id), ['other2020', doc.key]);
    assert.ok(onDisk.startsWith('[\n  {\n    "id": "other2020"'), 'the existing entry keeps its bytes');
    assert.strictEqual((editor.document.getText().match(new RegExp(`\\[@${doc.key}\\]`, 'g')) ?? []).length, 2);
  });

  it('the quick pick starts from the selected text and inserts the chosen passage', async () => {
    await sourcebook();
    const editor = await openDraft('cite-pick.md', 'Draft: a strategic failure for Russia |\n', 'markdown');
    const text = editor.document.getText();
    const start = editor.document.positionAt(text.indexOf('strategic'));
    editor.selection = new vscode.Selection(start, editor.document.positionAt(text.indexOf('Russia') + 6));
    const running = vscode.commands.executeCommand(Commands.insertCitedExcerpt);
    await new Promise((r) => setTimeout(r, 1000));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await running;
    assert.match(editor.document.getText(), /Russia “[^”]*strategic failure for Russia[^”]*”\[\^/);
  });
});
