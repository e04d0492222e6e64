// The CLI contract for `documents` and `search`, on the built CLI as a child process (see harness.ts).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  FIXTURES,
  ESC,
  SGR,
  BUNDLED,
  DAY,
  badCorpus,
  cli,
  parseJson,
  assertSlice,
  nonEmptyLines,
  isStringOrNull,
} from './harness';

describe('sourcebook CLI (dist/cli.js): documents and search', function () {
  this.timeout(120_000);

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
});
