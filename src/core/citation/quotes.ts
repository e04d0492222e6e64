/**
 * Quotation marks inside excerpts. An excerpt is wrapped in curly double quotes, so double quotes
 * already inside it must become single ones (and any inside those, double again) for the nesting to
 * read correctly. Marks are tokenised once and then rendered as Unicode or as LaTeX.
 */

/**
 * A piece of an excerpt: text, or a double quotation mark found in it. Paired marks carry their
 * nesting depth (0 for the first level inside the excerpt); unpaired ones, such as the closing mark
 * of an excerpt that starts in the middle of a quotation, are `stray`.
 */
export type QuoteToken =
  | { kind: 'text'; text: string }
  | { kind: 'open' | 'close'; depth: number }
  | { kind: 'stray-open' | 'stray-close' };

type LatexQuotes = 'enquote' | 'backticks';

const OPENING = new Set(['“', '„', '«']);
const CLOSING = new Set(['”', '»']);
// A straight quote opens a quotation at the start or after a space, bracket or dash.
const OPENS_AFTER = /[\s([{\u2014\u2013/-]/;

/** Splits text into runs of text and double quotation marks, pairing the marks. */
export function tokenizeQuotes(text: string): QuoteToken[] {
  const tokens: QuoteToken[] = [];
  const stack: { token: QuoteToken; mark: string }[] = [];
  let run = '';
  const flush = (): void => {
    if (run) tokens.push({ kind: 'text', text: run });
    run = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    let opens: boolean;
    if (char === '"') opens = i === 0 || OPENS_AFTER.test(text[i - 1]);
    // German quotations open with „ and close with “.
    else if (char === '“') opens = stack.at(-1)?.mark !== '„';
    else if (OPENING.has(char)) opens = true;
    else if (CLOSING.has(char)) opens = false;
    else {
      run += char;
      continue;
    }
    flush();
    if (opens) {
      const token: QuoteToken = { kind: 'open', depth: stack.length };
      stack.push({ token, mark: char });
      tokens.push(token);
    } else if (stack.pop()) {
      tokens.push({ kind: 'close', depth: stack.length });
    } else {
      tokens.push({ kind: 'stray-close' });
    }
  }
  flush();
  for (const { token } of stack) token.kind = 'stray-open';
  return tokens;
}

/**
 * Drops one pair of quotation marks around the whole excerpt: a selection such as `"We want
 * Ukraine to win."` is already a quotation, and wrapping it again would nest it needlessly.
 */
export function stripEnclosingQuotes(tokens: QuoteToken[]): QuoteToken[] {
  const first = tokens[0];
  const last = tokens.at(-1);
  if (tokens.length < 2 || first?.kind !== 'open' || last?.kind !== 'close') return tokens;
  const firstClose = tokens.findIndex((token) => token.kind === 'close' && token.depth === 0);
  if (firstClose !== tokens.length - 1) return tokens;
  return tokens
    .slice(1, -1)
    .map((token) =>
      token.kind === 'open' || token.kind === 'close' ? { ...token, depth: token.depth - 1 } : token,
    );
}

/**
 * Makes text end in a comma ready for an attribution or a following field (`“…,” Austin said.`):
 * a final period, colon or semicolon becomes a comma, a question mark, exclamation mark, ellipsis,
 * dash or comma stays, anything else gets a comma. Punctuation goes inside closing inner quotes,
 * American style (`‘weakened,’”`). An abbreviation keeps its period (`U.S.,`).
 */
export function endWithComma(tokens: readonly QuoteToken[]): QuoteToken[] {
  const result = [...tokens];
  let index = result.length - 1;
  while (index >= 0 && result[index].kind !== 'text') {
    if (result[index].kind === 'stray-open') return [...result, { kind: 'text', text: ',' }];
    index--;
  }
  const token = result[index];
  if (token?.kind !== 'text') return [{ kind: 'text', text: ',' }, ...result];
  const text = token.text.trimEnd();
  let replaced: string;
  if (/(?:\.\.\.|[?!,…\u2014\u2013-])$/.test(text)) replaced = text;
  else if (/(?:\b[A-Za-z]\.){2,}$/.test(text)) replaced = `${text},`;
  else if (/[.:;]$/.test(text)) replaced = `${text.slice(0, -1)},`;
  else replaced = `${text},`;
  result[index] = { kind: 'text', text: replaced };
  return result;
}

/** Renders tokens with curly quotes: single for the first inner level, double for the next, and so on. */
export function renderUnicode(tokens: readonly QuoteToken[]): string {
  return tokens
    .map((token) => {
      switch (token.kind) {
        case 'text':
          return token.text;
        case 'open':
          return token.depth % 2 === 0 ? '‘' : '“';
        case 'close':
          return token.depth % 2 === 0 ? '’' : '”';
        case 'stray-open':
          return '‘';
        case 'stray-close':
          return '’';
      }
    })
    .join('');
}

const LATEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '{': '\\{',
  '}': '\\}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Escapes the characters LaTeX treats specially, in one pass so the escapes are not escaped again. */
export function escapeLatex(text: string): string {
  return text.replace(/[\\&%$#_{}~^]/g, (char) => LATEX_ESCAPES[char]);
}

/**
 * Renders tokens as LaTeX inside an outer quotation. With `enquote`, inner quotations nest as
 * `\enquote{…}` and csquotes picks the marks; with `backticks`, inner levels alternate `…' and ``…''.
 */
export function renderLatex(tokens: readonly QuoteToken[], quotes: LatexQuotes): string {
  return tokens
    .map((token) => {
      switch (token.kind) {
        case 'text':
          return escapeLatex(token.text);
        case 'open':
          if (quotes === 'enquote') return '\\enquote{';
          return token.depth % 2 === 0 ? '`' : '``';
        case 'close':
          if (quotes === 'enquote') return '}';
          return token.depth % 2 === 0 ? "'" : "''";
        // An unpaired mark cannot become a brace without unbalancing the output.
        case 'stray-open':
          return '`';
        case 'stray-close':
          return "'";
      }
    })
    .join('');
}

/** Wraps LaTeX text in outer quotation marks. */
export function latexQuotation(body: string, quotes: LatexQuotes): string {
  if (quotes === 'enquote') return `\\enquote{${body}}`;
  // A thin space keeps ``` from being read as `` followed by ` when an inner quote touches the outer.
  const start = body.startsWith('`') ? '``\\,' : '``';
  const end = body.endsWith("'") ? "\\,''" : "''";
  return `${start}${body}${end}`;
}

/** Collapses line breaks and runs of spaces, as hard-wrapped source text would otherwise carry them in. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Escapes text for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
