/**
 * Decides what a hover over a draft shows: the actor card when the hovered word or selection is
 * an actor's name, then the passages that best match it. The hovered word is what a passage
 * must contain; the words around it only rank passages. When nothing matches well the card is
 * empty, because a hover that pops up on every word is worse than none.
 */
import type { Actor, Quote } from '../extraction/types';
import type { SearchResult } from '../search/types';
import type { HoverCard, HoverPassage } from '../service';
import type { HoverCorpus } from './hoverCorpus';
import { contextWords, isCapitalized, isMeaningfulWord, nameCandidates, wordAt, wordsIn } from './draftWords';

export type HoverMode = 'passages' | 'actors';

export interface HoverInput {
  draft: string;
  offset: number;
  /** End of the selection when the hover is inside one. */
  end?: number;
}

export interface HoverDecisionOptions {
  /** `actors`: only an actor card, no passages. Default `passages`. */
  mode?: HoverMode;
  maxPassages?: number;
  /** A passage needs at least this fraction of the best passage's score. */
  relativeScore?: number;
}

const MAX_PASSAGES = 5;
// Scores fall steeply after a passage that shares the whole context; 0.12 keeps the next few
// passages that contain the hovered word while dropping the tail that barely mentions it.
const RELATIVE_SCORE = 0.12;
const HOVERED_BOOST = 4;
const MAX_ACTOR_QUOTES = 3;

function emptyCard(start: number, end: number): HoverCard {
  return { actor: null, passages: [], range: { start, end } };
}

/** Two normalised terms are the same word when equal or one is the other plus a short ending. */
export function sameTerm(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short) && long.length - short.length <= 3;
}

function normalise(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/’/g, "'");
}

/**
 * How many of the required terms the passage itself contains, judged by its highlighted words
 * (a result can match on the document title alone, which does not make the passage relevant).
 */
function matchedRequired(result: SearchResult, required: string[], documentText: string | undefined): number {
  const highlighted = documentText ? result.highlights.map((h) => documentText.slice(h.start, h.end)) : [];
  const words = (highlighted.length > 0 ? highlighted : [result.text])
    .flatMap((w) => normalise(w).split(/[^\p{L}\p{N}']+/u))
    .filter(Boolean);
  return required.filter((term) => words.some((w) => sameTerm(w, term))).length;
}

/** Direct quotes worth showing on an actor card: complete ones first, then longer ones. */
function pickQuotes(quotes: Quote[]): Quote[] {
  const clean = (q: Quote) => (q.flags.includes('unclosed') || q.flags.includes('orphan-close') ? 1 : 0);
  return [...quotes]
    .filter((q) => q.text.trim().split(/\s+/).length >= 3)
    .sort((a, b) => clean(a) - clean(b) || Math.min(b.text.length, 240) - Math.min(a.text.length, 240))
    .slice(0, MAX_ACTOR_QUOTES);
}

function findActor(input: HoverInput, corpus: HoverCorpus, word: { text: string; start: number; end: number } | null, selection: string | null): Actor | undefined {
  if (selection) return corpus.actorByName(selection);
  if (!word || !isMeaningfulWord(word.text)) return undefined;
  // A lowercase common word ("turkey", "will") is not the capitalised name it spells.
  if (!isCapitalized(word.text)) return undefined;
  for (const candidate of nameCandidates(input.draft, word)) {
    const actor = corpus.actorByName(candidate);
    if (actor) return actor;
  }
  return undefined;
}

export function decideHoverCard(input: HoverInput, corpus: HoverCorpus, options: HoverDecisionOptions = {}): HoverCard {
  const { draft } = input;
  const hasSelection = input.end !== undefined && input.end > input.offset;
  let start: number;
  let end: number;
  let selection: string | null = null;
  let word: ReturnType<typeof wordAt> = null;
  if (hasSelection) {
    const raw = draft.slice(input.offset, input.end);
    start = input.offset + (raw.length - raw.trimStart().length);
    end = input.end! - (raw.length - raw.trimEnd().length);
    selection = draft.slice(start, end);
    if (!selection) return emptyCard(input.offset, input.end!);
  } else {
    word = wordAt(draft, input.offset);
    if (!word) return emptyCard(input.offset, input.offset);
    start = word.start;
    end = word.end;
    if (!isMeaningfulWord(word.text)) return emptyCard(start, end);
  }

  const actor = findActor(input, corpus, word, selection);
  const actorPart: HoverCard['actor'] = actor
    ? {
        id: actor.id,
        name: actor.name,
        kind: actor.kind,
        roles: actor.roles,
        mentionCount: actor.mentions.length,
        quotes: pickQuotes(corpus.quotesBySpeaker(actor.id)),
      }
    : null;
  if (options.mode === 'actors') return { actor: actorPart, passages: [], range: { start, end } };

  const hoveredWords = (selection ? wordsIn(selection).map((w) => w.text) : [word!.text]).filter(isMeaningfulWord);
  const required = [...new Set(hoveredWords.map(normalise))];
  if (required.length === 0) return { actor: actorPart, passages: [], range: { start, end } };
  // Long selections are queries of their own; short ones borrow the words around them.
  const context = required.length >= 6 ? [] : contextWords(draft, { start, end }, new Set(required), 8 - Math.min(required.length, 4));
  const boostTerms = Object.fromEntries(required.map((t) => [t, HOVERED_BOOST]));
  // A passage must contain the hovered word (or most of the selection's words). The search
  // picks those passages first and ranks only them by the whole query, so a hovered word keeps
  // its passages however many others the context words match.
  const needed = Math.max(1, Math.ceil(required.length * (required.length > 2 ? 0.6 : 1)));
  const results = corpus.search([...required, ...context].join(' '), {
    mode: 'words',
    prefix: false,
    fuzzy: 0.15,
    limit: 40,
    boostTerms,
    requiredTerms: required,
    minRequired: needed,
  });

  // The same check on what came back, by the words the passage highlights (inflections count).
  const relevant = results.filter((r) => matchedRequired(r, required, corpus.document(r.documentId)?.text) >= needed);
  const best = relevant.reduce((max, r) => Math.max(max, r.score), 0);
  const threshold = best * (options.relativeScore ?? RELATIVE_SCORE);
  const seenText = new Set<string>();
  const passages: HoverPassage[] = [];
  for (const r of relevant) {
    if (passages.length >= (options.maxPassages ?? MAX_PASSAGES)) break;
    if (r.score < threshold) continue;
    const key = r.text.replace(/\s+/g, ' ').trim().toLowerCase();
    if (seenText.has(key)) continue;
    seenText.add(key);
    const doc = corpus.document(r.documentId);
    const speaker = corpus.quotesIn(r.documentId, r.start, r.end).find((q) => q.speakerName)?.speakerName ?? null;
    passages.push({
      documentId: r.documentId,
      path: doc?.path ?? r.documentId,
      start: r.start,
      end: r.end,
      text: r.text,
      speakerName: speaker,
      score: r.score,
      highlights: r.highlights
        .filter((h) => h.start >= r.start && h.end <= r.end)
        .map((h) => ({ start: h.start - r.start, end: h.end - r.start })),
    });
  }
  return { actor: actorPart, passages, range: { start, end } };
}
