/**
 * `dist/evaluate.js` (build first) on the small fixture in test/fixtures/evaluation: what a
 * reviewer sees when scoring extraction on texts of their own.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../../..');
const SCRIPT = path.join(ROOT, 'dist', 'evaluate.js');
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'evaluation');
const CORPUS = path.join(FIXTURE, 'corpus');
const ANNOTATIONS = path.join(FIXTURE, 'annotations');

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' }, (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** A copy of the fixture annotations with `edit` applied to the file `name`. */
function editedAnnotations(name: string, edit: (text: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcebook-eval-'));
  for (const f of fs.readdirSync(ANNOTATIONS)) fs.copyFileSync(path.join(ANNOTATIONS, f), path.join(dir, f));
  fs.writeFileSync(path.join(dir, name), edit(fs.readFileSync(path.join(dir, name), 'utf8')));
  return dir;
}

describe('npm run evaluate (dist/evaluate.js)', function () {
  this.timeout(60000);
  const made: string[] = [];
  after(() => {
    for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('scores the fixture and meets every target', async () => {
    const r = await run(['--corpus', CORPUS, '--annotations', ANNOTATIONS, '--check']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^1 annotated documents in /);
    assert.match(r.stdout, /person\s+P 1\.000\s+R 1\.000\s+F1 1\.000/);
    assert.match(r.stdout, /named-person speakers 2\/2/);
    assert.match(r.stdout, /resolved right 2\/2/);
    assert.match(r.stdout, /All targets met\.\n$/);
  });

  it('gives the same scores as JSON', async () => {
    const r = await run(['--corpus', CORPUS, '--annotations', ANNOTATIONS, '--json']);
    const report = JSON.parse(r.stdout) as { documents: number; actors: { byKind: Record<string, { f1: number; annotated: number }> }; dates: { correct: number }; unmetTargets: string[] };
    assert.equal(report.documents, 1);
    assert.equal(report.actors.byKind.place.annotated, 3);
    assert.equal(report.dates.correct, 2);
    assert.deepEqual(report.unmetTargets, []);
  });

  it('names each error and exits 1 with --check when a target is missed', async () => {
    const dir = editedAnnotations('actors.json', (t) => t.replace('"name": "Geneva", "kind": "place"', '"name": "Geneva", "kind": "organization"'));
    made.push(dir);
    const r = await run(['--corpus', CORPUS, '--annotations', dir, '--check']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /kind {4}geneva-talks\.txt: Geneva is place, annotated organization/);
    assert.match(r.stdout, /missed {2}geneva-talks\.txt: organization Geneva/);
    assert.match(r.stdout, /Targets missed: organization F1 0\.000 < 0\.9/);
    const brief = await run(['--corpus', CORPUS, '--annotations', dir, '--brief']);
    assert.equal(brief.code, 0, 'without --check a missed target is reported, not an error');
    assert.doesNotMatch(brief.stdout, /annotated organization/);
  });

  it('reports an annotated file that is not in the corpus and scores the rest', async () => {
    const dir = editedAnnotations('events.json', (t) => t.replace('"negatives": [', '"negatives": [\n    { "file": "no-such-article.txt", "text": "today", "why": "vague" },'));
    made.push(dir);
    const r = await run(['--corpus', CORPUS, '--annotations', dir]);
    assert.equal(r.code, 0);
    assert.match(r.stderr, /Skipped .*no-such-article\.txt: ENOENT/);
    assert.match(r.stdout, /problem no-such-article\.txt: not in the corpus/);
    assert.match(r.stdout, /resolved right 2\/2/);
  });

  it('names an annotation file that is not valid JSON', async () => {
    const dir = editedAnnotations('quotes.json', (t) => t.slice(0, -5));
    made.push(dir);
    const r = await run(['--corpus', CORPUS, '--annotations', dir]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /quotes\.json: not valid JSON/);
  });

  it('explains its usage when a folder is missing', async () => {
    const r = await run(['--corpus', CORPUS]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Both --corpus and --annotations are needed\.\nUsage: npm run evaluate/);
    const empty = await run(['--corpus', CORPUS, '--annotations', CORPUS]);
    assert.equal(empty.code, 2);
    assert.match(empty.stderr, /holds none of actors\.json, events\.json, quotes\.json/);
  });
});
