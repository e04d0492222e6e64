/**
 * Adding one entry to a bibliography file's text: CSL-JSON for pandoc, BibTeX for LaTeX. Existing
 * entries are never rewritten or duplicated, and a file that cannot be read safely is refused rather
 * than replaced.
 */
import { escapeRegExp } from './quotes';
import type { CitationStyle } from './style';
import { toBibtexEntry, toCslItem, type CitableDocument } from './reference';

/** The bibliography file formats Sourcebook writes. */
export type BibliographyFormat = 'csl-json' | 'bibtex';

/** The new full text of a bibliography, null when it already has the entry, or why it was refused. */
export type BibliographyUpdate =
  { newText: string | null; error?: undefined } | { newText: null; error: string };

/**
 * The format of a bibliography file: by its extension when that is known (pandoc also reads
 * `.bib`), otherwise CSL-JSON for pandoc and BibTeX for LaTeX; null for styles without one.
 */
export function bibliographyFormatFor(path: string, style: CitationStyle): BibliographyFormat | null {
  const extension = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
  if (extension === 'json') return 'csl-json';
  if (extension === 'bib' || extension === 'bibtex') return 'bibtex';
  if (style === 'pandoc') return 'csl-json';
  if (style === 'latex') return 'bibtex';
  return null;
}

const isNumeric = (value: unknown): boolean =>
  typeof value === 'number' || (Array.isArray(value) && value.every(isNumeric));

/**
 * JSON with 2-space indentation, except that arrays of numbers (date parts) stay on one line,
 * `[[2022, 4, 26]]`, as Zotero and pandoc write them.
 */
export function toCslJsonText(value: unknown, indent = ''): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (isNumeric(value)) return JSON.stringify(value).replace(/,/g, ', ');
    if (!value.length) return '[]';
    return `[\n${value.map((entry) => inner + toCslJsonText(entry, inner)).join(',\n')}\n${indent}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const fields = Object.entries(value).filter(([, field]) => field !== undefined);
    if (!fields.length) return '{}';
    const lines = fields.map(
      ([name, field]) => `${inner}${JSON.stringify(name)}: ${toCslJsonText(field, inner)}`,
    );
    return `{\n${lines.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Adds the document's CSL-JSON item to a CSL-JSON array (`text` null or blank when the file does
 * not exist yet). The item goes before the closing bracket, so the other entries keep their bytes.
 */
export function addToCslJson(text: string | null, doc: CitableDocument): BibliographyUpdate {
  const item = toCslItem(doc);
  const fresh = `${toCslJsonText([item])}\n`;
  const source = text ?? '';
  if (!source.trim()) return { newText: fresh };
  let parsed: unknown;
  try {
    parsed = JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { newText: null, error: `the bibliography is not valid JSON (${reason}); it was left unchanged.` };
  }
  if (!Array.isArray(parsed)) {
    return { newText: null, error: 'the bibliography is not a CSL-JSON array; it was left unchanged.' };
  }
  const present = parsed.some(
    (entry: unknown) =>
      typeof entry === 'object' && entry !== null && String((entry as { id?: unknown }).id) === item.id,
  );
  if (present) return { newText: null };
  const bom = source.startsWith('\uFEFF') ? '\uFEFF' : '';
  if (parsed.length === 0) return { newText: bom + fresh };
  const close = source.lastIndexOf(']');
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const itemText = toCslJsonText(item).replace(/\n/g, `${eol}  `);
  return { newText: `${source.slice(0, close).trimEnd()},${eol}  ${itemText}${eol}${source.slice(close)}` };
}

/** True when BibTeX text has an entry with this key (BibTeX compares keys without case). */
export function hasBibtexEntry(text: string, key: string): boolean {
  const entry = new RegExp(
    `@\\s*(?!comment\\b|string\\b|preamble\\b)[A-Za-z]+\\s*[{(]\\s*${escapeRegExp(key)}\\s*,`,
    'i',
  );
  return entry.test(text);
}

/** Appends the document's BibTeX entry, written by citation-js, unless the key is already there. */
export function addToBibtex(text: string | null, doc: CitableDocument): BibliographyUpdate {
  const source = text ?? '';
  if (hasBibtexEntry(source, doc.key)) return { newText: null };
  let entry: string;
  try {
    entry = toBibtexEntry(doc);
  } catch (error) {
    return { newText: null, error: error instanceof Error ? error.message : String(error) };
  }
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  entry = entry.replace(/\r?\n/g, eol);
  if (!source.trim()) return { newText: `${entry}${eol}` };
  const separator = source.endsWith(eol + eol) ? '' : source.endsWith(eol) ? eol : eol + eol;
  return { newText: `${source}${separator}${entry}${eol}` };
}

/** Adds the document to a bibliography in the given format. */
export function addToBibliography(
  format: BibliographyFormat,
  text: string | null,
  doc: CitableDocument,
): BibliographyUpdate {
  return format === 'csl-json' ? addToCslJson(text, doc) : addToBibtex(text, doc);
}
