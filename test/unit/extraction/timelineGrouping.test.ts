// The timeline's indexed grouping gives the groups of testing every pair of same-date events.
import assert from 'node:assert/strict';
import { buildTimeline, compareEvents, LABEL_SIMILARITY } from '../../../src/core/extraction/events/timeline';
import type { DatePrecision, TimelineEvent } from '../../../src/core/extraction/types';

/** The rule of timeline.ts, applied to every pair of same-date events (the former algorithm). */
function groupsByEveryPair(events: TimelineEvent[]): TimelineEvent[] {
  const stop = new Set('the a an and of to in on said'.split(' '));
  const stems = (label: string) =>
    new Set((label.toLowerCase().match(/[a-z\u00c0-\u024f]+/g) ?? []).filter((w) => w.length >= 3 && !stop.has(w)).map((w) => w.slice(0, 4)));
  const sorted = events.map((e) => ({ ...e })).sort(compareEvents);
  const parent = sorted.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : find(parent[i]));
  const same = (a: TimelineEvent, b: TimelineEvent): boolean => {
    if (a.documentId === b.documentId || a.date === null || a.date !== b.date || a.precision !== b.precision) return false;
    const [sa, sb] = [stems(a.label), stems(b.label)];
    const shared = [...sa].filter((s) => sb.has(s)).length;
    const union = sa.size + sb.size - shared;
    const wordsAgree = shared >= 2 && union > 0 && shared / union >= LABEL_SIMILARITY;
    if (a.precision === 'year') return wordsAgree;
    return wordsAgree || b.actors.some((id) => !id.startsWith('place:') && a.actors.includes(id));
  };
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      if (same(sorted[i], sorted[j])) {
        const [ri, rj] = [find(i), find(j)];
        parent[Math.max(ri, rj)] = Math.min(ri, rj);
      }
    }
  }
  return sorted.map((e, i) => ({ ...e, groupId: sorted[find(i)].id }));
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
}

describe('timeline grouping', () => {
  it('gives the groups of testing every pair, on many random corpora', () => {
    const words = ['troops', 'troop', 'border', 'talks', 'sanctions', 'sanctioned', 'missile', 'strike', 'meeting', 'the', 'said', 'oil', 'prices'];
    const actors = ['person:lloyd-austin', 'person:antony-blinken', 'place:russia', 'place:ukraine', 'organization:nato'];
    const dates: [string | null, DatePrecision | null][] = [
      ['2022', 'year'],
      ['2022-04', 'month'],
      ['2022-04-25', 'day'],
      ['2022-04-25', 'week'],
      ['2022-04-26', 'day'],
      [null, null],
    ];
    for (let seed = 1; seed <= 40; seed++) {
      const next = random(seed);
      const pick = <T>(xs: T[]): T => xs[Math.floor(next() * xs.length)];
      const events: TimelineEvent[] = Array.from({ length: 60 }, (_, n) => {
        const [date, precision] = pick(dates);
        return {
          id: `e${n}`,
          label: Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(words)).join(' '),
          date,
          precision,
          dateText: 'Monday',
          dateSpan: { start: n, end: n + 6 },
          relative: false,
          unresolvedReason: null,
          documentId: `d${Math.floor(next() * 6)}`,
          sentenceIndex: 0,
          sentence: '',
          actors: next() < 0.5 ? [pick(actors)] : [],
          groupId: '',
          start: n,
          end: n + 1,
        };
      });
      assert.deepEqual(buildTimeline(events), groupsByEveryPair(events), `seed ${seed}`);
    }
  });
});
