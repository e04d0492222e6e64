// A `corpus` folder appearing in the workspace replaces the bundled samples, and leaving restores them.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { sourcebook, waitFor, workspaceUri } from './helpers';

describe('workspace corpus folder', () => {
  it('is picked up when created and the bundled samples come back when it goes', async () => {
    const api = await sourcebook();
    assert.deepStrictEqual(api.indexer.corpusFolders.map((f) => f.origin), ['bundled']);
    const folder = workspaceUri('corpus');
    await vscode.workspace.fs.createDirectory(folder);
    await vscode.workspace.fs.writeFile(
      vscode.Uri.joinPath(folder, 'note.md'),
      new TextEncoder().encode('# A local note\n\nThe okapiraptor was spotted near the river on Tuesday.\n'),
    );
    await waitFor('the workspace corpus to replace the samples', () =>
      api.indexer.corpusFolders.some((f) => f.origin === 'workspace') && api.indexer.status.phase !== 'indexing' && api.service.documents().length === 1,
    );
    assert.ok(api.service.search('okapiraptor').length > 0);
    await vscode.workspace.fs.delete(folder, { recursive: true });
    await waitFor('the samples to come back', () => api.indexer.corpusFolders.every((f) => f.origin === 'bundled') && api.service.documents().length === 5, 20_000);
  });
});
