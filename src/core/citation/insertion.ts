/**
 * Inserting a cited excerpt into a draft, as plain edit descriptions: edits to the draft and the
 * new full text of a bibliography file. The editor layer turns them into one WorkspaceEdit.
 */
import { addToBibliography, bibliographyFormatFor } from './bibliography';
import { footnoteAppendText, footnoteDefinition, hasFootnoteDefinition } from './footnotes';
import {
  endWithComma,
  escapeLatex,
  latexQuotation,
  normaliseSpace,
  renderLatex,
  renderUnicode,
  stripEnclosingQuotes,
  tokenizeQuotes,
} from './quotes';
import { parentheticalCitation, type CitableDocument } from './reference';
import type { CitationStyle, TextEdit } from './style';

/** What to insert, where, and in which style. */
export interface ExcerptInsertionInput {
  doc: CitableDocument;
  /** The exact source words; line breaks and runs of spaces are collapsed. */
  excerpt: string;
  speakerName?: string | null;
  /** When true and a speaker is named, the excerpt is attributed: `“…,” Austin said.` */
  addSpeaker?: boolean;
  /** The attribution verb; `said` by default. */
  attributionVerb?: string;
  style: CitationStyle;
  draftText: string;
  /** Where the excerpt goes, a UTF-16 offset into `draftText` (clamped to the text). */
  cursorOffset: number;
  /** A relative path or URI to the source file, linked from Markdown footnotes. */
  sourceLink?: string;
  /** The bibliography file for pandoc and LaTeX, `text` null when it does not exist yet. */
  bibliography?: { path: string; text: string | null };
  /** LaTeX outer quotation marks: csquotes' `\enquote{…}` (default) or ``…''. */
  latexQuotes?: 'enquote' | 'backticks';
  /** How a Markdown footnote writes the reference: the compact `plain` form (default) or APA. */
  footnoteReference?: 'plain' | 'apa';
}

/** The new full content of a bibliography file. */
export interface BibliographyEdit {
  path: string;
  newText: string;
}

/** The edits that insert a cited excerpt. */
export interface ExcerptInsertion {
  /** Edits to the draft, sorted by offset, non-overlapping, at most one per position. */
  draftEdits: TextEdit[];
  /** Null when there is no bibliography, it already has the entry, or it was refused. */
  bibliographyEdit: BibliographyEdit | null;
  /** Why the bibliography was refused (invalid JSON, unusable key); the draft edits still apply. */
  bibliographyError?: string;
  /** The exact text inserted at the cursor, spaces added around it included. */
  inserted: string;
}

// Pandoc reads `@word` after a space or bracket as a citation, so such an `@` in a quotation
// (a social-media handle) is escaped; `name@example.org` is left alone, as pandoc does.
function escapePandocAt(text: string): string {
  return text.replace(/(^|[\s([{‘“'"])@/g, '$1\\@');
}

// Keys made only of pandoc's citation-key characters can be written bare; others need braces.
function pandocCitation(key: string): string {
  return /^[\p{L}\p{N}_](?:[\p{L}\p{N}_:.#$%&+?<>~/-]*[\p{L}\p{N}_])?$/u.test(key)
    ? `[@${key}]`
    : `[@{${key}}]`;
}

/**
 * The cited quotation. Without a speaker: `“excerpt”[^key]`, `“excerpt” [@key]`,
 * `\enquote{excerpt}\cite{key}`, `“excerpt” (CNN, 26 April 2022)`. With a speaker the quotation
 * ends in a comma and the citation closes the attribution sentence where each convention puts it:
 * `“…,” Austin said.[^key]` (note mark after the period), `“…,” Austin said [@key].` and
 * `“…,” Austin said (CNN, 26 April 2022).` (citation before the period), and
 * `\enquote{…,} Austin said~\cite{key}.`. An empty excerpt gives the citation alone.
 */
export function formatCitedQuotation(input: ExcerptInsertionInput): string {
  const { doc, style } = input;
  let tokens = stripEnclosingQuotes(tokenizeQuotes(normaliseSpace(input.excerpt)));
  const speaker = input.addSpeaker ? normaliseSpace(input.speakerName ?? '') : '';
  const attributed = speaker !== '' && tokens.length > 0;
  if (attributed) tokens = endWithComma(tokens);
  const verb = normaliseSpace(input.attributionVerb ?? '') || 'said';

  if (style === 'latex') {
    const quotes = input.latexQuotes ?? 'enquote';
    const cite = `\\cite{${doc.key}}`;
    if (tokens.length === 0) return cite;
    const quotation = latexQuotation(renderLatex(tokens, quotes), quotes);
    return attributed
      ? `${quotation} ${escapeLatex(speaker)} ${escapeLatex(verb)}~${cite}.`
      : `${quotation}${cite}`;
  }

  let body = renderUnicode(tokens);
  if (style === 'pandoc') body = escapePandocAt(body);
  const cite =
    style === 'markdown-footnote'
      ? `[^${doc.key}]`
      : style === 'pandoc'
        ? pandocCitation(doc.key)
        : parentheticalCitation(doc);
  if (tokens.length === 0) return cite;
  const quotation = `“${body}”`;
  if (!attributed) return style === 'markdown-footnote' ? `${quotation}${cite}` : `${quotation} ${cite}`;
  const attribution = `${quotation} ${speaker} ${verb}`;
  return style === 'markdown-footnote' ? `${attribution}.${cite}` : `${attribution} ${cite}.`;
}

// A space is added where the insertion would otherwise glue onto a neighbouring word.
function padded(text: string, before: string, after: string): string {
  const lead = /[\p{L}\p{N}.,;:!?)\]”’]/u.test(before) ? ' ' : '';
  const trail = /[\p{L}\p{N}“(]/u.test(after) ? ' ' : '';
  return `${lead}${text}${trail}`;
}

/**
 * Everything needed to insert a cited excerpt at the cursor: the draft edits (the quotation, and
 * for Markdown footnotes the definition appended once at the end of the draft), and for pandoc and
 * LaTeX the bibliography with the document's entry added once. A bibliography that cannot be
 * parsed is reported in `bibliographyError` and never overwritten.
 */
export function formatExcerptInsertion(input: ExcerptInsertionInput): ExcerptInsertion {
  const draft = input.draftText;
  const cursor = Math.min(Math.max(0, Math.trunc(input.cursorOffset) || 0), draft.length);
  const inserted = padded(formatCitedQuotation(input), draft[cursor - 1] ?? '', draft[cursor] ?? '');
  const draftEdits: TextEdit[] = [{ start: cursor, end: cursor, newText: inserted }];

  if (input.style === 'markdown-footnote' && !hasFootnoteDefinition(draft, input.doc.key)) {
    const definition = footnoteDefinition(input.doc, input.sourceLink, input.footnoteReference);
    // The separator depends on how the draft ends once the quotation is in it.
    const after = draft.slice(0, cursor) + inserted + draft.slice(cursor);
    const appended = footnoteAppendText(after, definition);
    // Two insertions at one position would leave their order to the editor, so they are merged.
    if (cursor === draft.length) draftEdits[0] = { start: cursor, end: cursor, newText: inserted + appended };
    else draftEdits.push({ start: draft.length, end: draft.length, newText: appended });
  }

  const result: ExcerptInsertion = { draftEdits, bibliographyEdit: null, inserted };
  const bibliography = input.bibliography;
  const format = bibliography && bibliographyFormatFor(bibliography.path, input.style);
  if (bibliography && format && (input.style === 'pandoc' || input.style === 'latex')) {
    const update = addToBibliography(format, bibliography.text, input.doc);
    if (update.error !== undefined) result.bibliographyError = `${bibliography.path}: ${update.error}`;
    else if (update.newText !== null)
      result.bibliographyEdit = { path: bibliography.path, newText: update.newText };
  }
  return result;
}
