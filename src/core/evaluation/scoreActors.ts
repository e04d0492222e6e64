/**
 * Scores extracted actors against an {@link ActorAnnotation}, per document and kind.
 * An extracted actor counts as right when its name, or one of its surface forms in that document,
 * is a name of an annotated actor of the same kind; an annotated actor is merged when exactly one
 * extracted actor (of any kind) matches it.
 */
import type { Actor, ActorKind } from '../extraction/types';
import type { ActorAnnotation, AnnotatedActor } from './annotations';

/** Precision, recall and F1 of one kind, with the counts behind them. */
export interface KindScore {
  /** Extracted actors of this kind that match an annotated one. */
  correct: number;
  extracted: number;
  /** Annotated actors of this kind that some extracted actor of this kind matches. */
  found: number;
  annotated: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ActorScore {
  byKind: Partial<Record<ActorKind, KindScore>>;
  /** Share of annotated actors (of the scored kinds) found as exactly one actor. */
  merged: number;
  /** The same share among the annotated actors that were found at all. */
  mergedOfFound: number;
  /** What went wrong, one line each: `missed`, `extra`, `split` and `kind` entries. */
  errors: string[];
}

/** The kinds the targets are about; groups and unnamed sources are reported, not targeted. */
export const SCORED_ACTOR_KINDS: readonly ActorKind[] = ['person', 'organization', 'place'];

// "The Wall Street Journal" and "Wall Street Journal" are one name.
const fold = (s: string): string =>
  s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim().replace(/^the /, '');

function matches(actor: Actor, file: string, gold: AnnotatedActor): boolean {
  const names = new Set([gold.name, ...gold.aliases].map(fold));
  if (names.has(fold(actor.name))) return true;
  return actor.mentions.some((m) => m.documentId === file && names.has(fold(m.text)));
}

/** F1 from precision and recall; 0 when both are 0. */
export function f1Of(precision: number, recall: number): number {
  return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
}

/**
 * Scores `actors` (whose mentions carry the annotated file name as `documentId`) against the
 * annotation, for `kinds` (default: person, organization, place).
 */
export function scoreActors(actors: readonly Actor[], annotation: ActorAnnotation, kinds: readonly ActorKind[] = SCORED_ACTOR_KINDS): ActorScore {
  const counts = new Map<ActorKind, Omit<KindScore, 'precision' | 'recall' | 'f1'>>();
  const errors: string[] = [];
  let merged = 0;
  let found = 0;
  let total = 0;
  for (const { file, actors: gold } of annotation.documents) {
    const inDocument = actors.filter((a) => a.mentions.some((m) => m.documentId === file));
    for (const kind of kinds) {
      const c = counts.get(kind) ?? { correct: 0, extracted: 0, found: 0, annotated: 0 };
      counts.set(kind, c);
      const goldOfKind = gold.filter((g) => g.kind === kind);
      const got = inDocument.filter((a) => a.kind === kind);
      c.extracted += got.length;
      c.annotated += goldOfKind.length;
      for (const a of got) {
        if (goldOfKind.some((g) => matches(a, file, g))) c.correct++;
        else {
          const other = gold.find((g) => matches(a, file, g));
          errors.push(other ? `kind    ${file}: ${a.name} is ${a.kind}, annotated ${other.kind}` : `extra   ${file}: ${a.kind} ${a.name}`);
        }
      }
      for (const g of goldOfKind) {
        if (got.some((a) => matches(a, file, g))) c.found++;
        else errors.push(`missed  ${file}: ${kind} ${g.name}`);
      }
    }
    for (const g of gold.filter((a) => kinds.includes(a.kind))) {
      const hits = inDocument.filter((a) => matches(a, file, g));
      total++;
      if (hits.length > 0) found++;
      if (hits.length === 1) merged++;
      if (hits.length > 1) errors.push(`split   ${file}: ${g.name} came out as ${hits.map((a) => a.name).join(' | ')}`);
    }
  }
  const byKind: ActorScore['byKind'] = {};
  for (const [kind, c] of counts) {
    const precision = c.extracted ? c.correct / c.extracted : 1;
    const recall = c.annotated ? c.found / c.annotated : 1;
    byKind[kind] = { ...c, precision, recall, f1: f1Of(precision, recall) };
  }
  return { byKind, merged: total ? merged / total : 1, mergedOfFound: found ? merged / found : 0, errors };
}
