// The CLI contract for `actors`, `events`, `quotes`, `hover`, errors and progress (see harness.ts).
import assert from 'node:assert/strict';
import type { HoverPassage } from '../../../src/core/service';
import {
  FIXTURES,
  ESC,
  BUNDLED,
  LIMITS,
  badCorpus,
  emptyCorpus,
  bigCorpus,
  runs,
  cli,
  parseJson,
  assertSlice,
  plannedRuns,
  isStringOrNull,
} from './harness';

describe('sourcebook CLI (dist/cli.js): extraction, hover, errors', function () {
  this.timeout(120_000);

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
        assert.ok(e.precision === null || ['day', 'week', 'month', 'year', 'season'].includes(e.precision as string));
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
      const card = parseJson<{ actor: { id: string; name: string } | null; passages: Omit<HoverPassage, 'highlights'>[] }>(run, 'hover --json');
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
