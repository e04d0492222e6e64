/**
 * Which way the clause around a date points in time. A date without a year or a weekday is
 * resolved forward or backward from the article date, and only the grammar can say which:
 * "will meet on Wednesday" is ahead, "met on Wednesday" behind. These are word-level cues, not
 * a parse, so each test is deliberately narrow and says what it does not catch.
 */

/** What the clause says about time; null when it gives no clear sign either way. */
export type Tense = 'future' | 'past' | null;

// "will" after a determiner is the noun ("the will to withdraw"), not the future tense.
// A journey in the present tense ("Orban goes to Moscow on Tuesday") is a schedule; "meets" and
// "visits" stay out because photo captions tell past visits in the present. A payment that "is due"
// or has its "payment date" is ahead ("is due largely to" gives a cause).
const FUTURE_CUE = /(?<!\b(?:the|a|his|her|its|their|our|political|good|free)\s)\bwill\b|\b(?:goes|travels|heads|flies) to\b|\bleaves for\b|\b(?:shall|won['’]t|plans? to|planning to|(?:is|are) (?:scheduled|set|expected|due|likely) to(?! have\b)|(?:is|are|was|were) now (?:scheduled|set|expected|due) to(?! have\b)|upcoming|forthcoming|next(?!\s+(?:installment|instalment|chapter|generation|day|morning|evening|night|largest|biggest|to)\b|\s+(?:step|stage|phase)\b[^.;!?]{0,80}?\b(?:was|were)\b)|plans (?:for|of)|scheduled for|(?:the|a|an|its|his|her|their) planned|(?:is|are) due(?!\s+(?:[a-z]+ly\s+|in\s+part\s+)?to\b)|(?:pay|payment|coupon|settlement|redemption) date is|is the (?:pay|payment|coupon|settlement|redemption) date|(?:has|have) (?:pledged|promised|vowed) to|expect(?:s|ed)? (?:[a-z]+ ){1,2}to (?!have\b)[a-z]+)\b|['’]ll\b/gi;
const GOING_TO = /\b(?:am|is|are|['’]s|['’]re)\s+going\s+to\s+(?!the\b|a\b|an\b)\p{Ll}+\b/giu;

/**
 * A reporting verb, or a new past clause ("the positions it occupied", ", but there were"), ends
 * a cue's reach.
 */
const CUE_BREAK =
  /\b(?:said|says|told|tells|announced|added|that)\b|,\s+but\b|\bthere\s+(?:was|were)\b|\b(?:it|they|he|she|we|which|who)\s+(?:(?:was|were|had|has|have)\s+)?\w+(?:ed|en)\b|\b(?:it|they|he|she|we|which|who)\s+did\b/i;
/**
 * "ahead of an event on Monday": the date belongs to the thing awaited, so it is still to come.
 * Only when the date closes the same phrase: "met Monday ahead of the talks" and "Ahead of the
 * summit, they met on Monday" date the meeting, which is past.
 */
// ("in advance of his annual meeting, on April 5-6": the date set off after the noun.)
const AHEAD_OF = /\b(?:ahead|in advance) of\s+(?:a|an|the|its|his|her|their|this|next)\b([^,;.!?]{0,40})(?:,\s+(?:on|in)\s+)?$/i;

// Lower case only ("May" is a month and a name); "can", "could not" and "could be seen" report
// what was possible or seen, not what is to come.
// "would" is also the future of a past report ("said it would be over by September"), which the
// caller weighs by how near the month is.
// "must be reached by late September" is ahead as "could" is.
// ("might have to step down" is an obligation ahead, "might have stepped down" the past.)
const MODAL = /\b(?:could|may|might|would|must)\s+(?!have\b(?!\s+to\b)|not\b|n['’]t\b|be\s+(?:seen|heard)\b|\w+ly\s+have\b)/g;

// A timetable in the present: "before G20 leaders meet in September", "the summit opens on Monday",
// "the deal expires in March", "the law goes into effect on July 1", "the first round is on Sunday". Not "meets" (captions tell past meetings so), an infinitive ("to meet")
// or a noun ("after the vote on Wednesday").
const SCHEDULED = /(?<!\b(?:to|would|could|might|may|should|did|the|a|an|this|that|its|his|her|their|our|next|last|first|final|[’']s)\s)\b(?:meet|convene|gather|vote|resume|begin|begins|start|starts|open|opens|close|closes|end|ends|expire|expires|take place|takes place|(?:goes|go|comes|come) into (?:effect|force)|takes? effect|enters? into force|is|are)\s+(?:again\s+)?(?:in|on|by|from)\s+(?:the\s+)?$/i;

const AS_SOON_AS = /\b(?:could|may|might|would|will|can|should|expected to|likely to|set to)\s+(?:\p{L}+\s+){0,3}as soon as\s+$/iu;

/** Where the clause holding `start` begins: quotation marks and semicolons part clauses. */
// Not after an abbreviation or initials: "St.Petersburg", "U.S.Navy", "Gen.Zaluzhnyi".
const RUN_TOGETHER_END = /(?<!\b(?:\p{L}{1,2}|St|Mr|Mrs|Ms|Dr|Gen|Col|Lt|Jr|Sr|Sen|Gov|Rep|Prof))(?<!\p{Lu}\.\p{Lu})[.!?](?=\p{Lu}\p{Ll})/gu;

function clauseHead(sentence: string, start: number): string {
  const before = sentence.slice(0, start);
  // Machine-translated copy runs sentences together ("from the USA.Joe Biden emphasized"): a full
  // stop right before a capitalised word ends the clause too.
  const runTogether = Math.max(-1, ...[...before.matchAll(RUN_TOGETHER_END)].map((m) => m.index));
  const clauseStart = Math.max(before.lastIndexOf(';'), before.lastIndexOf('“'), before.lastIndexOf('"'), before.lastIndexOf('”'), runTogether);
  return before.slice(clauseStart + 1);
}

/**
 * Whether the clause around a date speaks of the future ("will", "plan to meet … on Wednesday").
 * A cue only counts when nothing in {@link CUE_BREAK} stands between it and the date, so
 * "said Monday that Russia will…" stays past.
 */
export function speaksOfFuture(sentence: string, start: number, end: number): boolean {
  const head = clauseHead(sentence, start);
  const cues = [...head.matchAll(FUTURE_CUE)];
  const lastCue = cues[cues.length - 1];
  if (lastCue && !CUE_BREAK.test(head.slice(lastCue.index + lastCue[0].length))) return true;
  // "the market is going to reverse by April"; only before the date ("aid promised on February 24 is
  // going to the front" goes somewhere).
  const goingTo = [...head.matchAll(GOING_TO)].at(-1);
  if (goingTo && !CUE_BREAK.test(head.slice(goingTo.index + goingTo[0].length))) return true;
  const ahead = AHEAD_OF.exec(head);
  if (ahead && !CUE_BREAK.test(ahead[1])) return true;
  // "could happen as soon as Wednesday": the earliest a possible thing may come, when a modal
  // says it is only possible ("He left as soon as the meeting ended on Friday" is past).
  if (AS_SOON_AS.test(head)) return true;
  // Only the timetable's own clause may not be past: "months left before leaders meet in September".
  if (SCHEDULED.test(head)) {
    // A modal in the timetable's clause ("would normally begin in July") is the caller's to weigh.
    const local = head.split(/,|\b(?:before|after|when|until|once|that|said|says|told|and|but|while)\b/i).pop() ?? '';
    if (verbMarks(local).past.length === 0 && !/\b(?:would|could|might|may|should|did|had)\b/i.test(local)) return true;
  }
  // "By 3 July, we will hold …": a deadline opening the sentence, the future in its main clause
  // ("By Friday, officials said they will …" is a past report, left alone).
  if (/(?:^|[“"]\s*)[Bb]y\s+$/.test(head) && /^[^.;!?]{0,40}?,\s*(?:(?!said|says|told)\p{L}+\s+){0,3}will\b/u.test(sentence.slice(end))) return true;
  // The date's own clause only: "fired … on Thursday, but officials expect next week's" and
  // "departed on Tuesday … and will sail" put the future in another clause.
  const tail = sentence.slice(end, end + 50).split(/[;,.!?“”"]|\b(?:and|but|while|whereas)\b/)[0];
  const nextCue = new RegExp(FUTURE_CUE.source, 'i').exec(tail);
  // "the February meeting produced an accord that will …": a past verb before the cue keeps the date past.
  return !!nextCue && !CUE_BREAK.test(tail.slice(0, nextCue.index)) && verbMarks(tail.slice(0, nextCue.index)).past.length === 0;
}

/** Past forms that do not end in -ed, and words that only look back ("ago", "yesterday"). */
const IRREGULAR_PAST =
  /\b(?:was|were|had|did|said|told|came|went|took|met|began|held|gave|made|saw|left|fell|struck|won|lost|sent|brought|became|fought|led|spoke|wrote|got|kept|knew|stood|shot|paid|sold|built|rose|broke|chose|flew|fled|spent|threw|felt|heard|thought|found|ran|drew|ago|yesterday)\b/gi;
/**
 * A regular past form, unless an auxiliary or a determiner makes it a passive or an adjective
 * ("is expected", "the armed forces"); Capitalised words are names ("United"), not verbs.
 */
const REGULAR_PAST =
  /(?<!\b(?:is|are|am|be|been|being|will|to|get|gets|the|a|an|its|his|her|their|our|this|that|these|those|more|most|very|well|newly|so|fully|['’]s|['’]re)\s)\b[a-z]{2,}ed\b/g;
/** -ed words that are not past verbs in news prose, or are adjectives before the date. */
const NOT_PAST = new Set([
  'need', 'exceed', 'proceed', 'succeed', 'indeed', 'embed', 'hundred', 'expected', 'scheduled', 'planned',
  'supposed', 'based', 'related', 'concerned', 'armed', 'alleged', 'unprecedented', 'limited', 'advanced',
  'interested', 'speed', 'feed', 'seed', 'breed', 'bleed', 'greed', 'deed', 'shed', 'red', 'bed',
]);
/** Present, modal and future forms: after the last past form, the clause no longer narrates. */
const NOT_PAST_VERB =
  /\b(?:is|are|am|will|would|could|might|may|can|should|must|shall|do|does|don['’]t|doesn['’]t|isn['’]t|aren['’]t|won['’]t|can['’]t|see|sees)\b/g;
/** A tail stops at the end of its clause or at a reporting verb ("…, he noted"). */
const TAIL_END = /[.;!?“”"—]|\s[-–]\s|\b(?:said|says|told|tells|noted|notes|added|adds|announced|stated|wrote|according)\b/;

/**
 * Whether a stretch of prose is told in the present, the perfect included ("Kyiv has vowed to
 * retake it. Its army is stretched thin."): present forms and no past ones.
 */
export function readsInPresent(text: string): boolean {
  const { past, notPast } = verbMarks(text.replace(PERFECT, ' is '));
  return past.length === 0 && notPast.length > 0;
}
const PERFECT = /\b(?:has|have)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en)\b/gu;

/** Positions of past and non-past verb forms in a stretch of text. */
function verbMarks(text: string): { past: number[]; notPast: number[] } {
  const past = [...text.matchAll(IRREGULAR_PAST)].map((m) => m.index);
  for (const m of text.matchAll(REGULAR_PAST)) if (!NOT_PAST.has(m[0])) past.push(m.index);
  return { past, notPast: [...text.matchAll(NOT_PAST_VERB)].map((m) => m.index) };
}

/**
 * Whether the clause around a date narrates the past. The verb nearest before the date decides
 * ("said Russia could attack on the 16th" is not past); with no verb before it, the first one
 * after it in the same clause ("On the 16th, troops crossed").
 */
export function speaksOfPast(sentence: string, start: number, end: number): boolean {
  // "told reporters Friday that May 9 … is a date": the reported clause has its own tense.
  const whole = clauseHead(sentence, start);
  const that = whole.search(/\bthat\s+[^]*$/);
  const head = verbMarks(that >= 0 ? whole.slice(that) : whole);
  const lastPast = Math.max(-1, ...head.past);
  const lastNotPast = Math.max(-1, ...head.notPast);
  if (lastPast >= 0 || lastNotPast >= 0) return lastPast > lastNotPast;
  const after = sentence.slice(end);
  const cut = TAIL_END.exec(after);
  const tail = verbMarks(cut ? after.slice(0, cut.index) : after);
  return Math.min(Infinity, ...tail.past) < Math.min(Infinity, ...tail.notPast);
}

/**
 * The modal ("could", "may", "might", "would") before a month or a season when it looks ahead:
 * "Russia may be preparing an offensive in the winter", "Russia could launch an invasion in
 * February"; null when there is none or it does not. Only for a month or a season, whose year is
 * what the direction decides; a weekday after a modal is as often a past day ("said he could not
 * comment on Monday's talks"). Not when a past verb or a sentence's end follows the modal, nor in a
 * relative clause ("a drone that could fly 1,000 km hit …").
 */
export function modalAhead(sentence: string, start: number): string | null {
  const head = clauseHead(sentence, start);
  const modal = [...head.matchAll(MODAL)].at(-1);
  if (!modal || /\b(?:which|who|that)\s+$/i.test(head.slice(0, modal.index))) return null;
  const rest = head.slice(modal.index + modal[0].length);
  // Any -ed word after the modal ("may still be counting the cost of its failed offensive") tells of
  // something done, so the date may be its; so does a past verb later in the sentence ("might be
  // blown up in June, but capitals dismissed it") unless a condition or a reason holds it ("would
  // travel in August if he feared …").
  const after = sentence.slice(start);
  const clauseEnd = after.search(/\b(?:if|unless|because)\b/);
  // (A passive after it, "would be discussed at a meeting in mid-April", is still to come.)
  const ahead = !/[.;!?]/.test(rest) && !CUE_BREAK.test(rest) && !/\b[a-z]{2,}ed\b/.test(rest.replace(/^\s*be\s+[a-z]+ed\b/, '')) && verbMarks(clauseEnd >= 0 ? after.slice(0, clauseEnd) : after).past.length === 0;
  return ahead ? modal[0].trim() : null;
}

/** Whether any verb of the sentence is in the past ("In September, Medvedev said …"). */
export function hasPastVerb(sentence: string): boolean {
  return verbMarks(sentence).past.length > 0;
}

/** Future wins over past: "said Monday that it will…" is caught by the cue's own reach rules. */
export function tenseAround(sentence: string, start: number, end: number): Tense {
  if (speaksOfFuture(sentence, start, end)) return 'future';
  return speaksOfPast(sentence, start, end) ? 'past' : null;
}
