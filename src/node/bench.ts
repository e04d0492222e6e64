/**
 * `npm run bench [-- FOLDER... | --synthetic N] [--extract-limit N] [--threads N] [--json]`
 *
 * Prints, for one corpus (one or more folders read together): files, MB, load+segment time,
 * index time (one bulk build of an empty index, not the extension's file-by-file upserts), heap
 * and RSS, query and hover latency p50/p95, and extraction speed per stage on one thread and
 * with the worker-thread pool, side by side — each next to the raw floor of only reading and
 * splitting the same files, measured in the same run. Times are given as wall time and as
 * CPU time (process.cpuUsage), which a loaded machine does not inflate. Figures, never assertions.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import type { CorpusDocument } from '../core/model';
import type { Actor } from '../core/extraction/types';
import { parseDocument } from '../core/parse/document';
import { PassageIndex } from '../core/search/searchIndex';
import { createCorpusService } from '../core/corpusService';
import { detectMentions, detectOptionsFor, extractActors, mergeActors } from '../core/extraction/actors';
import { buildTimeline, extractEvents } from '../core/extraction/events';
import { extractQuotes } from '../core/extraction/quotes';
import { readCorpusFolders } from './readCorpus';
import { defaultThreads, detectInParallel } from './detectionPool';
import { finishExtraction } from '../core/extraction';
import { isDeepStrictEqual } from 'node:util';
import { assignDocumentIds } from './openCorpus';
import { writeSyntheticCorpus } from './synthetic';
import { isMeaningfulWord, wordsIn } from '../core/hover/draftWords';

const QUERIES = [
  'sanctions', 'weakened', 'Austin', 'NATO', 'strategic failure', '"strategic failure"', '"we want Ukraine to win"',
  'weak', 'sanctons', 'missile deployments in Europe', 'peace talks', 'Putin invade Ukraine',
  'export controls targeted at the defense industry', 'troops border buildup', 'arms control offer',
  // Hover-like: the words around a cursor in a draft.
  'the defense secretary said Russia should be weakened so it cannot invade again',
  'Stoltenberg warned that the fighting could spin out of control into a wider war',
  'diplomats met in Geneva to discuss security guarantees and NATO expansion',
  'officials said sanctions and export controls target the Russian military',
  'the letter proposed limits on offensive missiles in Ukraine and Europe',
];
const HOVER_DRAFTS = [
  'Austin told reporters that the United States wants to see Russia weakened. Sanctions and export controls ' +
    'target the defense industry, while NATO allies send troops to Romania and Stoltenberg warns of escalation.',
  // Newswire economics, for corpora such as Reuters-21578.
  'The central bank raised interest rates as oil prices fell, and the dollar weakened against the yen. ' +
    'Traders said OPEC output and the trade deficit would weigh on shares of the company in 1987.',
];

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
/** CPU time (user + system) since `c0`, in ms: unlike wall time, not inflated by a loaded machine. */
const cpuMs = (c0: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(c0);
  return (user + system) / 1000;
};
const fmt = (n: number, digits = 1) => n.toFixed(digits);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function listFiles(folder: string, out: string[] = []): string[] {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) listFiles(full, out);
    else if (/\.(txt|md)$/i.test(entry.name)) out.push(full);
  }
  return out;
}

/** The floor: list, read and split into paragraphs and naive sentences, nothing else. */
function rawFloor(folders: string[]): { ms: number; files: number; bytes: number; sentences: number } {
  const t0 = process.hrtime.bigint();
  let bytes = 0;
  let sentences = 0;
  const files = folders.flatMap((folder) => listFiles(folder));
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    bytes += Buffer.byteLength(text);
    for (const para of text.split(/\n\s*\n/)) sentences += para.split(/(?<=[.!?])\s+/).length;
  }
  return { ms: ms(t0), files: files.length, bytes, sentences };
}

function gcHeapMB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

/** Builds a bare index of `docs` and times {@link QUERIES} on it (five rounds). */
function measureIndex(docs: CorpusDocument[], heap0: number) {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  const index = new PassageIndex();
  index.addAll(docs);
  const indexMs = ms(t0);
  const indexCpuMs = cpuMs(c0);
  const heapMB = gcHeapMB() - heap0;
  const indexRssMB = process.memoryUsage().rss / 1024 / 1024;
  const latencies: number[] = [];
  const cpuLatencies: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const q of QUERIES) {
      const q0 = process.hrtime.bigint();
      const qc = process.cpuUsage();
      index.search(q, { limit: 10 });
      latencies.push(ms(q0));
      cpuLatencies.push(cpuMs(qc));
    }
  }
  return { indexMs, indexCpuMs, heapMB, indexRssMB, latencies, cpuLatencies };
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      synthetic: { type: 'string' },
      'extract-limit': { type: 'string' },
      threads: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const synthetic = positionals.length === 0 ? Number(values.synthetic ?? 10000) : null;
  const folders = synthetic
    ? [writeSyntheticCorpus(path.join(os.tmpdir(), `sourcebook-synthetic-v2-${synthetic}`), synthetic)]
    : positionals.map((folder) => path.resolve(folder));
  for (const folder of folders) {
    if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`Not a folder: ${folder}`);
  }
  const threads = Number(values.threads ?? defaultThreads());
  if (!Number.isInteger(threads) || threads < 1) throw new Error(`--threads must be a whole number of at least 1, got "${values.threads}"`);
  const report: Record<string, unknown> = { corpus: synthetic ? `synthetic ${synthetic} articles` : folders.join(', ') };
  const log = (line: string) => values.json || console.log(line);
  log(`Sourcebook benchmark — ${report.corpus}`);

  rawFloor(folders); // warm the page cache so both measurements read from memory
  // One-time start-up (JIT, Intl.Segmenter data) is paid by any run, not per file: keep it out.
  const warmUp = parseDocument({ path: 'warm-up.txt', text: 'title: Warm up\ndate: 2022-04-26\n\nDefense Secretary Lloyd Austin visited Kyiv on Monday, March 16. “Another,” he said.\n' }, { id: 'warm-up' });
  new PassageIndex().addAll([warmUp]);
  const floor = rawFloor(folders);
  const heap0 = gcHeapMB();

  let t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  const { files, warnings } = await readCorpusFolders(folders);
  const ids = assignDocumentIds(files);
  const docs: CorpusDocument[] = files.map((f, i) => parseDocument({ path: f.path, text: f.text }, { id: ids[i] }));
  const loadMs = ms(t0);
  const loadCpuMs = cpuMs(c0);
  const sentences = docs.reduce((n, d) => n + d.sentences.length, 0);
  const chars = docs.reduce((n, d) => n + d.text.length, 0);

  // In a function of its own, so the index is garbage before the service below builds its own.
  const { indexMs, indexCpuMs, heapMB, indexRssMB, latencies, cpuLatencies } = measureIndex(docs, heap0);

  const service = createCorpusService({ extract: () => ({ actors: [], events: [], quotes: [] }) });
  service.upsertMany(files.map((f, i) => ({ path: f.path, text: f.text, id: ids[i] })));
  // One hover on every meaningful word of the drafts (hovers on stop words return at once and
  // would only flatter the percentiles), three rounds.
  const hoverLatencies: number[] = [];
  const hoverCpuLatencies: number[] = [];
  let hoverCards = 0;
  for (let round = 0; round < 3; round++) {
    for (const draft of HOVER_DRAFTS) {
      for (const word of wordsIn(draft)) {
        if (!isMeaningfulWord(word.text)) continue;
        const h0 = process.hrtime.bigint();
        const hc = process.cpuUsage();
        const card = service.hover(draft, word.start + 1);
        hoverLatencies.push(ms(h0));
        hoverCpuLatencies.push(cpuMs(hc));
        if (round === 0 && card.passages.length > 0) hoverCards++;
      }
    }
  }
  const hoverWords = hoverLatencies.length / 3;

  const limit = Number(values['extract-limit'] ?? 2000);
  const sample = docs.slice(0, limit);
  const sampleChars = sample.reduce((n, d) => n + d.text.length, 0);
  // Loading compromise and chrono-node is paid once per process (the worker, the CLI): measured
  // apart so the rate below is the steady one.
  t0 = process.hrtime.bigint();
  const warm = extractActors([warmUp]);
  extractEvents(warmUp, warm.mentionsByDocument.get(warmUp.id) ?? []);
  const extractStartupMs = ms(t0);
  // Actors in their two steps: per-document detection (what the pool spreads over threads) and the merge.
  t0 = process.hrtime.bigint();
  const ec0 = process.cpuUsage();
  const detected = sample.map((d) => detectMentions(d, detectOptionsFor()));
  const detectMs = ms(t0);
  t0 = process.hrtime.bigint();
  const { actors, mentionsByDocument } = mergeActors(detected);
  const mergeMs = ms(t0);
  const actorsMs = detectMs + mergeMs;
  const byId = new Map<string, Actor>(actors.map((a) => [a.id, a]));
  t0 = process.hrtime.bigint();
  const events = sample.flatMap((d) => extractEvents(d, mentionsByDocument.get(d.id) ?? []));
  const eventsMs = ms(t0);
  t0 = process.hrtime.bigint();
  const quotes = sample.flatMap((d) => extractQuotes(d, mentionsByDocument.get(d.id) ?? [], byId));
  const quotesMs = ms(t0);
  t0 = process.hrtime.bigint();
  const timeline = buildTimeline(events);
  const timelineMs = ms(t0);
  const extractMs = actorsMs + eventsMs + quotesMs + timelineMs;
  const extractCpuMs = cpuMs(ec0);

  // The same extraction with detection spread over worker threads (each loads the NLP libraries
  // itself: that start-up is part of its time), checked against the one-thread result.
  t0 = process.hrtime.bigint();
  const pc0 = process.cpuUsage();
  const pooled = await detectInParallel(sample, {}, { threads });
  const poolDetectMs = ms(t0);
  const poolDetectCpuMs = cpuMs(pc0);
  const t1 = process.hrtime.bigint();
  const fc0 = process.cpuUsage();
  const p = finishExtraction(sample, pooled.detections);
  const poolFinishMs = ms(t1);
  const poolFinishCpuMs = cpuMs(fc0);
  const poolMs = ms(t0);
  const poolCpuMs = cpuMs(pc0); // every thread of the process
  const identical = isDeepStrictEqual(p.actors, actors) && isDeepStrictEqual(p.events, timeline) && isDeepStrictEqual(p.quotes, quotes);

  Object.assign(report, {
    files: docs.length,
    skipped: warnings.length,
    mb: floor.bytes / 1e6,
    passages: sentences,
    floorMs: floor.ms,
    loadSegmentMs: loadMs,
    loadRatio: loadMs / floor.ms,
    loadSegmentCpuMs: loadCpuMs,
    indexMs,
    indexCpuMs,
    indexHeapMB: heapMB,
    indexRssMB,
    rssMB: process.memoryUsage().rss / 1024 / 1024,
    queryP50: percentile(latencies, 50),
    queryP95: percentile(latencies, 95),
    queryCpuP50: percentile(cpuLatencies, 50),
    queryCpuP95: percentile(cpuLatencies, 95),
    hoverP50: percentile(hoverLatencies, 50),
    hoverP95: percentile(hoverLatencies, 95),
    hoverCpuP50: percentile(hoverCpuLatencies, 50),
    hoverCpuP95: percentile(hoverCpuLatencies, 95),
    hoverWords,
    hoverCards,
    extraction: {
      startupMs: extractStartupMs,
      documents: sample.length,
      chars: sampleChars,
      ms: extractMs,
      cpuMs: extractCpuMs,
      charsPerSecond: sampleChars / (extractMs / 1000),
      stages: { actors: actorsMs, detection: detectMs, merge: mergeMs, events: eventsMs, quotes: quotesMs, timeline: timelineMs },
      found: { actors: actors.length, events: events.length, quotes: quotes.length },
      pool: {
        threads: pooled.threads,
        inThread: pooled.inThread,
        ms: poolMs,
        detectionMs: poolDetectMs,
        detectionCpuMs: poolDetectCpuMs,
        finishMs: poolFinishMs,
        finishCpuMs: poolFinishCpuMs,
        cpuMs: poolCpuMs,
        charsPerSecond: sampleChars / (poolMs / 1000),
        speedup: extractMs / poolMs,
        identical,
      },
    },
  });
  if (values.json) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  const share = (x: number) => `${fmt((100 * x) / extractMs, 0)}%`;
  log(`files                 ${docs.length} (${warnings.length} skipped), ${fmt(floor.bytes / 1e6, 2)} MB, ${fmt(chars / 1e6, 2)} M chars, ${sentences} passages`);
  log(`raw floor             ${fmt(floor.ms)} ms  (list + read + split, ${floor.sentences} naive sentences)`);
  log(`load + segment        ${fmt(loadMs)} ms (CPU ${fmt(loadCpuMs)} ms)  = ${fmt(loadMs / floor.ms, 1)}× the floor  (read every file, then parse each)`);
  log(`index (bulk)          ${fmt(indexMs)} ms (CPU ${fmt(indexCpuMs)} ms)  = ${fmt(indexMs / floor.ms, 1)}× the floor  (PassageIndex.addAll into an empty index; the extension upserts file by file)`);
  log(`heap after index      ${fmt(heapMB)} MB (index + documents), RSS ${fmt(indexRssMB)} MB; RSS at end ${fmt(process.memoryUsage().rss / 1024 / 1024)} MB`);
  log(`query latency         p50 ${fmt(percentile(latencies, 50), 2)} ms, p95 ${fmt(percentile(latencies, 95), 2)} ms; CPU p50 ${fmt(percentile(cpuLatencies, 50), 2)} ms, p95 ${fmt(percentile(cpuLatencies, 95), 2)} ms over ${latencies.length} queries`);
  log(`hover latency         p50 ${fmt(percentile(hoverLatencies, 50), 2)} ms, p95 ${fmt(percentile(hoverLatencies, 95), 2)} ms; CPU p50 ${fmt(percentile(hoverCpuLatencies, 50), 2)} ms, p95 ${fmt(percentile(hoverCpuLatencies, 95), 2)} ms over ${hoverLatencies.length} hovers (${hoverWords} words × 3, ${hoverCards} with passages; service filled by upsertMany, untimed; actor cards off)`);
  log(`extraction            ${sample.length} documents, ${fmt(sampleChars / 1e6, 2)} M chars in ${fmt(extractMs / 1000, 2)} s = ${fmt(sampleChars / (extractMs / 1000) / 1000, 0)} k chars/s (one thread, CPU ${fmt(extractCpuMs / 1000, 2)} s; plus ${fmt(extractStartupMs, 0)} ms once to load the NLP libraries)`);
  log(`  stages              actors ${share(actorsMs)} (detection ${share(detectMs)}, merge ${share(mergeMs)}), events ${share(eventsMs)}, quotes ${share(quotesMs)}, timeline ${share(timelineMs)}`);
  log(`  found               ${actors.length} actors, ${events.length} events, ${quotes.length} quotes`);
  log(
    `extraction, pool      ${fmt(poolMs / 1000, 2)} s = ${fmt(sampleChars / (poolMs / 1000) / 1000, 0)} k chars/s with ${pooled.threads} worker threads` +
      `${pooled.inThread > 0 ? ` (${pooled.inThread} documents in the calling thread)` : ''}, CPU ${fmt(poolCpuMs / 1000, 2)} s (all threads)`,
  );
  // CPU ÷ wall is the number of cores the process actually got: below the thread count, the
  // machine was busy with other work and the wall times understate the pool.
  log(
    `  detection           ${fmt(poolDetectMs / 1000, 2)} s (worker start-up included; CPU ${fmt(poolDetectCpuMs / 1000, 2)} s, ${fmt(poolDetectCpuMs / poolDetectMs, 2)} cores used)` +
      ` vs ${fmt(detectMs / 1000, 2)} s on one thread (${fmt(extractCpuMs / extractMs, 2)} cores used) = ${fmt(detectMs / poolDetectMs, 2)}×`,
  );
  log(
    `  then                ${fmt(poolFinishMs / 1000, 2)} s (CPU ${fmt(poolFinishCpuMs / 1000, 2)} s) merge, events, quotes, timeline on the calling thread` +
      ` vs ${fmt((mergeMs + eventsMs + quotesMs + timelineMs) / 1000, 2)} s for the same on one thread`,
  );
  log(
    `  one thread vs pool  ${fmt(extractMs / 1000, 2)} s vs ${fmt(poolMs / 1000, 2)} s = ${fmt(extractMs / poolMs, 2)}× faster; ` +
      `${identical ? 'identical results' : 'RESULTS DIFFER'} (${os.availableParallelism()} CPUs available)`,
  );
}

main().catch((err: unknown) => {
  console.error(`bench: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
