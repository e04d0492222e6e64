/** Reads one corpus file for the watcher, with the same checks as the folder reader. */
import * as vscode from 'vscode';
import { DEFAULT_MAX_BYTES, decodeCorpusFile, describeReadError, sizeProblem } from '../node/fileChecks';

export async function readCorpusFile(uri: vscode.Uri): Promise<{ text: string } | { reason: string }> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    const tooBig = sizeProblem(stat.size, DEFAULT_MAX_BYTES);
    if (tooBig) return { reason: tooBig };
    const decoded = decodeCorpusFile(await vscode.workspace.fs.readFile(uri));
    return decoded.ok ? { text: decoded.text } : { reason: decoded.reason };
  } catch (err) {
    // vscode.FileSystemError carries a code like "FileNotFound"; Node errors carry errno codes.
    if (err instanceof vscode.FileSystemError) return { reason: `cannot be read (${err.code || err.message})` };
    return { reason: describeReadError(err) };
  }
}
