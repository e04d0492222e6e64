/**
 * Reads corpus folders from disk: every .txt and .md file, recursively, in a stable order.
 * Files that cannot be used are skipped with a warning that names the file and the reason;
 * nothing already read is lost when part of a folder cannot be listed.
 */
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { LoadWarning } from '../core/model';
import { DEFAULT_MAX_BYTES, decodeCorpusFile, describeReadError, sizeProblem } from './fileChecks';

/** A corpus file read and decoded. */
export interface CorpusFile {
  /** Absolute path. */
  path: string;
  /** Path relative to `root`, with `/` separators. */
  relativePath: string;
  /** The corpus folder (absolute) the file was found under. */
  root: string;
  text: string;
}

/** The few file-system calls the reader makes; tests substitute failures through it. */
export interface CorpusFileSystem {
  stat(p: string): Promise<{ isDirectory(): boolean; isFile(): boolean; size: number }>;
  readdir(p: string): Promise<{ name: string; isDirectory(): boolean; isFile(): boolean; isSymbolicLink(): boolean }[]>;
  readFile(p: string): Promise<Uint8Array>;
  realpath(p: string): Promise<string>;
}

export interface ReadCorpusOptions {
  /** Largest file read, in bytes (default 5 MB). */
  maxBytes?: number;
  /** Called after each file is read (or skipped) with the counts so far. */
  onProgress?(done: number, total: number): void;
  /** File name endings to read, lowercase with the dot (default `.txt`, `.md`). */
  extensions?: readonly string[];
  /** Defaults to Node's file system. */
  fileSystem?: CorpusFileSystem;
}

export interface ReadCorpusResult {
  files: CorpusFile[];
  warnings: LoadWarning[];
}

const DEFAULT_EXTENSIONS = ['.txt', '.md'];
const SKIPPED_FOLDERS = new Set(['node_modules']);
/** Files read at once: enough to hide disk latency, few enough to stay clear of EMFILE. */
const READ_CONCURRENCY = 16;

const nodeFileSystem: CorpusFileSystem = {
  stat: (p) => fsp.stat(p),
  readdir: (p) => fsp.readdir(p, { withFileTypes: true }),
  readFile: (p) => fsp.readFile(p),
  realpath: (p) => fsp.realpath(p),
};

interface ListedFile {
  path: string;
  relativePath: string;
  root: string;
}

/** Orders by the UTF-8 bytes of the relative path, the same on every platform and locale. */
function byteOrder(a: ListedFile, b: ListedFile): number {
  return Buffer.compare(Buffer.from(a.relativePath, 'utf8'), Buffer.from(b.relativePath, 'utf8'));
}

async function checkRoot(fs: CorpusFileSystem, folder: string): Promise<void> {
  let stat;
  try {
    stat = await fs.stat(folder);
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT' || (err as { code?: string }).code === 'ENOTDIR') {
      throw new Error(`Corpus folder not found: ${folder}`, { cause: err });
    }
    throw new Error(`Corpus folder cannot be read: ${folder} (${describeReadError(err)})`, { cause: err });
  }
  if (!stat.isDirectory()) throw new Error(`Corpus folder is not a folder: ${folder}`);
}

/**
 * Lists the corpus files under each folder (hidden entries and node_modules skipped, links
 * followed once), sorted by relative path within each folder. Throws when a folder is missing.
 */
export async function listCorpusFiles(
  folders: readonly string[],
  options: Pick<ReadCorpusOptions, 'extensions' | 'fileSystem'> = {},
): Promise<{ files: ListedFile[]; warnings: LoadWarning[] }> {
  const fs = options.fileSystem ?? nodeFileSystem;
  const extensions = (options.extensions ?? DEFAULT_EXTENSIONS).map((e) => e.toLowerCase());
  const warnings: LoadWarning[] = [];
  const files: ListedFile[] = [];
  const seenFolders = new Set<string>();
  const wanted = (name: string): boolean => extensions.some((e) => name.toLowerCase().endsWith(e));

  for (const folder of folders) {
    const root = path.resolve(folder);
    await checkRoot(fs, root);
    const realRoot = await fs.realpath(root).catch(() => root);
    if (seenFolders.has(realRoot)) continue;
    seenFolders.add(realRoot);
    const found: ListedFile[] = [];
    const walk = async (dir: string): Promise<void> => {
      let entries;
      try {
        entries = await fs.readdir(dir);
      } catch (err) {
        if (dir === root) throw new Error(`Corpus folder cannot be read: ${root} (${describeReadError(err)})`, { cause: err });
        warnings.push({ path: dir, reason: `folder could not be listed (${describeReadError(err).replace(/^cannot be read: /, '')}); its files were skipped` });
        return;
      }
      for (const entry of entries) {
        if (entry.name.startsWith('.')) continue;
        const full = path.join(dir, entry.name);
        let isDir = entry.isDirectory();
        let isFile = entry.isFile();
        if (entry.isSymbolicLink()) {
          try {
            const target = await fs.stat(full);
            isDir = target.isDirectory();
            isFile = target.isFile();
          } catch (err) {
            if (wanted(entry.name)) warnings.push({ path: full, reason: describeReadError(err) });
            continue;
          }
        }
        if (isDir) {
          if (SKIPPED_FOLDERS.has(entry.name)) continue;
          // Following a link back up the tree would never end.
          const real = await fs.realpath(full).catch(() => full);
          if (seenFolders.has(real)) continue;
          seenFolders.add(real);
          await walk(full);
        } else if (isFile && wanted(entry.name)) {
          found.push({ path: full, relativePath: path.relative(root, full).split(path.sep).join('/'), root });
        }
      }
    };
    await walk(root);
    files.push(...found.sort(byteOrder));
  }
  return { files, warnings };
}

async function readOne(fs: CorpusFileSystem, file: ListedFile, maxBytes: number): Promise<CorpusFile | LoadWarning> {
  try {
    const stat = await fs.stat(file.path);
    const tooBig = sizeProblem(stat.size, maxBytes);
    if (tooBig) return { path: file.path, reason: tooBig };
    const bytes = await fs.readFile(file.path);
    // The file may have grown between stat and read.
    const grown = sizeProblem(bytes.length, maxBytes);
    if (grown) return { path: file.path, reason: grown };
    const decoded = decodeCorpusFile(bytes);
    if (!decoded.ok) return { path: file.path, reason: decoded.reason };
    return { ...file, text: decoded.text };
  } catch (err) {
    return { path: file.path, reason: describeReadError(err) };
  }
}

/**
 * Reads every corpus file under `folders`. Returns the readable files in stable order and a
 * warning for each file or folder skipped. Throws only when a corpus folder itself is missing
 * or unreadable ("Corpus folder not found: …").
 */
export async function readCorpusFolders(folders: readonly string[], options: ReadCorpusOptions = {}): Promise<ReadCorpusResult> {
  const fs = options.fileSystem ?? nodeFileSystem;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const listed = await listCorpusFiles(folders, options);
  const results: (CorpusFile | LoadWarning)[] = new Array(listed.files.length);
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < listed.files.length) {
      const i = next++;
      results[i] = await readOne(fs, listed.files[i], maxBytes);
      done++;
      options.onProgress?.(done, listed.files.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, listed.files.length) }, worker));
  const files: CorpusFile[] = [];
  const warnings = [...listed.warnings];
  for (const r of results) {
    if ('text' in r) files.push(r);
    else warnings.push(r);
  }
  return { files, warnings };
}
