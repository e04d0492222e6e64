// E2E: a person using Sourcebook in a real VS Code workbench. One workbench (on a fresh copy of
// test/workspace-sample, whose sources are the bundled sample articles) is shared by the steps,
// which run in order: the sidebar, a quote opened from the Actors view, hover cards in the draft,
// Insert Cited Excerpt from the command palette (and its undo) and its keybinding, the Actors
// filter, and last adding a folder of the user's own articles.
// Everything goes through the UI: clicks, the mouse, the keyboard; each step saves a screenshot.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Locator, Page } from 'playwright-core';
import { EDITOR_HOVER, openWorkbench, type Workbench } from './workbench';

/** Polls `read` until `ok` holds (or fails with what was last read). */
async function until<T>(
  what: string,
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`Timed out waiting for ${what}; last seen: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A view (pane) of the sidebar by its title, e.g. "Actors". */
function sidebarView(page: Page, title: string): Locator {
  return page.locator('.part.sidebar .pane', { has: page.locator(`.pane-header[aria-label^="${title}"]`) });
}

/** The rows of a tree view currently on screen (trees render only what is visible). */
function treeRows(view: Locator): Locator {
  return view.locator('.monaco-list-row');
}

/** A tree row by its exact label. */
function treeRow(view: Locator, label: string | RegExp, level?: number): Locator {
  const rows = level === undefined ? treeRows(view) : view.locator(`.monaco-list-row[aria-level="${level}"]`);
  const exact =
    typeof label === 'string' ? new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : label;
  return rows.filter({ has: view.page().locator('.label-name', { hasText: exact }) });
}

async function rowLabels(view: Locator): Promise<string[]> {
  return view.locator('.monaco-list-row .label-name').allInnerTexts();
}

/** Clicks the Sourcebook icon in the activity bar unless its sidebar is already showing. */
async function showSourcebookSidebar(page: Page): Promise<void> {
  const icon = page.locator('.part.activitybar .action-item', {
    has: page.locator('a.action-label[aria-label^="Sourcebook"]'),
  });
  if (!/\bchecked\b/.test((await icon.getAttribute('class')) ?? '')) await icon.click();
  const title = page.locator('.part.sidebar .composite.title', { hasText: /sourcebook/i });
  await title.waitFor({ state: 'visible' });
  // Off the icon, so its "Sourcebook" tooltip does not cover the views in screenshots.
  await title.hover();
  await page.locator('.monaco-hover:not(.hidden)', { hasText: /^Sourcebook$/ }).waitFor({ state: 'hidden' });
}

/** Waits, as a person would glance at the sidebar, until the corpus is read and actors are found. */
async function waitUntilIndexed(page: Page): Promise<void> {
  await showSourcebookSidebar(page);
  await treeRow(sidebarView(page, 'Actors'), 'People', 1).waitFor({ state: 'visible', timeout: 60_000 });
  await page.locator('.part.statusbar', { hasText: /Sourcebook: \d+ sources/ }).waitFor({ state: 'visible' });
}

describe('Sourcebook in the workbench', function () {
  this.timeout(120_000);
  let wb: Workbench;
  let page: Page;

  before(async () => {
    wb = await openWorkbench();
    page = wb.page;
  });

  after(async () => {
    await wb?.close();
  });

  it('shows actors and a timeline in the Sourcebook sidebar', async () => {
    await showSourcebookSidebar(page);
    const actors = sidebarView(page, 'Actors');
    // While the corpus is read the view shows a message ("Indexing 2 of 5 sources…") and no rows.
    const people = treeRow(actors, 'People', 1);
    await people.waitFor({ state: 'visible', timeout: 60_000 });
    await actors.locator('.message').waitFor({ state: 'hidden' });
    if ((await people.getAttribute('aria-expanded')) === 'false')
      await people.locator('.monaco-tl-twistie').click();
    await treeRow(actors, 'Lloyd Austin', 2).waitFor({ state: 'visible' });
    const actorLabels = await rowLabels(actors);
    assert.ok(actorLabels.includes('People'), `Actors rows: ${actorLabels.join(' | ')}`);
    assert.ok(actorLabels.includes('Lloyd Austin'), `Actors rows: ${actorLabels.join(' | ')}`);
    assert.ok(actorLabels.includes('Vladimir Putin'), `Actors rows: ${actorLabels.join(' | ')}`);
    const austinDescription = await treeRow(actors, 'Lloyd Austin', 2)
      .locator('.label-description')
      .innerText();
    assert.match(austinDescription, /Defense Secretary · \d+ mentions/);

    // Events: year groups, oldest first. Scroll the timeline with the wheel until 2022 shows.
    const events = sidebarView(page, 'Events');
    await treeRows(events).first().waitFor({ state: 'visible' });
    const years = new Set<string>();
    const year2022 = treeRow(events, '2022', 1);
    const box = await events.locator('.monaco-list').boundingBox();
    assert.ok(box, 'the Events tree is on screen');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    // Until the 2022 group sits in the upper half of the view, so some of its events show too.
    const inUpperHalf = async () => {
      const row = (await year2022.isVisible()) ? await year2022.boundingBox() : null;
      return !!row && row.y < box.y + box.height / 2;
    };
    for (let i = 0; i < 40 && !(await inUpperHalf()); i++) {
      for (const label of await treeRows(events)
        .filter({ has: page.locator('.codicon-calendar') })
        .locator('.label-name')
        .allInnerTexts())
        years.add(label);
      await page.mouse.wheel(0, 120);
      await page.waitForTimeout(80);
    }
    await year2022.waitFor({ state: 'visible' });
    for (const label of await events.locator('.monaco-list-row[aria-level="1"] .label-name').allInnerTexts())
      years.add(label);
    const yearList = [...years].filter((y) => /^\d{4}$/.test(y));
    assert.ok(yearList.includes('2022'), `Events year groups: ${[...years].join(', ')}`);
    assert.deepStrictEqual(yearList, [...yearList].sort(), 'years are listed oldest first');
    assert.match(await year2022.locator('.label-description').innerText(), /^\d+ events?$/);
    await wb.screenshot('sidebar actors and events');
  });

  it('opens a quote of an actor read-only with the quoted sentence selected', async () => {
    await showSourcebookSidebar(page);
    const actors = sidebarView(page, 'Actors');
    const austin = treeRow(actors, 'Lloyd Austin', 2);
    await austin.waitFor({ state: 'visible' });
    if ((await austin.getAttribute('aria-expanded')) !== 'true')
      await austin.locator('.monaco-tl-twistie').click();
    const quote = actors
      .locator('.monaco-list-row[aria-level="3"]', { has: page.locator('.codicon-quote') })
      .first();
    await quote.waitFor({ state: 'visible' });
    const quoteLabel = await quote.locator('.label-name').innerText();
    assert.match(quoteLabel, /^“.+”$/);
    await quote.click();

    const tab = page.locator('.tabs-container .tab.active');
    await until(
      'the source tab',
      () => tab.getAttribute('aria-label'),
      (label) => !!label && /\.txt\b/.test(label),
    );
    const tabTitle = (await tab.locator('.label-name').innerText()).trim();
    assert.match(tabTitle, /\.txt$/);
    // The editor has the quote selected: Ctrl+C copies exactly its words.
    await page.locator('.editor-group-container.active .monaco-editor.focused').waitFor({ state: 'visible' });
    const selected = (await wb.selectedText()).replace(/\s+/g, ' ');
    const quoted = quoteLabel.slice(1, -1).replace(/…$/, '').trim();
    assert.ok(
      selected.startsWith(quoted),
      `selected ${JSON.stringify(selected)} should start with ${JSON.stringify(quoted)}`,
    );
    assert.match(await page.locator('.part.statusbar').innerText(), /\(\d+ selected\)/);

    // Typing into a source is refused.
    await page.keyboard.type('x');
    await page
      .locator('.monaco-editor-overlaymessage', { hasText: /read-only/i })
      .waitFor({ state: 'visible' });
    assert.strictEqual(
      (await wb.selectedText()).replace(/\s+/g, ' '),
      selected,
      'the source text is unchanged',
    );
    await wb.screenshot('quote opened read-only');
    await page.keyboard.press('Escape');
  });

  it('shows matching source passages when hovering a word in the draft', async () => {
    await waitUntilIndexed(page);
    await wb.openFile('draft.md');
    const text = await wb.hoverText('sanctions');
    assert.match(text, /sanctions/i);
    assert.match(text, /\b(CNN|WCBE|The Embassy)\b/, `hover: ${text}`);
    assert.match(text, /\b(2022|2023)\b/, `hover: ${text}`);
    const hover = page.locator(EDITOR_HOVER).first();
    assert.ok((await hover.locator('a', { hasText: /^Insert$/ }).count()) > 0, `no Insert link in: ${text}`);
    assert.ok((await hover.locator('a', { hasText: /^Open$/ }).count()) > 0, `no Open link in: ${text}`);
    await wb.screenshot('hover passages on sanctions');
    await wb.dismissHover();
  });

  it('shows the actor card when hovering a name in the draft', async () => {
    await waitUntilIndexed(page);
    await wb.openFile('draft.md');
    const text = await wb.hoverText('Austin');
    assert.match(text, /Lloyd Austin/);
    assert.match(text, /Defense Secretary/);
    assert.match(text, /\d+ mentions/);
    await wb.screenshot('hover actor Austin');
    await wb.dismissHover();
  });

  it('inserts a cited excerpt from the command palette, undone by one Ctrl+Z', async () => {
    await wb.openFile('draft.md');
    await page.locator('.editor-group-container.active .view-line').first().click();
    const original = await wb.documentText();
    assert.match(original, /How Washington's war aims shifted/);
    await page.keyboard.press('Control+End');

    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible' });
    await page.keyboard.type('Sourcebook: Insert Cited Excerpt');
    await page
      .locator('.quick-input-widget .monaco-list-row', { hasText: 'Sourcebook: Insert Cited Excerpt' })
      .first()
      .waitFor();
    await page.keyboard.press('Enter');

    await page
      .locator('.quick-input-widget .quick-input-title', { hasText: 'Insert Cited Excerpt' })
      .waitFor({ state: 'visible' });
    // A query that matches nothing says so in the list, and choosing that row keeps the picker open.
    await page.keyboard.type('qzxvkj');
    const first = page.locator('.quick-input-widget .monaco-list-row[data-index="0"]');
    await until(
      'the “no passage matches” row',
      () => first.innerText().catch(() => ''),
      (t) => /No passage matches "qzxvkj"/.test(t),
    );
    await wb.screenshot('insert excerpt no match');
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget .quick-input-title', { hasText: 'Insert Cited Excerpt' }).waitFor({ state: 'visible' });
    await input.fill('');
    await page.keyboard.type('strategic failure');
    await until(
      'a passage with “strategic failure”',
      () => first.innerText().catch(() => ''),
      (t) => /strategic failure/i.test(t),
    );
    const firstLabel = (await first.locator('.label-name').first().innerText()).replace(/\s+/g, ' ');
    assert.match(firstLabel, /strategic failure/i);
    await wb.screenshot('insert excerpt picker');
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });

    await until(
      'the excerpt in the draft',
      () => wb.editorText(),
      (t) => /strategic failure/.test(t),
    );
    const after = await wb.documentText();
    const cited = /“([^”]*strategic failure[^”]*)”\[\^([^\]\s]+)\]/.exec(after);
    assert.ok(cited, `no “…strategic failure…”[^key] in:\n${after}`);
    const key = cited[2];
    assert.ok(after.startsWith(original.trimEnd()), 'the draft before the cursor is untouched');
    const lastLine = after.trimEnd().split('\n').pop() ?? '';
    assert.ok(
      lastLine.startsWith(`[^${key}]: `),
      `the draft should end with the footnote [^${key}]: …, ends with: ${lastLine}`,
    );
    assert.ok(
      after.indexOf(cited[0]) < after.lastIndexOf(`[^${key}]: `),
      'the footnote definition follows the excerpt',
    );
    await wb.screenshot('excerpt inserted with footnote');

    await page.keyboard.press('Control+Z');
    const undone = await until(
      'the undo',
      () => wb.documentText(),
      (t) => !t.includes('strategic failure'),
    );
    assert.strictEqual(undone, original);
    await wb.screenshot('insert undone');
  });

  it('opens Insert Cited Excerpt with its keybinding (Ctrl+Alt+Q) in the draft', async () => {
    await wb.openFile('draft.md');
    await page.locator('.editor-group-container.active .view-line').first().click();
    await page.keyboard.press('Control+Alt+KeyQ');
    const title = page.locator('.quick-input-widget .quick-input-title', { hasText: 'Insert Cited Excerpt' });
    await title.waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  });

  it('narrows the Actors view with the filter in its title bar', async () => {
    await showSourcebookSidebar(page);
    const actors = sidebarView(page, 'Actors');
    await treeRow(actors, 'Vladimir Putin', 2).waitFor({ state: 'visible' });
    const before = await treeRows(actors).count();
    // View title actions show while the pointer is over the view.
    await actors.locator('.pane-header').hover();
    await actors.locator('.pane-header a.action-label[aria-label="Filter Actors…"]').click();
    await page
      .locator('.quick-input-widget .quick-input-title', { hasText: 'Filter Actors' })
      .waitFor({ state: 'visible' });
    await page.keyboard.type('Austin');
    await page.keyboard.press('Enter');
    await treeRow(actors, 'Vladimir Putin', 2).waitFor({ state: 'hidden' });
    const labels = await until(
      'the filtered actors',
      () => rowLabels(actors),
      (l) => l.includes('Lloyd Austin') && !l.includes('Vladimir Putin'),
    );
    assert.ok(labels.includes('People'), `filtered rows: ${labels.join(' | ')}`);
    assert.ok((await treeRows(actors).count()) < before, 'fewer rows after filtering');
    assert.match(await actors.locator('.pane-header').innerText(), /Austin/);
    // The view's message follows the rows a moment later (the extension host batches updates).
    await actors.locator('.message', { hasText: 'Actors matching “Austin”' }).waitFor({ state: 'visible' });
    await wb.screenshot('actors filtered by Austin');

    await actors.locator('.pane-header').hover();
    await actors.locator('.pane-header a.action-label[aria-label="Clear Actor Filter"]').click();
    await treeRow(actors, 'Vladimir Putin', 2).waitFor({ state: 'visible' });
    await actors.locator('.message').waitFor({ state: 'hidden' });
    await wb.screenshot('actor filter cleared');
  });

  // Last: it changes the workspace's corpus for the tests after it.
  it('adds a folder of the user’s own articles with Add Corpus Folder…', async () => {
    const folder = path.join(wb.workspace, 'my-sources');
    fs.mkdirSync(folder);
    fs.writeFileSync(
      path.join(folder, 'harbour-talks.txt'),
      'Harbour talks resume in Tallinn\n\nTallinn, 3 March 2023. Negotiators met in the harbour district on Friday, the mayor said.\n',
    );
    await waitUntilIndexed(page);
    await wb.runCommand('Sourcebook: Add Corpus Folder');
    // code-server's own folder dialog is a quick input with the path in its box.
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible' });
    await wb.screenshot('add corpus folder dialog');
    await input.fill(folder + path.sep);
    // A folder dialog lists only folders: inside the new one, just the way back up.
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: '..' }).first().waitFor({ state: 'visible' });
    await page.locator('.quick-input-widget .monaco-button', { hasText: 'Use as Corpus' }).click();
    // The samples stand in only while no folder of the user's own is set, so the corpus is now that folder.
    await page.locator('.part.statusbar', { hasText: 'Sourcebook: 1 source ·' }).waitFor({ state: 'visible', timeout: 60_000 });
    const settings = fs.readFileSync(path.join(wb.workspace, '.vscode', 'settings.json'), 'utf8');
    assert.match(settings, /my-sources/);
    await wb.screenshot('own folder added to the corpus');
  });
});
