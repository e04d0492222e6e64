// A corpus setting that is partly wrong (a folder that does not exist, an include pattern that is
// not a valid glob) costs only its own part: the rest is indexed and the status settles.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { Settings } from '../../src/vscode/ids';
import { setSetting, sourcebook, waitFor, workspaceUri } from './helpers';

const encode = (s: string) => new TextEncoder().encode(s);

describe('corpus settings that are partly wrong', () => {
  const folder = workspaceUri('good-corpus');

  before(async () => {
    await sourcebook();
    await vscode.workspace.fs.createDirectory(folder);
    await vscode.workspace.fs.writeFile(
      vscode.Uri.joinPath(folder, 'plain.txt'),
      encode('Title: Plain note\nDate: 2023-04-01\n\nThe wombatross nested on the roof on Friday.\n'),
    );
    await vscode.workspace.fs.writeFile(
      vscode.Uri.joinPath(folder, 'marked.md'),
      encode('# Marked note\n\nThe capybarrel floated down the canal on Sunday.\n'),
    );
  });

  after(async () => {
    await setSetting(Settings.corpusInclude, undefined);
    await setSetting(Settings.corpusPaths, undefined);
    const api = await sourcebook();
    await waitFor('the bundled corpus to come back', () => api.indexer.status.phase === 'ready' && api.service.documents().length === 5, 20_000);
    await vscode.workspace.fs.delete(folder, { recursive: true });
  });

  it('indexes the good folder when another configured folder is missing', async () => {
    const api = await sourcebook();
    await setSetting(Settings.corpusPaths, ['good-corpus', 'no-such-corpus-folder']);
    await waitFor('the good folder to be indexed', () =>
      api.indexer.corpusFolders.length === 1 &&
      api.indexer.corpusFolders[0].uri.path.endsWith('/good-corpus') &&
      api.indexer.status.phase === 'ready' &&
      api.service.documents().length === 2,
    20_000);
    assert.ok(api.service.search('wombatross').length > 0);
    assert.ok(api.service.search('capybarrel').length > 0);
    assert.strictEqual(api.indexer.status.documents, 2);
    await api.whenExtracted();
  });

  it('settles when an include pattern is not a valid glob, keeping the valid ones', async () => {
    const api = await sourcebook();
    await setSetting(Settings.corpusInclude, ['**/*.{txt', '**/*.md']);
    await waitFor('the index to follow the include setting', () =>
      api.indexer.status.phase === 'ready' && api.service.documents().length === 1,
    20_000);
    assert.ok(api.service.search('capybarrel').length > 0, 'the valid pattern still applies');
    assert.strictEqual(api.service.search('wombatross').length, 0, 'the broken pattern matches nothing here');
    await api.whenExtracted();
    await api.ready;
  });
});
