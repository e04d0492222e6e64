/**
 * The one implementation of {@link CorpusService}: documents, passage index, extraction and
 * hover decisions kept consistent as files are added, replaced and removed.
 */
import type { CorpusDocument, LoadWarning, Passage, SourceFile } from './model';
import type { ActorOverrides, Extraction } from './extraction/types';
import type { SearchOptions } from './search/types';
import type { CorpusService, CorpusServiceOptions, HoverCard } from './service';
import { parseDocument } from './parse/document';
import { citationKey } from './parse/citationKey';
import { documentIdFor } from './parse/documentId';
import { PassageIndex } from './search/searchIndex';
import { createHoverCorpus, type HoverCorpus } from './hover/hoverCorpus';
import { decideHoverCard, type HoverDecisionOptions } from './hover/decideHoverCard';

/** Refused above this many characters unless the host says otherwise (~5 MB of UTF-8). */
export const DEFAULT_MAX_CHARS = 5_000_000;

export interface CreateCorpusServiceOptions extends CorpusServiceOptions {
  /**
   * Computes the extraction for a set of documents. Defaults to an incremental extractor in the
   * calling thread (unchanged documents are not analysed again); hosts that run it elsewhere (a worker) hand results in with `setExtraction`.
   */
  extract?: (documents: CorpusDocument[], overrides: ActorOverrides) => Extraction;
  /**
   * `inline` (default): `extraction()` computes on first use after a change. `external`: the
   * host computes elsewhere (a worker) and hands results in with `setExtraction`; until then
   * `extraction()` returns the last one installed (or an empty one) and never blocks.
   */
  extractionMode?: 'inline' | 'external';
  /** Hover decision tuning (mode, number of passages). */
  hover?: HoverDecisionOptions;
}

/** A {@link CorpusService} with the extra controls a host needs. */
export interface ManagedCorpusService extends CorpusService {
  /** Increases on every change to the documents or the overrides. */
  readonly version: number;
  /** True when an extraction for the current version is at hand (no work on next use). */
  hasExtraction(): boolean;
  /**
   * Installs an extraction computed elsewhere for `version`; ignored (returns false) when the
   * corpus has changed since, so a late worker result never shows stale actors.
   */
  setExtraction(extraction: Extraction, version: number): boolean;
  actorOverrides(): ActorOverrides;
  setHoverOptions(options: HoverDecisionOptions): void;
}

/**
 * Creates an empty corpus service. Add files with `upsert`; everything else is derived.
 *
 * ```ts
 * const corpus = createCorpusService();
 * corpus.upsert({ path: 'cnn.txt', text });
 * corpus.search('"strategic failure"');
 * ```
 */
export function createCorpusService(options: CreateCorpusServiceOptions = {}): ManagedCorpusService {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  let extract = options.extract;
  let overrides: ActorOverrides = options.actorOverrides ?? {};
  let hoverOptions: HoverDecisionOptions = options.hover ?? {};
  const byId = new Map<string, CorpusDocument>();
  const idByPath = new Map<string, string>();
  const index = new PassageIndex();
  let version = 0;
  let extraction: { version: number; value: Extraction } | null = null;
  let hoverCorpus: { version: number; extraction: Extraction; value: HoverCorpus } | null = null;
  let sortedDocuments: CorpusDocument[] | null = null;

  const changed = (): void => {
    version++;
    sortedDocuments = null;
  };

  /** Citation key → id of the document holding it, so keys stay unique as files come and go. */
  const keyOwner = new Map<string, string>();
  const uniqueKey = (doc: CorpusDocument): string => {
    const base = citationKey(doc.metadata);
    const free = (key: string) => (keyOwner.get(key) ?? doc.id) === doc.id;
    if (free(base)) return base;
    for (let n = 0; ; n++) if (free(base + suffix(n))) return base + suffix(n);
  };

  const refuse = (file: SourceFile): LoadWarning | null => {
    if (file.text.length > maxChars) return { path: file.path, reason: `larger than the limit of ${maxChars} characters` };
    if (file.text.trim() === '') return { path: file.path, reason: 'empty file' };
    if (file.text.includes('\u0000')) return { path: file.path, reason: 'binary file (contains NUL bytes)' };
    return null;
  };

  /** Parses and registers `file`; the caller indexes the document. */
  const prepare = (file: SourceFile): { document: CorpusDocument | null; warning: LoadWarning | null } => {
    // A refused file leaves the corpus: its old text must not stay searchable under its path.
    const warning = refuse(file);
    if (warning) {
      service.remove(file.path);
      return { document: null, warning };
    }
    const id = idByPath.get(file.path) ?? file.id ?? documentIdFor(file.path);
    let doc: CorpusDocument;
    try {
      doc = parseDocument(file, { id });
    } catch (err) {
      service.remove(file.path);
      return { document: null, warning: { path: file.path, reason: `could not be parsed: ${errorText(err)}` } };
    }
    const previous = byId.get(id);
    if (previous) keyOwner.delete(previous.key);
    doc.key = uniqueKey(doc);
    keyOwner.set(doc.key, id);
    byId.set(id, doc);
    idByPath.set(file.path, id);
    return { document: doc, warning: null };
  };

  const service: ManagedCorpusService = {
    get version() {
      return version;
    },

    upsert(file) {
      const result = prepare(file);
      if (result.document) {
        index.replace(result.document);
        changed();
      }
      return result;
    },

    upsertMany(files) {
      const warnings: LoadWarning[] = [];
      const added: CorpusDocument[] = [];
      for (const file of files) {
        const { document, warning } = prepare(file);
        if (warning) warnings.push(warning);
        if (document) added.push(document);
      }
      // The bulk build is much faster than adding one by one, but only into an empty index.
      if (index.documentCount === 0) index.addAll(added);
      else for (const doc of added) index.replace(doc);
      if (added.length) changed();
      return { documents: added, warnings };
    },

    remove(path) {
      const id = idByPath.get(path);
      if (id === undefined) return false;
      idByPath.delete(path);
      keyOwner.delete(byId.get(id)?.key ?? '');
      byId.delete(id);
      index.remove(id);
      changed();
      return true;
    },

    documents() {
      sortedDocuments ??= [...byId.values()].sort((a, b) => compareStrings(a.path, b.path));
      return sortedDocuments;
    },
    document: (id) => byId.get(id),
    documentByPath(path) {
      const id = idByPath.get(path);
      return id === undefined ? undefined : byId.get(id);
    },
    passage: (passageId): Passage | undefined => index.passage(passageId),
    search: (query: string, searchOptions?: SearchOptions) => index.search(query, searchOptions),

    extraction() {
      if (options.extractionMode === 'external') return extraction?.value ?? EMPTY_EXTRACTION;
      if (!extraction || extraction.version !== version) {
        extract ??= loadExtraction().createIncrementalExtractor().extract;
        extraction = { version, value: extract(service.documents(), overrides) };
      }
      return extraction.value;
    },
    actors: () => service.extraction().actors,
    events: () => service.extraction().events,
    quotes: () => service.extraction().quotes,

    hover(draft: string, offset: number, end?: number): HoverCard {
      const current = service.extraction();
      if (!hoverCorpus || hoverCorpus.version !== version || hoverCorpus.extraction !== current) {
        hoverCorpus = { version, extraction: current, value: createHoverCorpus(service) };
      }
      return decideHoverCard({ draft, offset, end }, hoverCorpus.value, hoverOptions);
    },

    setActorOverrides(next) {
      overrides = next;
      changed();
    },
    actorOverrides: () => overrides,
    hasExtraction: () => extraction !== null && extraction.version === version,
    setExtraction(value, forVersion) {
      // An older result is still better than none while a newer one is being computed.
      if (forVersion !== version && extraction !== null) return false;
      extraction = { version: forVersion, value };
      return true;
    },
    setHoverOptions(next) {
      hoverOptions = next;
    },
  };
  return service;
}

const EMPTY_EXTRACTION: Extraction = { actors: [], events: [], quotes: [] };

/**
 * The extraction code and its language models take a few hundred milliseconds to load, so they
 * are loaded on first use: listing and searching (the CLI's `documents` and `search`) never wait
 * for them. esbuild still bundles the module because the specifier is a literal string.
 */
function loadExtraction(): typeof import('./extraction') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./extraction') as typeof import('./extraction');
}

/** a, b, …, z, aa, ab, … as BibTeX tools suffix duplicate keys. */
function suffix(n: number): string {
  let s = '';
  for (let i = n; i >= 0; i = Math.floor(i / 26) - 1) s = String.fromCharCode(97 + (i % 26)) + s;
  return s;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
