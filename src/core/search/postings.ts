/**
 * Inverted-index postings gathered for a bulk build, in the shapes minisearch serialises
 * (`searchIndex.ts` hands them to it). Documents arrive in order with ascending short ids, so a
 * document's repeated term is always the last entry of its posting: appending to two parallel
 * arrays costs one hash lookup per occurrence, where adding documents one by one to minisearch
 * walks its term tree for every occurrence.
 */

interface TermPostings {
  /** Occurrences in field 0 (the passage text). */
  count: number;
  /** Per field id: documents (short ids, ascending) and the term's frequency in each. */
  fields: { ids: number[]; freqs: number[] }[];
}

/** minisearch's serialised index (`AsPlainObject`, version 2), the input of its `loadJS`. */
export interface SerializedIndex {
  documentCount: number;
  nextId: number;
  documentIds: Record<number, string>;
  fieldIds: Record<string, number>;
  fieldLength: Record<number, number[]>;
  averageFieldLength: number[];
  storedFields: Record<number, never>;
  dirtCount: number;
  index: [string, Record<string, Record<string, number>>][];
  serializationVersion: 2;
}

export class PostingsBuilder {
  /** Per document, per field: the number of distinct terms (minisearch's field length). */
  readonly fieldLength: Record<number, number[]> = {};
  /** Per field: minisearch's running mean of field lengths, over every document so far. */
  readonly averageFieldLength: number[] = [];
  private readonly postings = new Map<string, TermPostings>();
  private next = 0;

  /** Number of documents added; also the short id of the next one. */
  get documentCount(): number {
    return this.next;
  }

  /** Adds the next document given its terms per field id (`undefined` for an absent field). */
  addDocument(fieldTerms: (string[] | undefined)[]): number {
    const id = this.next++;
    const lengths: number[] = [];
    fieldTerms.forEach((terms, fieldId) => {
      if (terms === undefined) return;
      let unique = 0;
      for (const term of terms) {
        let entry = this.postings.get(term);
        if (!entry) this.postings.set(term, (entry = { count: 0, fields: [] }));
        if (fieldId === 0) entry.count++;
        const posting = (entry.fields[fieldId] ??= { ids: [], freqs: [] });
        const last = posting.ids.length - 1;
        if (last >= 0 && posting.ids[last] === id) posting.freqs[last]++;
        else {
          posting.ids.push(id);
          posting.freqs.push(1);
          unique++;
        }
      }
      lengths[fieldId] = unique;
      const average = this.averageFieldLength[fieldId] ?? 0;
      this.averageFieldLength[fieldId] = (average * id + unique) / (id + 1);
    });
    this.fieldLength[id] = lengths;
    return id;
  }

  /** Occurrences in field 0 of every term found there. */
  *counts(): Generator<[string, number]> {
    for (const [term, entry] of this.postings) if (entry.count > 0) yield [term, entry.count];
  }

  /** Each term with, per field id, its frequency per document short id. */
  *entries(): Generator<[string, Record<string, Record<string, number>>]> {
    for (const [term, entry] of this.postings) {
      const data: Record<string, Record<string, number>> = {};
      entry.fields.forEach(({ ids, freqs }, fieldId) => {
        const byId: Record<number, number> = {};
        for (let i = 0; i < ids.length; i++) byId[ids[i]] = freqs[i];
        data[fieldId] = byId;
      });
      yield [term, data];
    }
  }

  /**
   * The postings as minisearch's serialised index, equal to what adding the documents one by one
   * would build. `documentIds` maps short ids to document ids; `fields` names the field ids.
   */
  serialize(documentIds: Record<number, string>, fields: readonly string[]): SerializedIndex {
    return {
      documentCount: this.documentCount,
      nextId: this.documentCount,
      documentIds,
      fieldIds: Object.fromEntries(fields.map((field, i) => [field, i])),
      fieldLength: this.fieldLength,
      averageFieldLength: this.averageFieldLength,
      storedFields: {},
      dirtCount: 0,
      index: [...this.entries()],
      serializationVersion: 2,
    };
  }
}
