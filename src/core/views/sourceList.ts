/** The Sources list: every document with its date, outlet and passage count, oldest first. */
import type { CorpusDocument } from '../model';
import { documentLabel, fileName } from './documentText';
import { lazyTree, plural, type TreeModel, type ViewNode } from './viewNode';

/** Dated documents oldest first, undated ones after, ties by title. */
export function compareDocuments(a: CorpusDocument, b: CorpusDocument): number {
  const da = a.metadata.date;
  const db = b.metadata.date;
  if (da !== db) {
    if (!da) return 1;
    if (!db) return -1;
    return da.localeCompare(db);
  }
  return documentLabel(a).localeCompare(documentLabel(b));
}

export function sourceNode(doc: CorpusDocument): ViewNode {
  const m = doc.metadata;
  const date = m.date ? `${m.dateInferred ? '≈ ' : ''}${m.date}` : 'undated';
  const passages = plural(doc.sentences.length, 'passage');
  const description = [date, m.source, passages].filter(Boolean).join(' · ');
  const facts = [
    `${documentLabel(doc)}`,
    `Date: ${m.date ?? 'unknown'}${m.date && m.dateInferred ? ' (inferred)' : ''}`,
    `Outlet: ${m.source ?? 'unknown'}${m.source && m.sourceInferred ? ' (inferred)' : ''}`,
    m.author ? `Author: ${m.author}` : '',
    m.url ? `URL: ${m.url}` : '',
    `Citation key: ${doc.key}`,
    `File: ${doc.path}`,
  ].filter(Boolean);
  return {
    id: `source:${doc.id}`,
    kind: 'source',
    label: documentLabel(doc) || fileName(doc.path),
    description,
    tooltip: facts.join('\n'),
    icon: 'document',
    collapsible: 'none',
    location: { documentId: doc.id, start: doc.bodyStart, end: doc.bodyStart },
  };
}

export function buildSourceList(documents: CorpusDocument[]): TreeModel {
  return lazyTree([...documents].sort(compareDocuments).map(sourceNode), () => []);
}
