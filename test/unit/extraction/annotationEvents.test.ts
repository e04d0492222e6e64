// Scores date resolution against the hand annotation of the bundled corpus
// (test/fixtures/annotations/events.json) and asserts that no annotated negative becomes an event.
import assert from 'node:assert/strict';
import { extractEvents } from '../../../src/core/extraction/events';
import { scoreDates, type DateScore } from '../../../src/core/evaluation';
import { annotatedBundledDocuments, bundledAnnotations } from './annotationHarness';

/** Accuracy floor: what the extractor achieves today, rounded down a little. Target is 0.9. */
const ACCURACY_FLOOR = 0.95;

describe('event dates against the hand annotation', () => {
  let score: DateScore;

  before(() => {
    const annotation = bundledAnnotations().dates!;
    const docs = annotatedBundledDocuments({ dates: annotation });
    score = scoreDates(new Map(docs.map((d) => [d.id, d])), docs.flatMap((d) => extractEvents(d, [])), annotation);
  });

  it('finds every annotated text in its document', () => {
    assert.deepEqual(score.problems, []);
  });

  it('resolves the annotated date expressions', () => {
    console.log(`    event dates not in the annotation: ${score.unlisted.length}${score.unlisted.length ? ` (${score.unlisted.join('; ')})` : ''}`);
    console.log(`    event date resolution: ${score.correct}/${score.total} = ${(score.accuracy * 100).toFixed(1)}%`);
    for (const e of score.errors) console.log(`      miss: ${e}`);
    assert.ok(score.total >= 40, `only ${score.total} annotated expressions were scored`);
    assert.ok(score.accuracy >= ACCURACY_FLOOR, `accuracy ${score.accuracy} below floor ${ACCURACY_FLOOR}`);
  });

  it('turns none of the annotated negatives into events', () => {
    console.log(`    event negatives: ${bundledAnnotations().dates!.negatives.length} checked, ${score.negativeHits.length} became events`);
    assert.deepEqual(score.negativeHits, []);
  });
});
