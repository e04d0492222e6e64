/** Small hand-made corpus pieces for the view and hover tests. */
import { parseDocument } from '../../../src/core/parse/document';
import type { CorpusDocument } from '../../../src/core/model';
import type { Actor, ActorKind, Quote, TimelineEvent } from '../../../src/core/extraction/types';

export const ARTICLE = `Title: Austin visits Kyiv
Source: CNN
Date: 2022-04-26

Defense Secretary Lloyd Austin said the United States wants Russia weakened. “We want to see Russia weakened,” Austin said.

NATO allies discussed sanctions on Monday. The sanctions target Russia’s defense industry.
`;

export function doc(id = 'cnn', text = ARTICLE, path = `/corpus/${id}.txt`): CorpusDocument {
  return parseDocument({ path, text, id }, { id });
}

export function mentionsOf(d: CorpusDocument, word: string): Actor['mentions'] {
  const out: Actor['mentions'] = [];
  for (let at = d.text.indexOf(word); at >= 0; at = d.text.indexOf(word, at + 1)) {
    const sentence = d.sentences.find((s) => s.start <= at && at < s.end);
    out.push({ documentId: d.id, start: at, end: at + word.length, text: word, sentenceIndex: sentence?.index ?? -1 });
  }
  return out;
}

export function actor(id: string, name: string, kind: ActorKind, mentions: Actor['mentions'], extra: Partial<Actor> = {}): Actor {
  return { id, name, kind, aliases: [], roles: [], standsFor: null, mentions, ...extra };
}

export function quoteIn(d: CorpusDocument, words: string, speaker: string | null, speakerName: string | null): Quote {
  const start = d.text.indexOf(words);
  if (start < 0) throw new Error(`not in text: ${words}`);
  return { id: `q:${start}`, text: words, start, end: start + words.length, documentId: d.id, speaker, speakerName, cue: speakerName ? `${speakerName} said` : null, flags: [] };
}

export function event(id: string, date: string | null, precision: TimelineEvent['precision'], extra: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id,
    label: `event ${id}`,
    date,
    precision,
    dateText: 'Monday',
    dateSpan: { start: 0, end: 6 },
    relative: false,
    unresolvedReason: date ? null : 'no date in the text',
    documentId: 'cnn',
    sentenceIndex: 0,
    sentence: `Sentence of ${id}.`,
    actors: [],
    groupId: id,
    start: 10,
    end: 20,
    ...extra,
  };
}
