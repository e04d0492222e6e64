// Runs the integration tests (out/test/integration/**/*.test.js, loaded by index.ts) inside a
// real VS Code extension host. ONE mocha suite, TWO launchers:
//   - @vscode/test-electron where VS Code can be downloaded (a desktop, public CI);
//   - code-server 4.100.3 (VS Code 1.100.3, from npm; `npm run setup:vscode`) driven by Debian's
//     Chromium where it cannot (offline machines: the DNS lookup of the update server fails fast).
// Env:
//   SOURCEBOOK_VSCODE_LAUNCHER  auto (default) | electron | code-server
//   SOURCEBOOK_TEST_GREP        only run tests whose full title matches this regexp
//   SOURCEBOOK_TEST_TIMEOUT_MS  overall limit of a run (default 300000)
//   SOURCEBOOK_KEEP_TMP=1       keep the temp workspace/user-data dirs under .vscode-test/tmp
// Outputs (test-output/integration/): mocha.log (tailed to stdout), report.json (counts),
// code-server.log and browser-console.log (code-server launcher only). Each run writes them in
// its own temp dir and copies them there at the end, so concurrent runs do not mix their logs.
import * as dns from 'dns';
import * as fs from 'fs';
import * as path from 'path';
import type { BrowserContext } from 'playwright-core';
import { copySampleWorkspace, launchChromium, removeTempDirs, repoRoot, startCodeServer } from './codeServer';

const UPDATE_HOST = 'update.code.visualstudio.com';
const NO_HOST_MESSAGE = 'No extension host found that can launch the test runner';
const outputDir = path.join(repoRoot, 'test-output', 'integration');
const extensionDevelopmentPath = repoRoot;
const extensionTestsPath = path.join(repoRoot, 'out', 'test', 'integration', 'index.js');

type Launcher = 'electron' | 'code-server';

function say(message: string): void {
  process.stdout.write(`[integration] ${message}\n`);
}

/** Resolves true when the VS Code update server's name resolves (within 5 s). */
async function updateServerResolves(): Promise<boolean> {
  const lookup = dns.promises.lookup(UPDATE_HOST).then(
    () => true,
    () => false,
  );
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5_000).unref());
  return Promise.race([lookup, timeout]);
}

/** Follows a growing file and copies what is appended to stdout. */
function tailFile(file: string): { flush(): void; stop(): void } {
  let offset = 0;
  const flush = (): void => {
    let fd: number;
    try {
      fd = fs.openSync(file, 'r');
    } catch {
      return; // not created yet
    }
    try {
      const size = fs.fstatSync(fd).size;
      if (size > offset) {
        const buffer = Buffer.alloc(size - offset);
        fs.readSync(fd, buffer, 0, buffer.length, offset);
        offset = size;
        process.stdout.write(buffer);
      }
    } finally {
      fs.closeSync(fd);
    }
  };
  const timer = setInterval(flush, 200);
  return {
    flush,
    stop: () => {
      clearInterval(timer);
      flush();
    },
  };
}

/** This run's own output dir (next to its workspace copy); copied to test-output at the end. */
let runDir = outputDir;

function testEnv(workspace: string): Record<string, string> {
  const env: Record<string, string> = {
    SOURCEBOOK_TEST_LOG: path.join(runDir, 'mocha.log'),
    SOURCEBOOK_TEST_REPORT: path.join(runDir, 'report.json'),
    SOURCEBOOK_TEST_WORKSPACE: workspace,
  };
  if (process.env.SOURCEBOOK_TEST_GREP) env.SOURCEBOOK_TEST_GREP = process.env.SOURCEBOOK_TEST_GREP;
  return env;
}

/** Runs the suite with @vscode/test-electron; returns undefined when VS Code cannot be downloaded. */
async function runWithElectron(workspace: string, timeoutMs: number): Promise<number | undefined> {
  // Imported lazily: it is only needed where VS Code can be downloaded.
  const { downloadAndUnzipVSCode, runTests } = await import('@vscode/test-electron');
  let vscodeExecutablePath: string;
  try {
    vscodeExecutablePath = await downloadAndUnzipVSCode({ cachePath: path.join(repoRoot, '.vscode-test') });
  } catch (err) {
    say(`cannot download VS Code (${(err as Error).message}): falling back to code-server`);
    return undefined;
  }
  const run = runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath,
    extensionTestsPath,
    extensionTestsEnv: testEnv(workspace),
    launchArgs: [
      workspace,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      // Electron refuses to run as root with its sandbox on (containers, CI images).
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  return withTimeout(
    run.catch((err: unknown) => {
      // runTests rejects when the tests fail; the log already says which.
      say(`VS Code reported: ${err instanceof Error ? err.message : String(err)}`);
      return 1;
    }),
    timeoutMs,
  );
}

async function runWithCodeServer(workspace: string, timeoutMs: number): Promise<number> {
  const server = await startCodeServer({
    env: testEnv(workspace),
    logFile: path.join(runDir, 'code-server.log'),
  });
  say(`code-server listening on ${server.origin}`);
  const consoleFile = path.join(runDir, 'browser-console.log');
  const consoleLog = (line: string): void => fs.appendFileSync(consoleFile, `${line}\n`);
  let context: BrowserContext | undefined;
  try {
    context = await launchChromium();
    const page = context.pages()[0] ?? (await context.newPage());
    let settle: { resolve(code: number): void; reject(err: Error): void } | undefined;
    const result = new Promise<number>((resolve, reject) => (settle = { resolve, reject }));
    // The workbench calls this when the tests module's run() settles (0 = resolved).
    await page.exposeFunction('codeAutomationExit', (code: number) => settle?.resolve(Number(code) || 0));
    page.on('console', (msg) => {
      const text = msg.text();
      consoleLog(`[${msg.type()}] ${text}`);
      if (text.includes(NO_HOST_MESSAGE)) {
        settle?.reject(
          new Error(`the workbench says "${NO_HOST_MESSAGE}": check the vscode-remote:// payload paths`),
        );
      }
    });
    page.on('pageerror', (err) => consoleLog(`[pageerror] ${err.message}`));
    page.on('crash', () => settle?.reject(new Error('the browser page crashed')));
    const url = server.workbenchUrl(workspace, [
      ['extensionDevelopmentPath', server.remoteUri(extensionDevelopmentPath)],
      ['extensionTestsPath', server.remoteUri(extensionTestsPath)],
    ]);
    await page.goto(url);
    return await withTimeout(result, timeoutMs);
  } finally {
    await context?.close().catch(() => undefined);
    await server.stop();
  }
}

function withTimeout<T>(promise: Promise<T>, timeoutMs: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(
        new Error(
          `the integration tests did not finish within ${timeoutMs / 1000} s (see test-output/integration/)`,
        ),
      );
    }, timeoutMs);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err instanceof Error ? err : new Error(String(err)));
      },
    );
  });
}

async function chooseLauncher(): Promise<Launcher> {
  const wanted = process.env.SOURCEBOOK_VSCODE_LAUNCHER ?? 'auto';
  if (wanted === 'electron' || wanted === 'code-server') return wanted;
  if (wanted !== 'auto')
    throw new Error(`SOURCEBOOK_VSCODE_LAUNCHER must be auto, electron or code-server (got ${wanted})`);
  if (!(await updateServerResolves())) {
    say(`${UPDATE_HOST} does not resolve: VS Code cannot be downloaded here, using code-server`);
    return 'code-server';
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    say('no display for Electron (run under xvfb-run to use @vscode/test-electron): using code-server');
    return 'code-server';
  }
  return 'electron';
}

async function main(): Promise<number> {
  if (!fs.existsSync(extensionTestsPath))
    throw new Error(`${extensionTestsPath} is missing: run \`npm run compile\` first.`);
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'extension.js')))
    throw new Error('dist/extension.js is missing: run `npm run build` first.');
  const timeoutMs = Number(process.env.SOURCEBOOK_TEST_TIMEOUT_MS) || 300_000;
  const workspace = copySampleWorkspace();
  runDir = path.join(path.dirname(workspace), 'output');
  fs.mkdirSync(runDir, { recursive: true });
  const tail = tailFile(path.join(runDir, 'mocha.log'));
  const started = Date.now();
  try {
    let launcher = await chooseLauncher();
    let code: number | undefined;
    if (launcher === 'electron') {
      say('launcher: @vscode/test-electron');
      code = await runWithElectron(workspace, timeoutMs);
      if (code === undefined) launcher = 'code-server';
    }
    if (code === undefined) {
      say('launcher: code-server (VS Code 1.100.3) + Chromium');
      code = await runWithCodeServer(workspace, timeoutMs);
    }
    tail.stop();
    if (!fs.existsSync(path.join(runDir, 'report.json'))) {
      say('the tests module wrote no report: it did not run or crashed (see test-output/integration/)');
      if (code === 0) code = 1;
    }
    say(`${launcher} run finished in ${((Date.now() - started) / 1000).toFixed(1)} s with exit code ${code}`);
    return code;
  } finally {
    tail.stop();
    publishOutputs();
    removeTempDirs(path.dirname(workspace));
  }
}

/** Copies this run's logs and report to test-output/integration/ (replacing the last run's). */
function publishOutputs(): void {
  fs.mkdirSync(outputDir, { recursive: true });
  for (const name of ['mocha.log', 'report.json', 'code-server.log', 'browser-console.log']) {
    const target = path.join(outputDir, name);
    fs.rmSync(target, { force: true });
    const source = path.join(runDir, name);
    if (fs.existsSync(source)) fs.copyFileSync(source, target);
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`[integration] ERROR: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
