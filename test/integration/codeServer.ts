// Starts and stops code-server (a real VS Code 1.100.3 served to a browser, installed by
// scripts/setup-vscode.sh) and launches Debian's Chromium through playwright-core. Shared by the
// integration-test launcher (runTests.ts) and the e2e harness (test/e2e/workbench.ts).
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { chromium, type BrowserContext } from 'playwright-core';

/** The checkout's root (this file runs from out/test/integration/). */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');

const CODE_SERVER_BIN = path.join(
  repoRoot,
  '.vscode-test',
  'code-server',
  'node_modules',
  '.bin',
  'code-server',
);

/** Path of the code-server executable; throws with the fix when it is not installed. */
export function codeServerBin(): string {
  if (!fs.existsSync(CODE_SERVER_BIN)) {
    throw new Error(`code-server is not installed (${CODE_SERVER_BIN}): run \`npm run setup:vscode\` first.`);
  }
  return CODE_SERVER_BIN;
}

/** A fresh directory under .vscode-test/tmp/ (git-ignored), e.g. a user-data dir or workspace copy. */
export function makeTempDir(prefix: string): string {
  const base = path.join(repoRoot, '.vscode-test', 'tmp');
  fs.mkdirSync(base, { recursive: true });
  return fs.mkdtempSync(path.join(base, `${prefix}-`));
}

/** Copies test/workspace-sample to a fresh temp dir so tests may write into it freely. */
export function copySampleWorkspace(): string {
  const dir = path.join(makeTempDir('workspace'), 'workspace-sample');
  fs.cpSync(path.join(repoRoot, 'test', 'workspace-sample'), dir, { recursive: true });
  return dir;
}

/** User settings that keep the workbench quiet and deterministic under test. */
export const quietUserSettings: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'chat.commandCenter.enabled': false,
  'git.enabled': false,
  'window.restoreWindows': 'none',
};

export interface CodeServerOptions {
  /** Extra environment for code-server; the extension host inherits it. */
  env?: NodeJS.ProcessEnv;
  /** Written to USER_DATA/User/settings.json (code-server keeps user settings server-side). */
  userSettings?: Record<string, unknown>;
  /** Extensions to make visible as installed: folder name (publisher.name-version) → path (symlinked). */
  installedExtensions?: Record<string, string>;
  /** Where code-server's own output is written (besides being kept in memory). */
  logFile?: string;
  /** How long to wait for "HTTP server listening on" (default 30 s). */
  startTimeoutMs?: number;
}

export interface CodeServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash). */
  readonly origin: string;
  /** e.g. 127.0.0.1:41234: the authority the browser uses, needed in vscode-remote:// URIs. */
  readonly authority: string;
  readonly port: number;
  readonly userDataDir: string;
  readonly extensionsDir: string;
  /** Workbench URL opening `folder`, with an optional payload (e.g. extension test paths). */
  workbenchUrl(folder: string, payload?: Array<[string, string]>): string;
  /** `vscode-remote://` URI of an absolute path on the server, as the workbench needs it. */
  remoteUri(absPath: string): string;
  /** Everything code-server printed so far. */
  output(): string;
  /** Stops code-server and all its children (the whole process group). */
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
let exitHookInstalled = false;

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Last resort: never leave code-server (and its extension host) behind.
  process.on('exit', () => {
    for (const child of running) killGroup(child, 'SIGKILL');
  });
}

/** Starts code-server on 127.0.0.1 with a free port and fresh user-data and extensions dirs. */
export async function startCodeServer(options: CodeServerOptions = {}): Promise<CodeServer> {
  const bin = codeServerBin();
  const userDataDir = makeTempDir('user-data');
  const extensionsDir = makeTempDir('extensions');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...quietUserSettings, ...options.userSettings }, null, 2),
  );
  for (const [folderName, target] of Object.entries(options.installedExtensions ?? {})) {
    fs.symlinkSync(target, path.join(extensionsDir, folderName), 'dir');
  }

  const args = [
    '--auth',
    'none',
    '--bind-addr',
    '127.0.0.1:0',
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
  ];
  const child = spawn(bin, args, {
    cwd: repoRoot,
    detached: true, // its own process group, so stop() can take its children down too
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env },
  });
  running.add(child);
  installExitHook();

  let output = '';
  const logFile = options.logFile;
  if (logFile) fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => running.delete(child));

  const port = await new Promise<number>((resolve, reject) => {
    const timeoutMs = options.startTimeoutMs ?? 30_000;
    const timer = setTimeout(() => {
      finish(
        new Error(
          `code-server did not report "HTTP server listening on" within ${timeoutMs / 1000} s:\n${output}`,
        ),
      );
    }, timeoutMs);
    const onData = (chunk: Buffer): void => {
      const text = chunk.toString();
      output += text;
      if (logFile) fs.appendFileSync(logFile, text);
      const match = /HTTP server listening on https?:\/\/[^\s:/]+:(\d+)/.exec(output);
      if (match) finish(undefined, Number(match[1]));
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
      finish(new Error(`code-server exited early (code ${code}, signal ${signal}):\n${output}`));
    };
    let done = false;
    function finish(error?: Error, value?: number): void {
      if (done) return;
      done = true;
      clearTimeout(timer);
      child.off('exit', onExit);
      if (error) {
        killGroup(child, 'SIGKILL');
        reject(error);
      } else {
        resolve(value as number);
      }
    }
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
    child.once('error', (err) => finish(err));
  });

  const authority = `127.0.0.1:${port}`;
  const origin = `http://${authority}`;
  const remoteUri = (absPath: string): string => `vscode-remote://${authority}${absPath}`;

  return {
    origin,
    authority,
    port,
    userDataDir,
    extensionsDir,
    remoteUri,
    workbenchUrl(folder: string, payload?: Array<[string, string]>): string {
      let url = `${origin}/?folder=${encodeURIComponent(folder)}`;
      if (payload && payload.length > 0) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
      return url;
    },
    output: () => output,
    async stop(): Promise<void> {
      if (child.exitCode === null && child.signalCode === null) {
        killGroup(child, 'SIGTERM');
        const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      // Children that ignored SIGTERM (e.g. a busy extension host) go now.
      killGroup(child, 'SIGKILL');
      // Symlinked extensions are unlinked, never followed.
      removeTempDirs(userDataDir, extensionsDir);
    },
  };
}

/** The Chromium to drive: $SOURCEBOOK_CHROMIUM, else Debian's /usr/bin/chromium (or a Chrome). */
export function chromiumPath(): string {
  const candidates = [
    process.env.SOURCEBOOK_CHROMIUM,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) {
    throw new Error(
      `No Chromium found (tried ${candidates.join(', ')}): run \`npm run setup:vscode\` or set SOURCEBOOK_CHROMIUM.`,
    );
  }
  return found;
}

/** Launches headless Chromium with a fresh profile (one page is already open in the context). */
export async function launchChromium(
  options: { viewport?: { width: number; height: number } } = {},
): Promise<BrowserContext> {
  // '' = a fresh temporary profile that Playwright removes on close.
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: process.env.SOURCEBOOK_HEADED !== '1',
    viewport: options.viewport ?? { width: 1400, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return context;
}

/** Removes directories made by makeTempDir (unless SOURCEBOOK_KEEP_TMP=1, for debugging). */
export function removeTempDirs(...dirs: string[]): void {
  if (process.env.SOURCEBOOK_KEEP_TMP === '1') return;
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
}
