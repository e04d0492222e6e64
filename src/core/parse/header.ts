/**
 * Reads the header formats source files come in:
 * - a first line ` date YYYY-MM-DD <title or first body paragraph>`;
 * - a title line, a `YYYYMMDD` line and a URL line;
 * - YAML front matter between `---` lines;
 * - `key: value` lines followed by a blank line.
 * Only what the header states is returned; inference happens elsewhere.
 */
import { parseDateValue } from './dates';
import { splitLines, wordCount, type Line } from './lines';

export type HeaderFormat = 'date-line' | 'title-date-url' | 'front-matter' | 'key-value' | 'none';

/** What a header states. `title` null means the header gave none. */
export interface HeaderInfo {
  format: HeaderFormat;
  title: string | null;
  /** True when the header itself marks the title as derived ("[derived: first line] …"). */
  titleInferred: boolean;
  date: string | null;
  source: string | null;
  url: string | null;
  author: string | null;
  /** First offset after the header; the body (and any title inference) starts here. */
  bodyStart: number;
}

type Field = 'title' | 'date' | 'source' | 'url' | 'author';

const FIELD_KEYS: Record<string, Field> = {
  title: 'title', headline: 'title',
  date: 'date', published: 'date', 'published at': 'date', 'published_at': 'date', pubdate: 'date',
  'publication date': 'date', 'publication_date': 'date', 'date published': 'date',
  'date_published': 'date',
  source: 'source', outlet: 'source', publisher: 'source', publication: 'source', site: 'source',
  'site name': 'source', 'site_name': 'source',
  url: 'url', link: 'url', 'canonical url': 'url', 'canonical_url': 'url', 'source url': 'url',
  'source_url': 'url',
  author: 'author', authors: 'author', byline: 'author', writer: 'author', by: 'author',
};

/** A trailing video length such as "5:31" that pages print next to the headline. */
const VIDEO_LENGTH = /\s+\d{1,2}:\d{2}(?::\d{2})?\s*$/;
const URL_LINE = /^\s*(https?:\/\/\S+)\s*$/i;
const DERIVED_TITLE = /^\[derived:[^\]]*\]\s*/i;
/** A stated title longer than this is taken to be body text, not a headline. */
const MAX_TITLE_LENGTH = 160;

function emptyHeader(bodyStart: number): HeaderInfo {
  return {
    format: 'none', title: null, titleInferred: false, date: null, source: null, url: null,
    author: null, bodyStart,
  };
}

function fieldOf(key: string): Field | undefined {
  return FIELD_KEYS[key.trim().toLowerCase().replace(/\s+/g, ' ')];
}

function unquote(value: string): string {
  const v = value.trim();
  if (v.length >= 2 && ((v[0] === '"' && v.endsWith('"')) || (v[0] === "'" && v.endsWith("'")))) {
    return v.slice(1, -1).trim();
  }
  return v;
}

function applyField(header: HeaderInfo, field: Field, raw: string): void {
  const value = unquote(raw);
  if (value === '') return;
  switch (field) {
    case 'title':
      header.titleInferred = DERIVED_TITLE.test(value);
      header.title = value.replace(DERIVED_TITLE, '');
      break;
    case 'date':
      header.date = parseDateValue(value);
      break;
    default:
      header[field] = value;
  }
}

/** True when the rest of a ` date …` line reads as a headline rather than a body paragraph. */
function looksLikeTitle(rest: string): boolean {
  if (rest.length === 0 || rest.length > MAX_TITLE_LENGTH) return false;
  if (/[.…]["”’']?$/.test(rest) && wordCount(rest) > 8) return false;
  // Two sentences are a paragraph, not a headline.
  return !/[.!?]["”’]?\s+[A-Z“"]/.test(rest);
}

function readDateLine(text: string, first: Line): HeaderInfo | null {
  const m = /^(\s*date[ \t]+)(\S+)([ \t]*)(.*)$/i.exec(first.text);
  if (!m || !/^\d{4}-?\d{2}-?\d{2}$/.test(m[2])) return null;
  const header = emptyHeader(first.end);
  header.format = 'date-line';
  header.date = parseDateValue(m[2]);
  const rest = m[4].replace(/\s+$/, '');
  const restStart = first.start + m[1].length + m[2].length + m[3].length;
  const title = rest.replace(VIDEO_LENGTH, '').trim();
  if (looksLikeTitle(title)) header.title = title;
  else if (rest.length > 0) header.bodyStart = restStart;
  return header;
}

function readTitleDateUrl(lines: Line[]): HeaderInfo | null {
  const [title, date, url] = lines;
  if (!title || !date || title.text.trim() === '' || title.text.trim().length > MAX_TITLE_LENGTH) return null;
  if (!/^\s*(\d{8}|\d{4}-\d{2}-\d{2})\s*$/.test(date.text)) return null;
  const urlMatch = url ? URL_LINE.exec(url.text) : null;
  if (url && !urlMatch && url.text.trim() !== '') return null;
  const header = emptyHeader(urlMatch ? url.end : date.end);
  header.format = 'title-date-url';
  header.title = title.text.trim();
  header.date = parseDateValue(date.text);
  header.url = urlMatch ? urlMatch[1] : null;
  return header;
}

function readFrontMatter(lines: Line[]): HeaderInfo | null {
  if (lines.length < 2 || lines[0].text.trim() !== '---') return null;
  const close = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l.text));
  if (close < 0) return null;
  const header = emptyHeader(lines[close].end);
  header.format = 'front-matter';
  let listField: Field | undefined;
  const listItems: string[] = [];
  const flushList = (): void => {
    if (listField && listItems.length > 0) applyField(header, listField, listItems.join(' and '));
    listField = undefined;
    listItems.length = 0;
  };
  for (const line of lines.slice(1, close)) {
    const item = /^\s+-\s+(.*)$|^-\s+(.*)$/.exec(line.text);
    if (item && listField) {
      listItems.push(unquote(item[1] ?? item[2]));
      continue;
    }
    flushList();
    const kv = /^([A-Za-z][\w -]*?)\s*:\s*(.*)$/.exec(line.text);
    if (!kv) continue;
    const field = fieldOf(kv[1]);
    if (!field) continue;
    const value = kv[2].trim();
    if (value === '' || value === '|' || value === '>') listField = field;
    else if (/^\[.*\]$/.test(value)) applyField(header, field, value.slice(1, -1).split(',').map(unquote).join(' and '));
    else applyField(header, field, value);
  }
  flushList();
  return header;
}

function readKeyValue(lines: Line[]): HeaderInfo | null {
  const header = emptyHeader(0);
  let known = 0;
  for (let i = 0; i < lines.length && i < 30; i++) {
    const line = lines[i];
    if (line.text.trim() === '') {
      if (known === 0) return null;
      header.format = 'key-value';
      header.bodyStart = line.end;
      return header;
    }
    const kv = /^([A-Za-z][\w -]{0,30}?)\s*:\s*(.*)$/.exec(line.text);
    if (!kv) return null;
    const field = fieldOf(kv[1]);
    // The first line must be a known key, so a body opening "Note: …" is not taken for a header.
    if (i === 0 && !field) return null;
    if (field) {
      known++;
      applyField(header, field, kv[2]);
    }
  }
  return null;
}

/** Reads the header at the start of `text`, if any, and says where the body starts. */
export function readHeader(text: string): HeaderInfo {
  const from = text.startsWith('\uFEFF') ? 1 : 0;
  const lines = splitLines(text, from).slice(0, 64);
  if (lines.length === 0) return emptyHeader(from);
  return (
    readDateLine(text, lines[0]) ??
    readFrontMatter(lines) ??
    readKeyValue(lines) ??
    readTitleDateUrl(lines) ??
    emptyHeader(from)
  );
}
