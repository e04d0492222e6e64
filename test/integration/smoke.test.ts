// Smoke test: the extension is installed in the real VS Code under test and activates.
import * as assert from 'assert';
import * as vscode from 'vscode';

describe('smoke', () => {
  it('the extension sourcebook.sourcebook is present and activates', async () => {
    const extension = vscode.extensions.getExtension('sourcebook.sourcebook');
    assert.ok(extension, 'sourcebook.sourcebook is not among the installed extensions');
    await extension.activate();
    assert.strictEqual(extension.isActive, true);

    // The launcher opened a fresh copy of test/workspace-sample.
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'no workspace folder is open');
    const expected = process.env.SOURCEBOOK_TEST_WORKSPACE;
    if (expected) assert.strictEqual(folder.uri.fsPath, expected);
  });
});
