/**
 * Citation keys in the usual BibTeX style: name + year + first significant title word,
 * e.g. `cnn2022happened`, made unique across a corpus with a, b, c suffixes.
 */
import type { DocumentMetadata } from '../model';

const STOP_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by',
  'with', 'about', 'as', 'into', 'over', 'after', 'before', 'under', 'between', 'against',
  'during', 'without', 'through', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'do',
  'does', 'did', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might',
  'must', 'shall', 'what', 'which', 'who', 'whom', 'whose', 'why', 'how', 'when', 'where', 'here',
  'heres', 'there', 'theres', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they',
  'we', 'you', 'i', 'his', 'her', 'their', 'our', 'your', 'my', 'not', 'no', 'yes', 'so', 'if',
  'than', 'then', 'up', 'out', 'all', 'any', 'some', 'more', 'most', 'just', 'only', 'also',
  'new', 'whats', 'hows', 'whos', 'lets', 'says', 'said',
]);

const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md']);

/** Lowercases and strips accents and anything but ASCII letters and digits ("Sébastien" → "sebastien"). */
export function asciiFold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function words(s: string): string[] {
  return s.split(/[\s/]+/).map(asciiFold).filter((w) => w.length > 0);
}

/** The surname of the first author ("Sebastien Roblin and Jane Doe" → "roblin"). */
function authorName(author: string): string {
  const first = author.split(/\s+and\s+|[,;&]/i)[0];
  const parts = words(first).filter((w) => !NAME_SUFFIXES.has(w));
  return parts[parts.length - 1] ?? '';
}

/** The first significant word of an outlet name ("The Embassy" → "embassy"). */
function outletName(source: string): string {
  const parts = words(source.replace(/\(.*$/, ''));
  return parts.find((w) => !STOP_WORDS.has(w)) ?? parts[0] ?? '';
}

/**
 * The citation key of one document, not yet unique: author surname (or else outlet, or else
 * "anon"), year or "nd", and the first title word that is not a stop word.
 */
export function citationKey(metadata: DocumentMetadata): string {
  const name = (metadata.author && authorName(metadata.author)) || (metadata.source && outletName(metadata.source)) || 'anon';
  const year = metadata.date ? metadata.date.slice(0, 4) : 'nd';
  const titleWords = words(metadata.title);
  const word = titleWords.find((w) => !STOP_WORDS.has(w) && !/^\d+$/.test(w)) ?? titleWords[0] ?? '';
  return `${name.slice(0, 24)}${year}${word.slice(0, 24)}`;
}

/** Suffix number n as a, b, …, z, aa, ab, … */
function letters(n: number): string {
  let s = '';
  for (let k = n + 1; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(97 + ((k - 1) % 26)) + s;
  return s;
}

/**
 * Makes keys unique across a corpus, in the order given: every document of a group sharing a
 * base key gets a, b, c… (a lone document keeps its key). Returns the documents with their keys
 * set; the input objects are updated in place.
 */
export function assignCitationKeys<T extends { key: string; metadata: DocumentMetadata }>(docs: T[]): T[] {
  const bases = docs.map((d) => citationKey(d.metadata));
  const counts = new Map<string, number>();
  for (const b of bases) counts.set(b, (counts.get(b) ?? 0) + 1);
  // Unsuffixed keys are reserved first so a suffixed key never collides with one of them.
  const used = new Set(bases.filter((b) => counts.get(b) === 1));
  const next = new Map<string, number>();
  docs.forEach((doc, i) => {
    const base = bases[i];
    if (counts.get(base) === 1) {
      doc.key = base;
      return;
    }
    let n = next.get(base) ?? 0;
    while (used.has(base + letters(n))) n++;
    doc.key = base + letters(n);
    used.add(doc.key);
    next.set(base, n + 1);
  });
  return docs;
}
