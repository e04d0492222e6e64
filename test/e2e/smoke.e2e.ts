// E2E smoke test: the workbench opens on the sample workspace, shows draft.md and has the
// extension installed from this checkout.
import * as assert from 'assert';
import { openWorkbench, type Workbench } from './workbench';

describe('e2e smoke', function () {
  this.timeout(120_000);
  let wb: Workbench | undefined;

  before(async () => {
    wb = await openWorkbench();
  });

  after(async () => {
    await wb?.close();
  });

  it('opens the sample workspace in the workbench and shows draft.md', async () => {
    assert.ok(wb);
    const explorerRow = wb.page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'draft.md' });
    await explorerRow.waitFor({ state: 'visible', timeout: 30_000 });
    await wb.openFile('draft.md');
    assert.match(await wb.editorText(), /Lloyd Austin/);
    const file = await wb.screenshot('workbench');
    assert.ok(file.endsWith('01-workbench.png'));
  });

  it('lists Sourcebook among the installed extensions', async () => {
    assert.ok(wb);
    await wb.runCommand('View: Show Extensions');
    const row = wb.page.locator('.extensions-viewlet .monaco-list-row', { hasText: 'Sourcebook' });
    await row.first().waitFor({ state: 'visible', timeout: 30_000 });
    await wb.screenshot('extension installed');
  });
});
