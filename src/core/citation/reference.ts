/**
 * Bibliographic data for a corpus document: the CSL-JSON item, a reader-facing reference, and the
 * BibTeX entry. citation-js formats APA references and BibTeX, so their escaping and conventions
 * come from a maintained library; the plain reference is written here because no bundled CSL style
 * gives the compact newsroom form.
 */
import type { CitationJsItem, CitationJsName } from '@citation-js/core';
import type { CorpusDocument } from '../model';
import { citationJs } from './citationJs';
import { dateParts, formatDate } from './dates';
import { endWithComma, normaliseSpace, renderUnicode, stripEnclosingQuotes, tokenizeQuotes } from './quotes';

/** The parts of a document a citation needs. */
export type CitableDocument = Pick<CorpusDocument, 'key' | 'path' | 'metadata'>;

/** A CSL-JSON name: personal names in parts, organisations as `literal`. */
export type CslName = CitationJsName;

/** The CSL-JSON item written to a bibliography for a news article. */
export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  'container-title'?: string;
  author?: CslName[];
  issued?: { 'date-parts': number[][] };
  URL?: string;
}

// Bylines that name a desk or an agency rather than a person are kept whole, not split into
// given and family names ("Staff, CNN" would be wrong).
const ORGANISATION =
  /\b(?:staff|team|desk|newsroom|editors?|editorial|bureau|agency|press|news|wire|reuters|afp|correspondents?|reporters?|service)\b/i;

/**
 * Personal and organisational names from a byline such as `By Kevin Liptak and Jane Doe`. Names are
 * split at `and`, `&` and `;`, and at commas only when every part looks like a full name, so that
 * `Austin, Lloyd` stays one person. Personal names are parsed by citation-js.
 */
export function parseAuthors(byline: string | null | undefined): CslName[] {
  const text = normaliseSpace(byline ?? '').replace(/^by\s+/i, '');
  if (!text) return [];
  let parts = text.split(/\s*(?:;|&|\band\b)\s*/i).filter(Boolean);
  parts = parts.flatMap((part) => {
    const pieces = part.split(/\s*,\s*/).filter(Boolean);
    return pieces.length > 1 && pieces.every((piece) => piece.includes(' ')) ? pieces : [part];
  });
  return parts.map((name): CslName => {
    if (ORGANISATION.test(name) || !/\s|,/.test(name)) return { literal: name };
    const [cleaned] = citationJs().plugins.input.util.clean(
      [{ id: 'name', type: 'document', author: [name] }],
      true,
    );
    const parsed = (cleaned.author as CslName[] | undefined)?.[0];
    return parsed && (parsed.family || parsed.literal) ? parsed : { literal: name };
  });
}

/** The title to cite: the document's title, or its file name when it has none. */
function titleOf(doc: CitableDocument): string {
  const title = normaliseSpace(doc.metadata.title);
  if (title) return title;
  return (
    doc.path
      .split(/[\\/]/)
      .pop()
      ?.replace(/\.[^.]+$/, '') || doc.key
  );
}

/** The CSL-JSON item for a document; fields that are unknown are left out, never guessed. */
export function toCslItem(doc: CitableDocument): CslItem {
  const { metadata } = doc;
  const item: CslItem = { id: doc.key, type: 'article-newspaper', title: titleOf(doc) };
  const outlet = normaliseSpace(metadata.source ?? '');
  if (outlet) item['container-title'] = outlet;
  const authors = parseAuthors(metadata.author);
  if (authors.length) item.author = authors;
  const parts = dateParts(metadata.date);
  if (parts) item.issued = { 'date-parts': [parts] };
  const url = metadata.url?.trim();
  if (url) item.URL = url;
  return item;
}

/** Text transforms applied to the words of a reference (not to its URL), e.g. Markdown escaping. */
export type TextEscaper = (text: string) => string;

/**
 * A reference for a reader. `plain` is in the order of a Chicago note,
 * `Kevin Liptak, “Title,” CNN, 26 April 2022, https://….`, with `n.d.` for an unknown date and
 * missing author, outlet or URL left out. `apa` is citation-js's APA bibliography entry; the first
 * one takes seconds while citeproc compiles the APA style, later ones milliseconds.
 */
export function formatReference(
  doc: CitableDocument,
  style: 'apa' | 'plain',
  escape: TextEscaper = (t) => t,
): string {
  if (style === 'apa') {
    const cite = new (citationJs({ csl: true }).Cite)(toCslItem(doc) as unknown as CitationJsItem);
    return escape(
      normaliseSpace(cite.format('bibliography', { template: 'apa', format: 'text', lang: 'en-US' })),
    );
  }
  const { metadata } = doc;
  const parts: string[] = [];
  const author = normaliseSpace(metadata.author ?? '').replace(/^by\s+/i, '');
  if (author) parts.push(escape(author));
  const title = renderUnicode(endWithComma(stripEnclosingQuotes(tokenizeQuotes(titleOf(doc)))));
  const fields: string[] = [];
  const outlet = normaliseSpace(metadata.source ?? '');
  if (outlet) fields.push(escape(outlet));
  fields.push(formatDate(metadata.date));
  const url = metadata.url?.trim();
  if (url) fields.push(url);
  // The title carries its own trailing comma (or ? or !) inside the quotation marks, and `n.d.`
  // already ends the reference with a period.
  const tail = fields.join(', ');
  return `${parts.map((part) => `${part}, `).join('')}“${escape(title)}” ${tail}${tail.endsWith('.') ? '' : '.'}`;
}

/**
 * The short parenthetical citation of the plain style: `(CNN, 26 April 2022)`, or the quoted title
 * when the outlet is unknown: `(“Title,” n.d.)`.
 */
export function parentheticalCitation(doc: CitableDocument): string {
  const outlet = normaliseSpace(doc.metadata.source ?? '');
  const date = formatDate(doc.metadata.date);
  if (outlet) return `(${outlet}, ${date})`;
  const title = renderUnicode(endWithComma(stripEnclosingQuotes(tokenizeQuotes(titleOf(doc)))));
  return `(“${title}” ${date})`;
}

// Characters BibTeX and biber cannot take in an entry key.
const UNSAFE_BIBTEX_KEY = /[\s,{}()"#%'=~\\]/;

/**
 * The BibTeX entry for a document, written by citation-js from the CSL item so that LaTeX escaping
 * of titles and names is the library's. citation-js only keeps ASCII letters, digits and `_` as a
 * label, so a key such as `smith:2022` is put back in its place; a key BibTeX cannot take at all
 * (spaces, braces, commas…) throws, since `\cite{key}` would then find nothing.
 */
export function toBibtexEntry(doc: CitableDocument): string {
  if (!doc.key || UNSAFE_BIBTEX_KEY.test(doc.key)) {
    throw new Error(`The citation key “${doc.key}” cannot be used as a BibTeX key.`);
  }
  const item = { ...toCslItem(doc), 'citation-key': doc.key } as unknown as CitationJsItem;
  const entry = new (citationJs().Cite)(item).format('bibtex', { format: 'text' }).trim();
  return entry.replace(/^(@\w+\s*\{)[^,\n]*,/, (_match, head: string) => `${head}${doc.key},`);
}
