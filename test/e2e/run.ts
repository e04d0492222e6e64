// Runs the e2e tests (out/test/e2e/**/*.e2e.js) with mocha in this Node process; each test file
// drives a real VS Code (code-server) in Chromium through ./workbench.
// Env: SOURCEBOOK_TEST_GREP (only tests whose full title matches), SOURCEBOOK_HEADED=1 (show the
// browser), SOURCEBOOK_KEEP_TMP=1 (keep temp dirs). Outputs in test-output/e2e/: screenshots/,
// report.json (counts), code-server.log, browser-console.log.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import { codeServerBin, chromiumPath } from '../integration/codeServer';
import { e2eOutputDir, openWorkbenches, screenshotDir } from './workbench';

function findE2eFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.e2e.js'))
    .map((file) => path.join(dir, file))
    .sort();
}

function main(): void {
  codeServerBin(); // fail fast, with the fix, when code-server or Chromium is missing
  chromiumPath();
  fs.rmSync(screenshotDir, { recursive: true, force: true });
  fs.mkdirSync(e2eOutputDir, { recursive: true });
  for (const name of ['report.json', 'browser-console.log', 'code-server.log']) {
    fs.rmSync(path.join(e2eOutputDir, name), { force: true });
  }

  const grep = process.env.SOURCEBOOK_TEST_GREP;
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 120_000, ...(grep ? { grep } : {}) });
  for (const file of findE2eFiles(__dirname)) mocha.addFile(file);
  // When a test fails, photograph every open workbench: NN-failed-<test title>.png.
  mocha.suite.afterEach(async function () {
    const test = this.currentTest;
    if (test?.state !== 'failed') return;
    for (const wb of openWorkbenches) {
      const file = await wb.screenshot(`failed ${test.title}`).catch(() => undefined);
      if (file)
        process.stdout.write(`      screenshot of the failure: ${path.relative(process.cwd(), file)}\n`);
    }
  });
  const started = Date.now();
  const runner = mocha.run((failures) => {
    const stats = runner.stats;
    fs.writeFileSync(
      path.join(e2eOutputDir, 'report.json'),
      JSON.stringify(
        { passes: stats?.passes ?? 0, failures, pending: stats?.pending ?? 0, tests: stats?.tests ?? 0 },
        null,
        2,
      ),
    );
    process.stdout.write(
      `[e2e] finished in ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in ${path.relative(process.cwd(), screenshotDir) || screenshotDir}\n`,
    );
    // Exit now: a test that forgot to close its workbench must not keep the run alive.
    setImmediate(() => process.exit(failures > 0 ? 1 : 0));
  });
}

try {
  main();
} catch (err) {
  process.stderr.write(`[e2e] ERROR: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
