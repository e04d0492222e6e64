/**
 * Words that never trigger a hover card on their own: hovering "the" or "said" in a draft should
 * not pop up passages, because every source contains them.
 */
const WORDS = `a about above after again against all also although am an and any are aren't as at be because
been before being below between both but by can cannot could couldn't did didn't do does doesn't doing don't
down during each either else ever every few for from further had hadn't has hasn't have haven't having he he'd
he'll he's her here here's hers herself him himself his how how's however i i'd i'll i'm i've if in into is isn't
it it's its itself just let's like may me might more most much must mustn't my myself neither no nor not now of
off on once one only or other ought our ours ourselves out over own per quite rather really said same say says
saying shall shan't she she'd she'll she's should shouldn't since so some such than that that's the their theirs
them themselves then there there's these they they'd they'll they're they've this those though through thus to
too told under until up upon us very was wasn't we we'd we'll we're we've were weren't what what's when when's
where where's whether which while who who's whom whose why why's will with within without won't would wouldn't
yes yet you you'd you'll you're you've your yours yourself yourselves mr mrs ms dr st`;

export const STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

/** True for a stop word, compared case-insensitively with curly apostrophes straightened. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word.toLowerCase().replace(/’/g, "'"));
}
