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
      async screenshot(stepName: string): Promise<string> {
        fs.mkdirSync(screenshotDir, { recursive: true });
        const file = nextScreenshotPath(stepName);
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
