/**
 * Markdown helpers for text that comes from the corpus. Corpus files are untrusted input: a
 * source could contain Markdown links, raw HTML or `command:` URIs, and hovers render Markdown
 * with command links enabled. Every corpus character therefore goes through {@link escapeMarkdown}
 * and every link we build ourselves goes through {@link commandLink}.
 */

/**
 * CommonMark lets any ASCII punctuation character be backslash-escaped, and an escaped
 * character is always literal text. Escaping all of them (rather than a hand-picked list) means
 * no construct can start: no link `[`, no autolink `<` or `:`, no HTML `<`, no entity `&`, no
 * emphasis, code, table pipe, heading, list or theme icon `$(`.
 */
const ASCII_PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;

/**
 * Escapes text so Markdown renders it literally, on one line. Line breaks and runs of
 * whitespace collapse to one space, because a line break inside a paragraph could end a
 * blockquote or start a block construct, and leading spaces could start a code block.
 */
export function escapeMarkdown(text: string): string {
  return withoutControlCharacters(text)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(ASCII_PUNCTUATION, (c) => `\\${c}`);
}

/** Control characters (other than white space) carry no meaning in a hover and are dropped. */
function withoutControlCharacters(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    const control = (code < 0x20 && ch !== '\t' && ch !== '\n' && ch !== '\r') || code === 0x7f;
    if (!control) out += ch;
  }
  return out;
}

/** A run of text, emphasised (matched words) or not. */
export interface TextRun {
  text: string;
  bold: boolean;
}

/**
 * Splits `text` into runs, bold where a highlight covers it. Highlights are offsets relative to
 * `text`; overlapping or out-of-range highlights are clipped and merged.
 */
export function splitHighlights(text: string, highlights: { start: number; end: number }[]): TextRun[] {
  const spans = highlights
    .map((h) => ({ start: Math.max(0, h.start), end: Math.min(text.length, h.end) }))
    .filter((h) => h.end > h.start)
    .sort((a, b) => a.start - b.start);
  const runs: TextRun[] = [];
  let at = 0;
  for (const span of spans) {
    const start = Math.max(span.start, at);
    if (span.end <= start) continue;
    if (start > at) runs.push({ text: text.slice(at, start), bold: false });
    runs.push({ text: text.slice(start, span.end), bold: true });
    at = span.end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), bold: false });
  return runs;
}

/**
 * Renders runs as escaped Markdown with `**bold**` matches. Whitespace at a run's edge moves
 * outside the `**` markers, because CommonMark does not open emphasis before a space.
 */
export function renderRuns(runs: TextRun[]): string {
  let out = '';
  for (const run of runs) {
    const flat = run.text.replace(/\s+/g, ' ');
    if (!run.bold) {
      out += escapeRun(flat);
      continue;
    }
    const lead = /^\s*/.exec(flat)?.[0] ?? '';
    const trail = flat.trimStart() === '' ? '' : (/\s*$/.exec(flat)?.[0] ?? '');
    const core = flat.trim();
    out += lead + (core ? `**${escapeRun(core)}**` : '') + trail;
  }
  return out.trim();
}

/** Escapes without trimming, so spaces between runs survive. */
function escapeRun(text: string): string {
  return withoutControlCharacters(text.replace(/\s/g, ' ')).replace(ASCII_PUNCTUATION, (c) => `\\${c}`);
}

/**
 * Percent-encodes every character except letters, digits, `-`, `_` and `.`. Stricter than
 * `encodeURIComponent`, which leaves `(`, `)`, `'`, `!`, `*` and `~` alone: a `)` would close the
 * Markdown link early and let the rest of the URL be read as Markdown.
 */
export function strictUriEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * A Markdown link running `command` with `args` (JSON). The label is escaped; the command id is
 * ours and checked so a caller cannot smuggle Markdown through it.
 */
export function commandLink(label: string, command: string, args: unknown[], tooltip?: string): string {
  if (!/^[A-Za-z0-9_.-]+$/.test(command)) throw new Error(`Invalid command id: ${command}`);
  const uri = `command:${command}?${strictUriEncode(JSON.stringify(args))}`;
  const title = tooltip ? ` "${escapeMarkdown(tooltip)}"` : '';
  return `[${escapeMarkdown(label)}](${uri}${title})`;
}
