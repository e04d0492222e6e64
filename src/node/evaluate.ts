/**
 * `npm run evaluate -- --corpus DIR --annotations DIR [--layers] [--brief] [--json] [--check]`
 *
 * Scores extraction on any texts against hand annotations written for them: `DIR/actors.json`,
 * `DIR/events.json` and `DIR/quotes.json` (any of the three), in the format of
 * `test/fixtures/annotations/`. Prints precision, recall and F1 per actor kind, merged actors,
 * quote detection and attribution, and date accuracy, with every error line, and says which
 * accuracy targets are missed. `--check` exits with 1 when one is.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import type { CorpusDocument } from '../core/model';
import { parseDocument } from '../core/parse/document';
import { extractCorpus } from '../core/extraction';
import { extractActors } from '../core/extraction/actors';
import { annotatedFiles, evaluateExtraction, formatEvaluation, scoreActors, unmetTargets, type Annotations } from '../core/evaluation';

class UsageError extends Error {}

const USAGE = 'Usage: npm run evaluate -- --corpus DIR --annotations DIR [--layers] [--brief] [--json] [--check]\n';

function readJson<T>(file: string): T | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (err) {
    throw new UsageError(`${file}: not valid JSON (${err instanceof Error ? err.message : String(err)}).`);
  }
}

function readAnnotations(folder: string): Annotations {
  const annotations: Annotations = {
    actors: readJson(path.join(folder, 'actors.json')),
    dates: readJson(path.join(folder, 'events.json')),
    quotes: readJson(path.join(folder, 'quotes.json')),
  };
  if (!annotations.actors && !annotations.dates && !annotations.quotes) {
    throw new UsageError(`${folder}: holds none of actors.json, events.json, quotes.json.`);
  }
  return annotations;
}

/** The annotated documents, ids being their file names; a file that cannot be read is reported and left out. */
function readDocuments(corpus: string, files: string[]): CorpusDocument[] {
  const docs: CorpusDocument[] = [];
  for (const file of files) {
    const full = path.join(corpus, file);
    try {
      docs.push(parseDocument({ path: file, text: readFileSync(full, 'utf8') }, { id: file }));
    } catch (err) {
      process.stderr.write(`Skipped ${full}: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  }
  return docs;
}

function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      corpus: { type: 'string' },
      annotations: { type: 'string' },
      layers: { type: 'boolean', default: false },
      brief: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (!values.corpus || !values.annotations) throw new UsageError('Both --corpus and --annotations are needed.');
  const annotations = readAnnotations(values.annotations);
  const docs = readDocuments(values.corpus, annotatedFiles(annotations));
  if (docs.length === 0) throw new UsageError(`None of the annotated files is readable in ${values.corpus}.`);
  const extraction = extractCorpus(docs);
  for (const p of extraction.problems ?? []) process.stderr.write(`Extraction failed for ${p.documentId}: ${p.reason}\n`);
  const report = evaluateExtraction(docs, extraction, annotations);
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ documents: docs.length, ...report, unmetTargets: unmetTargets(report) }, null, 2)}\n`);
  } else {
    process.stdout.write(`${docs.length} annotated documents in ${values.corpus}\n`);
    if (values.layers && annotations.actors) {
      const layers: [string, Parameters<typeof extractActors>[2]][] = [
        ['compromise only', { rules: false }],
        ['rules only', { compromise: false }],
        ['rules + compromise on every sentence', { compromiseOnCandidatesOnly: false }],
      ];
      for (const [label, options] of layers) {
        const s = scoreActors(extractActors(docs, undefined, options).actors, annotations.actors);
        const kinds = Object.entries(s.byKind).map(([k, v]) => `${k} F1 ${v.f1.toFixed(3)}`).join(', ');
        process.stdout.write(`Actor layer "${label}": ${kinds}, merged ${(s.merged * 100).toFixed(1)}%\n`);
      }
    }
    process.stdout.write(`${formatEvaluation(report, !values.brief).join('\n')}\n`);
  }
  return values.check && unmetTargets(report).length > 0 ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  const usage = err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n${usage ? USAGE : ''}`);
  process.exitCode = 2;
}
