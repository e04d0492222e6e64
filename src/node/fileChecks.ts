/**
 * Decides whether the bytes of a corpus file are text the core can take, and says why not in
 * words a person understands.
 */

/** Default largest file read (5 MB); news articles are far smaller, so bigger files are mistakes. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** Either the decoded text, or the reason the file is skipped. */
export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

/** Formats a byte count for a message ("5 MB", "812 KB"). */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round((n / 1024) * 10) / 10} KB`;
  return `${n} bytes`;
}

/** The reason a file of `size` bytes is too large, or null. */
export function sizeProblem(size: number, maxBytes: number): string | null {
  return size > maxBytes ? `is larger than the ${formatBytes(maxBytes)} limit (${formatBytes(size)})` : null;
}

/**
 * Decodes file bytes as UTF-8 with the byte-order mark removed. Rejects UTF-16 (recognised by its
 * byte-order mark), binary data (NUL bytes), invalid UTF-8 and empty or whitespace-only files.
 */
export function decodeCorpusFile(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, reason: 'is UTF-16 encoded; save it as UTF-8 to use it' };
  }
  if (bytes.indexOf(0) >= 0) return { ok: false, reason: 'looks like a binary file (it contains NUL bytes)' };
  let text: string;
  try {
    // ignoreBOM: false makes the decoder drop a leading UTF-8 byte-order mark.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, reason: 'is not valid UTF-8 text; save it as UTF-8 to use it' };
  }
  if (text.length === 0) return { ok: false, reason: 'is empty' };
  if (text.trim().length === 0) return { ok: false, reason: 'contains only whitespace' };
  return { ok: true, text };
}

/** A read error explained: "permission denied", "is a folder, not a file", … */
export function describeReadError(err: unknown): string {
  const code = (err as { code?: string } | null)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read: permission denied';
    case 'ENOENT':
      return 'cannot be read: it no longer exists (or is a link to a missing file)';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ELOOP':
      return 'cannot be read: it is a link that points back to itself';
    case 'EMFILE':
    case 'ENFILE':
      return 'cannot be read: too many files are open';
    default:
      return `cannot be read: ${err instanceof Error ? err.message : String(err)}`;
  }
}
