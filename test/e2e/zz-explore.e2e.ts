import * as fs from 'fs';
import { openWorkbench, type Workbench } from './workbench';

describe('explore', function () {
  this.timeout(120_000);
  let wb: Workbench;
  before(async () => { wb = await openWorkbench(); });
  after(async () => { await wb?.close(); });
  it('dumps', async () => {
    const page = wb.page;
    await wb.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: wb.server.origin });
    await page.locator('.part.activitybar a.action-label[aria-label^="Sourcebook"]').click();
    const actors = page.locator('.pane', { has: page.locator('.pane-header[aria-label^="Actors"]') });
    const austin = actors.locator('.monaco-list-row', { hasText: 'Lloyd Austin' });
    await austin.waitFor();
    await austin.locator('.monaco-tl-twistie').click();
    await page.waitForTimeout(500);
    const rows = await actors.locator('.monaco-list-row').evaluateAll((els) => els.map((e) => `${e.getAttribute('aria-level')} ${e.textContent}`));
    console.log(rows.join('\n'));
    await actors.locator('.monaco-list-row[aria-level="3"]').first().click();
    await page.waitForTimeout(1500);
    console.log('TEXTAREA', JSON.stringify(await page.locator('.editor-instance textarea.inputarea').first().inputValue()));
    await page.keyboard.press('Control+C');
    await page.waitForTimeout(300);
    console.log('CLIP', JSON.stringify(await page.evaluate('navigator.clipboard.readText()')));
    console.log('TAB', await page.locator('.tabs-container .tab.active').getAttribute('aria-label'));
    console.log('STATUS', await page.locator('.part.statusbar').innerText());
    await wb.screenshot('explore source');
  });
});
