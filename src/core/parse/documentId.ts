/**
 * Stable document ids: the same path relative to the corpus root always gives the same id, on
 * every platform, so saved citations and caches keep pointing at the right document.
 */

/** FNV-1a (32 bit) over the UTF-16 code units of `s`, as 8 hex digits. */
export function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * The id of the document at `relativePath` (relative to its corpus root): a readable slug of the
 * file name plus a hash of the whole path, e.g. `cnn-2022-04-26-weakened-russia-1a2b3c4d`.
 * Backslashes count as slashes so Windows and POSIX paths agree.
 */
export function documentIdFor(relativePath: string): string {
  const normalized = relativePath.replace(/\\/g, '/').replace(/^\.\/+/, '').replace(/\/+/g, '/');
  const base = normalized.slice(normalized.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '');
  const slug = base
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  const hash = fnv1a(normalized);
  return slug ? `${slug}-${hash}` : hash;
}
