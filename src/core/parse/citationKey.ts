/**
 * Citation keys in the usual BibTeX style: name + year + first significant title word,
 * e.g. `cnn2022happened`. The corpus service makes them unique with a, b, c suffixes.
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
