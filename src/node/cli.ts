#!/usr/bin/env node
/**
 * `sourcebook` — the command line over the same core as the extension.
 * Errors go to stderr with exit code 1 (2 for bad usage) and a message a person understands.
 */
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import type { CommandContext } from './cli/commands';
import { colourWanted, createProgress, createStyler } from './cli/terminal';

const USAGE = `Usage: sourcebook <command> [options]

Commands:
  documents                 list the documents: key, date, outlet, title
  search "QUERY"            ranked passages; "\\"exact phrase\\"" for a phrase
  actors                    people, organisations, places and unnamed sources
  events                    dated events as a timeline
  quotes                    direct quotations with their speakers
  hover "TEXT" [--at N]     the hover card for TEXT as a draft, cursor at N (default: middle)

Options:
  --corpus DIR              a corpus folder (repeatable; default: the bundled corpus)
  --actors FILE             actor corrections (default: .sourcebook/actors.json if present)
  --limit N                 results to show for search (default 10)
  --json                    machine-readable output
  --progress                progress on stderr even with --json
  --color / --no-color      force colours on or off
  --max-bytes N             skip files larger than N bytes (default 5000000)
  -h, --help                this help
`;

class UsageError extends Error {}

const COMMANDS = new Set(['documents', 'search', 'actors', 'events', 'quotes', 'hover']);
/** The commands that need the extraction (actors, events, quotes; the hover card names actors). */
const EXTRACTING = new Set(['actors', 'events', 'quotes', 'hover']);

/** The bundled corpus next to dist/ (the CLI is bundled to dist/cli.js). */
function bundledCorpus(): string {
  return path.resolve(__dirname, '..', 'corpus');
}

function wholeNumber(value: string | undefined, name: string, fallback: number, min = 0): number {
  if (value === undefined) return fallback;
  const n = value.trim() === '' ? NaN : Number(value);
  if (!Number.isInteger(n) || n < min) {
    throw new UsageError(`${name} must be a whole number${min > 0 ? ` of at least ${min}` : ''}, got "${value}".`);
  }
  return n;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      corpus: { type: 'string', multiple: true },
      actors: { type: 'string' },
      limit: { type: 'string' },
      at: { type: 'string' },
      json: { type: 'boolean', default: false },
      progress: { type: 'boolean' },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      'max-bytes': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || command === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (!command) throw new UsageError('No command given.');
  if (!COMMANDS.has(command)) throw new UsageError(`Unknown command "${command}".`);
  if ((command === 'search' || command === 'hover') && rest.length !== 1) {
    throw new UsageError(`"${command}" needs exactly one text argument, e.g. sourcebook ${command} "sanctions".`);
  }
  if (!['search', 'hover'].includes(command) && rest.length > 0) {
    throw new UsageError(`"${command}" takes no arguments; got "${rest.join(' ')}".`);
  }

  // Bad usage is reported before the corpus is read, so it is quick and never depends on the corpus.
  const limit = wholeNumber(values.limit, '--limit', 10, 1);
  const maxBytes = wholeNumber(values['max-bytes'], '--max-bytes', 5_000_000, 1);
  let at = 0;
  if (command === 'hover') {
    const draft = rest[0];
    at = wholeNumber(values.at, '--at', Math.floor(draft.length / 2));
    if (at > draft.length) throw new UsageError(`--at ${at} is past the end of the text (${draft.length} characters).`);
  }

  // Loaded only now: the core's language models take a while to set up, and usage errors and
  // --help should not wait for them.
  const { openCorpus } = await import('./openCorpus');
  const { parseActorOverridesFile } = await import('./actorOverridesFile');
  const { actorsCommand, documentsCommand, eventsCommand, hoverCommand, quotesCommand, searchCommand } = await import('./cli/commands');

  const folders = (values.corpus ?? [bundledCorpus()]).map((f) => path.resolve(f));
  const showProgress = values.progress ?? !values.json;
  const progress = createProgress(showProgress, 'Reading');
  const overridesPath = values.actors ?? (values.corpus ? undefined : path.resolve('.sourcebook', 'actors.json'));
  const overrides = overridesPath ? parseActorOverridesFile(overridesPath, values.actors !== undefined) : null;

  const { service, warnings } = await openCorpus(folders, {
    maxBytes,
    onProgress: (done, total) => {
      if (total >= 200) progress.update(done, total);
    },
    actorOverrides: overrides?.overrides,
  });
  progress.done();
  for (const problem of overrides?.errors ?? []) process.stderr.write(`sourcebook: ${overridesPath}: ${problem}\n`);
  for (const w of warnings) process.stderr.write(`sourcebook: skipped ${w.path}: ${w.reason}\n`);
  if (service.documents().length === 0) {
    process.stderr.write(`sourcebook: no documents found in ${folders.join(', ')} (looked for .txt and .md files).\n`);
    return 1;
  }

  if (EXTRACTING.has(command)) {
    // Actor detection, most of the work on a big corpus, is spread over worker threads; a small
    // corpus stays in this thread (the pool decides). Installed as the extraction of this version,
    // so the commands below find it computed.
    const { extractInParallel } = await import('./detectionPool');
    const { extraction } = await extractInParallel(service.documents(), service.actorOverrides());
    service.setExtraction(extraction, service.version);
    const { extractionProblemLines } = await import('./cli/commands');
    for (const line of extractionProblemLines(extraction.problems ?? [], (id) => service.document(id)?.path)) process.stderr.write(`${line}\n`);
  }

  const noColor = values['no-color'] ? false : undefined;
  const ctx: CommandContext = {
    service,
    json: values.json ?? false,
    style: createStyler(!values.json && colourWanted(values.color ?? noColor, process.stdout)),
  };
  let out: string;
  switch (command) {
    case 'documents':
      out = documentsCommand(ctx);
      break;
    case 'search':
      out = searchCommand(ctx, rest[0], limit);
      break;
    case 'actors':
      out = actorsCommand(ctx);
      break;
    case 'events':
      out = eventsCommand(ctx);
      break;
    case 'quotes':
      out = quotesCommand(ctx);
      break;
    default:
      out = hoverCommand(ctx, rest[0], at);
  }
  process.stdout.write(`${out}\n`);
  return 0;
}

// `sourcebook quotes | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const usage = err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`sourcebook: ${err instanceof Error ? err.message : String(err)}\n`);
    if (usage) process.stderr.write('Run "sourcebook --help" for the commands and options.\n');
    process.exitCode = usage ? 2 : 1;
  },
);

