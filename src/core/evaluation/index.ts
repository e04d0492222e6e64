/**
 * Scores an {@link Extraction} against hand {@link Annotations} and checks the scores against the
 * accuracy targets extraction is built to (F1 ≥ 0.9 per actor kind, ≥ 90 % of actors merged into
 * one, quote detection F1 ≥ 0.9, ≥ 90 % of named speakers right, ≥ 90 % of dates right, no
 * annotated non-date made an event). Used by the annotation tests and by `npm run evaluate`.
 *
 * @example
 * const report = evaluateExtraction(extractCorpus(docs), { actors, dates, quotes });
 * console.log(formatEvaluation(report).join('\n'));
 * if (unmetTargets(report).length) process.exitCode = 1;
 */
import type { Extraction } from '../extraction/types';
import type { CorpusDocument } from '../model';
import type { Annotations } from './annotations';
import { scoreActors, type ActorScore } from './scoreActors';
import { scoreDates, type DateScore } from './scoreDates';
import { scoreQuotes, type QuoteScore } from './scoreQuotes';

export * from './annotations';
export { scoreActors, SCORED_ACTOR_KINDS, type ActorScore, type KindScore } from './scoreActors';
export { scoreDates, type DateScore } from './scoreDates';
export { scoreQuotes, type QuoteScore } from './scoreQuotes';

/** Scores per part; a part is absent when its annotation file is. */
export interface EvaluationReport {
  actors?: ActorScore;
  /** Groups and unnamed sources, reported without a target. */
  otherActors?: ActorScore;
  dates?: DateScore;
  quotes?: QuoteScore;
}

/** The accuracy targets, as fractions. */
export const ACCURACY_TARGETS = { actorF1: 0.9, merged: 0.9, quoteF1: 0.9, namedSpeakers: 0.9, dates: 0.9 } as const;

/**
 * Scores `extraction`, made from `documents` whose ids are the annotated file names.
 */
export function evaluateExtraction(documents: readonly CorpusDocument[], extraction: Extraction, annotations: Annotations): EvaluationReport {
  const report: EvaluationReport = {};
  if (annotations.actors) {
    report.actors = scoreActors(extraction.actors, annotations.actors);
    report.otherActors = scoreActors(extraction.actors, annotations.actors, ['group', 'unnamed']);
  }
  if (annotations.dates) report.dates = scoreDates(new Map(documents.map((d) => [d.id, d])), extraction.events, annotations.dates);
  if (annotations.quotes) report.quotes = scoreQuotes(extraction.quotes, extraction.actors, annotations.quotes);
  return report;
}

/** The targets `report` misses, one line each; empty when all are met. */
export function unmetTargets(report: EvaluationReport): string[] {
  const t = ACCURACY_TARGETS;
  const misses: string[] = [];
  for (const [kind, s] of Object.entries(report.actors?.byKind ?? {})) {
    if (s.annotated > 0 && s.f1 < t.actorF1) misses.push(`${kind} F1 ${s.f1.toFixed(3)} < ${t.actorF1}`);
  }
  if (report.actors && report.actors.merged < t.merged) misses.push(`merged ${pct(report.actors.merged)} < ${pct(t.merged)}`);
  if (report.quotes) {
    if (report.quotes.f1 < t.quoteF1) misses.push(`quote detection F1 ${report.quotes.f1.toFixed(3)} < ${t.quoteF1}`);
    const named = report.quotes.namedPerson;
    if (named.accuracy < t.namedSpeakers) misses.push(`named-person speakers ${named.right}/${named.total} < ${pct(t.namedSpeakers)}`);
  }
  if (report.dates) {
    if (report.dates.accuracy < t.dates) misses.push(`dates ${report.dates.correct}/${report.dates.total} < ${pct(t.dates)}`);
    if (report.dates.negativeHits.length > 0) misses.push(`${report.dates.negativeHits.length} non-date(s) became events`);
  }
  return misses;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const f3 = (x: number): string => x.toFixed(3);

/** The report as lines of text; with `details`, every error line too. */
export function formatEvaluation(report: EvaluationReport, details = true): string[] {
  const lines: string[] = [];
  const section = (title: string, body: string[], errors: string[]) => {
    lines.push(title, ...body.map((l) => `  ${l}`));
    if (details) lines.push(...errors.map((e) => `    ${e}`));
  };
  if (report.actors) {
    const kinds = Object.entries(report.actors.byKind).map(([k, s]) => `${k.padEnd(12)} P ${f3(s.precision)}  R ${f3(s.recall)}  F1 ${f3(s.f1)}  (${s.correct}/${s.extracted} extracted right, ${s.found}/${s.annotated} annotated found)`);
    const other = Object.entries(report.otherActors?.byKind ?? {}).map(([k, s]) => `${k.padEnd(12)} P ${f3(s.precision)}  R ${f3(s.recall)}  F1 ${f3(s.f1)}  (no target)`);
    section('Actors', [...kinds, ...other, `merged into one actor: ${pct(report.actors.merged)} of annotated (${pct(report.actors.mergedOfFound)} of found)`], report.actors.errors);
  }
  if (report.quotes) {
    const q = report.quotes;
    section('Quotes', [
      `detection    P ${f3(q.precision)}  R ${f3(q.recall)}  F1 ${f3(q.f1)}  (tp ${q.truePositives}, fp ${q.falsePositives}, fn ${q.falseNegatives})`,
      `named-person speakers ${q.namedPerson.right}/${q.namedPerson.total} (${pct(q.namedPerson.accuracy)})`,
      `all found quotations: speaker right ${q.speakers.right}, null ${q.speakers.abstained}, wrong ${q.speakers.wrong}; flags right ${q.flagsRight}/${q.truePositives}`,
      `non-quotations taken for quotations: ${q.nonQuoteHits.length}`,
    ], [...q.errors, ...q.nonQuoteHits.map((h) => `nonquote ${h}`)]);
  }
  if (report.dates) {
    const d = report.dates;
    section('Dates', [
      `resolved right ${d.correct}/${d.total} (${pct(d.accuracy)})`,
      `non-dates made events: ${d.negativeHits.length}; events not in the annotation: ${d.unlisted.length}`,
      ...(d.problems.length ? [`annotation problems: ${d.problems.length}`] : []),
    ], [...d.errors.map((e) => `wrong   ${e}`), ...d.negativeHits.map((e) => `nondate ${e}`), ...d.unlisted.map((e) => `unlisted ${e}`), ...d.problems.map((e) => `problem ${e}`)]);
  }
  const misses = unmetTargets(report);
  lines.push(misses.length ? `Targets missed: ${misses.join('; ')}` : 'All targets met.');
  return lines;
}
