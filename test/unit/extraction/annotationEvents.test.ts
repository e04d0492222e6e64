// Scores date resolution against the hand annotation of the bundled corpus
// (test/fixtures/annotations/events.json) and asserts that no annotated negative becomes an event.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CorpusDocument } from '../../../src/core/model';
import { parseDocument } from '../../../src/core/parse/document';
import { extractEvents } from '../../../src/core/extraction/events';
import type { TimelineEvent } from '../../../src/core/extraction/types';

const root = path.resolve(__dirname, '../../../..');

interface Expression {
  file: string;
  dateText: string;
  sentenceStartsWith: string;
  expected: string | null;
  precision: string;
}

interface Negative {
  file: string;
  text: string;
  sentenceStartsWith?: string;
  why: string;
}

const annotation = JSON.parse(fs.readFileSync(path.join(root, 'test/fixtures/annotations/events.json'), 'utf8')) as {
  expressions: Expression[];
  negatives: Negative[];
};

/** Accuracy floor: what the extractor achieves today, rounded down a little. Target is 0.9. */
const ACCURACY_FLOOR = 0.95;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where an annotated expression stands: the first occurrence of its text from its sentence on. */
function spanOf(doc: CorpusDocument, a: Expression): { start: number; end: number } {
  const anchor = doc.text.indexOf(a.sentenceStartsWith);
  assert.ok(anchor >= 0, `annotation snippet not in ${a.file}: ${a.sentenceStartsWith}`);
  const start = doc.text.indexOf(a.dateText, anchor);
  assert.ok(start >= 0, `annotated date text not found: ${a.dateText}`);
  return { start, end: start + a.dateText.length };
}

describe('event dates against the hand annotation', () => {
  const docs = new Map<string, CorpusDocument>();
  const events = new Map<string, TimelineEvent[]>();

  before(() => {
    for (const file of new Set([...annotation.expressions, ...annotation.negatives].map((a) => a.file))) {
      const doc = parseDocument({ path: file, text: fs.readFileSync(path.join(root, 'corpus', file), 'utf8') }, { id: file });
      docs.set(file, doc);
      events.set(file, extractEvents(doc, []));
    }
  });

  it('resolves the annotated date expressions', () => {
    const errors: string[] = [];
    let correct = 0;
    for (const a of annotation.expressions) {
      const doc = docs.get(a.file)!;
      const { start, end } = spanOf(doc, a);
      const hit = events.get(a.file)!.find((e) => e.dateSpan.start < end && start < e.dateSpan.end);
      if (hit && hit.date === a.expected && hit.precision === a.precision) correct += 1;
      else errors.push(`${a.file}: "${a.dateText}" expected ${a.expected} (${a.precision}), got ${hit ? `${hit.date} (${hit.precision})` : 'nothing'}`);
    }
    // Events the annotation does not list: the precision side of the score, reported, not gated.
    const extra = [...events].flatMap(([file, list]) => list
      .filter((e) => !annotation.expressions.some((a) => a.file === file && spanOf(docs.get(file)!, a).start < e.dateSpan.end && e.dateSpan.start < spanOf(docs.get(file)!, a).end))
      .map((e) => `${file}: "${e.dateText}" → ${e.date}`));
    console.log(`    event dates not in the annotation: ${extra.length}${extra.length ? ` (${extra.join('; ')})` : ''}`);
    const accuracy = correct / annotation.expressions.length;
    console.log(`    event date resolution: ${correct}/${annotation.expressions.length} = ${(accuracy * 100).toFixed(1)}%`);
    for (const e of errors) console.log(`      miss: ${e}`);
    assert.ok(accuracy >= ACCURACY_FLOOR, `accuracy ${accuracy} below floor ${ACCURACY_FLOOR}`);
  });

  it('turns none of the annotated negatives into events', () => {
    const hits: string[] = [];
    for (const n of annotation.negatives) {
      const doc = docs.get(n.file)!;
      let from = 0;
      let to = doc.text.length;
      if (n.sentenceStartsWith) {
        const anchor = doc.text.indexOf(n.sentenceStartsWith);
        assert.ok(anchor >= 0, `negative snippet not in ${n.file}: ${n.sentenceStartsWith}`);
        const sentence = doc.sentences.find((s) => s.start <= anchor && anchor < s.end);
        [from, to] = sentence ? [sentence.start, sentence.end] : [anchor, anchor + 300];
      }
      const pattern = new RegExp(`(?<!\\w)${escape(n.text)}(?!\\w)`, 'gi');
      const occurrences = [...doc.text.slice(from, to).matchAll(pattern)].map((m) => from + m.index);
      assert.ok(occurrences.length > 0, `negative text not in ${n.file}: ${n.text}`);
      for (const start of occurrences) {
        const end = start + n.text.length;
        const event = events.get(n.file)!.find((e) => e.dateSpan.start < end && start < e.dateSpan.end);
        if (event) hits.push(`${n.file}: "${n.text}" (${n.why}) became "${event.dateText}" → ${event.date}`);
      }
    }
    console.log(`    event negatives: ${annotation.negatives.length} checked, ${hits.length} became events`);
    assert.deepEqual(hits, []);
  });
});
