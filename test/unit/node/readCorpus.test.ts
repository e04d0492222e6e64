import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readCorpusFolders, type CorpusFileSystem } from '../../../src/node/readCorpus';
import { writeTree } from '../../fixtures/fileTree';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

let tmpRoot: string;
const makeTree = (name: string, files: Record<string, string | Buffer>): string => writeTree(tmpRoot, name, files);

/** Node's file system with chosen calls failing, to test errors that root cannot produce. */
function failingFs(fail: { readdir?: string; readFile?: string }, code = 'EACCES'): CorpusFileSystem {
  const error = (p: string): Error => Object.assign(new Error(`${code}: denied, '${p}'`), { code });
  return {
    stat: (p) => fs.promises.stat(p),
    readdir: async (p) => {
      if (fail.readdir && p === fail.readdir) throw error(p);
      return fs.promises.readdir(p, { withFileTypes: true });
    },
    readFile: async (p) => {
      if (fail.readFile && p === fail.readFile) throw error(p);
      return fs.promises.readFile(p);
    },
    realpath: (p) => fs.promises.realpath(p),
  };
}

function reasonFor(warnings: { path: string; reason: string }[], file: string): string | undefined {
  return warnings.find((w) => w.path === file)?.reason;
}

describe('readCorpusFolders', () => {
  before(() => {
    tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcebook-read-'));
  });
  after(() => {
    fs.rmSync(tmpRoot, { recursive: true, force: true });
  });

  it('throws a clear error for a missing folder', async () => {
    const missing = path.join(tmpRoot, 'does-not-exist');
    await assert.rejects(readCorpusFolders([missing]), { message: `Corpus folder not found: ${missing}` });
  });

  it('throws when the folder is a file', async () => {
    const root = makeTree('file-root', { 'a.txt': 'A.' });
    await assert.rejects(readCorpusFolders([path.join(root, 'a.txt')]), /is not a folder/);
  });

  it('reads .txt and .md files recursively in byte-wise order of relative path', async () => {
    const root = makeTree('order', {
      'b.txt': 'B.',
      'a/z.md': 'Z.',
      'A.txt': 'Upper A.',
      'ä.txt': 'Umlaut.',
      'UPPER.TXT': 'Upper extension.',
      'sub/deeper/c.txt': 'Deep.',
      '.hidden/x.txt': 'Hidden folder.',
      '.dotfile.txt': 'Hidden file.',
      'node_modules/pkg/readme.md': 'Dependency.',
      'notes.docx': 'Not text.',
      'data.json': '{}',
    });
    const { files, warnings } = await readCorpusFolders([root]);
    assert.deepEqual(warnings, []);
    assert.deepEqual(files.map((f) => f.relativePath), ['A.txt', 'UPPER.TXT', 'a/z.md', 'b.txt', 'sub/deeper/c.txt', 'ä.txt']);
    const deep = files.find((f) => f.relativePath === 'sub/deeper/c.txt');
    assert.equal(deep?.path, path.join(root, 'sub', 'deeper', 'c.txt'));
    assert.equal(deep?.root, root);
    assert.equal(deep?.text, 'Deep.');
  });

  it('honours the extensions option', async () => {
    const root = makeTree('extensions', { 'a.txt': 'A.', 'b.md': 'B.', 'c.text': 'C.' });
    const { files } = await readCorpusFolders([root], { extensions: ['.text'] });
    assert.deepEqual(files.map((f) => f.relativePath), ['c.text']);
  });

  it('strips a UTF-8 byte-order mark', async () => {
    const root = makeTree('bom', { 'bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('title: x\n\nBody.')]) });
    const { files } = await readCorpusFolders([root]);
    assert.equal(files[0].text, 'title: x\n\nBody.');
  });

  it('skips unusable files with a warning naming the file and the reason, and reads the rest', async () => {
    const root = makeTree('bad', {
      'binary.txt': Buffer.from([0x54, 0x65, 0x00, 0x73, 0x74]),
      'latin1.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e]),
      'utf16.txt': Buffer.from([0xff, 0xfe, 0x41, 0x00]),
      'empty.txt': '',
      'blank.md': ' \n\t\n',
      'big.txt': 'x'.repeat(2048),
      'good.txt': 'A good file.',
    });
    const { files, warnings } = await readCorpusFolders([root], { maxBytes: 1024 });
    assert.deepEqual(files.map((f) => f.relativePath), ['good.txt']);
    assert.equal(warnings.length, 6);
    assert.match(reasonFor(warnings, path.join(root, 'binary.txt')) ?? '', /binary/);
    assert.match(reasonFor(warnings, path.join(root, 'latin1.txt')) ?? '', /not valid UTF-8/);
    assert.match(reasonFor(warnings, path.join(root, 'utf16.txt')) ?? '', /UTF-16/);
    assert.match(reasonFor(warnings, path.join(root, 'empty.txt')) ?? '', /empty/);
    assert.match(reasonFor(warnings, path.join(root, 'blank.md')) ?? '', /only whitespace/);
    assert.match(reasonFor(warnings, path.join(root, 'big.txt')) ?? '', /larger than the 1 KB limit \(2 KB\)/);
  });

  it('uses a 5 MB limit by default', async () => {
    const root = makeTree('default-limit', { 'five.txt': 'y'.repeat(5 * 1024 * 1024 + 1) });
    const { warnings } = await readCorpusFolders([root]);
    assert.match(warnings[0].reason, /5 MB limit/);
  });

  it('warns about a file without read permission (chmod 000)', async function () {
    if (isRoot) {
      this.skip(); // root reads any file regardless of mode; the injected-error test below covers this path
    }
    const root = makeTree('chmod', { 'locked.txt': 'Secret.', 'open.txt': 'Open.' });
    fs.chmodSync(path.join(root, 'locked.txt'), 0o000);
    try {
      const { files, warnings } = await readCorpusFolders([root]);
      assert.deepEqual(files.map((f) => f.relativePath), ['open.txt']);
      assert.match(reasonFor(warnings, path.join(root, 'locked.txt')) ?? '', /permission denied/);
    } finally {
      fs.chmodSync(path.join(root, 'locked.txt'), 0o644);
    }
  });

  it('warns about a file the system refuses to read (EACCES)', async () => {
    const root = makeTree('eacces', { 'locked.txt': 'Secret.', 'open.txt': 'Open.' });
    const { files, warnings } = await readCorpusFolders([root], { fileSystem: failingFs({ readFile: path.join(root, 'locked.txt') }) });
    assert.deepEqual(files.map((f) => f.relativePath), ['open.txt']);
    assert.deepEqual(warnings, [{ path: path.join(root, 'locked.txt'), reason: 'cannot be read: permission denied' }]);
  });

  it('warns about a link to a missing file', async () => {
    const root = makeTree('dangling', { 'real.txt': 'Real.' });
    fs.symlinkSync(path.join(root, 'gone.txt'), path.join(root, 'dangling.txt'));
    const { files, warnings } = await readCorpusFolders([root]);
    assert.deepEqual(files.map((f) => f.relativePath), ['real.txt']);
    assert.match(reasonFor(warnings, path.join(root, 'dangling.txt')) ?? '', /cannot be read/);
  });

  it('does not take a folder named like a text file for a file', async () => {
    const root = makeTree('dir-named-txt', { 'x.txt/inner.txt': 'Inner.', 'a.txt': 'A.' });
    const { files, warnings } = await readCorpusFolders([root]);
    assert.deepEqual(files.map((f) => f.relativePath), ['a.txt', 'x.txt/inner.txt']);
    assert.deepEqual(warnings, []);
  });

  it('keeps what it read when a subfolder cannot be listed, and warns', async () => {
    const root = makeTree('listing', { 'a.txt': 'A.', 'locked/b.txt': 'B.', 'z/c.txt': 'C.' });
    const locked = path.join(root, 'locked');
    const { files, warnings } = await readCorpusFolders([root], { fileSystem: failingFs({ readdir: locked }) });
    assert.deepEqual(files.map((f) => f.relativePath), ['a.txt', 'z/c.txt']);
    assert.equal(warnings.length, 1);
    assert.equal(warnings[0].path, locked);
    assert.match(warnings[0].reason, /could not be listed \(permission denied\)/);
  });

  it('follows links to folders once, without looping', async () => {
    const root = makeTree('links', { 'sub/a.txt': 'A.' });
    fs.symlinkSync(root, path.join(root, 'sub', 'loop'));
    const { files } = await readCorpusFolders([root]);
    assert.deepEqual(files.map((f) => f.relativePath), ['sub/a.txt']);
  });

  it('reads several folders in the order given, each folder once', async () => {
    const one = makeTree('multi-1', { 'b.txt': 'One B.' });
    const two = makeTree('multi-2', { 'a.txt': 'Two A.' });
    const { files } = await readCorpusFolders([one, two, one]);
    assert.deepEqual(files.map((f) => [path.basename(f.root), f.relativePath]), [['multi-1', 'b.txt'], ['multi-2', 'a.txt']]);
  });

  it('reports progress up to the total', async () => {
    const root = makeTree('progress', { 'a.txt': 'A.', 'b.txt': 'B.', 'c.txt': '' });
    const calls: [number, number][] = [];
    await readCorpusFolders([root], { onProgress: (done, total) => calls.push([done, total]) });
    assert.deepEqual(calls, [[1, 3], [2, 3], [3, 3]]);
  });
});
