// Activation on the bundled corpus: indexing in the background, status, commands, the trees.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { Commands } from '../../src/vscode/ids';
import { allNodes, sourcebook } from './helpers';

describe('activation on the bundled corpus', () => {
  it('indexes the five bundled sources after activation returns', async () => {
    const extension = vscode.extensions.getExtension('sourcebook.sourcebook')!;
    const api = await sourcebook();
    assert.ok(extension.isActive);
    assert.strictEqual(api.service.documents().length, 5);
    assert.strictEqual(api.indexer.status.phase, 'ready');
    assert.strictEqual(api.indexer.status.documents, 5);
    assert.ok(api.indexer.status.passages > 100, `${api.indexer.status.passages} passages`);
    assert.deepStrictEqual(api.indexer.corpusFolders.map((f) => f.origin), ['bundled']);
  });

  it('registers every command', async () => {
    const all = new Set(await vscode.commands.getCommands(true));
    for (const id of Object.values(Commands)) assert.ok(all.has(id), id);
  });

  it('shows the sources with date, outlet and passage count', async () => {
    const api = await sourcebook();
    const roots = api.trees.sources.getChildren();
    assert.strictEqual(roots.length, 5);
    const cnn = roots.find((r) => /CNN/.test(r.description ?? ''));
    assert.ok(cnn, roots.map((r) => r.description).join(' | '));
    assert.match(cnn.description!, /^2022-04-26 · CNN · \d+ passages$/);
    const item = api.trees.sources.getTreeItem(cnn);
    assert.strictEqual(item.command?.command, Commands.openLocation);
  });

  it('shows actors grouped by kind with roles and counts, and their quotes', async () => {
    const api = await sourcebook();
    const roots = api.trees.actors.getChildren();
    assert.deepStrictEqual(roots.map((r) => r.label).slice(0, 3), ['People', 'Organizations', 'Places']);
    const people = api.trees.actors.getChildren(roots[0]);
    const austin = people.find((p) => p.label === 'Lloyd Austin');
    assert.ok(austin, people.map((p) => p.label).join(', '));
    assert.match(austin.description!, /\d+ mentions?$/);
    const item = api.trees.actors.getTreeItem(austin);
    assert.strictEqual((item.iconPath as vscode.ThemeIcon).id, 'person');
    assert.strictEqual(item.contextValue, 'actor');
    const kids = api.trees.actors.getChildren(austin);
    assert.ok(kids.some((k) => k.kind === 'quote'), 'Austin has quotes');
    assert.ok(kids.some((k) => k.kind === 'actorDocument'));
    // Counts are ordered: most mentioned first.
    const counts = people.map((p) => Number(/(\d+) mention/.exec(p.description ?? '')?.[1] ?? 0));
    assert.deepStrictEqual(counts, [...counts].sort((a, b) => b - a));
  });

  it('shows the events on a timeline, and the order toggles', async () => {
    const api = await sourcebook();
    const years = api.trees.events.getChildren().map((n) => n.label);
    assert.ok(years.includes('2022'), years.join(', '));
    const dated = years.filter((y) => /^\d{4}$/.test(y));
    await vscode.commands.executeCommand(Commands.eventsToggleOrder);
    const reversed = api.trees.events.getChildren().map((n) => n.label).filter((y) => /^\d{4}$/.test(y));
    assert.deepStrictEqual(reversed, [...dated].reverse());
    await vscode.commands.executeCommand(Commands.eventsToggleOrder);
    assert.ok(allNodes(api.trees.events).some((n) => n.kind === 'event'));
  });

  it('opens a mention read-only with the span selected', async () => {
    const api = await sourcebook();
    const people = api.trees.actors.getChildren(api.trees.actors.getChildren()[0]);
    const austin = people.find((p) => p.label === 'Lloyd Austin')!;
    const mention = allNodes(api.trees.actors, austin).find((n) => n.kind === 'mention')!;
    const item = api.trees.actors.getTreeItem(mention);
    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.strictEqual(editor.document.uri.scheme, 'sourcebook-source');
    assert.match(editor.document.getText(editor.selection), /Austin/);
    const before = editor.document.getText();
    await vscode.commands.executeCommand('type', { text: 'typed into a source' });
    assert.strictEqual(editor.document.getText(), before, 'sources are read-only');
    assert.strictEqual(editor.document.isDirty, false);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('filters actors and shows an actor in Events', async () => {
    const api = await sourcebook();
    try {
      api.views.actors.setFilter('austin');
      const roots = api.trees.actors.getChildren();
      assert.strictEqual(roots[0].label, 'People');
      const actors = roots.flatMap((r) => api.trees.actors.getChildren(r));
      const byId = new Map(api.service.actors().map((a) => [a.id, a]));
      for (const node of actors) {
        const actor = byId.get(node.actorId!)!;
        assert.ok([actor.name, ...actor.aliases, ...actor.roles].some((s) => /austin/i.test(s)), actor.name);
      }
      const austin = actors.find((p) => p.label === 'Lloyd Austin')!;
      await vscode.commands.executeCommand(Commands.actorsShowInEvents, austin);
      const events = allNodes(api.trees.events).filter((n) => n.kind === 'event');
      const all = api.service.events();
      assert.ok(events.length > 0);
      for (const e of events) {
        const source = all.find((x) => `event:${x.id}` === e.id)!;
        assert.ok(source.actors.includes(austin.actorId!), e.label);
      }
    } finally {
      await vscode.commands.executeCommand(Commands.eventsClearFilter);
      await vscode.commands.executeCommand(Commands.actorsClearFilter);
    }
    assert.ok(api.trees.actors.getChildren().length >= 3);
  });
});
