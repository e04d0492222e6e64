/**
 * Reads corpus folders from disk into a corpus service: the one way the CLI, the benchmark and
 * the extension's worker load a corpus.
 */
import * as path from 'node:path';
import type { LoadWarning } from '../core/model';
import { createCorpusService, type CreateCorpusServiceOptions, type ManagedCorpusService } from '../core/corpusService';
import { documentIdFor } from '../core/parse/documentId';
import { readCorpusFolders, type CorpusFile, type ReadCorpusOptions } from './readCorpus';

export interface OpenCorpusResult {
  service: ManagedCorpusService;
  warnings: LoadWarning[];
  /** The files read, in load order (for hosts that hand them to a worker). */
  files: CorpusFile[];
}

/**
 * Ids come from the path relative to the corpus folder, so moving a corpus keeps them; a second
 * folder holding the same relative path gets its folder name prefixed.
 */
export function assignDocumentIds(files: readonly CorpusFile[]): string[] {
  const used = new Set<string>();
  return files.map((file) => {
    let id = documentIdFor(file.relativePath);
    for (let n = 1; used.has(id); n++) {
      id = documentIdFor(`${path.basename(file.root)}/${file.relativePath}${n > 1 ? `#${n}` : ''}`);
    }
    used.add(id);
    return id;
  });
}

/** Reads every corpus file under `folders` and indexes it. Throws only for a missing folder. */
export async function openCorpus(
  folders: readonly string[],
  options: ReadCorpusOptions & CreateCorpusServiceOptions = {},
): Promise<OpenCorpusResult> {
  const { files, warnings } = await readCorpusFolders(folders, options);
  const service = createCorpusService(options);
  const ids = assignDocumentIds(files);
  const added = service.upsertMany(files.map((file, i) => ({ path: file.path, text: file.text, id: ids[i] })));
  warnings.push(...added.warnings);
  return { service, warnings, files };
}
