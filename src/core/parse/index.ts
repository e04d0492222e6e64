/** The parsing API: one file in, one segmented document with metadata out. */
export { parseDocument, titleFromSentence, type ParseOptions } from './document';
export { documentIdFor, fnv1a } from './documentId';
export { citationKey, asciiFold } from './citationKey';
export { readHeader, type HeaderInfo, type HeaderFormat } from './header';
export { findBoilerplate, isBoilerplateLine } from './boilerplate';
export { segmentParagraphs, segmentSentences } from './segment';
export { parseDateValue, isValidDate, dateFromUrl } from './dates';
export { outletFromUrl, outletFromDateline, inferAuthor } from './infer';
