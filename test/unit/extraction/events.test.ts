// Dated events: fields, actors from mentions, labels, and the merged timeline.
import assert from 'node:assert/strict';
import { buildTimeline, extractEvents } from '../../../src/core/extraction/events';
import { eventLabel, MAX_LABEL_LENGTH } from '../../../src/core/extraction/events/label';
import type { TimelineEvent } from '../../../src/core/extraction/types';
import { makeDoc, mention } from '../../fixtures/extraction/events/makeDoc';

describe('dated events', () => {
  const doc = makeDoc('wcbe', '2022-01-10', [
    ['"We have made very clear to Russia," Secretary of State Antony Blinken told CNN on Sunday.', 'Russia has troops near Ukraine.'],
    ['Top U.S. and Russian diplomats said they had constructive talks Monday in Geneva.'],
  ]);
  const mentions = [
    mention(doc, 'Antony Blinken', 'person:antony-blinken'),
    mention(doc, 'CNN', 'organization:cnn'),
    mention(doc, 'Russia', 'place:russia'),
    mention(doc, 'Russia', 'place:russia', doc.text.indexOf('Russia has')),
    mention(doc, 'Ukraine', 'place:ukraine'),
    mention(doc, 'Geneva', 'place:geneva'),
  ];
  const events = extractEvents(doc, mentions);

  it('gives one event per date expression, with offsets into the document', () => {
    assert.equal(events.length, 2);
    for (const e of events) {
      assert.equal(doc.text.slice(e.dateSpan.start, e.dateSpan.end), e.dateText);
      assert.equal(doc.text.slice(e.start, e.end), e.sentence);
      assert.equal(e.documentId, 'wcbe');
      assert.equal(e.groupId, e.id);
    }
    assert.deepEqual(events.map((e) => e.sentenceIndex), [0, 2]);
    assert.notEqual(events[0].id, events[1].id);
  });

  it('attaches the actors mentioned in the sentence, first mention first, each once', () => {
    assert.deepEqual(events[0].actors, ['place:russia', 'person:antony-blinken', 'organization:cnn']);
    assert.deepEqual(events[1].actors, ['place:geneva']);
  });

  it('is plain JSON', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(events)), events);
  });

  it('skips the header: only body sentences give events', () => {
    assert.ok(doc.text.startsWith('Header line 2022-01-10'));
    assert.ok(events.every((e) => e.dateSpan.start >= doc.bodyStart));
  });

  it('labels the clause of the date without the adverbial date words', () => {
    assert.equal(events[0].label, 'Secretary of State Antony Blinken told CNN');
    assert.equal(events[1].label, 'Top U.S. and Russian diplomats said they had constructive talks Monday in Geneva');
  });
});

describe('event labels', () => {
  const label = (sentence: string, dateText: string): string => {
    const start = sentence.indexOf(dateText);
    return eventLabel(sentence, start, start + dateText.length);
  };

  it('takes the neighbouring clause when the date clause is too short', () => {
    assert.equal(label('On Monday, Lavrov suggested to Putin that the Kremlin should keep talking.', 'Monday'),
      'Lavrov suggested to Putin that the Kremlin should keep talking');
  });

  it('keeps date words that are part of a phrase', () => {
    assert.equal(label('Sherman described Monday’s meeting as a discussion, not a negotiation.', 'Monday'),
      'Sherman described Monday’s meeting as a discussion');
    assert.equal(label('He revealed his biggest fear for this winter to a television interviewer.', 'this winter'),
      'He revealed his biggest fear for this winter to a television interviewer');
  });

  it('pulls in the clause a relative clause depends on, and drops a leading conjunction', () => {
    assert.equal(label('It wants to rejoin the CFE treaty, which Moscow exited in 2007.', '2007'),
      'It wants to rejoin the CFE treaty, which Moscow exited');
    assert.equal(label('But Boris Johnson then intervened on April 9 to cancel this agreement.', 'April 9'),
      'Boris Johnson then intervened to cancel this agreement');
  });

  it('does not split at the comma of a date or of a number', () => {
    assert.equal(label('Russia staged exercises with 150,000 troops in 2014.', '2014'), 'Russia staged exercises with 150,000 troops');
  });

  it('cuts long clauses at a word boundary with an ellipsis', () => {
    const long = `On Monday the minister ${'visited another allied capital and '.repeat(6)}returned.`;
    const text = label(long, 'Monday');
    assert.ok(text.length <= MAX_LABEL_LENGTH + 1, text);
    assert.ok(text.endsWith('…'));
    assert.match(text, /^The minister visited/);
  });
});

describe('timeline', () => {
  const cnn = makeDoc('cnn', '2022-04-26', [
    ['Defense Secretary Lloyd Austin told reporters on Monday that Russia must be weakened.'],
    ['The annexation of Crimea in 2014 did not end it.'],
    ['Psaki told reporters Monday that the war goes on.'],
  ]);
  const pbs = makeDoc('pbs', '2022-04-27', [
    ['Austin spoke in Poland on Monday after his trip.'],
    ['Russia annexed Crimea in 2014.'],
    ['Russia launched missiles at Lviv on Monday.'],
    ['Sanctions were discussed on some day in May.', 'He spoke last weekend.'],
  ]);
  const undated = makeDoc('blog', null, [['On Monday, Austin spoke again.']]);
  const events = [
    ...extractEvents(undated, [mention(undated, 'Austin', 'person:lloyd-austin')]),
    ...extractEvents(pbs, [mention(pbs, 'Austin', 'person:lloyd-austin'), mention(pbs, 'Russia', 'place:russia', pbs.text.indexOf('Russia launched'))]),
    ...extractEvents(cnn, [mention(cnn, 'Lloyd Austin', 'person:lloyd-austin'), mention(cnn, 'Russia', 'place:russia'), mention(cnn, 'Psaki', 'person:jen-psaki')]),
  ];
  const frozen = JSON.stringify(events);
  const timeline = buildTimeline(events);
  const find = (doc: string, dateText: string, sentenceIncludes: string): TimelineEvent => {
    const e = timeline.find((t) => t.documentId === doc && t.dateText === dateText && t.sentence.includes(sentenceIncludes));
    assert.ok(e, `${doc} ${dateText} ${sentenceIncludes}`);
    return e;
  };

  it('keeps every event and sorts by date, undated last', () => {
    assert.equal(timeline.length, events.length);
    assert.deepEqual(timeline.map((e) => e.date), ['2014', '2014', '2021-05', '2022-04-23', '2022-04-25', '2022-04-25', '2022-04-25', '2022-04-25', null]);
    assert.equal(timeline[timeline.length - 1].documentId, 'blog');
  });

  it('groups one happening reported by two documents: same day and a shared person', () => {
    const a = find('cnn', 'Monday', 'Lloyd Austin');
    const b = find('pbs', 'Monday', 'Austin spoke');
    assert.equal(a.groupId, b.groupId);
  });

  it('groups same-year events only when their words agree', () => {
    assert.equal(find('cnn', '2014', 'Crimea').groupId, find('pbs', '2014', 'Crimea').groupId);
  });

  it('keeps apart same-day events that share only a place or nothing', () => {
    const austin = find('cnn', 'Monday', 'Lloyd Austin');
    assert.notEqual(find('pbs', 'Monday', 'Lviv').groupId, austin.groupId);
    assert.notEqual(find('cnn', 'Monday', 'Psaki').groupId, austin.groupId);
    assert.equal(find('blog', 'Monday', 'Austin').groupId, find('blog', 'Monday', 'Austin').id);
  });

  it('names a group by its first event in timeline order and leaves the input alone', () => {
    for (const e of timeline) {
      const first = timeline.find((t) => t.groupId === e.groupId);
      assert.equal(first?.id, e.groupId);
    }
    assert.equal(JSON.stringify(events), frozen);
  });
});
