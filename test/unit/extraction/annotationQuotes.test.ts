// Scores quotation detection and attribution against the hand annotation of the bundled corpus
// (test/fixtures/annotations/quotes.json), with the real parser and actor extractor, and prints
// the scores and the extractor's speed for the lead to quote.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CorpusDocument } from '../../../src/core/model';
import { parseDocument } from '../../../src/core/parse/document';
import { extractActors } from '../../../src/core/extraction/actors';
import { extractQuotes } from '../../../src/core/extraction/quotes';
import type { Actor, Quote, ResolvedMention } from '../../../src/core/extraction/types';

const root = path.resolve(__dirname, '../../../..');

interface AnnotatedQuote {
  /** The first (up to) 40 characters of the quoted words. */
  text: string;
  speaker: string | null;
  namedPerson: boolean;
  flags: string[];
}

const annotation = JSON.parse(
  fs.readFileSync(path.join(root, 'test/fixtures/annotations/quotes.json'), 'utf8'),
) as {
  documents: Record<string, { quotes: AnnotatedQuote[]; nonQuotes: string[] }>;
};

/** Floors: what the extractor achieves today, rounded down a little. Targets are 0.9 for both. */
const DETECTION_F1_FLOOR = 0.95;
const NAMED_SPEAKER_FLOOR = 0.95;

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

function sameQuote(found: Quote, expected: AnnotatedQuote): boolean {
  const f = squash(found.text);
  const e = squash(expected.text);
  return f.startsWith(e) || (f.length >= 10 && e.startsWith(f));
}

function normName(s: string): string {
  return s
    .toLowerCase()
    .replace(/\bu\.s\.?/g, 'us')
    .replace(/^(?:a|an|the)\s+/, '')
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .trim();
}

/** Same person by surname, or for sources and organisations one description holding the other. */
function sameSpeaker(found: Quote, expected: AnnotatedQuote, actors: Map<string, Actor>): boolean {
  if (expected.speaker === null) return found.speaker === null;
  if (!found.speaker || !found.speakerName) return false;
  const want = normName(expected.speaker);
  const actor = actors.get(found.speaker);
  const names = [found.speakerName, ...(actor?.aliases ?? [])].map(normName);
  if (expected.namedPerson) return names.some((n) => n.split(' ').pop() === want.split(' ').pop());
  return names.some((n) => n === want || n.includes(want) || want.includes(n));
}

describe('quotations against the hand annotation', () => {
  const docs: CorpusDocument[] = [];
  let actorsById = new Map<string, Actor>();
  let mentions = new Map<string, ResolvedMention[]>();
  const quotes = new Map<string, Quote[]>();

  before(() => {
    for (const file of Object.keys(annotation.documents)) {
      docs.push(
        parseDocument(
          { path: file, text: fs.readFileSync(path.join(root, 'corpus', file), 'utf8') },
          { id: file },
        ),
      );
    }
    const extracted = extractActors(docs);
    actorsById = new Map(extracted.actors.map((a) => [a.id, a]));
    mentions = extracted.mentionsByDocument;
    for (const doc of docs) quotes.set(doc.id, extractQuotes(doc, mentions.get(doc.id) ?? [], actorsById));
  });

  it('detects the annotated quotations and attributes them', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let named = 0;
    let namedRight = 0;
    let right = 0;
    let abstained = 0;
    let wrong = 0;
    let flagsRight = 0;
    const errors: string[] = [];
    for (const [file, a] of Object.entries(annotation.documents)) {
      const found = quotes.get(file)!;
      const used = new Set<Quote>();
      for (const e of a.quotes) {
        const hit = found.find((q) => !used.has(q) && sameQuote(q, e));
        if (!hit) {
          fn++;
          errors.push(`missed  ${file}: “${e.text}”`);
          continue;
        }
        used.add(hit);
        tp++;
        const ok = sameSpeaker(hit, e, actorsById);
        if (ok) right++;
        else if (hit.speaker === null) abstained++;
        else wrong++;
        if (e.namedPerson) {
          named++;
          if (ok) namedRight++;
        }
        if (!ok)
          errors.push(
            `speaker ${file}: “${e.text}” expected ${e.speaker}, got ${hit.speakerName} (cue: ${hit.cue})`,
          );
        if (e.flags.every((f) => hit.flags.includes(f as Quote['flags'][number]))) flagsRight++;
        else
          errors.push(
            `flags   ${file}: “${e.text}” expected ${e.flags.join(',')}, got ${hit.flags.join(',')}`,
          );
      }
      for (const q of found) {
        if (used.has(q)) continue;
        fp++;
        errors.push(`extra   ${file}: “${q.text.slice(0, 40)}”`);
      }
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    const f1 = (2 * precision * recall) / (precision + recall);
    const namedAccuracy = namedRight / named;
    console.log(
      `      quotes: P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn}); ` +
        `named-person speakers ${namedRight}/${named} = ${namedAccuracy.toFixed(3)}; ` +
        `all speakers right ${right}/${tp}, null instead of a name ${abstained}, wrong name ${wrong}; flags ${flagsRight}/${tp}`,
    );
    for (const e of errors) console.log(`      ${e}`);
    assert.ok(f1 >= DETECTION_F1_FLOOR, `detection F1 ${f1.toFixed(3)} below ${DETECTION_F1_FLOOR}`);
    assert.ok(
      namedAccuracy >= NAMED_SPEAKER_FLOOR,
      `named-person speaker accuracy ${namedAccuracy.toFixed(3)} below ${NAMED_SPEAKER_FLOOR}`,
    );
  });

  it('detects none of the annotated non-quotations', () => {
    for (const [file, a] of Object.entries(annotation.documents)) {
      for (const n of a.nonQuotes) {
        const bad = quotes.get(file)!.find((q) => squash(q.text).startsWith(squash(n)));
        assert.equal(bad, undefined, `${file}: “${n}” is not a quotation`);
      }
    }
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
