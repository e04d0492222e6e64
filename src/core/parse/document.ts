/**
 * Turns one source file into a {@link CorpusDocument}: header and metadata, boilerplate,
 * paragraphs and sentences with exact offsets.
 */
import type { CorpusDocument, DocumentMetadata, SourceFile, TextSpan } from '../model';
import { findBoilerplate, isSitePlug, linesEqualTo } from './boilerplate';
import { citationKey } from './citationKey';
import { dateFromUrl, datelineDate } from './dates';
import { readHeader } from './header';
import { inferAuthor, inferLeadingTitle, outletFromDateline, outletFromUrl } from './infer';
import { segmentParagraphs, segmentSentences } from './segment';

/** Inferred titles are cut at a word boundary below this length. */
const MAX_INFERRED_TITLE = 90;

export interface ParseOptions {
  /** Stable id, normally `documentIdFor(relativePath)`. */
  id: string;
}

/** Shortens a sentence to a title: whole when short, else cut on a word boundary with "…". */
export function titleFromSentence(sentence: string): string {
  // A headline carries no full stop; other end punctuation (?, !) is kept.
  const s = sentence.replace(/\s+/g, ' ').trim().replace(/(?<!\.\p{L})\.$/u, '');
  if (s.length <= MAX_INFERRED_TITLE) return s;
  const cut = s.slice(0, MAX_INFERRED_TITLE + 1);
  const space = cut.lastIndexOf(' ');
  const head = (space > MAX_INFERRED_TITLE / 2 ? cut.slice(0, space) : cut.slice(0, MAX_INFERRED_TITLE)).replace(/[\s,;:–—-]+$/, '');
  return `${head}…`;
}

function fileTitle(path: string): string {
  const base = path.replace(/\\/g, '/').replace(/^.*\//, '').replace(/\.[^.]*$/, '');
  return base.replace(/[-_]+/g, ' ').trim() || path;
}

function mergeSpans(spans: TextSpan[]): TextSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/**
 * Parses `file` into a document. Pure and deterministic; never throws on odd input (an empty or
 * header-only file gives a document without paragraphs). `key` is the document's own citation
 * key; the corpus service makes keys unique across documents.
 */
export function parseDocument(file: SourceFile, options: ParseOptions): CorpusDocument {
  const text = file.text;
  const header = readHeader(text);
  let bodyStart = header.bodyStart;
  // A title the header derived from a first line that is a site's prompt ("NEW You can now listen
  // to … articles!") is no title: the body's own first sentence is inferred instead.
  const derivedFromBoilerplate = header.titleInferred && header.title !== null && isSitePlug(header.title);
  const metadata: DocumentMetadata = {
    title: derivedFromBoilerplate ? '' : (header.title ?? ''),
    titleInferred: header.titleInferred,
    date: header.date,
    dateInferred: false,
    source: header.source,
    sourceInferred: false,
    url: header.url,
    author: header.author,
    authorInferred: false,
  };
  let boilerplate = findBoilerplate(text, bodyStart);
  // Bylines first, so a "By …" line at the top is not taken for the headline.
  const author = inferAuthor(text, bodyStart);
  if (author) {
    boilerplate.push(...author.spans);
    if (metadata.author === null) {
      metadata.author = author.author;
      metadata.authorInferred = true;
    }
  }

  if (header.title === null) {
    const leading = inferLeadingTitle(text, bodyStart, boilerplate);
    if (leading) {
      metadata.title = leading.title;
      metadata.titleInferred = true;
      bodyStart = leading.end;
      if (leading.site && leading.siteSpan) {
        boilerplate.push(leading.siteSpan);
        if (metadata.source === null) {
          metadata.source = leading.site;
          metadata.sourceInferred = true;
        }
      }
    }
  }

  if (metadata.source) boilerplate.push(...linesEqualTo(text, metadata.source, bodyStart));
  boilerplate = mergeSpans(boilerplate);

  const paragraphs = segmentParagraphs(text, bodyStart, boilerplate);
  const sentences = segmentSentences(text, paragraphs);

  if (metadata.source === null) {
    const fromDateline = paragraphs.slice(0, 2).map((p) => outletFromDateline(text.slice(p.start, p.end))).find((s) => s);
    const fromUrl = metadata.url ? outletFromUrl(metadata.url) : null;
    const outlet = fromDateline ?? fromUrl;
    if (outlet) {
      metadata.source = outlet;
      metadata.sourceInferred = true;
    }
  }
  if (metadata.date === null && metadata.url) {
    metadata.date = dateFromUrl(metadata.url);
    metadata.dateInferred = metadata.date !== null;
  }
  if (metadata.date === null) {
    const dateline = paragraphs.slice(0, 2).map((p) => datelineDate(text.slice(p.start, p.end))).find((d) => d);
    if (dateline) {
      metadata.date = dateline.date;
      metadata.dateInferred = true;
    }
  }
  if (metadata.title === '') {
    const first = sentences[0];
    metadata.title = first ? titleFromSentence(text.slice(first.start, first.end)) : fileTitle(file.path);
    metadata.titleInferred = true;
  }

  const doc: CorpusDocument = {
    id: options.id,
    path: file.path,
    key: '',
    text,
    metadata,
    bodyStart,
    paragraphs,
    sentences,
    boilerplate,
  };
  doc.key = citationKey(metadata);
  return doc;
}
