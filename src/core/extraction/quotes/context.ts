/**
 * What the speaker rules know about one document while attributing, and the look-ups they share.
 */
import type { TextSpan } from '../../model';
import type { Actor, ResolvedMention } from '../types';

/** What the quotation extractor knows about one document while attributing. */
export interface SpeakerContext {
  text: string;
  /** Mentions sorted by start, those inside quotations removed. */
  mentions: ResolvedMention[];
  actorsById: Map<string, Actor>;
  /** Paragraph spans in order, to bound pronoun look-back. */
  paragraphs: readonly TextSpan[];
  /** The text with quotations blanked (./text MASK), to read sentence subjects outside them. */
  masked?: string;
  /** The article's publication date (`YYYY-MM-DD`), or null: what the offices it names are dated by. */
  date?: string | null;
}

/** Mentions lying wholly inside `span`. */
export function mentionsIn(ctx: SpeakerContext, span: TextSpan): ResolvedMention[] {
  const ms = ctx.mentions;
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid].start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: ResolvedMention[] = [];
  for (let i = lo; i < ms.length && ms[i].start < span.end; i++) if (ms[i].end <= span.end) out.push(ms[i]);
  return out;
}

/** Index of the paragraph holding `pos`. */
export function paragraphIndexAt(ctx: SpeakerContext, pos: number): number {
  let lo = 0;
  let hi = ctx.paragraphs.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.paragraphs[mid].start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** How many headings or captions in a row the look-back steps over to reach a paragraph of prose. */
const MAX_SKIPPED_LINES = 3;

/**
 * Where a pronoun's look-back starts: the paragraph before `para`, stepping over headings and
 * photo captions (lines that do not end a sentence, "‘Living life no matter what’", "… Visit
 * Ukraine"), which interrupt the prose but name no one the next "he says" could mean.
 */
export function previousProseStart(ctx: SpeakerContext, para: number): number {
  let i = para - 1;
  for (let skipped = 0; i > 0 && skipped < MAX_SKIPPED_LINES && !paragraphEndsProse(ctx, i); skipped++) i--;
  return ctx.paragraphs[Math.max(0, i)]?.start ?? 0;
}

/** Whether a paragraph ends as prose does, in sentence punctuation or a closing mark. */
function paragraphEndsProse(ctx: SpeakerContext, index: number): boolean {
  const p = ctx.paragraphs[index];
  return /[.!?…:]["”’»)]?\s*$|["”»]\s*$/u.test(ctx.text.slice(p.start, p.end));
}
