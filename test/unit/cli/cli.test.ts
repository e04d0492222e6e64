/**
 * The CLI contract, tested on the built `dist/cli.js` run as a child process (build first:
 * `npm run build`). Every distinct command line runs once; the runs start together in `before`
 * so the suite stays fast, and each test awaits the one it checks.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../../..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'cli');
const ESC = '\u001b';
/** An ANSI colour/style escape sequence, as a regular-expression source. */
const SGR = `${ESC}\\[[0-9;]*m`;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

type Env = Record<string, string>;

/** Temp folders made once for the whole file. */
let tmp: string;
let badCorpus: string;
let emptyCorpus: string;
let bigCorpus: string;

const runs = new Map<string, Promise<Run>>();
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
function cli(args: string[], env: Env = {}): Promise<Run> {
  const id = JSON.stringify([args, env]);
  let run = runs.get(id);
  if (!run) {
    run = slot(() => spawnCli(args, env));
    runs.set(id, run);
  }
  return run;
}

function parseJson<T>(run: Run, what: string): T {
  assert.equal(run.code, 0, `${what} failed: ${run.stderr}`);
  try {
    return JSON.parse(run.stdout) as T;
  } catch {
    assert.fail(`${what} printed no JSON:\n${run.stdout.slice(0, 500)}`);
  }
}

const fileTexts = new Map<string, string>();
/** The file's text as the core sees it: UTF-8, byte-order mark left out. */
function fileText(p: string): string {
  let text = fileTexts.get(p);
  if (text === undefined) {
    text = fs.readFileSync(p, 'utf8').replace(/^\uFEFF/, '');
    fileTexts.set(p, text);
  }
  return text;
}

function assertSlice(
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

const nonEmptyLines = (text: string): string[] => text.split('\n').filter((l) => l.trim() !== '');
const isStringOrNull = (v: unknown): boolean => v === null || typeof v === 'string';
const DAY = /^\d{4}-\d{2}-\d{2}$/;

// The command lines the suite checks; started together in `before`.
const BUNDLED = {
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

const LIMITS = ['abc', '0', '-1'];

/** Every command line the tests below run, in the order they need them. */
function plannedRuns(): [string[], Env?][] {
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

describe('sourcebook CLI (dist/cli.js)', function () {
  this.timeout(120_000);

  before(function () {
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

  describe('documents', function () {
    it('lists the five bundled articles by default: key, date or "unknown", outlet, title', async function () {
      const [text, json] = await Promise.all([cli(BUNDLED.documents), cli(BUNDLED.documentsJson)]);
      assert.equal(text.code, 0, text.stderr);
      assert.equal(text.stderr, '');
      const lines = nonEmptyLines(text.stdout);
      assert.equal(lines.length, 5, text.stdout);
      const dates = lines.map(
        (l) => l.match(/\b\d{4}-\d{2}-\d{2}\b/)?.[0] ?? (/\bunknown\b/.test(l) ? 'unknown' : '?'),
      );
      assert.deepEqual([...dates].sort(), [
        '2022-01-10',
        '2022-02-02',
        '2022-04-26',
        '2023-01-05',
        'unknown',
      ]);
      const embassy = lines.find((l) => l.includes('The Embassy'));
      assert.ok(embassy, text.stdout);
      assert.match(embassy, /\bunknown\b/);
      assert.doesNotMatch(embassy, /\d{4}-\d{2}-\d{2}/);
      // Each line carries the document's key, outlet and title, in that order.
      const docs = parseJson<{ key: string; title: string; source: string | null }[]>(
        json,
        'documents --json',
      );
      for (const doc of docs) {
        const line = lines.find((l) => l.startsWith(`${doc.key} `));
        assert.ok(line, `no line starts with key ${doc.key}`);
        const at = (s: string) => line.indexOf(s);
        assert.ok(at(doc.title) > 0, `title missing from: ${line}`);
        if (doc.source)
          assert.ok(at(doc.source) > 0 && at(doc.source) < at(doc.title), `outlet before title in: ${line}`);
      }
    });

    it('--json gives { id, path, key, title, date, dateInferred, source, url, author } per document', async function () {
      const run = await cli(BUNDLED.documentsJson);
      assert.equal(run.stderr, '', 'nothing on stderr with --json');
      const docs = parseJson<Record<string, unknown>[]>(run, 'documents --json');
      assert.equal(docs.length, 5);
      for (const d of docs) {
        for (const k of ['id', 'path', 'key', 'title'])
          assert.equal(typeof d[k], 'string', `${k} in ${JSON.stringify(d)}`);
        assert.ok(d.date === null || DAY.test(d.date as string), `date ${String(d.date)}`);
        assert.equal(typeof d.dateInferred, 'boolean');
        for (const k of ['source', 'url', 'author'])
          assert.ok(isStringOrNull(d[k]), `${k} in ${JSON.stringify(d)}`);
        assert.ok(fs.existsSync(d.path as string), `${String(d.path)} exists`);
      }
      assert.equal(new Set(docs.map((d) => d.id)).size, 5, 'ids unique');
      assert.equal(new Set(docs.map((d) => d.key)).size, 5, 'keys unique');
      const embassy = docs.find((d) => d.source === 'The Embassy');
      assert.ok(embassy);
      assert.equal(embassy.date, null, 'the Embassy article never gets a date');
      assert.deepEqual(
        docs
          .map((d) => d.date)
          .filter(Boolean)
          .sort(),
        ['2022-01-10', '2022-02-02', '2022-04-26', '2023-01-05'],
      );
      const sorted = [...docs].map((d) => d.path as string).sort();
      assert.deepEqual(
        docs.map((d) => d.path),
        sorted,
        'stable order by path',
      );
    });

    it('reads front matter, key: value headers and files with no date (--corpus DIR)', async function () {
      const [text, json] = await Promise.all([
        cli(['documents', '--corpus', FIXTURES]),
        cli(['documents', '--corpus', FIXTURES, '--json']),
      ]);
      assert.equal(text.code, 0, text.stderr);
      const lines = nonEmptyLines(text.stdout);
      assert.equal(lines.length, 3, text.stdout);
      const line = (word: string) =>
        lines.find((l) => l.includes(word)) ?? assert.fail(`no line with ${word}:\n${text.stdout}`);
      assert.match(
        line('lighthouse'),
        /2021-03-07.*The Coastal Herald.*Harbour council approves the lighthouse plan/,
      );
      assert.match(line('barley'), /2021-08-16.*Farm Wire.*Grain prices steady as the barley harvest ends/);
      assert.match(line('orchard'), /\bunknown\b.*Notes on the orchard cooperative/);

      const docs = parseJson<Record<string, unknown>[]>(json, 'documents --json');
      const byTitle = (word: string) =>
        docs.find((d) => String(d.title).includes(word)) ?? assert.fail(`no ${word}`);
      assert.deepEqual(
        (({ title, date, source, url, author }) => ({ title, date, source, url, author }))(
          byTitle('lighthouse'),
        ),
        {
          title: 'Harbour council approves the lighthouse plan',
          date: '2021-03-07',
          source: 'The Coastal Herald',
          url: 'https://www.coastalherald.example/2021/03/07/lighthouse',
          author: 'Maria Ortega',
        },
      );
      assert.equal(byTitle('lighthouse').path, path.join(FIXTURES, 'harbour-front-matter.md'));
      assert.deepEqual(
        (({ date, dateInferred, source, url, author }) => ({ date, dateInferred, source, url, author }))(
          byTitle('barley'),
        ),
        {
          date: '2021-08-16',
          dateInferred: false,
          source: 'Farm Wire',
          url: 'https://farmwire.example/grain',
          author: 'Ann Lee',
        },
      );
      assert.equal(byTitle('orchard').date, null);
    });

    it('skips binary, empty and non-UTF-8 files with a warning naming each, and lists the rest', async function () {
      const [text, json] = await Promise.all([
        cli(['documents', '--corpus', FIXTURES, '--corpus', badCorpus]),
        cli(['documents', '--corpus', FIXTURES, '--corpus', badCorpus, '--json']),
      ]);
      for (const run of [text, json]) {
        assert.equal(run.code, 0, run.stderr);
        const warning = (file: string) =>
          run.stderr.split('\n').find((l) => l.includes(path.join(badCorpus, file))) ??
          assert.fail(`no warning for ${file}:\n${run.stderr}`);
        assert.match(warning('binary.txt'), /binary|NUL/i);
        assert.match(warning('empty.md'), /empty/i);
        assert.match(warning('latin1.txt'), /UTF-8/);
        assert.ok(!run.stderr.includes('bom-crlf.txt'), 'the usable file is not warned about');
      }
      const lines = nonEmptyLines(text.stdout);
      assert.equal(lines.length, 4, text.stdout);
      assert.ok(
        lines.some((l) => l.includes('Kelpie trials report')),
        'BOM and CRLF file listed',
      );
      const docs = parseJson<{ title: string }[]>(json, 'documents --json with skipped files');
      assert.equal(docs.length, 4);
      assert.ok(
        docs.some((d) => d.title === 'Kelpie trials report'),
        'title read without the byte-order mark',
      );
    });
  });

  describe('search', function () {
    it('"weakened" puts the CNN passage with Austin’s words first, with its citation', async function () {
      const run = await cli(BUNDLED.weakened);
      assert.equal(run.code, 0, run.stderr);
      const first = run.stdout.split(/\n\s*\n/)[0];
      assert.match(first, /^1\. /);
      assert.ok(first.includes('we want to see Russia weakened'), first);
      assert.match(first, /cnn-2022-04-26-weakened-russia\.txt:\d+-\d+/);
      assert.match(first, /CNN, 2022-04-26/);
      assert.ok(!run.stdout.includes(ESC), 'no escape codes when stdout is not a terminal');
    });

    it('--json gives { documentId, path, start, end, text, score, terms } whose text is the file slice', async function () {
      const run = await cli(BUNDLED.weakenedJson);
      assert.equal(run.stderr, '');
      const results = parseJson<
        {
          documentId: string;
          path: string;
          start: number;
          end: number;
          text: string;
          score: number;
          terms: string[];
        }[]
      >(run, 'search --json');
      assert.ok(results.length >= 1);
      assert.ok(results[0].path.endsWith('cnn-2022-04-26-weakened-russia.txt'), results[0].path);
      assert.ok(results[0].text.includes('we want to see Russia weakened'), results[0].text);
      assert.ok(results[0].terms.includes('weakened'), JSON.stringify(results[0].terms));
      results.forEach((r, i) => {
        assert.equal(typeof r.documentId, 'string');
        assert.equal(typeof r.score, 'number');
        assert.ok(Array.isArray(r.terms) && r.terms.every((t) => typeof t === 'string'));
        if (i > 0) assert.ok(results[i - 1].score >= r.score, 'ranked by score');
        assertSlice(r, r.text, `search result ${i}`);
      });
    });

    it('a quoted phrase returns exactly the passage containing it (straight or curly quotes)', async function () {
      for (const args of [BUNDLED.phraseJson, BUNDLED.curlyPhraseJson]) {
        const results = parseJson<{ path: string; start: number; end: number; text: string }[]>(
          await cli(args),
          args.join(' '),
        );
        assert.equal(results.length, 1, `${args[1]}: ${JSON.stringify(results.map((r) => r.text))}`);
        assert.ok(results[0].text.includes('strategic failure'), results[0].text);
        assert.ok(results[0].path.endsWith('cnn-2022-04-26-weakened-russia.txt'));
        assertSlice(results[0], results[0].text, args[1]);
      }
    });

    it('--limit N caps the results', async function () {
      const results = parseJson<unknown[]>(await cli(BUNDLED.limitJson), 'search Russia --limit 2');
      assert.equal(results.length, 2);
    });

    it('says so when nothing matches (exit 0; [] with --json)', async function () {
      const [text, json] = await Promise.all([cli(BUNDLED.noMatch), cli(BUNDLED.noMatchJson)]);
      assert.equal(text.code, 0, text.stderr);
      assert.match(text.stdout, /No passages match/);
      assert.deepEqual(parseJson(json, 'search --json with no match'), []);
    });

    it('highlights the matched word with --color, and never with --no-color or NO_COLOR', async function () {
      const [color, noColor, envNo] = await Promise.all([
        cli(BUNDLED.weakenedColor),
        cli(BUNDLED.weakenedNoColor, { FORCE_COLOR: '1' }),
        cli(BUNDLED.weakened, { NO_COLOR: '1' }),
      ]);
      assert.equal(color.code, 0, color.stderr);
      assert.match(color.stdout, new RegExp(`${SGR}weakened${SGR}`), 'the word is wrapped in escape codes');
      for (const run of [noColor, envNo]) {
        assert.equal(run.code, 0, run.stderr);
        assert.ok(run.stdout.includes('we want to see Russia weakened'));
        assert.ok(!run.stdout.includes(ESC), 'no escape codes');
      }
      // Without the codes the coloured output is the plain one.
      assert.equal(color.stdout.replace(new RegExp(SGR, 'g'), ''), noColor.stdout);
    });

    it('FORCE_COLOR=0 keeps colour off, and --json is never coloured', async function () {
      const [forcedZero, json] = await Promise.all([
        cli(BUNDLED.weakened, { FORCE_COLOR: '0' }),
        cli(BUNDLED.weakenedJsonColor),
      ]);
      assert.equal(forcedZero.code, 0, forcedZero.stderr);
      assert.ok(!forcedZero.stdout.includes(ESC));
      assert.ok(!json.stdout.includes(ESC));
      assert.deepEqual(
        parseJson(json, 'search --json --color'),
        parseJson(await cli(BUNDLED.weakenedJson), 'search --json'),
      );
    });
  });

  describe('actors, events, quotes --json', function () {
    it('actors: { id, name, kind, aliases, roles, standsFor, mentions: [{ documentId, path, start, end, text }] }', async function () {
      const run = await cli(BUNDLED.actorsJson);
      assert.equal(run.stderr, '');
      const actors = parseJson<Record<string, unknown>[]>(run, 'actors --json');
      assert.ok(actors.length > 0);
      const kinds = new Set(['person', 'organization', 'place', 'group', 'unnamed']);
      for (const a of actors) {
        assert.equal(typeof a.id, 'string');
        assert.equal(typeof a.name, 'string');
        assert.ok(kinds.has(a.kind as string), `kind ${String(a.kind)}`);
        assert.ok(Array.isArray(a.aliases) && Array.isArray(a.roles), JSON.stringify(a));
        assert.ok(isStringOrNull(a.standsFor));
        const mentions = a.mentions as {
          documentId: string;
          path: string;
          start: number;
          end: number;
          text: string;
        }[];
        assert.ok(Array.isArray(mentions));
        for (const m of mentions) {
          assert.equal(typeof m.documentId, 'string');
          assertSlice(m, m.text, `mention of ${String(a.name)}`);
        }
      }
      assert.equal(new Set(actors.map((a) => a.id)).size, actors.length, 'actor ids unique');
      assert.ok(
        actors.some((a) => a.kind === 'person' && /Austin/.test(a.name as string)),
        'Lloyd Austin is a person',
      );
    });

    it('events: { id, label, date, precision, dateText, documentId, path, start, end, sentence, actors }', async function () {
      const run = await cli(BUNDLED.eventsJson);
      assert.equal(run.stderr, '');
      const events = parseJson<Record<string, unknown>[]>(run, 'events --json');
      assert.ok(events.length > 0);
      for (const e of events) {
        for (const k of ['id', 'label', 'dateText', 'documentId', 'sentence'])
          assert.equal(typeof e[k], 'string', `${k} in ${JSON.stringify(e)}`);
        assert.ok(
          e.date === null || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(e.date as string),
          `date ${String(e.date)}`,
        );
        assert.ok(e.precision === null || ['day', 'month', 'year', 'season'].includes(e.precision as string));
        assert.ok(Array.isArray(e.actors));
        assertSlice(
          e as { path: string; start: number; end: number },
          e.sentence as string,
          `event ${String(e.id)}`,
        );
        assert.ok(
          (e.sentence as string).includes(e.dateText as string),
          `dateText “${String(e.dateText)}” stands in its sentence`,
        );
      }
    });

    it('quotes: { id, text, documentId, path, start, end, speaker, speakerName, cue, flags } with text = file slice', async function () {
      const run = await cli(BUNDLED.quotesJson);
      assert.equal(run.stderr, '');
      const quotes = parseJson<Record<string, unknown>[]>(run, 'quotes --json');
      assert.ok(quotes.length > 0);
      for (const q of quotes) {
        assert.equal(typeof q.id, 'string');
        assert.equal(typeof q.documentId, 'string');
        for (const k of ['speaker', 'speakerName', 'cue'])
          assert.ok(isStringOrNull(q[k]), `${k} in ${JSON.stringify(q)}`);
        assert.ok(Array.isArray(q.flags));
        assertSlice(
          q as { path: string; start: number; end: number },
          q.text as string,
          `quote ${String(q.id)}`,
        );
      }
      const austin = quotes.find((q) => (q.text as string).startsWith('we want to see Russia weakened'));
      assert.ok(austin, 'Austin’s quotation is found');
      assert.match(String(austin.speakerName), /Austin/);
    });

    it('actors, events and quotes print human-readable text (small corpus)', async function () {
      const [actors, events, quotes] = await Promise.all([
        cli(['actors', '--corpus', FIXTURES]),
        cli(['events', '--corpus', FIXTURES]),
        cli(['quotes', '--corpus', FIXTURES]),
      ]);
      for (const run of [actors, events, quotes]) {
        assert.equal(run.code, 0, run.stderr);
        assert.equal(run.stderr, '');
        assert.ok(run.stdout.trim().length > 0);
        assert.ok(!run.stdout.includes(ESC));
        assert.throws(() => JSON.parse(run.stdout), 'not JSON without --json');
      }
      assert.match(quotes.stdout, /We have waited a decade for this lighthouse/);
    });
  });

  describe('hover', function () {
    it('hover "The sanctions hit hard" --at 6 shows passages about sanctions', async function () {
      const run = await cli(BUNDLED.hoverJson);
      assert.equal(run.stderr, '');
      const card = parseJson<{
        actor: { id: string; name: string } | null;
        passages: {
          documentId: string;
          path: string;
          start: number;
          end: number;
          text: string;
          speakerName: string | null;
          score: number;
        }[];
      }>(run, 'hover --json');
      assert.ok(
        card.actor === null || (typeof card.actor.id === 'string' && typeof card.actor.name === 'string'),
      );
      assert.ok(card.passages.length > 0, 'some passages');
      for (const p of card.passages) {
        assert.match(p.text, /sanction/i);
        assert.equal(typeof p.documentId, 'string');
        assert.equal(typeof p.score, 'number');
        assert.ok(isStringOrNull(p.speakerName));
        assertSlice(p, p.text, 'hover passage');
      }
    });

    it('a stop word gets no passages, and a message saying so', async function () {
      const run = await cli(BUNDLED.hoverStopWord);
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /No card for “the”/);
      assert.ok(!run.stdout.includes('> '), run.stdout);
    });

    it('--at beyond the end of the text, or not a number, is bad usage (exit 2)', async function () {
      const [past, word] = await Promise.all([
        cli(['hover', 'the', '--at', '9']),
        cli(['hover', 'the', '--at', 'middle']),
      ]);
      for (const run of [past, word]) {
        assert.equal(run.code, 2, run.stderr);
        assert.match(run.stderr, /--at/);
        assert.equal(run.stdout, '');
      }
    });
  });

  describe('errors', function () {
    it('an unknown command is bad usage: message on stderr, exit 2', async function () {
      const run = await cli(['frobnicate']);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /frobnicate/);
      assert.equal(run.stdout, '');
    });

    it('no command, an unknown option or a missing search text is bad usage (exit 2)', async function () {
      const runs2 = await Promise.all([
        cli([]),
        cli(['documents', '--bogus']),
        cli(['search']),
        cli(['documents', 'extra']),
        cli(['search', 'a', 'b']),
      ]);
      for (const run of runs2) {
        assert.equal(run.code, 2, run.stderr);
        assert.match(run.stderr, /^sourcebook: /);
        assert.equal(run.stdout, '');
      }
    });

    it('a bad --limit is bad usage (exit 2)', async function () {
      const results = await Promise.all(LIMITS.map((limit) => cli(['search', 'Russia', `--limit=${limit}`])));
      results.forEach((run, i) => {
        assert.equal(run.code, 2, `--limit=${LIMITS[i]}: ${run.stderr}`);
        assert.match(run.stderr, /--limit/);
        assert.equal(run.stdout, '');
      });
    });

    it('a missing corpus folder: "Corpus folder not found: /nope", non-zero', async function () {
      const run = await cli(['documents', '--corpus', '/nope']);
      assert.notEqual(run.code, 0);
      assert.match(run.stderr, /Corpus folder not found: \/nope/);
      assert.equal(run.stdout, '');
    });

    it('an --actors file that cannot be read: names the file, non-zero', async function () {
      const run = await cli(['documents', '--actors', '/nope/actors.json']);
      assert.notEqual(run.code, 0);
      assert.match(run.stderr, /Actor corrections file cannot be read: \/nope\/actors\.json/);
      assert.equal(run.stdout, '');
    });

    it('a folder with no .txt or .md files: "no documents found", non-zero', async function () {
      const run = await cli(['search', 'Russia', '--corpus', emptyCorpus, '--json']);
      assert.notEqual(run.code, 0);
      assert.match(run.stderr, /no documents found/);
      assert.equal(run.stdout, '');
    });

    it('--help prints the usage and exits 0', async function () {
      const run = await cli(['--help']);
      assert.equal(run.code, 0);
      assert.match(run.stdout, /Usage: sourcebook/);
      for (const command of ['documents', 'search', 'actors', 'events', 'quotes', 'hover'])
        assert.match(run.stdout, new RegExp(`\\b${command}\\b`));
    });
  });

  describe('progress', function () {
    it('with --json stderr stays empty unless --progress is given (250 files)', async function () {
      const [quiet, loud] = await Promise.all([
        cli(['documents', '--corpus', bigCorpus, '--json']),
        cli(['documents', '--corpus', bigCorpus, '--json', '--progress']),
      ]);
      assert.equal(quiet.stderr, '');
      assert.match(loud.stderr, /of 250 files/);
      assert.equal(parseJson<unknown[]>(quiet, 'documents --json').length, 250);
      assert.deepEqual(parseJson(loud, 'documents --json --progress'), parseJson(quiet, 'documents --json'));
    });
  });

  describe('text offsets', function () {
    it('search --json offsets index the text without its byte-order mark, CRLF line ends kept', async function () {
      const results = parseJson<{ path: string; start: number; end: number; text: string }[]>(
        await cli(['search', 'kelpie', '--corpus', badCorpus, '--json']),
        'search kelpie',
      );
      assert.ok(results.length >= 1);
      for (const r of results) {
        assert.ok(r.path.endsWith('bom-crlf.txt'));
        assertSlice(r, r.text, 'kelpie passage');
      }
    });
  });

  describe('the suite itself', function () {
    it('ran only command lines planned in before(), so none started late', function () {
      const planned = new Set(plannedRuns().map(([args, env]) => JSON.stringify([args, env ?? {}])));
      assert.deepEqual(
        [...runs.keys()].filter((id) => !planned.has(id)),
        [],
      );
    });
  });
});
