/**
 * Recognises lines that web pages wrap around an article (navigation, share and subscribe
 * prompts, advertisements, image credits and captions). Such lines stay in the text but are left
 * out of paragraphs, sentences and metadata. Rules match whole lines only, so a body sentence that
 * merely mentions "subscribe" or "photo" is never dropped.
 */
import type { TextSpan } from '../model';
import { isBlank, splitLines, trimSpan, wordCount, type Line } from './lines';

/** Whole lines (compared lowercased, trailing punctuation and spaces removed). */
const EXACT_LINES = new Set([
  'connect with us', 'hi, what are you looking for', 'what are you looking for', 'advertisement',
  'advertisements', 'ad', 'sponsored', 'sponsored content', 'paid content', 'promoted content',
  'story continues below advertisement', 'article continues below advertisement',
  'continue reading', 'continue reading below', 'read more', 'read more below', 'read next',
  'related', 'related articles', 'related stories', 'related posts', 'related content',
  'recommended', 'recommended for you', 'you may also like', 'you might also like',
  'more from this author', 'more stories', 'share', 'share this', 'share this article',
  'share this story', 'share this post', 'share on facebook', 'share on twitter', 'share via',
  'tweet', 'email', 'print', 'copy link', 'link copied', 'subscribe', 'subscribe now',
  'subscribe to our newsletter', 'sign up', 'sign up now', 'newsletter', 'follow us',
  'written by', 'skip to content', 'skip to main content', 'menu', 'search', 'close', 'log in',
  'login', 'sign in', 'register', 'comments', 'leave a comment', 'leave a reply', 'trending',
  'trending now', 'most read', 'most popular', 'back to top', 'cookie settings', 'accept cookies',
  'all rights reserved', 'watch', 'watch video', 'play video', 'listen', 'listen to this article',
  'loading', 'tags', 'topics', 'next article', 'previous article', 'toggle navigation',
  'open menu', 'close menu', 'home', 'latest', 'latest news', 'breaking news', 'editor\'s picks',
  'don\'t miss', 'see also', 'more', 'video', 'photos', 'image',
]);

/** Short lines starting with one of these are prompts or credits. */
const PROMPT_PREFIX =
  /^(follow (us|him|her|them|me)\b|share (this|on|via)\b|subscribe (to|now|for|today)\b|sign up (for|to|now)\b|click here\b|read more\b|related:|see also:|more:|watch:|listen:|download (our|the) app\b|get the app\b|enable javascript\b|this (story|article) (was|has been) (updated|corrected)\b)/i;

/**
 * Lists of other stories and sign-ups, however long: "Other Topics of Interest Iranian President
 * Dies in …", "READ MORE: …", "skip past newsletter promotion … after newsletter promotion".
 */
const TEASER_LIST = /^(other topics of interest|read also\b|also read\b|read more\s*:|see also\s*:|related\s*:|related news\b|more on this (story|topic)\b|skip past newsletter promotion\b)/i;
/**
 * A video teaser: the Polish portals' "VIEW VIDEO Mayor: The ferry …" in capitals, and a length
 * before a headline ending "– video" ("1:23 War in Ukraine 'an absurdity', says UN chief – video").
 */
const VIDEO_TEASER = /^VIEW VIDEO\b|^\d{1,2}:\d{2}(:\d{2})?\s.{5,200}\s[–-]\s*[Vv]ideo$/;
/** A channel's plug: "BBC News India is now on YouTube. Click here …". */
const CHANNEL_PLUG = /^[\w .'’-]{2,40} is now on (YouTube|Telegram|Instagram|WhatsApp|TikTok|X)\b/i;
/**
 * A site's plug for its audio or its newsletters: "NEW You can now listen to Fox News articles!",
 * "GET OUR FREE ROYAL NEWSLETTER • Sign up to …".
 */
const SITE_PLUG = /^((new:? )?you can now listen to [\w .'’-]{2,40} articles\b|get our free [\w '’-]{0,30}newsletter\b)/i;

/**
 * A portal's plug for its own front page or a columnist's disclaimer: "More messages on Gazeta.pl's
 * main page", "You can read more latest information on Gazeta.pl.", "The views expressed are the
 * author's and not necessarily those of …", "Watch TV live on TVN24 GO".
 */
const PORTAL_PLUG =
  /^((you can (read|find)|(read|find|see) more|more (news|messages|information|stories|similar|current|important|latest|such|texts|articles))\b.{0,120}?(\bmain page\b|\bon [\w-]+\.(pl|com|ua|ru|net|org|by)\b)|the views expressed\b.*\bnot necessarily\b|watch tv( live)? on\b|(for more information, )?please visit\b|.{0,40}\bsign up for \S+ newsletter\b)/i;

/** Credit lines: "Photo: …", "Image credit …", "(AP Photo/…)", "Getty Images". */
const CREDIT_LINE =
  /^(\(?\s*(photo|photograph|picture|image|images|video|graphic|illustration|caption|credit|credits)s?\s*(credit|courtesy)?\s*[:|]|\(?\s*(photo|image|picture)\s+(credit|courtesy|by|via)\b|\(?\s*(ap|afp|reuters|epa|getty)\s*(photo|images)?\s*\/)/i;

/** A photo credit in parentheses at the end of a line marks the whole line as a caption. */
const TRAILING_PHOTO_CREDIT =
  /\([^()]*\b((photo|photograph|image|picture|video)s?\s+(by|courtesy|credit|via)\b|AP Photo|Getty Images|Shutterstock)[^()]*\)\s*$/i;
/**
 * An agency credit in capitals with the photographer ("(REUTERS/Gleb Garanich)"); case matters
 * so a text credit such as "(DPA, AFP/ viewer)" after a quotation is not taken for a caption.
 */
const TRAILING_AGENCY_CREDIT = /\([^()]*\b(REUTERS|AFP|EPA|AP|EPA-EFE)\/\s?[A-Z][^()]*\)\s*$/;

/**
 * A caption that ends on its credit with no parentheses, photographer and agency joined by a
 * slash: "… near Shyrokyne, Ukraine. Photograph by Anna Brook/Redux for CNN".
 */
const TRAILING_BARE_CREDIT = /[.!?]\s+(Photograph|Photo|Picture|Image)s?\s+(by|courtesy of)\s+\p{Lu}[^.!?/]{1,60}\/\s?\p{Lu}[^.!?]{1,80}$/u;

function hasTrailingCredit(line: string): boolean {
  if (line.endsWith(')')) return TRAILING_PHOTO_CREDIT.test(line) || TRAILING_AGENCY_CREDIT.test(line);
  // A paragraph that quotes someone is the story's, whatever a scraper glued to its end.
  return TRAILING_BARE_CREDIT.test(line) && !/["“”]/.test(line);
}

/** Agency credits that stand on a line of their own. */
const AGENCY_CREDIT = /(getty images|shutterstock|ap photo|afp via getty|\/\s*(reuters|afp|ap|epa|tass|sputnik))\.?\s*$/i;

const COPYRIGHT = /^(©|\(c\)\s|copyright\b)/i;
const VIDEO_LENGTH_LINE = /^\d{1,2}:\d{2}(:\d{2})?$/;

const MAX_EXACT_LENGTH = 48;

function normalise(line: string): string {
  return line.trim().toLowerCase().replace(/[’]/g, "'").replace(/[\s.:!?…>»|]+$/, '').replace(/\s+/g, ' ');
}

/** True when `line` is a site's audio or newsletter prompt, which no header should take for a title. */
export function isSitePlug(line: string): boolean {
  return SITE_PLUG.test(line.trim());
}

/** True when `line` on its own is boilerplate (a caption title is detected separately). */
export function isBoilerplateLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed === '') return false;
  if (TEASER_LIST.test(trimmed) || VIDEO_TEASER.test(trimmed)) return true;
  // Long lines can only be captions, which end with their credit in parentheses.
  if (trimmed.length > 200) return hasTrailingCredit(trimmed);
  const words = wordCount(trimmed, 25);
  if (trimmed.length <= MAX_EXACT_LENGTH && EXACT_LINES.has(normalise(trimmed))) return true;
  if (VIDEO_LENGTH_LINE.test(trimmed)) return true;
  if (words <= 15 && PROMPT_PREFIX.test(trimmed)) return true;
  if (words <= 25 && CREDIT_LINE.test(trimmed)) return true;
  if (words <= 25 && COPYRIGHT.test(trimmed)) return true;
  if (words <= 25 && PORTAL_PLUG.test(trimmed)) return true;
  if (words <= 30 && CHANNEL_PLUG.test(trimmed)) return true;
  if (words <= 40 && SITE_PLUG.test(trimmed)) return true;
  if (words <= 12 && AGENCY_CREDIT.test(trimmed)) return true;
  return hasTrailingCredit(trimmed);
}

/** A short label with no sentence punctuation, such as "B-2" above a photo caption. */
function isCaptionTitle(line: Line): boolean {
  const t = line.text.trim();
  return t.length > 0 && wordCount(t) <= 4 && !/[.!?:;,"“”]$/.test(t);
}

/**
 * Boilerplate line spans in `text` from `from` on, in order. Each span covers the line without
 * surrounding whitespace. A caption title directly above a caption is included.
 */
export function findBoilerplate(text: string, from = 0): TextSpan[] {
  const lines = splitLines(text, from);
  const flagged = lines.map((l) => isBoilerplateLine(l.text));
  for (let i = 1; i < lines.length; i++) {
    const captionBelow = flagged[i] && hasTrailingCredit(lines[i].text.trim());
    if (captionBelow && !flagged[i - 1] && !isBlank(lines[i - 1]) && isCaptionTitle(lines[i - 1])) {
      flagged[i - 1] = true;
    }
  }
  const spans: TextSpan[] = [];
  lines.forEach((line, i) => {
    if (flagged[i]) spans.push(trimSpan(text, line.start, line.end));
  });
  return spans;
}

/** Spans of every line in `text` (from `from` on) that reads exactly `name`, e.g. the outlet. */
export function linesEqualTo(text: string, name: string, from = 0): TextSpan[] {
  const wanted = normalise(name);
  if (wanted === '') return [];
  return splitLines(text, from)
    .filter((l) => l.text.length < wanted.length + 16 && normalise(l.text) === wanted)
    .map((l) => trimSpan(text, l.start, l.end));
}
