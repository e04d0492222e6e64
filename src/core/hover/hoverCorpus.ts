/**
 * What deciding a hover card needs from the corpus, kept small so the service (or a test) can
 * provide it. {@link createHoverCorpus} builds it from the service's lists with lookups indexed once.
 */
import type { CorpusDocument } from '../model';
import type { Actor, Quote } from '../extraction/types';
import type { SearchOptions, SearchResult } from '../search/types';

export interface HoverCorpus {
  search(query: string, options?: SearchOptions): SearchResult[];
  /** The actor with this name or alias (case-insensitive), if any. */
  actorByName(name: string): Actor | undefined;
  /** Quotes the actor is the speaker of, in corpus order. */
  quotesBySpeaker(actorId: string): Quote[];
  /** Quotes overlapping `[start, end)` of a document. */
  quotesIn(documentId: string, start: number, end: number): Quote[];
  document(id: string): CorpusDocument | undefined;
}

export interface HoverCorpusSource {
  search(query: string, options?: SearchOptions): SearchResult[];
  document(id: string): CorpusDocument | undefined;
  actors(): Actor[];
  quotes(): Quote[];
}

/** Case, curly apostrophes and a leading "the" do not distinguish names. */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Indexes actors and quotes on first use. Build a new one when the extraction changes (the
 * lists are read once).
 */
export function createHoverCorpus(source: HoverCorpusSource): HoverCorpus {
  let byName: Map<string, Actor> | undefined;
  let bySpeaker: Map<string, Quote[]> | undefined;
  let byDocument: Map<string, Quote[]> | undefined;

  const names = () => {
    if (!byName) {
      byName = new Map();
      // Most mentioned first, so a name shared by two actors goes to the more prominent one.
      const actors = [...source.actors()].sort((a, b) => b.mentions.length - a.mentions.length);
      for (const actor of actors) {
        for (const name of [actor.name, ...actor.aliases]) {
          const key = nameKey(name);
          if (key && !byName.has(key)) byName.set(key, actor);
        }
      }
    }
    return byName;
  };
  const quoteMaps = () => {
    if (!bySpeaker || !byDocument) {
      bySpeaker = new Map();
      byDocument = new Map();
      for (const quote of source.quotes()) {
        if (quote.speaker) (bySpeaker.get(quote.speaker) ?? bySpeaker.set(quote.speaker, []).get(quote.speaker)!).push(quote);
        (byDocument.get(quote.documentId) ?? byDocument.set(quote.documentId, []).get(quote.documentId)!).push(quote);
      }
    }
    return { bySpeaker, byDocument };
  };

  return {
    search: (query, options) => source.search(query, options),
    document: (id) => source.document(id),
    actorByName: (name) => names().get(nameKey(name)),
    quotesBySpeaker: (actorId) => quoteMaps().bySpeaker.get(actorId) ?? [],
    quotesIn: (documentId, start, end) =>
      (quoteMaps().byDocument.get(documentId) ?? []).filter((q) => q.start < end && start < q.end),
  };
}
