/** The scorers behind the annotation tests and `npm run evaluate`, on hand-made extractions. */
import assert from 'node:assert/strict';
import type { Actor, Quote, TimelineEvent } from '../../../src/core/extraction/types';
import { parseDocument } from '../../../src/core/parse/document';
import { scoreActors, scoreDates, scoreQuotes, unmetTargets } from '../../../src/core/evaluation';

const actor = (name: string, kind: Actor['kind'], forms: string[], file = 'a.txt'): Actor => ({
  id: `${kind}:${name}`,
  name,
  kind,
  aliases: [],
  roles: [],
  standsFor: null,
  mentions: forms.map((text, i) => ({ documentId: file, text, start: i * 10, end: i * 10 + text.length, sentenceIndex: 0 })),
});

describe('evaluation scorers', () => {
  it('matches names that differ only by a leading "The", case, accents or punctuation', () => {
    const annotation = { documents: [{ file: 'a.txt', actors: [{ name: 'The Wall Street Journal', kind: 'organization' as const, aliases: ['The Wall Street Journal'] }] }] };
    const s = scoreActors([actor('Wall Street Journal', 'organization', ['Wall Street Journal'])], annotation);
    assert.equal(s.byKind.organization!.f1, 1);
    const other = scoreActors([actor('Wall Street', 'organization', ['Wall Street'])], annotation);
    assert.equal(other.byKind.organization!.f1, 0);
  });

  it('counts right, extra, missed and split actors per kind', () => {
    const annotation = {
      documents: [{ file: 'a.txt', actors: [
        { name: 'Lloyd Austin', kind: 'person' as const, aliases: ['Lloyd Austin', 'Austin'] },
        { name: 'Jens Stoltenberg', kind: 'person' as const, aliases: ['Stoltenberg'] },
        { name: 'NATO', kind: 'organization' as const, aliases: ['NATO'] },
      ] }],
    };
    const s = scoreActors([
      actor('Lloyd Austin', 'person', ['Lloyd Austin']),
      actor('Austin', 'place', ['Austin']),
      actor('NATO', 'organization', ['NATO']),
      actor('Vienna', 'place', ['Vienna']),
      actor('Elsewhere', 'person', ['Stoltenberg'], 'b.txt'),
    ], annotation);
    assert.deepEqual([s.byKind.person!.correct, s.byKind.person!.extracted, s.byKind.person!.found, s.byKind.person!.annotated], [1, 1, 1, 2]);
    assert.equal(s.byKind.person!.f1, (2 * 1 * 0.5) / 1.5);
    assert.equal(s.byKind.place!.precision, 0);
    assert.equal(s.merged, 1 / 3, 'Austin came out twice, Stoltenberg not at all');
    assert.ok(s.errors.includes('kind    a.txt: Austin is place, annotated person'));
    assert.ok(s.errors.includes('extra   a.txt: place Vienna'));
    assert.ok(s.errors.includes('missed  a.txt: person Jens Stoltenberg'));
    assert.ok(s.errors.includes('split   a.txt: Lloyd Austin came out as Lloyd Austin | Austin'));
    assert.ok(unmetTargets({ actors: s }).some((m) => m.startsWith('person F1 0.667')));
  });

  it('scores dates by date and precision, and catches non-dates made events', () => {
    const doc = parseDocument({ path: 'a.txt', text: 'date: 2022-01-12\n\nThey met on Monday. Talks go on for months. The video runs 5:31.' }, { id: 'a.txt' });
    const event = (dateText: string, date: string, precision: TimelineEvent['precision']): TimelineEvent => {
      const start = doc.text.indexOf(dateText);
      return { id: dateText, label: '', date, precision, dateText, dateSpan: { start, end: start + dateText.length }, relative: false, unresolvedReason: null, documentId: 'a.txt', sentenceIndex: 0, sentence: '', actors: [], groupId: '', start, end: start + 1 };
    };
    const annotation = {
      expressions: [
        { file: 'a.txt', dateText: 'Monday', sentenceStartsWith: 'They met', expected: '2022-01-10', precision: 'day' },
        { file: 'a.txt', dateText: 'Tuesday', sentenceStartsWith: 'They met', expected: '2022-01-11', precision: 'day' },
      ],
      negatives: [{ file: 'a.txt', text: '5:31', why: 'video length' }, { file: 'a.txt', text: 'recently', why: 'vague' }],
    };
    const right = scoreDates(new Map([['a.txt', doc]]), [event('Monday', '2022-01-10', 'day'), event('5:31', '2022-01-12', 'day')], annotation);
    assert.deepEqual([right.correct, right.total], [1, 1]);
    assert.deepEqual(right.problems, ['a.txt: "Tuesday" not found after "They met"', 'a.txt: negative "recently" not found']);
    assert.deepEqual(right.negativeHits, ['a.txt: "5:31" (video length) became "5:31" → 2022-01-12']);
    assert.deepEqual(right.unlisted, ['a.txt: "5:31" → 2022-01-12']);
    const wrongPrecision = scoreDates(new Map([['a.txt', doc]]), [event('Monday', '2022-01', 'month')], annotation);
    assert.equal(wrongPrecision.correct, 0);
    assert.deepEqual(wrongPrecision.errors, ['a.txt: "Monday" expected 2022-01-10 (day), got 2022-01 (month)']);
  });

  it('matches quotations by their first words and speakers by surname or description', () => {
    const quote = (text: string, speakerName: string | null): Quote => ({
      id: text, text, documentId: 'a.txt', start: 0, end: text.length, speaker: speakerName ? `x:${speakerName}` : null, speakerName, cue: speakerName ? `${speakerName} said` : null, flags: [],
    });
    const annotation = { documents: { 'a.txt': {
      quotes: [
        { text: 'We want to see Russia weakened', speaker: 'Lloyd Austin', namedPerson: true, flags: [] },
        { text: 'The alliance is ready', speaker: 'a NATO official', namedPerson: false, flags: [] },
        { text: 'Never found anywhere', speaker: null, namedPerson: false, flags: [] },
        { text: 'Wrongly attributed words here', speaker: 'Jens Stoltenberg', namedPerson: true, flags: ['partial'] },
      ],
      nonQuotes: ['snap'],
    } } };
    const s = scoreQuotes([
      quote('We want to see Russia weakened to the degree', 'Austin'),
      quote('The alliance is ready to defend', 'NATO official'),
      quote('Wrongly attributed words here', 'Austin'),
      quote('snap', null),
    ], [], annotation);
    assert.deepEqual([s.truePositives, s.falsePositives, s.falseNegatives], [3, 1, 1]);
    assert.deepEqual(s.namedPerson, { right: 1, total: 2, accuracy: 0.5 });
    assert.deepEqual(s.speakers, { right: 2, abstained: 0, wrong: 1 });
    assert.equal(s.flagsRight, 2);
    assert.deepEqual(s.nonQuoteHits, ['a.txt: “snap” is not a quotation']);
    assert.ok(s.errors.includes('missed  a.txt: “Never found anywhere”'));
    assert.ok(s.errors.includes('speaker a.txt: “Wrongly attributed words here” expected Jens Stoltenberg, got Austin (cue: Austin said)'));
  });
});
