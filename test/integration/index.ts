// The extension tests module: VS Code loads it inside the extension host (under
// @vscode/test-electron or code-server alike) and calls run(). It runs every
// out/test/integration/**/*.test.js with mocha (BDD: describe/it).
// Env (set by runTests.ts):
//   SOURCEBOOK_TEST_GREP    only tests whose full title matches this regexp
//   SOURCEBOOK_TEST_LOG     file mocha's output is appended to (the launcher tails it); without
//                           it the output goes to the console
//   SOURCEBOOK_TEST_REPORT  JSON file receiving the counts { passes, failures, pending, tests }
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import Mocha from 'mocha';

function findTestFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.test.js'))
    .map((file) => path.join(dir, file))
    .sort();
}

export function run(): Promise<void> {
  const logFile = process.env.SOURCEBOOK_TEST_LOG;
  const reportFile = process.env.SOURCEBOOK_TEST_REPORT;
  const grep = process.env.SOURCEBOOK_TEST_GREP;

  // In code-server the extension host's console reaches the browser unformatted: write mocha's
  // output, printf-formatted, to a file instead.
  if (logFile) {
    fs.mkdirSync(path.dirname(logFile), { recursive: true });
    Mocha.reporters.Base.consoleLog = (...args: unknown[]): void => {
      fs.appendFileSync(logFile, `${util.format(...args)}\n`);
    };
  }

  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    timeout: 60_000,
    ...(grep ? { grep } : {}),
  });
  for (const file of findTestFiles(__dirname)) mocha.addFile(file);

  return new Promise<void>((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const stats = runner.stats;
        if (reportFile) {
          const report = {
            passes: stats?.passes ?? 0,
            failures,
            pending: stats?.pending ?? 0,
            tests: stats?.tests ?? 0,
            durationMs: stats?.duration ?? 0,
          };
          fs.mkdirSync(path.dirname(reportFile), { recursive: true });
          fs.writeFileSync(reportFile, JSON.stringify(report, null, 2));
        }
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed.`));
        else resolve();
      });
    } catch (err) {
      // e.g. a test file that throws while loading
      Mocha.reporters.Base.consoleLog(
        'Loading the integration tests failed: %s',
        err instanceof Error ? err.stack : err,
      );
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
