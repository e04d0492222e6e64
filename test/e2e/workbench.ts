// E2E harness: a real VS Code (code-server 1.100.3) with the extension installed from this
// checkout, opened on a fresh copy of test/workspace-sample in Debian's Chromium, driven with
// playwright-core the way a person would (keyboard, clicks) and photographed step by step.
//
//   const wb = await openWorkbench();
//   await wb.openFile('draft.md');
//   await wb.runCommand('Sourcebook: Search Sources');
//   await wb.screenshot('search opened');   // test-output/e2e/screenshots/01-search-opened.png
//   await wb.close();
import * as fs from 'fs';
import * as path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import {
  copySampleWorkspace,
  launchChromium,
  removeTempDirs,
  repoRoot,
  startCodeServer,
  type CodeServer,
} from '../integration/codeServer';

export const e2eOutputDir = path.join(repoRoot, 'test-output', 'e2e');
export const screenshotDir = path.join(e2eOutputDir, 'screenshots');

let screenshotCount = 0;

/** Workbenches not closed yet: run.ts photographs them when a test fails. */
export const openWorkbenches = new Set<Workbench>();

/** Screenshot file for a step: test-output/e2e/screenshots/NN-step-name.png (numbered per run). */
function nextScreenshotPath(stepName: string): string {
  screenshotCount += 1;
  const slug =
    stepName
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'step';
  return path.join(screenshotDir, `${String(screenshotCount).padStart(2, '0')}-${slug}.png`);
}

/** A hover card shown by an editor (workbench tooltips use .monaco-hover too, outside editors). */
export const EDITOR_HOVER = '.monaco-editor .monaco-hover:not(.hidden)';

/** Presses `keys` in the focused element and returns what they put on the clipboard. */
async function copyToClipboard(page: Page, keys: string[]): Promise<string> {
  const marker = `sourcebook-e2e-${Date.now()}`;
  await page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(marker)})`);
  for (const key of keys) await page.keyboard.press(key);
  const deadline = Date.now() + 5_000;
  for (;;) {
    const text = String(await page.evaluate('navigator.clipboard.readText()'));
    if (text !== marker) return text;
    if (Date.now() > deadline) throw new Error(`${keys.join(', ')} put nothing on the clipboard`);
    await page.waitForTimeout(50);
  }
}

/** Waits for the page's finite CSS animations (e.g. a hover fading in) so a screenshot is crisp. */
async function settleAnimations(page: Page): Promise<void> {
  await page.evaluate(`Promise.race([
    Promise.all(document.getAnimations()
      .filter((a) => a.effect && a.effect.getComputedTiming().endTime !== Infinity)
      .map((a) => a.finished.catch(() => undefined))),
    new Promise((resolve) => setTimeout(resolve, 2000)),
  ])`);
}

/** The minimal DOM this file touches inside the page (the project compiles without lib.dom). */
interface DomRect {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface DomNode {
  textContent: string | null;
  ownerDocument: {
    createTreeWalker(root: DomNode, whatToShow: number): { nextNode(): DomNode | null };
    createRange(): {
      setStart(node: DomNode, offset: number): void;
      setEnd(node: DomNode, offset: number): void;
      getBoundingClientRect(): DomRect;
    };
  };
}

/** Runs in the page: the screen box of the first `word` in a `.view-line` (spans may split it). */
function wordBox(line: unknown, word: string): DomRect | undefined {
  const root = line as DomNode;
  const SHOW_TEXT = 4;
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  const nodes: { node: DomNode; start: number }[] = [];
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push({ node, start: text.length });
    text += node.textContent ?? '';
  }
  const at = text.replace(/\u00a0/g, ' ').indexOf(word);
  if (at < 0) return undefined;
  const locate = (offset: number, isEnd: boolean) => {
    let hit = nodes[0];
    for (const n of nodes) if (isEnd ? n.start < offset : n.start <= offset) hit = n;
    return { node: hit.node, offset: offset - hit.start };
  };
  const start = locate(at, false);
  const end = locate(at + word.length, true);
  const range = root.ownerDocument.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  const r = range.getBoundingClientRect();
  return { x: r.x, y: r.y, width: r.width, height: r.height };
}

export interface WorkbenchOptions {
  /** Folder to open; default: a fresh copy of test/workspace-sample. */
  workspace?: string;
  /** Extra user settings (on top of the quiet defaults). */
  userSettings?: Record<string, unknown>;
  /** Extra environment for code-server and the extension host. */
  env?: NodeJS.ProcessEnv;
  /** Browser viewport (default 1400×900). */
  viewport?: { width: number; height: number };
}

export interface Workbench {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly server: CodeServer;
  /** Absolute path of the opened folder. */
  readonly workspace: string;
  /** Runs a command from the palette (F1) by its label, e.g. "Sourcebook: Search Sources". */
  runCommand(label: string): Promise<void>;
  /** Opens a workspace file with Quick Open (Ctrl+P), e.g. "draft.md". */
  openFile(relativePath: string): Promise<void>;
  /** Text of the active editor's visible lines (U+00A0 turned back into spaces). */
  editorText(): Promise<string>;
  /** The active editor's selection, copied with Ctrl+C and read from the clipboard. */
  selectedText(): Promise<string>;
  /**
   * The active editor's whole text, as a person gets it: Ctrl+A, Ctrl+C, read the clipboard.
   * Leaves the cursor at the end of the document.
   */
  documentText(): Promise<string>;
  /**
   * Moves the mouse over `word` (its `occurrence`-th appearance among the active editor's visible
   * lines), waits for the hover card and returns its text. Call {@link dismissHover} afterwards.
   */
  hoverText(word: string, occurrence?: number): Promise<string>;
  /** Moves the mouse away from the editor and presses Escape until no hover card is shown. */
  dismissHover(): Promise<void>;
  /** Saves a PNG of the whole window as NN-step-name.png; returns its path. */
  screenshot(stepName: string): Promise<string>;
  /** Closes the browser, stops code-server and removes the temp dirs. */
  close(): Promise<void>;
}

/** Starts code-server with the extension installed, opens the workspace and waits for the workbench. */
export async function openWorkbench(options: WorkbenchOptions = {}): Promise<Workbench> {
  const ownWorkspace = options.workspace === undefined;
  const workspace = options.workspace ?? copySampleWorkspace();
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    publisher: string;
    name: string;
    version: string;
  };
  fs.mkdirSync(e2eOutputDir, { recursive: true });

  // Installed like a user's extension: the checkout symlinked into the extensions dir.
  const server = await startCodeServer({
    env: { SOURCEBOOK_TEST_WORKSPACE: workspace, ...options.env },
    userSettings: options.userSettings,
    installedExtensions: { [`${pkg.publisher}.${pkg.name}-${pkg.version}`]: repoRoot },
    logFile: path.join(e2eOutputDir, 'code-server.log'),
  });
  let context: BrowserContext | undefined;
  const consoleFile = path.join(e2eOutputDir, 'browser-console.log');
  const consoleLog = (line: string): void => fs.appendFileSync(consoleFile, `${line}\n`);
  let workbench: Workbench | undefined;
  const close = async (): Promise<void> => {
    if (workbench) openWorkbenches.delete(workbench);
    await context?.close().catch(() => undefined);
    await server.stop();
    if (ownWorkspace) removeTempDirs(path.dirname(workspace));
  };

  try {
    context = await launchChromium({ viewport: options.viewport });
    const page = context.pages()[0] ?? (await context.newPage());
    // Ctrl+C in the workbench writes the clipboard; the tests read it back like a paste would.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    page.on('console', (msg) => consoleLog(`[${msg.type()}] ${msg.text()}`));
    page.on('pageerror', (err) => consoleLog(`[pageerror] ${err.message}`));

    await page.goto(server.workbenchUrl(workspace));
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
    await page.locator('.part.activitybar').waitFor({ state: 'visible', timeout: 60_000 });
    await page.locator('.part.statusbar').waitFor({ state: 'visible', timeout: 60_000 });

    const ctx = context;
    workbench = {
      page,
      context: ctx,
      server,
      workspace,
      async runCommand(label: string): Promise<void> {
        await page.keyboard.press('F1');
        const input = page.locator('.quick-input-widget .quick-input-box input');
        await input.waitFor({ state: 'visible' });
        await input.fill(`>${label}`);
        const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: label }).first();
        await row.waitFor({ state: 'visible' });
        await row.click();
      },
      async openFile(relativePath: string): Promise<void> {
        await page.keyboard.press('Control+P');
        const input = page.locator('.quick-input-widget .quick-input-box input');
        await input.waitFor({ state: 'visible' });
        await input.fill(relativePath);
        const name = path.basename(relativePath);
        const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first();
        await row.waitFor({ state: 'visible' });
        await page.keyboard.press('Enter');
        await page
          .locator(`.tabs-container .tab.active[aria-label^="${name}"]`)
          .waitFor({ state: 'visible' });
        await page.locator('.editor-instance .view-line').first().waitFor({ state: 'visible' });
      },
      async editorText(): Promise<string> {
        const lines = await page.locator('.editor-instance .view-line').allTextContents();
        return lines.join('\n').replace(/\u00a0/g, ' ');
      },
      async selectedText(): Promise<string> {
        return copyToClipboard(page, ['Control+C']);
      },
      async documentText(): Promise<string> {
        const text = await copyToClipboard(page, ['Control+A', 'Control+C']);
        await page.keyboard.press('Control+End');
        return text;
      },
      async hoverText(word: string, occurrence = 0): Promise<string> {
        const lines = page.locator('.editor-group-container.active .editor-instance .view-line', {
          hasText: word,
        });
        const line = lines.nth(occurrence);
        await line.waitFor({ state: 'visible' });
        const box = await line.evaluate(wordBox, word);
        if (!box) throw new Error(`"${word}" is not on a visible line of the active editor`);
        // Arrive from the left of the word, as a pointer does, then rest on its middle.
        await page.mouse.move(box.x - 5, box.y + box.height / 2);
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
        // The editor's hover, not a workbench tooltip (e.g. of an activity-bar icon under the pointer).
        const card = page.locator(`${EDITOR_HOVER} .hover-contents`).first();
        await card.waitFor({ state: 'visible', timeout: 15_000 });
        // The card may say "Loading…" for a moment before the provider answers.
        const hover = page.locator(EDITOR_HOVER).first();
        const deadline = Date.now() + 10_000;
        let text = await hover.innerText();
        while (/^\s*Loading/.test(text) && Date.now() < deadline) {
          await page.waitForTimeout(100);
          text = await hover.innerText();
        }
        await settleAnimations(page);
        return text.replace(/\u00a0/g, ' ');
      },
      async dismissHover(): Promise<void> {
        await page.mouse.move(5, 5);
        await page.keyboard.press('Escape');
        await page.locator(`${EDITOR_HOVER} .hover-contents`).waitFor({ state: 'hidden' });
      },
      async screenshot(stepName: string): Promise<string> {
        fs.mkdirSync(screenshotDir, { recursive: true });
        const file = nextScreenshotPath(stepName);
        await settleAnimations(page);
        await page.screenshot({ path: file });
        return file;
      },
      close,
    };
    openWorkbenches.add(workbench);
    return workbench;
  } catch (err) {
    await close();
    throw err;
  }
}
