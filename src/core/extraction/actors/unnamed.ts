/**
 * Unnamed sources that speak: "a US official said", "according to a senior Biden administration
 * official", "said a congressional source familiar with …", "the spokesman added". A bare
 * "the spokesman" or "this official" refers back to the last unnamed source with that noun.
 */
import type { Sentence } from '../../model';

/** An unnamed source mention: the span leaves the determiner out. */
export interface UnnamedSpan {
  start: number;
  end: number;
  /** Descriptor without determiner, e.g. "British diplomat". */
  name: string;
  head: string;
}

const HEADS = 'officials?|diplomats?|spokes(?:man|woman|person)|sources?|aides?|advis[eo]rs?|officers?|lawmakers?|negotiators?|[Bb]ankers?';
const QUANTIFIERS = new Set(['a', 'an', 'the', 'this', 'that', 'one', 'two', 'three', 'four', 'several', 'multiple', 'some', 'other', 'many']);
// Words that make a descriptor specific enough to be one source ("senior", "congressional").
const LOWER_MODIFIERS = 'senior|top|former|administration|congressional|intelligence|defense|defence|military|government|diplomatic|western|european|high-ranking|ranking|security|ministry|foreign|other|two|three|several|multiple|one|some';
const MODIFIER = `(?:(?:\\p{Lu}\\.){2,}|\\p{Lu}[\\p{L}’'-]*|${LOWER_MODIFIERS})`;
const postModifier = (quantifier: string): string =>
  `(?:\\s+(?:familiar with|traveling with|travelling with|close to|briefed on|with knowledge of)\\s+[^,.;:“”"]{1,80}${quantifier})?`;
const DETERMINER = '(?:(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat)\\s+)?';
// "UK defence sources later sought to clarify …": a source that corrects someone speaks too.
// (A place the source is in may come between: "a U.S. Government official in Tokyo said".)
const CUE_AFTER =
  '(?=(?:\\s+(?:in|at)(?:\\s+\\p{Lu}[\\p{L}.’\'-]*){1,3})?\\s*,?\\s+(?:(?:also|separately|later|earlier|previously)\\s+)?(?:said|says|told|tells|added|adds|stressed|noted|warned|confirmed|explained|cautioned|argued|insisted|as saying|clarified|(?:sought|tried) to (?:clarify|explain|play down|downplay))\\b)';
// Before a cue the post-modifier stops at the cue (lazy); after a cue it runs to punctuation.
const descriptor = (quantifier: string): string => `((?:${MODIFIER}\\s+){0,6}(?:${HEADS}))\\b${postModifier(quantifier)}`;
const SPEAKS_RE = new RegExp(`(?<![\\p{L}])${DETERMINER}${descriptor('?')}${CUE_AFTER}`, 'gu');
// "according to Pentagon spokesperson Maj. Gen. Pat Ryder": a title before a name, not a source.
const NAME_AFTER = '(?!\\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\\b)\\p{Lu})';
const CUED_RE = new RegExp(`(?:\\b(?:according to|said|says|told)\\s+)${DETERMINER}${descriptor('')}${NAME_AFTER}`, 'gu');

/** Finds unnamed speaking sources in one document's sentences, with anaphora resolved. */
export function findUnnamed(text: string, sentences: Sentence[]): (UnnamedSpan & { sentenceIndex: number })[] {
  const out: (UnnamedSpan & { sentenceIndex: number })[] = [];
  const lastByHead = new Map<string, string>();
  for (const s of sentences) {
    const slice = text.slice(s.start, s.end);
    const hits = new Map<number, UnnamedSpan>();
    for (const re of [SPEAKS_RE, CUED_RE]) {
      for (const m of slice.matchAll(re)) {
        const whole = m[0];
        const descriptorStart = whole.lastIndexOf(m[1]);
        const det = whole.slice(0, descriptorStart).trim().split(/\s+/).pop()?.toLowerCase() ?? '';
        const start = s.start + (m.index ?? 0) + descriptorStart;
        const end = s.start + (m.index ?? 0) + whole.length;
        const words = m[1].split(/\s+/);
        const head = words[words.length - 1].toLowerCase();
        const modifiers = words.slice(0, -1).filter((w) => !QUANTIFIERS.has(w.toLowerCase()));
        const hasPost = end > start + m[1].length;
        const singular = !/s$/.test(head) || head === 'spokesperson';
        let name: string;
        if (modifiers.length > 0 || hasPost) {
          name = text.slice(start, end).replace(/\s+/g, ' ');
          if (QUANTIFIERS.has(words[0].toLowerCase())) name = name.slice(words[0].length + 1);
          name = name.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => (/^(?:Senior|Top|Former)/.test(name) ? c.toLowerCase() : c));
        } else {
          // A bare "the spokesman": only as a reference back to a source already introduced.
          const previous = singular && ['the', 'this', 'that'].includes(det) ? lastByHead.get(head) : undefined;
          if (!previous) continue;
          name = previous;
        }
        lastByHead.set(head, name);
        hits.set(start, { start, end, name, head });
      }
    }
    for (const h of [...hits.values()].sort((a, b) => a.start - b.start)) out.push({ ...h, sentenceIndex: s.index });
  }
  return out;
}
