/**
 * "Today" and "tomorrow" that name no day: "Russia today is a fascist state", "as of today",
 * "today the conflict is frozen, and tomorrow it could be unfrozen", "Today Ukraine, tomorrow
 * Moldova". News dates "today" to the article's day unless the words around it speak of the
 * present as an era, a state or a stance.
 */
// "today’s regulations", "more than it is today", "still with us today": today as these times, no day.
// A day's happening may come after an adjective or two: "during today's weekly cabinet meeting",
// "details of today's agreement", "in today's trading"; not when the word only qualifies another:
// "today's trading environment", "today's arms deal landscape" are these times.
const TODAY_AS_TIMES_AFTER = /^['’]s\s+(?!(?:\p{Ll}+\s+){0,2}(?:meeting|talks|summit|session|vote|visit|speech|statement|announcement|decision|attack|strike|hearing|debate|address|call|conference|briefing|interview|event|ceremony|parade|election|deadline|game|match|rally|shelling|bombing|explosion|protest|agreement|accord|deal|signing|trading|auction|ruling|verdict|communique|report|raid|incident|launch)s?\b(?!\s+(?:environment|landscape|system|systems|world|climate|culture|era|generation|standards|terms|conditions|context|order|architecture)\b))\p{Ll}/u;
// "today's 50 mln people": a population as it now stands, no day's happening.
const TODAY_AS_POPULATION_AFTER = /^['’]s\s+(?:some\s+|about\s+)?\d[\d.,]*\s+(?:mln\s+|million\s+|billion\s+|bln\s+)?(?:people|inhabitants|citizens|residents|workers|members|users|consumers|farmers)\b/;
const TODAY_AS_TIMES_BEFORE = /\b(?:than\s+(?:it|they|he|she|we|this|that)\s+(?:is|are|was|were)\s+|still\s+(?:with\s+us|here|alive|around)\s+|even\s+|the\s+world\s+(?:of\s+)?)$/i;

const ERA_COMPARISON = /\b(?:truer|more\s+(?:true|relevant|urgent|important)|as\s+(?:true|relevant|urgent|important)\s+as\s+ever)\s+$/i;
// "Today Ukraine, tomorrow Moldova": a name or two and no verb on each side of the comma.
const TODAY_TOMORROW = /^\s*(?:\p{Lu}[\p{L}-]*\s*){1,3},\s*tomorrow\b/u;
const TOMORROW_AFTER_TODAY = /\b[Tt]oday\s+(?:\p{Lu}[\p{L}-]*\s*){1,3},\s*$/u;
// "Ukraine today may be East Asia tomorrow": the same contrast in one clause.
const TODAY_THEN_TOMORROW = /^(?:[^.;!?]{0,80}?\b(?:is|are|remains|seems|looks)\b[^.;!?]{0,60}?,?\s+(?:and|but)\s+tomorrow\s+(?:it|they|we|this|that|the\s+\p{Ll}+)\s+(?:could|may|might|can)\b|\s+(?:may|might|could|can)\s+[^.;!?,]{0,40}?\btomorrow\b)/u;
// The "tomorrow" of that contrast: what may come, no day.
const TOMORROW_AFTER_STATE = /\btoday\s+(?:[^.;!?]{0,80}?\b(?:is|are|remains|seems|looks)\b[^.;!?]{0,60}?,?\s+(?:and|but)\s+|(?:may|might|could|can)\s+[^.;!?,]{0,40}?)$/i;
const MAY_COME_AFTER = /^\s+(?:it|they|we|this|that|the\s+\p{Ll}+)\s+(?:could|may|might|can)\b/u;

// "today is a noble one": a copula of state, not a day's happening ("today are meeting", "today is
// visiting", "today is in Brussels", "today is the deadline").
const STATE_COPULA_AFTER = /^\s+(?:is|are|remains)\s+(?!(?!(?:some|no|any|every)thing\b)\p{Ll}+(?:ed|ing)\b|being\b|set\b|due\b|(?:in|at|on|under|to|the\s+(?:first|last|deadline|anniversary|day|\d))\b)/u;

/** Whether "Today" at `start` of `sentence` names a programme ("BBC Radio 4's Today programme", "the Today show"), no day at all. */
export function namesProgramme(sentence: string, start: number): boolean {
  return sentence.startsWith('Today', start) && /^\s+(?:programme|program|show|podcast)\b/.test(sentence.slice(start + 5, start + 20));
}

/** Whether "today" at `start` of `sentence` means these times rather than the article's day. */
export function isNowadays(sentence: string, start: number): boolean {
  const after = sentence.slice(start + 5, start + 40);
  const before = sentence.slice(Math.max(0, start - 40), start);
  // "Today’s Russia", "Russia today is …": a country as it is these days.
  if (/^['’]s\s+\p{Lu}/u.test(after) || (/\p{Lu}\p{Ll}+\s+$/u.test(before) && STATE_COPULA_AFTER.test(after))) return true;
  // "today is a difficult time", "What about today?", "rings even truer today", "Today Ukraine,
  // tomorrow Moldova": the present as an era, held up against another.
  // ("about today's attack" is the day's attack, left to the test of what follows "'s".)
  if (/^\s+is\s+an?\s+(?:\p{Ll}+\s+)?(?:time|period|era|age|world)\b/u.test(after) || (/\babout\s+$/i.test(before) && !/^['’]s\b/.test(after))) return true;
  // Only a judgement of the times is compared: "hit harder today than" and "clearer today about" report the day.
  if ((ERA_COMPARISON.test(before) && !/^\s+than\b/.test(after)) || TODAY_TOMORROW.test(sentence.slice(start + 5))) return true;
  // "both earlier and today", "today and in the future": a span of times, no day ("yesterday and
  // today", "today and tomorrow" may be two days of talks).
  if (/\b(?:earlier|then|before|in the past|historically),?\s+and\s+$/i.test(before) || /^,?\s+and\s+(?:in the future|forever|always)\b/i.test(after)) return true;
  // "as of today", "completely impossible today", "those who today favor", "the freedom we enjoy
  // today", "security today is a noble one": the present state of things, no day's happening.
  // "This is Russia today", "today it can be seen that": the present as it is.
  if (/\b[Tt]his\s+is\s+(?:the\s+)?\p{Lu}\p{L}+\s+$/u.test(before) || /^\s+(?:it|one)\s+(?:can|could|may)\s+be\s+(?:seen|said)\b/.test(after)) return true;
  // "Today is the deadline" names the day; "ministers today are meeting", "the meeting today is in
  // Brussels" report it.
  const opens = before.trim() === '' || /[.!?:;—–-]\s*$/.test(before);
  // "Until today we have announced policies": the edge of a state, no day's happening.
  if (/\b(?:as\s+of|until|till)\s+$/i.test(before) || (STATE_BEFORE_TODAY.test(before) && !/^\s+\p{Ll}+(?:ed|en)\b/u.test(after))) return true;
  if (/\b[Ww]ho\s+$/.test(before) && STATE_VERB_AFTER.test(after)) return true;
  if (!opens && STATE_COPULA_AFTER.test(after)) return true;
  // "Russia today, like Nazi Germany in 1945, is …", "Today, it must be done for a new century":
  // the present held up against another time, or what it demands.
  if (/^,\s+like\b[^,]{0,60},\s+(?:is|are|remains|was)\b/.test(sentence.slice(start + 5)) || /^,?\s+(?:it|this|that)\s+(?:must|should|needs?\s+to)\b/.test(after)) return true;
  // "today the conflict is frozen, and tomorrow it could be unfrozen": now set against what may come.
  if (TODAY_THEN_TOMORROW.test(sentence.slice(start + 5))) return true;
  return TODAY_AS_TIMES_AFTER.test(after) || TODAY_AS_POPULATION_AFTER.test(after) || TODAY_AS_TIMES_BEFORE.test(before);
}

// An adjective of state ("impossible today") or a subject with a verb of lasting state.
const STATE_BEFORE_TODAY = /(?:(?<!\b(?:became|become|becomes|grew|made|make|makes)\s+)\b(?:impossible|possible|difficult|unlikely|likely|necessary|important|relevant|clear|true|different|unthinkable|unimaginable)|\b(?:we|you|they|people)\s+(?:enjoy|have|face|live|need|know|see))\s+$/i;
// "those who today favor appeasement": a stance held, not a deed of the day ("who today met Biden").
const STATE_VERB_AFTER = /^\s+(?:favou?r|support|oppose|believe|want|hold|argue|advocate|call\s+for|defend|dream|live|remember|recall|know|see)s?\b/i;

/**
 * Whether "tomorrow" at `start` of `sentence` is the other half of a figure ("Today Ukraine,
 * tomorrow Moldova", "today the conflict is frozen, and tomorrow it could be unfrozen", "Ukraine
 * today may be East Asia tomorrow") rather than the day after the article's.
 */
export function isFigurativeTomorrow(sentence: string, start: number): boolean {
  const before = sentence.slice(0, start);
  if (TOMORROW_AFTER_TODAY.test(before)) return true;
  if (!TOMORROW_AFTER_STATE.test(before)) return false;
  return MAY_COME_AFTER.test(sentence.slice(start + 8)) || /\b(?:may|might|could|can)\b/.test(before.split(/\btoday\b/i).at(-1) ?? '');
}
