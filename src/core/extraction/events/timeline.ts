/**
 * Merges the events of many documents into one timeline and groups reports of the same
 * happening. Two events are grouped when they come from different documents, resolve to the
 * same date at the same precision, and either share an actor that is not a place or describe
 * it in similar words. Places are left out of the actor test because nearly every event in a
 * corpus about one conflict names the same two or three countries.
 */
import type { TimelineEvent } from '../types';

/** Share of label stems two events must have in common to count as the same happening. */
export const LABEL_SIMILARITY = 0.2;

const STOPWORDS = new Set(
  ('the a an and or but of to in on at by for with from as that this these those it its his her their ' +
    'he she they we you was were is are be been has have had not no said says told would could will ' +
    'after before than then when which who what while also more most over into about against').split(' '),
);

/** Crude stems: four letters is enough to meet "annexed" with "annexation", "seizing" with "seizure". */
function stems(label: string): Set<string> {
  const words = label.toLowerCase().match(/[a-z\u00c0-\u024f]+/g) ?? [];
  return new Set(words.filter((w) => w.length >= 3 && !STOPWORDS.has(w)).map((w) => w.slice(0, 4)));
}

function similarity(a: Set<string>, b: Set<string>): { shared: number; jaccard: number } {
  let shared = 0;
  for (const s of a) if (b.has(s)) shared += 1;
  const union = a.size + b.size - shared;
  return { shared, jaccard: union === 0 ? 0 : shared / union };
}

/** `people`: the event's actors that are not places (see the module comment). */
function sameHappening(a: TimelineEvent, b: TimelineEvent, stemsA: Set<string>, stemsB: Set<string>, peopleA: Set<string>): boolean {
  if (a.documentId === b.documentId || a.date === null || a.date !== b.date || a.precision !== b.precision) return false;
  const { shared, jaccard } = similarity(stemsA, stemsB);
  const wordsAgree = shared >= 2 && jaccard >= LABEL_SIMILARITY;
  // A year is too coarse for one shared person to mean one happening; the words must agree.
  if (a.precision === 'year') return wordsAgree;
  return wordsAgree || b.actors.some((id) => peopleA.has(id));
}

/** Orders by date (coarser before finer on the same prefix, undated last), then document and offset. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  if (a.documentId !== b.documentId) return a.documentId < b.documentId ? -1 : 1;
  return a.dateSpan.start - b.dateSpan.start;
}

/**
 * The merged timeline: every event once, sorted, with `groupId` set to the id of the first
 * event (in timeline order) of its group, so one happening reported by several articles shares
 * a groupId. Input events are not modified.
 */
export function buildTimeline(events: TimelineEvent[]): TimelineEvent[] {
  const sorted = events.map((e) => ({ ...e })).sort(compareEvents);
  const parent = sorted.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const stemSets = sorted.map((e) => stems(e.label));
  const people = sorted.map((e) => new Set(e.actors.filter((id) => !id.startsWith('place:'))));
  // Only events with an identical date and precision can match, and only when they share a label
  // stem or (finer than a year) a person: so each event is compared with the earlier events of its
  // date that share one, found through an index, not with every event of the date (a corpus of
  // 1987 newswire has thousands of events dated 1987). Same pairs, same groups, far fewer tests.
  const seen = new Array<number>(sorted.length).fill(-1);
  for (let runStart = 0; runStart < sorted.length; ) {
    let runEnd = runStart + 1;
    while (runEnd < sorted.length && sorted[runEnd].date === sorted[runStart].date) runEnd += 1;
    const earlier = new Map<string, number[]>();
    for (let i = runStart; i < runEnd && sorted[i].date !== null; i++) {
      const keys = [...stemSets[i]].map((stem) => `${sorted[i].precision} ${stem}`);
      if (sorted[i].precision !== 'year') for (const id of people[i]) keys.push(`${sorted[i].precision} @${id}`);
      for (const key of keys) {
        const list = earlier.get(key);
        if (!list) {
          earlier.set(key, [i]);
          continue;
        }
        for (const j of list) {
          if (seen[j] === i) continue;
          seen[j] = i;
          // Already one group: testing the pair could change nothing.
          if (find(i) === find(j)) continue;
          if (sameHappening(sorted[j], sorted[i], stemSets[j], stemSets[i], people[j])) {
            const [ri, rj] = [find(i), find(j)];
            parent[Math.max(ri, rj)] = Math.min(ri, rj);
          }
        }
        list.push(i);
      }
    }
    runStart = runEnd;
  }
  return sorted.map((e, i) => ({ ...e, groupId: sorted[find(i)].id }));
}
