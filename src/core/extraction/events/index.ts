/**
 * Dated events: each date expression in a body sentence that places something in time,
 * resolved against the article's own date, with the actors of its sentence and a short label.
 * Pure and synchronous so it can run in a worker; output is plain JSON-serialisable data.
 */
import type { CorpusDocument } from '../../model';
import type { ResolvedMention, TimelineEvent } from '../types';
import { datelineDate } from '../../parse/dates';
import { parseIsoDay } from './calendar';
import { explicitYears } from './patterns';
import { findDates, narrativeYearAfter } from './dates';
import { eventLabel, looksLikeCaption } from './label';
import { readsInPresent } from './tense';

export { buildTimeline } from './timeline';
export { UNKNOWN_ARTICLE_DATE } from './dates';

/** Actor ids of the mentions inside a sentence, first mention first, each once. */
function actorsIn(mentions: ResolvedMention[], sentenceIndex: number, start: number, end: number): string[] {
  const ids: string[] = [];
  for (const m of mentions) {
    const inside = m.sentenceIndex === sentenceIndex || (m.start >= start && m.end <= end);
    if (inside && !ids.includes(m.actorId)) ids.push(m.actorId);
  }
  return ids;
}

/**
 * A wire-service dateline opening a paragraph ("KHARKIV, 3 March (Ukrinform) – ", "ODESA, Ukraine,
 * Feb 2 (Agency) - "): a place in capitals, the filing date and an optional agency, then a dash.
 * The date there repeats the article's own date; it dates the filing, not a happening.
 */
const DATELINE =
  /^\s*\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+)*(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)?,\s+[^()\n–—]{3,30}?\s*(?:\([^()\n]{1,40}\)\s*)?[–—-]\s/u;

/** Length of the dateline at the start of `sentence` when it opens its paragraph, else 0. */
function datelineLength(sentence: string, opensParagraph: boolean): number {
  if (!opensParagraph) return 0;
  return DATELINE.exec(sentence)?.[0].length ?? datelineDate(sentence)?.length ?? 0;
}

/**
 * How far a passage year ({@link narrativeYearAfter}) outlives the paragraph that stated it: a
 * story told in 2003 often runs on for paragraphs without dates before the next "on 1 May" (a
 * retelling of 2014 in a 2023 article dates its "On March 16" three paragraphs on). It lapses once
 * both the paragraphs and the sentences since it was last stated are past their reach, and after
 * one paragraph once two paragraphs told in the present in a row have brought the story back to now.
 */
const NARRATIVE_PARAGRAPHS = 3;
const NARRATIVE_REACH = 2;

/** The text of the paragraph that sentence `at` opens: its sentences from there to the paragraph's last. */
function paragraphFrom(doc: CorpusDocument, at: number): string {
  const first = doc.sentences[at];
  let last = at;
  while (last + 1 < doc.sentences.length && doc.sentences[last + 1].paragraphIndex === first.paragraphIndex) last++;
  return doc.text.slice(first.start, doc.sentences[last].end);
}

/** The passage year with where it was last stated, so it can lapse. */
interface Narrative {
  year: number;
  paragraph: number;
  sentence: number;
  /** Paragraphs told in the present in a row since then. */
  present?: number;
  /** Two such paragraphs in a row have brought the story back to now. */
  returned?: boolean;
}

/**
 * The dated events of one document, in text order. Only body sentences (`doc.sentences`) are
 * read, so header dates never become events; caption-like sentences are skipped. Relative dates
 * resolve against `doc.metadata.date` and stay null (with `unresolvedReason`) when it is unknown;
 * `groupId` is the event's own id until {@link buildTimeline} groups events across documents.
 *
 * `precision` is what the words state ("Monday" is a day) and is kept even when `date` is null.
 */
export function extractEvents(doc: CorpusDocument, mentions: ResolvedMention[]): TimelineEvent[] {
  const articleDate = parseIsoDay(doc.metadata.date);
  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  const events: TimelineEvent[] = [];
  let previousYear: number | null = null;
  let narrative = null as Narrative | null;
  let paragraph = -1;
  doc.sentences.forEach((s, at) => {
    const sentence = doc.text.slice(s.start, s.end);
    const opensParagraph = s.paragraphIndex !== paragraph;
    if (opensParagraph) {
      paragraph = s.paragraphIndex;
      previousYear = null; // "two years later" counts from a year in the same paragraph only
    }
    const dateline = datelineLength(sentence, opensParagraph);
    // The passage year holds over the next paragraphs ("On February 20, 2014, … ¶ On the night of
    // February 27 …") and lapses after them.
    if (narrative && opensParagraph && paragraph > narrative.paragraph) {
      narrative.present = readsInPresent(paragraphFrom(doc, at)) ? (narrative.present ?? 0) + 1 : 0;
      if (narrative.present >= 2) narrative.returned = true;
    }
    const reach = narrative?.returned ? 1 : NARRATIVE_PARAGRAPHS;
    if (narrative && paragraph > narrative.paragraph + reach && s.index - narrative.sentence > NARRATIVE_REACH) narrative = null;
    if (!looksLikeCaption(sentence)) {
      for (const d of findDates(sentence, { articleDate, previousYear, narrativeYear: narrative?.year ?? null })) {
        if (d.start < dateline) continue;
        const year = narrativeYearAfter(narrative?.year ?? null, d, articleDate);
        if (year === null) narrative = null;
        else if (d.date !== null && d.precision !== 'year') narrative = { year, paragraph, sentence: s.index };
        // "June 22, 1941." alone, over a photo or a section: a date with nothing said to happen,
        // though it still sets the year of the passage after it.
        if (/^[\s.,;:!?]*$/.test(sentence.slice(0, d.start) + sentence.slice(d.end))) continue;
        const id = `${doc.id}#${s.index}@${s.start + d.start}`;
        events.push({
          id,
          start: s.start,
          end: s.end,
          label: eventLabel(sentence, d.start, d.end),
          date: d.date,
          precision: d.precision,
          dateText: d.text,
          dateSpan: { start: s.start + d.start, end: s.start + d.end },
          relative: d.relative,
          unresolvedReason: d.unresolvedReason,
          documentId: doc.id,
          sentenceIndex: s.index,
          sentence,
          actors: actorsIn(ordered, s.index, s.start, s.end),
          groupId: id,
        });
      }
    }
    const years = explicitYears(sentence);
    if (years.length > 0) previousYear = years[years.length - 1];
  });
  return events;
}
