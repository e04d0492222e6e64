/** Terminal output: colour only when it helps a person (a TTY, no NO_COLOR, or --color). */

export interface Styler {
  bold(text: string): string;
  dim(text: string): string;
  highlight(text: string): string;
}

export function createStyler(enabled: boolean): Styler {
  const wrap = (open: string, close: string) => (text: string) => (enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text);
  return { bold: wrap('1', '22'), dim: wrap('2', '22'), highlight: wrap('1;33', '22;39') };
}

export function colourWanted(flag: boolean | undefined, stream: NodeJS.WriteStream): boolean {
  if (flag !== undefined) return flag;
  if (process.env.NO_COLOR) return false;
  // FORCE_COLOR=0 (or false) asks for no colour, as in Node and chalk.
  const force = process.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force.toLowerCase() !== 'false';
  return stream.isTTY === true;
}

/**
 * Marks `spans` (offsets relative to `text`) with the styler's highlight; overlapping spans are
 * merged so escape codes never nest.
 */
export function highlightSpans(text: string, spans: readonly { start: number; end: number }[], style: Styler): string {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const span of sorted) {
    const start = Math.max(span.start, at);
    if (span.end <= start) continue;
    out += text.slice(at, start) + style.highlight(text.slice(start, span.end));
    at = span.end;
  }
  return out + text.slice(at);
}

/** Collapses runs of whitespace so a passage prints on one line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Reports progress on stderr at most every `intervalMs`; on a TTY the line is rewritten in place.
 */
export function createProgress(enabled: boolean, label: string, intervalMs = 250): { update(done: number, total: number): void; done(): void } {
  let last = 0;
  let shown = false;
  const tty = process.stderr.isTTY === true;
  return {
    update(done, total) {
      if (!enabled) return;
      const now = Date.now();
      if (now - last < intervalMs && done !== total) return;
      last = now;
      shown = true;
      const line = `${label} ${done} of ${total} files…`;
      process.stderr.write(tty ? `\r${line}` : `${line}\n`);
    },
    done() {
      if (enabled && shown && tty) process.stderr.write('\n');
    },
  };
}
