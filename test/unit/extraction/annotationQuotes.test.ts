// Scores quotation detection and attribution against the hand annotation of the bundled corpus
// (test/fixtures/annotations/quotes.json), with the real parser and actor extractor, and prints
// the scores and the extractor's speed for the lead to quote.
import assert from 'node:assert/strict';
import type { CorpusDocument } from '../../../src/core/model';
import { parseDocument } from '../../../src/core/parse/document';
import { extractActors } from '../../../src/core/extraction/actors';
import { extractQuotes } from '../../../src/core/extraction/quotes';
import type { Actor, Quote, ResolvedMention } from '../../../src/core/extraction/types';
import { scoreQuotes } from '../../../src/core/evaluation';
import { annotatedBundledDocuments, bundledAnnotations } from './annotationHarness';

/** Floors: what the extractor achieves today, rounded down a little. Targets are 0.9 for both. */
const DETECTION_F1_FLOOR = 0.95;
const NAMED_SPEAKER_FLOOR = 0.95;

const annotation = bundledAnnotations().quotes!;

describe('quotations against the hand annotation', () => {
  const docs: CorpusDocument[] = [];
  let actors: Actor[] = [];
  let actorsById = new Map<string, Actor>();
  let mentions = new Map<string, ResolvedMention[]>();
  const quotes: Quote[] = [];

  before(() => {
    docs.push(...annotatedBundledDocuments({ quotes: annotation }));
    const extracted = extractActors(docs);
    actors = extracted.actors;
    actorsById = new Map(extracted.actors.map((a) => [a.id, a]));
    mentions = extracted.mentionsByDocument;
    for (const doc of docs) quotes.push(...extractQuotes(doc, mentions.get(doc.id) ?? [], actorsById));
  });

  it('detects the annotated quotations and attributes them', () => {
    const s = scoreQuotes(quotes, actors, annotation);
    console.log(
      `      quotes: P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)} (tp ${s.truePositives}, fp ${s.falsePositives}, fn ${s.falseNegatives}); ` +
        `named-person speakers ${s.namedPerson.right}/${s.namedPerson.total} = ${s.namedPerson.accuracy.toFixed(3)}; ` +
        `all speakers right ${s.speakers.right}/${s.truePositives}, null instead of a name ${s.speakers.abstained}, wrong name ${s.speakers.wrong}; flags ${s.flagsRight}/${s.truePositives}`,
    );
    for (const e of s.errors) console.log(`      ${e}`);
    assert.ok(s.f1 >= DETECTION_F1_FLOOR, `detection F1 ${s.f1.toFixed(3)} below ${DETECTION_F1_FLOOR}`);
    assert.ok(s.namedPerson.accuracy >= NAMED_SPEAKER_FLOOR, `named-person speaker accuracy ${s.namedPerson.accuracy.toFixed(3)} below ${NAMED_SPEAKER_FLOOR}`);
  });

  it('detects none of the annotated non-quotations', () => {
    assert.deepEqual(scoreQuotes(quotes, actors, annotation).nonQuoteHits, []);
  });

  it('is fast on the corpus and on the corpus repeated 50 times', function () {
    this.timeout(120000);
    const time = (runs: Array<[CorpusDocument, ResolvedMention[]]>): number => {
      const t0 = process.hrtime.bigint();
      for (const [doc, ms] of runs) extractQuotes(doc, ms, actorsById);
      return Number(process.hrtime.bigint() - t0) / 1e9;
    };
    const once = docs.map((d): [CorpusDocument, ResolvedMention[]] => [d, mentions.get(d.id) ?? []]);
    const chars = docs.reduce((n, d) => n + d.text.length, 0);
    time(once); // warm-up
    const t1 = time(Array.from({ length: 20 }, () => once).flat()) / 20;
    const copies = Array.from({ length: 50 }, () => once).flat();
    const t50 = time(copies);
    // One long document per article: each text 50 times over, mentions shifted to match.
    const long = docs.map((d): [CorpusDocument, ResolvedMention[]] => {
      const unit = `${d.text}\n\n`;
      const text = unit.repeat(50);
      const doc = parseDocument({ path: d.path, text }, { id: `${d.id}-x50` });
      const ms = Array.from({ length: 50 }, (_, k) =>
        (mentions.get(d.id) ?? []).map((m) => ({
          ...m,
          start: m.start + k * unit.length,
          end: m.end + k * unit.length,
        })),
      ).flat();
      return [doc, ms];
    });
    const tLong = time(long);
    const rate = (n: number, t: number): string => `${Math.round(n / t / 1000)}k chars/s`;
    console.log(
      `      speed: corpus ${chars} chars in ${(t1 * 1000).toFixed(1)} ms (${rate(chars, t1)}); ` +
        `250 documents ${(t50 * 1000).toFixed(0)} ms (${rate(chars * 50, t50)}); ` +
        `5 documents 50x long ${(tLong * 1000).toFixed(0)} ms (${rate(chars * 50, tLong)})`,
    );
    assert.ok((chars * 50) / t50 > 100_000, 'quotation extraction is far slower than expected');
  });
});
