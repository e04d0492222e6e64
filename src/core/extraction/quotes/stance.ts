/**
 * Quotations that no speech verb brings in but a word for someone's words or view does: "Biden’s
 * comment that “…”", "his mantra “…”", "the State Department’s insistence that “…”", and "In his
 * opinion, the troops “…”". The owner of the words or the view is the speaker.
 */
import type { TextSpan } from '../../model';
import { mentionsIn, type SpeakerContext } from './context';
import { actorFitsPronoun } from './names';
import { resolvePronoun } from './pronouns';
import { MASK, sentenceStartBefore } from './text';

/** Nouns for words said or written, whose owner said them. */
const SPEECH_NOUNS =
  'mantra|insistence|comments?|remarks?|words|statements?|assertions?|claims?|thesis|warnings?|appeals?|calls?|' +
  'pleas?|promises?|pledges?|vows?|assurances?|arguments?|message|motto|boast|accusations?|demands?';

const POSSESSIVE_PRONOUNS: Record<string, string> = { his: 'he', her: 'she', their: 'they', its: 'it' };

// Only adjectives may stand between the owner and the noun: "Russia’s unsubstantiated claim", not
// "Macron’s visit drew accusations".
const MODIFIER = String.raw`(?:\p{Ll}+(?:al|ic|ous|ive|ful|less|ent|ant|ary|ible|able|ed|est)|own|new|public|recent|latest|former|earlier|many|stark|bold|false|famous|oft-repeated|now-famous|much-quoted)`;
/**
 * The owner and noun right before a quotation: "Biden’s comment that", "his call for Truss to be
 * put", "her words:". At most two adjectives before the noun, and a few words without clause
 * punctuation between the noun and the quotation.
 */
const POSSESSED_WORDS = new RegExp(
  `(?:(?<name>\\p{Lu}[\\p{L}.-]*)['’]s|\\b(?<pronoun>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts))(?:\\s+${MODIFIER}){0,2}\\s+(?:${SPEECH_NOUNS})` +
    `(?:\\s*[:,]|\\s+(?:that|for|to|of|about)\\b(?:\\s+[^\\s,;:.!?“”"${MASK}]+){0,7})?\\s*$`,
  'u',
);

/** "In his opinion, …", "…, in her view, …": the view of whoever the pronoun means. */
const IN_ONES_VIEW = /\b[Ii]n\s+(his|her|their|its)\s+(?:opinion|view|estimation|assessment|judge?ment)\b/g;

/** An attribution from the owner of words or of a view, and where the owning words are. */
export interface StanceCue {
  speaker: string | null;
  cue: string;
  /** Where the owning words start: a speech verb between them and the quotation is nearer. */
  at: number;
  /** Words owned inside another's sentence ("Russia's assertions"), which later quotations do not continue. */
  owned: boolean;
}

/** The speaker of the last quotation before, and where that quotation ends. */
export interface LastSpeaker {
  speaker: string;
  end: number;
}

function ownerOf(ctx: SpeakerContext, name: TextSpan | null, pronoun: string | null, at: number, last: LastSpeaker | null): string | null {
  if (pronoun) {
    // "…, he emphasized. In his opinion, …": the writer is still reporting the last speaker, whom
    // names inside that speaker's own words (not masked in dash-quoted copy) must not displace;
    // a person named since ("Analyst John Smith disagrees. In his opinion, …") is meant instead.
    const subject = POSSESSIVE_PRONOUNS[pronoun.toLowerCase()];
    const namedSince = last ? mentionsIn(ctx, { start: last.end, end: at }).some((m) => m.actorId !== last.speaker && (m.kind === 'person' || m.kind === 'unnamed')) : true;
    const lastActor = last ? ctx.actorsById.get(last.speaker) : undefined;
    if (last && lastActor && !namedSince && actorFitsPronoun(lastActor, subject)) return last.speaker;
    return resolvePronoun(ctx, subject, at);
  }
  if (!name) return null;
  // The possessor may be the last word of a longer name: "the State Department’s insistence".
  const mention = mentionsIn(ctx, { start: Math.max(0, name.start - 60), end: name.end }).find((m) => m.end === name.end);
  return mention && ctx.actorsById.has(mention.actorId) ? mention.actorId : null;
}

/**
 * The owner of the words or view that bring in the quotation opening at `open` (`paraStart` is its
 * paragraph's start), or null when nothing of the kind stands before it in its sentence.
 * `lastSpeaker` is the speaker of the previous quotation in this or the previous paragraph, whom
 * "his" or "her" means first when it fits and nobody else has been named since.
 */
export function stanceCue(ctx: SpeakerContext, masked: string, open: number, paraStart: number, lastSpeaker: LastSpeaker | null): StanceCue | null {
  const start = sentenceStartBefore(masked, ctx.text, open, paraStart);
  const before = masked.slice(start, open);
  const owned = POSSESSED_WORDS.exec(before);
  if (owned?.groups) {
    const at = start + owned.index;
    const { name, pronoun } = owned.groups;
    const nameSpan = name ? { start: at, end: at + name.length } : null;
    const cue = ctx.text.slice(at, open).replace(/[\s:,]+$/, '').replace(/\s+/g, ' ');
    return { speaker: ownerOf(ctx, nameSpan, pronoun ?? null, at, lastSpeaker), cue, at, owned: true };
  }
  // The view runs to the sentence's end: "In his opinion, the troops “…”, and the nation “…”".
  let view: RegExpExecArray | null = null;
  IN_ONES_VIEW.lastIndex = 0;
  for (let m = IN_ONES_VIEW.exec(before); m; m = IN_ONES_VIEW.exec(before)) view = m;
  if (!view) return null;
  const at = start + view.index;
  return { speaker: ownerOf(ctx, null, view[1], at, lastSpeaker), cue: view[0], at, owned: false };
}
