/** Citation styles and the plain edit descriptions the citation module returns. */

/**
 * How a quotation is cited in a draft:
 * - `markdown-footnote`: `“…”[^key]` plus a `[^key]: …` definition at the end of the draft;
 * - `pandoc`: `“…” [@key]` plus a CSL-JSON (or BibTeX) bibliography entry;
 * - `latex`: `\enquote{…}\cite{key}` plus a BibTeX entry;
 * - `plain`: `“…” (Outlet, 26 April 2022)`, nothing else.
 */
export type CitationStyle = 'markdown-footnote' | 'pandoc' | 'latex' | 'plain';

/** A replacement of the half-open range `[start, end)` of a text (UTF-16 offsets) by `newText`. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

// R Markdown and Quarto documents are rendered by pandoc, so `[@key]` citations work there.
const PANDOC_LANGUAGES = new Set(['rmd', 'rmarkdown', 'quarto', 'qmd', 'pandoc', 'markdown.pandoc']);
const LATEX_LANGUAGES = new Set(['latex', 'tex', 'context', 'doctex']);

/** The style to offer by default for a VS Code language id (`markdown`, `latex`, `plaintext`, …). */
export function defaultStyleFor(languageId: string): CitationStyle {
  const id = languageId.trim().toLowerCase();
  if (id === 'markdown') return 'markdown-footnote';
  if (PANDOC_LANGUAGES.has(id)) return 'pandoc';
  if (LATEX_LANGUAGES.has(id)) return 'latex';
  return 'plain';
}
