/**
 * Inference of metadata the header does not state: outlet from a dateline or a URL host, author
 * from a byline, date from a URL path, title from the first heading. Every inferred value is
 * marked as such by the caller; nothing here guesses a date from body text.
 */
import type { TextSpan } from '../model';
import { isBlank, splitLines, trimSpan, wordCount, type Line } from './lines';

/** Outlets whose name cannot be read off their host name. */
const KNOWN_HOSTS: Record<string, string> = {
  'cnn.com': 'CNN', 'bbc.co.uk': 'BBC', 'bbc.com': 'BBC', 'nytimes.com': 'The New York Times',
  'washingtonpost.com': 'The Washington Post', 'wsj.com': 'The Wall Street Journal',
  'theguardian.com': 'The Guardian', 'reuters.com': 'Reuters', 'apnews.com': 'AP',
  'npr.org': 'NPR', 'foxnews.com': 'Fox News', 'nbcnews.com': 'NBC News', 'cbsnews.com': 'CBS News',
  'abcnews.go.com': 'ABC News', 'aljazeera.com': 'Al Jazeera', 'politico.com': 'Politico',
  'politico.eu': 'Politico Europe', 'telegraph.co.uk': 'The Telegraph', 'ft.com': 'Financial Times',
  'bloomberg.com': 'Bloomberg', 'theatlantic.com': 'The Atlantic', 'economist.com': 'The Economist',
  'kyivindependent.com': 'The Kyiv Independent', 'kyivpost.com': 'Kyiv Post', 'dw.com': 'DW',
  'france24.com': 'France 24', 'euronews.com': 'Euronews', 'thehill.com': 'The Hill',
  'usatoday.com': 'USA Today', 'latimes.com': 'Los Angeles Times', 'time.com': 'Time',
  'newsweek.com': 'Newsweek', 'axios.com': 'Axios', 'voanews.com': 'VOA', 'rferl.org': 'RFE/RL',
  'tass.com': 'TASS', 'rt.com': 'RT', 'independent.co.uk': 'The Independent',
  'nationalinterest.org': 'The National Interest', '19fortyfive.com': '19FortyFive',
  'theembassy.co': 'The Embassy', 'fairobserver.com': 'Fair Observer', 'twz.com': 'The War Zone',
  'thedrive.com': 'The Drive',
};

/** Second-level labels under which sites register their name (example.co.uk). */
const GENERIC_SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'go', 'or', 'ne']);

/** The outlet named by a URL's host ("https://www.wcbe.org/…" → "WCBE"), or null. */
export function outletFromUrl(url: string): string | null {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/:?#]+)/i.exec(url.trim());
  if (!m) return null;
  const host = m[1].toLowerCase().replace(/^(www\d?|m|amp|edition|mobile)\./, '');
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    if (KNOWN_HOSTS[h]) return KNOWN_HOSTS[h];
  }
  const labels = host.split('.');
  if (labels.length < 2) return null;
  let name = labels[labels.length - 2];
  if (labels.length >= 3 && GENERIC_SECOND_LEVEL.has(name) && labels[labels.length - 1].length === 2) {
    name = labels[labels.length - 3];
  }
  if (!/^[a-z0-9-]+$/.test(name) || name.length < 2) return null;
  // Short names and broadcast call signs (wcbe, kqed) are acronyms; longer ones are words.
  if (name.length <= 4 || /^[kw][a-z]{3}(fm|tv)?$/.test(name)) return name.toUpperCase();
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Capitalised words of a place name ("Washington", "KYIV", "The Hague"). */
const PLACE = "[\\p{Lu}][\\p{L}.'’-]*(?:\\s+[\\p{Lu}][\\p{L}.'’-]*){0,3}";
const DATELINE = new RegExp(
  `^(?:${PLACE}(?:,\\s*${PLACE})?(?:,\\s*(?:\\p{L}{3,9}\\.? \\d{1,2}(?:,? \\d{4})?|\\d{1,2} \\p{L}{3,9}\\.?(?: \\d{4})?))?\\s+)?\\(([\\p{Lu}][\\p{L}&.'’ ]{0,30})\\)\\s*(?:—|–|--?)\\s*\\S`,
  'u',
);

/**
 * The outlet in a dateline at the start of a paragraph: "Washington (CNN) — …" → "CNN",
 * "KYIV, Ukraine (AP) — …" → "AP", "(Reuters) - …" → "Reuters". Null when there is none.
 */
export function outletFromDateline(paragraph: string): string | null {
  const m = DATELINE.exec(paragraph);
  if (!m) return null;
  const name = m[1].trim();
  return wordCount(name) <= 4 ? name : null;
}

/** A person's name: two to four capitalised words, initials allowed ("David D. McLoney"). */
const NAME = "[\\p{Lu}][\\p{L}'’-]+(?:\\s+(?:[\\p{Lu}]\\.|[\\p{Lu}][\\p{L}'’-]+)){1,3}";
const NAMES = `${NAME}(?:(?:\\s*,\\s*|\\s+and\\s+)${NAME})*`;
const BYLINE = new RegExp(`^\\s*by\\s+(${NAMES})\\s*(?:$|[,|–—-]|\\s+\\()`, 'iu');
const WRITTEN_BY_INLINE = new RegExp(`^\\s*written\\s+by\\s*:?\\s+(${NAMES})`, 'iu');
const LEADING_NAME = new RegExp(`^\\s*(${NAME})(?=\\s+\\p{Ll}|\\s*$|\\s*[,(])`, 'u');

/** What a byline search found: the author and the lines that only carry the byline. */
export interface AuthorInference {
  author: string;
  /** Byline lines ("By …", "Written By", a bare name under it) to treat as boilerplate. */
  spans: TextSpan[];
}

/** Words that belong to a job title or an organisation, not to a person's name. */
const ROLE_WORD =
  /\b(staff|writers?|correspondents?|reporters?|editors?|contributors?|columnists?|press|news|bureau|agency|special|senior|chief|associate|political|analysts?|desk|team|wire|service)\b/i;

/**
 * The people in a byline match, without job titles ("Jane Doe and John Roe, Staff Writers" →
 * "Jane Doe and John Roe"), or null when no person is left.
 */
function cleanNames(match: string): string | null {
  const people = match.split(/\s*,\s*|\s+and\s+/).map((p) => p.trim()).filter((p) => p && !ROLE_WORD.test(p));
  if (people.length === 0) return null;
  if (people.length === 1) return people[0];
  return `${people.slice(0, -1).join(', ')} and ${people[people.length - 1]}`;
}

/**
 * Finds the author in a byline: "By Jane Doe", "Written by Jane Doe", or a "Written By" line
 * followed by a line that starts with the author's name (an author box: "Sebastien Roblin
 * writes on …"). Bylines are looked for near the top and bottom of the body.
 */
export function inferAuthor(text: string, bodyStart: number): AuthorInference | null {
  const lines = splitLines(text, bodyStart).filter((l) => !isBlank(l));
  const near = (i: number): boolean => i < 12 || i >= lines.length - 12;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const t = line.text.trim();
    if (!near(i) || wordCount(t, 16) > 16) continue;
    const by = BYLINE.exec(t) ?? WRITTEN_BY_INLINE.exec(t);
    const names = by ? cleanNames(by[1]) : null;
    if (names) return { author: names, spans: [trimSpan(text, line.start, line.end)] };
    if (/^written\s+by\s*:?$/i.test(t) && lines[i + 1]) {
      const next: Line = lines[i + 1];
      const name = LEADING_NAME.exec(next.text);
      if (name && !ROLE_WORD.test(name[1])) {
        const spans = [trimSpan(text, line.start, line.end)];
        // A line holding only the name is part of the byline; an author bio is kept as text.
        if (next.text.trim() === name[1]) spans.push(trimSpan(text, next.start, next.end));
        return { author: name[1], spans };
      }
    }
  }
  return null;
}

/** A heading-like line: short, no sentence-final period. */
export function isHeadingLine(t: string): boolean {
  const s = t.trim();
  return s.length > 0 && s.length <= 160 && wordCount(s, 25) <= 25 && !/[.;,]["”’)]?$/.test(s);
}

/** A short line that can only be a site name ("The Embassy"), not a headline. */
function isSiteName(t: string): boolean {
  const s = t.trim();
  return wordCount(s) <= 4 && s.length <= 40 && !/[.!?:;,]$/.test(s) && /^[\p{Lu}\p{N}]/u.test(s);
}

/** A headline found among the first lines of the body, with a site-name line above it. */
export interface LeadingTitle {
  title: string;
  /** Offset just after the headline line: the body starts there. */
  end: number;
  site: string | null;
  siteSpan: TextSpan | null;
}

/**
 * Finds a headline at the top of the body: the first heading-like line, skipping boilerplate.
 * When two heading-like lines come first and the first is a short name ("The Embassy" above
 * "Here’s What Joe Biden Is Offering…"), the first is the site name and the second the headline.
 */
export function inferLeadingTitle(text: string, bodyStart: number, boilerplate: readonly TextSpan[]): LeadingTitle | null {
  const isBoiler = (l: Line): boolean => boilerplate.some((b) => b.start < l.end && l.start < b.end);
  const lines = splitLines(text, bodyStart).filter((l) => !isBlank(l) && !isBoiler(l)).slice(0, 3);
  if (lines.length === 0 || !isHeadingLine(lines[0].text)) return null;
  const [first, second] = lines;
  if (second && isSiteName(first.text) && isHeadingLine(second.text) && wordCount(second.text) > wordCount(first.text)) {
    return { title: second.text.trim(), end: second.end, site: first.text.trim(), siteSpan: trimSpan(text, first.start, first.end) };
  }
  // A lone short line followed by the body is a headline only if a paragraph follows it.
  if (!second) return null;
  return { title: first.text.trim(), end: first.end, site: null, siteSpan: null };
}
