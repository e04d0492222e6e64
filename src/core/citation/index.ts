/**
 * Citation and excerpt formatting as pure data transformations: given a document, an excerpt and
 * a draft, produce the edits that insert the cited quotation and update the bibliography.
 */
export { defaultStyleFor, type CitationStyle, type TextEdit } from './style';
export { dateParts, formatDate } from './dates';
export { escapeLatex } from './quotes';
export {
  formatReference,
  parentheticalCitation,
  parseAuthors,
  toBibtexEntry,
  toCslItem,
  type CitableDocument,
  type CslItem,
  type CslName,
} from './reference';
export {
  addToBibliography,
  addToBibtex,
  addToCslJson,
  bibliographyFormatFor,
  hasBibtexEntry,
  type BibliographyFormat,
  type BibliographyUpdate,
} from './bibliography';
export { footnoteDefinition, hasFootnoteDefinition } from './footnotes';
export {
  formatCitedQuotation,
  formatExcerptInsertion,
  type BibliographyEdit,
  type ExcerptInsertion,
  type ExcerptInsertionInput,
} from './insertion';
export { trimExcerpt, type TrimmedExcerpt } from './trim';
