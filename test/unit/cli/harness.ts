/**
 * Harness for the CLI contract tests, which run the built `dist/cli.js` as a child process
 * (build first: `npm run build`). Every distinct command line runs once; the runs start together
 * in the first `before` so the suites stay fast, and each test awaits the one it checks.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '../../../..');
export const CLI = path.join(ROOT, 'dist', 'cli.js');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'cli');
export const ESC = '\u001b';
/** An ANSI colour/style escape sequence, as a regular-expression source. */
export const SGR = `${ESC}\\[[0-9;]*m`;

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export type Env = Record<string, string>;

/** Temp folders made once for the whole file. */
export let tmp: string;
export let badCorpus: string;
export let emptyCorpus: string;
export let bigCorpus: string;

export const runs = new Map<string, Promise<Run>>();
let active = 0;
const waiting: (() => void)[] = [];
const PARALLEL = Math.max(2, Math.min(4, os.cpus().length));

async function slot<T>(task: () => Promise<T>): Promise<T> {
  if (active >= PARALLEL) await new Promise<void>((resolve) => waiting.push(resolve));
  active++;
  try {
    return await task();
  } finally {
    active--;
    waiting.shift()?.();
  }
}

function spawnCli(args: string[], env: Env): Promise<Run> {
  // Colour decisions must not depend on the environment the tests run in.
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  delete childEnv.NO_COLOR;
  delete childEnv.FORCE_COLOR;
  Object.assign(childEnv, env);
  return new Promise((resolve, reject) => {
    // cwd is a folder without .sourcebook/actors.json, so no stray corrections are read.
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd: tmp, env: childEnv, maxBuffer: 256 * 1024 * 1024, timeout: 120_000 },
      (err, stdout, stderr) => {
        if (err && typeof err.code !== 'number') {
          reject(new Error(`sourcebook ${args.join(' ')} did not finish: ${err.message}\n${stderr}`));
          return;
        }
        resolve({ code: err ? Number(err.code) : 0, stdout, stderr });
      },
    );
  });
}

/** Runs `node dist/cli.js ...args` once per distinct command line and environment. */
export function cli(args: string[], env: Env = {}): Promise<Run> {
  const id = JSON.stringify([args, env]);
  let run = runs.get(id);
  if (!run) {
    run = slot(() => spawnCli(args, env));
    runs.set(id, run);
  }
  return run;
}

export function parseJson<T>(run: Run, what: string): T {
  assert.equal(run.code, 0, `${what} failed: ${run.stderr}`);
  try {
    return JSON.parse(run.stdout) as T;
  } catch {
    assert.fail(`${what} printed no JSON:\n${run.stdout.slice(0, 500)}`);
  }
}

const fileTexts = new Map<string, string>();
/** The file's text as the core sees it: UTF-8, byte-order mark left out. */
export function fileText(p: string): string {
  let text = fileTexts.get(p);
  if (text === undefined) {
    text = fs.readFileSync(p, 'utf8').replace(/^\uFEFF/, '');
    fileTexts.set(p, text);
  }
  return text;
}

export function assertSlice(
  item: { path: string; start: number; end: number },
  expected: string,
  what: string,
): void {
  assert.ok(
    path.isAbsolute(item.path) && fs.existsSync(item.path),
    `${what}: path ${item.path} is not a file`,
  );
  assert.ok(
    Number.isInteger(item.start) && Number.isInteger(item.end) && item.start >= 0 && item.end > item.start,
    `${what}: bad span ${item.start}..${item.end}`,
  );
  assert.equal(
    fileText(item.path).slice(item.start, item.end),
    expected,
    `${what}: file slice ${item.start}..${item.end} differs`,
  );
}

export const nonEmptyLines = (text: string): string[] => text.split('\n').filter((l) => l.trim() !== '');
export const isStringOrNull = (v: unknown): boolean => v === null || typeof v === 'string';
export const DAY = /^\d{4}-\d{2}-\d{2}$/;

// The command lines the suite checks; started together in `before`.
export const BUNDLED = {
  documents: ['documents'],
  documentsJson: ['documents', '--json'],
  weakened: ['search', 'weakened'],
  weakenedJson: ['search', 'weakened', '--json'],
  weakenedColor: ['search', 'weakened', '--color'],
  weakenedNoColor: ['search', 'weakened', '--no-color'],
  weakenedJsonColor: ['search', 'weakened', '--json', '--color'],
  phraseJson: ['search', '"strategic failure"', '--json'],
  curlyPhraseJson: ['search', '“strategic failure”', '--json'],
  limitJson: ['search', 'Russia', '--limit', '2', '--json'],
  noMatch: ['search', 'zzxqvw'],
  noMatchJson: ['search', 'zzxqvw', '--json'],
  actorsJson: ['actors', '--json'],
  eventsJson: ['events', '--json'],
  quotesJson: ['quotes', '--json'],
  hoverJson: ['hover', 'The sanctions hit hard', '--at', '6', '--json'],
  hoverStopWord: ['hover', 'the', '--at', '1'],
} satisfies Record<string, string[]>;

export const LIMITS = ['abc', '0', '-1'];

/** Every command line the tests below run, in the order they need them. */
export function plannedRuns(): [string[], Env?][] {
  const b = BUNDLED;
  return [
    [b.documents],
    [b.documentsJson],
    [['documents', '--corpus', FIXTURES]],
    [['documents', '--corpus', FIXTURES, '--json']],
    [['documents', '--corpus', FIXTURES, '--corpus', badCorpus]],
    [['documents', '--corpus', FIXTURES, '--corpus', badCorpus, '--json']],
    [b.weakened],
    [b.weakenedJson],
    [b.phraseJson],
    [b.curlyPhraseJson],
    [b.limitJson],
    [b.noMatch],
    [b.noMatchJson],
    [b.weakenedColor],
    [b.weakenedNoColor, { FORCE_COLOR: '1' }],
    [b.weakened, { NO_COLOR: '1' }],
    [b.weakened, { FORCE_COLOR: '0' }],
    [b.weakenedJsonColor],
    [b.actorsJson],
    [b.eventsJson],
    [b.quotesJson],
    [['actors', '--corpus', FIXTURES]],
    [['events', '--corpus', FIXTURES]],
    [['quotes', '--corpus', FIXTURES]],
    [b.hoverJson],
    [b.hoverStopWord],
    [['hover', 'the', '--at', '9']],
    [['hover', 'the', '--at', 'middle']],
    [['frobnicate']],
    [[]],
    [['documents', '--bogus']],
    [['search']],
    [['documents', 'extra']],
    [['search', 'a', 'b']],
    ...LIMITS.map((limit): [string[]] => [['search', 'Russia', `--limit=${limit}`]]),
    [['documents', '--corpus', '/nope']],
    [['documents', '--actors', '/nope/actors.json']],
    [['search', 'Russia', '--corpus', emptyCorpus, '--json']],
    [['--help']],
    [['documents', '--corpus', bigCorpus, '--json']],
    [['documents', '--corpus', bigCorpus, '--json', '--progress']],
    [['search', 'kelpie', '--corpus', badCorpus, '--json']],
  ];
}

// Root hooks (this module is loaded by mocha with the CLI test files): the temp corpora are made
// and every planned run started once, before any CLI test.
before(function () {
  this.timeout(120_000);
  assert.ok(fs.existsSync(CLI), `${CLI} is missing: run "npm run build" first`);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcebook-cli-'));

  badCorpus = path.join(tmp, 'bad');
  fs.mkdirSync(badCorpus);
  fs.writeFileSync(
    path.join(badCorpus, 'binary.txt'),
    Buffer.from([0x53, 0x42, 0x00, 0x01, 0x02, 0x00, 0x41]),
  );
  fs.writeFileSync(path.join(badCorpus, 'empty.md'), '');
  fs.writeFileSync(
    path.join(badCorpus, 'latin1.txt'),
    Buffer.from('Caf\u00e9 cr\u00e8me in Latin-1\n', 'latin1'),
  );
  // A usable file with a byte-order mark and Windows line ends, next to the bad ones.
  fs.writeFileSync(
    path.join(badCorpus, 'bom-crlf.txt'),
    '\uFEFFKelpie trials report\r\n\r\nThe kelpie trials drew a record crowd on Saturday.\r\nA second kelpie won the final.\r\n',
  );

  emptyCorpus = path.join(tmp, 'no-articles');
  fs.mkdirSync(emptyCorpus);
  fs.writeFileSync(path.join(emptyCorpus, 'scan.pdf'), '%PDF-1.4');
  fs.writeFileSync(path.join(emptyCorpus, 'notes.rst'), 'Not an article.');

  bigCorpus = path.join(tmp, 'many');
  fs.mkdirSync(bigCorpus);
  for (let i = 0; i < 250; i++) {
    fs.writeFileSync(
      path.join(bigCorpus, `note-${String(i).padStart(3, '0')}.txt`),
      `Note ${i}\n\nThe ferry left the quay at dawn, trip number ${i}.\n`,
    );
  }

  // Start every run now, in test order, so the processes overlap; tests await their own (a
  // command line missing here still runs, only later).
  for (const [args, env] of plannedRuns()) void cli(args, env);
});

after(function () {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});
