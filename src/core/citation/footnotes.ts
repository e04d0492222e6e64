/** Markdown footnotes: the definition line and where it goes in a draft. */
import { escapeRegExp } from './quotes';
import { formatReference, type CitableDocument } from './reference';

/** Escapes the Markdown characters that would turn reference words into emphasis, links or code. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<]/g, '\\$&');
}

/**
 * A link destination that survives Markdown: paths with spaces or parentheses go in angle
 * brackets, where CommonMark allows them unescaped.
 */
export function markdownLinkDestination(link: string): string {
  if (!/[\s()<>]/.test(link)) return link;
  return `<${link.replace(/</g, '%3C').replace(/>/g, '%3E')}>`;
}

/** True when the draft already defines the footnote `[^key]:` (labels compare without case). */
export function hasFootnoteDefinition(draft: string, key: string): boolean {
  return new RegExp(`^ {0,3}\\[\\^${escapeRegExp(key)}\\]:`, 'im').test(draft);
}

/**
 * The footnote definition for a document: `[^key]: Kevin Liptak, “Title,” CNN, 26 April 2022,
 * https://…. [source](corpus/cnn.txt)`, the link pointing at the source file when one is given.
 */
export function footnoteDefinition(
  doc: CitableDocument,
  sourceLink?: string,
  reference: 'plain' | 'apa' = 'plain',
): string {
  const text = formatReference(doc, reference, escapeMarkdown);
  const link = sourceLink?.trim() ? ` [source](${markdownLinkDestination(sourceLink.trim())})` : '';
  return `[^${doc.key}]: ${text}${link}`;
}

/**
 * The text to append to a draft so that `definition` ends it as its own block: after a blank line,
 * or directly on the next line when the draft already ends with footnote definitions.
 */
export function footnoteAppendText(draft: string, definition: string): string {
  const eol = draft.includes('\r\n') ? '\r\n' : '\n';
  if (!draft.trim()) return `${definition}${eol}`;
  const trailing = /(?:[ \t]*\r?\n)*[ \t]*$/.exec(draft)?.[0] ?? '';
  const newlines = (trailing.match(/\n/g) ?? []).length;
  const lines = draft.trimEnd().split(/\r?\n/);
  // Indented lines continue the footnote above them.
  let last = lines.length - 1;
  while (last > 0 && /^(?: {4}|\t)/.test(lines[last])) last--;
  const inFootnoteBlock = /^ {0,3}\[\^[^\]\s]+\]:/.test(lines[last]);
  const needed = inFootnoteBlock ? 1 : 2;
  return `${eol.repeat(Math.max(0, needed - newlines))}${definition}${eol}`;
}
