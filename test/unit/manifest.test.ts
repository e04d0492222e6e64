/** package.json and src/vscode/ids.ts must name the same commands, views and settings. */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Commands, ContextKeys, Settings, VIEW_CONTAINER_ID, Views } from '../../src/vscode/ids';

const root = join(__dirname, '../../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const contributes = pkg.contributes;

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

describe('manifest and ids agree', () => {
  it('commands', () => {
    assert.deepEqual(sorted(contributes.commands.map((c: { command: string }) => c.command)), sorted(Object.values(Commands)));
  });

  it('every command has a title and the Sourcebook category', () => {
    for (const c of contributes.commands) {
      assert.ok(c.title, c.command);
      assert.equal(c.category, 'Sourcebook', c.command);
    }
  });

  it('views and the view container', () => {
    assert.deepEqual(sorted(Object.keys(contributes.views)), [VIEW_CONTAINER_ID]);
    assert.deepEqual(sorted(contributes.views[VIEW_CONTAINER_ID].map((v: { id: string }) => v.id)), sorted(Object.values(Views)));
    assert.deepEqual(contributes.viewsContainers.activitybar.map((c: { id: string }) => c.id), [VIEW_CONTAINER_ID]);
    assert.ok(existsSync(join(root, contributes.viewsContainers.activitybar[0].icon)));
  });

  it('settings, each described', () => {
    const properties = contributes.configuration.properties;
    assert.deepEqual(sorted(Object.keys(properties)), sorted(Object.values(Settings)));
    for (const [key, value] of Object.entries<{ markdownDescription?: string; description?: string }>(properties)) {
      assert.ok(value.markdownDescription || value.description, key);
    }
  });

  it('menus, keybindings and welcome views use known commands, views and context keys', () => {
    const known = new Set<string>(Object.values(Commands));
    const menuCommands = Object.values<{ command: string }[]>(contributes.menus).flat().map((m) => m.command);
    for (const c of [...menuCommands, ...contributes.keybindings.map((k: { command: string }) => k.command)]) assert.ok(known.has(c), c);
    const whens = [
      ...Object.values<{ when?: string }[]>(contributes.menus).flat().map((m) => m.when ?? ''),
      ...contributes.viewsWelcome.map((w: { when?: string }) => w.when ?? ''),
    ].join(' ');
    for (const key of whens.match(/sourcebook\.[A-Za-z.]+/g) ?? []) {
      assert.ok(Object.values<string>(Views).includes(key) || Object.values<string>(ContextKeys).includes(key), key);
    }
    for (const w of contributes.viewsWelcome) {
      assert.ok(Object.values<string>(Views).includes(w.view), w.view);
      for (const m of w.contents.matchAll(/\(command:([\w.]+)\)/g)) assert.ok(known.has(m[1]), m[1]);
    }
  });

  it('activates on startup', () => {
    assert.ok(pkg.activationEvents.includes('onStartupFinished'));
  });
});
