/**
 * The compromise layer: people, places and organizations tagged by compromise, as raw spans.
 * compromise is the slow stage, so callers may hand it only some sentences.
 */
import nlp from 'compromise';
import type { ActorKind } from '../types';
import { trimSpan } from './text';

/** A span compromise tagged, trimmed of punctuation and possessive endings. */
export interface TaggedSpan {
  start: number;
  end: number;
  kind: ActorKind;
}

type View = { json(options: object): unknown };

const SELECTIONS: [ActorKind, (doc: ReturnType<typeof nlp>) => View][] = [
  ['person', (d) => d.people()],
  ['place', (d) => d.places()],
  ['organization', (d) => d.organizations()],
];

interface OffsetJson {
  text: string;
  offset: { start: number; length: number };
}

/**
 * Tags `text.slice(from, to)` with compromise and returns its entity spans with absolute offsets.
 */
export function compromiseSpans(text: string, from: number, to: number): TaggedSpan[] {
  const doc = nlp(text.slice(from, to));
  const out: TaggedSpan[] = [];
  for (const [kind, select] of SELECTIONS) {
    for (const item of select(doc).json({ offset: true }) as OffsetJson[]) {
      const raw = from + item.offset.start;
      const span = trimSpan(text, raw, raw + item.offset.length);
      if (span.end > span.start) out.push({ ...span, kind });
    }
  }
  return out;
}
