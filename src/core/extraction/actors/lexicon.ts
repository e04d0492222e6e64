/**
 * Word lists for the precision rules: titles, speech verbs, words that are never names, and
 * spans that look like names but are weapons, treaties or events.
 */

/** Title words that make a phrase a role ("Secretary", "Minister"); plurals for "Secretaries X and Y". */
export const TITLE_HEADS = new Set([
  'President', 'Presidents', 'Minister', 'Ministers', 'Secretary', 'Secretaries', 'General', 'Generals', 'Admiral',
  'Ambassador', 'Chancellor', 'Senator', 'Senators', 'Representative', 'Governor', 'Mayor', 'Chairman', 'Chairwoman',
  'Director', 'Commander', 'Colonel', 'Lieutenant', 'Sergeant', 'Captain', 'Major', 'Adviser', 'Advisor',
  'Spokesman', 'Spokeswoman', 'Spokesperson', 'Undersecretary', 'Envoy', 'Premier', 'King', 'Queen', 'Prince',
  'Pope', 'Judge', 'Justice', 'Speaker', 'Airman', 'Chief', 'Attorney', 'Professor', 'Sheikh', 'Emir', 'Head', 'PM', 'Sir', 'Dame',
  // A member of parliament named by the office: "Law and Justice MP Anna Brook"; a firm's head.
  'MP', 'MEP', 'CEO',
  // Offices and callings written before a name ("Analyst Oliver Alexander", "First Lady Olena …").
  'Analyst', 'Anchor', 'Commissioner', 'Coordinator', 'Counselor', 'Counsellor', 'Ombudsman', 'Warden', 'Marshal',
  'Rabbi', 'Lady', 'Lord', 'Archbishop', 'Bishop', 'Cardinal',
  // Rulers of history: "Tsar Nicholas II", "Emperor Hirohito". ("Sultan", "Shah" and "Kaiser" are
  // given names and firms too: "Sultan Al Jaber", "Kaiser Permanente".)
  'Tsar', 'Czar', 'Tsarina', 'Emperor', 'Empress', 'Princess',
]);

/** Abbreviated titles, written with a dot. */
export const TITLE_ABBREVIATIONS = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'Gen', 'Adm', 'Sen', 'Rep', 'Gov', 'Col', 'Lt', 'Sgt', 'Capt', 'Prof', 'Maj', 'Amb', 'Pres',
]);

/** Honorifics British style writes without the dot ("Mr Austin"); other abbreviations need it. */
// Military ranks too: the BBC writes "Gen Milley", "Maj Deryugin".
export const UNDOTTED_TITLES = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Gen', 'Maj', 'Col', 'Lt', 'Sgt', 'Capt', 'Adm', 'Prof']);

/** Words that may stand inside a title phrase around its head ("Deputy Secretary of State"). */
export const TITLE_MODIFIERS = new Set([
  'Deputy', 'Acting', 'Retired', 'Former', 'Vice', 'Assistant', 'Under', 'Prime', 'Foreign', 'Defense', 'Defence',
  'State', 'Press', 'National', 'Security', 'Political', 'Affairs', 'Joint', 'Chiefs', 'Staff', 'Class', '1st', '2nd',
  'Interior', 'Finance', 'Health', 'Home', 'Treasury', 'Energy', 'Economy', 'Trade', 'Commerce', 'Senior', 'Special',
  'Supreme', 'Allied', 'Civilian', 'Army', 'Navy', 'Air', 'Force', 'Executive', 'Opposition', 'Lord', 'First',
  'Intelligence', 'Military', 'Principal', 'Permanent', 'Top', 'Arms', 'Control', 'International', 'Europe',
  // Polish ranks in translation: "General of Division Andrey Kowal", "Division General …".
  'Division',
  // Portfolios of other ministers: "Minister of External Affairs S. Jaishankar", "Justice Minister …".
  'External', 'Justice', 'Education', 'Culture', 'Agriculture', 'Infrastructure', 'Environment', 'Veterans', 'Economic',
  'Emergency', 'Digital',
]);

/**
 * Heads of institution names: "General Assembly", "General Staff", "Foreign Ministry". After a
 * title word they end an organisation's name, not start a person's; followed by "of …" they take
 * it in ("Ministry of Foreign Affairs").
 */
export const INSTITUTION_HEADS = new Set([
  'Assembly', 'Staff', 'Council', 'Committee', 'Commission', 'Ministry', 'Department', 'Office', 'Agency',
  'Service', 'Court', 'Bank', 'Directorate', 'Inspectorate', 'Prosecutor', 'Secretariat', 'Parliament', 'Motors',
  'University', 'Institute', 'Academy', 'College', 'Forces', 'Mejlis', 'Center', 'Centre',
  // Bodies of members: "Federation of American Scientists", "Union of Concerned Scientists".
  'Federation', 'Confederation', 'Association', 'Union', 'League', 'Society', 'Bureau', 'Coalition',
  'Organization', 'Organisation', 'Alliance', 'Congress',
  // "Chamber of Commerce", "Special Tribunal for …", "Conflict Observatory".
  'Chamber', 'Tribunal', 'Observatory',
  // "Civil Aviation Authority of Singapore", "Tennessee Valley Authority".
  'Authority',
]);

/** Words that end an organisation's name ("Chatham House", "Crimea Platform", "Russian Armed Forces"). */
export const BODY_HEADS = new Set([
  // A chamber is a body only with its remit ("Chamber of Commerce"; a "Torture Chamber" is none).
  ...[...INSTITUTION_HEADS].filter((w) => w !== 'Prosecutor' && w !== 'Office' && w !== 'Chamber'),
  'House', 'Platform', 'Foundation', 'Corporation', 'Company', 'Group', 'Party', 'Duma', 'Fund', 'Forum', 'Association',
  'Society', 'Union', 'Alliance', 'Network', 'Airlines', 'Airways', 'Division', 'Brigade', 'Regiment', 'Battalion',
  'Corps', 'Fleet', 'Guard', 'Army', 'Navy', 'Times', 'Post', 'News', 'Journal', 'Herald', 'Gazette', 'Tribune',
  'Center', 'Centre', 'Foundations', 'Team', 'Headquarters', 'Unit',
  // "Haitian National Police", "Intelligence Community"; a theatre named as a company ("Abbey Theatre").
  'Police', 'Community', 'Theatre', 'Theater', 'Exchange', 'Administration', 'Bureau', 'Organization', 'Organisation', 'Movement', 'Command',
  // "the Commonwealth Club of California", a football club; "the Public Utilities Board".
  'Club', 'Board',
]);

/** Heads of venues, which are places ("Boryspil International Airport"). */
export const VENUE_HEADS = new Set(['Arena', 'Stadium', 'Airport', 'Airfield', 'Airbase', 'Prison']);

/** Words that make a "Center" a venue (a place) rather than an institute. */
export const VENUE_WORDS = new Set(['Exhibition', 'Convention', 'Congress', 'Conference', 'Expo', 'Shopping', 'Sports', 'Trade', 'Business', 'Cultural', 'Arts']);

/** Lower-case particles inside personal names ("Ursula von der Leyen", "Lula da Silva"). */
export const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'la', 'le', 'al', 'bin', 'ibn', 'da', 'di', 'du', 'dos']);

/** Generational suffixes closing a person's name ("Joseph S. Bermudez Jr."); never the surname. */
export const NAME_SUFFIXES = new Set(['Jr', 'Sr', 'II', 'III', 'IV']);

/** Lower-case words allowed between title words ("Secretary of State for Political Affairs"). */
export const TITLE_CONNECTORS = new Set(['of', 'for', 'the', 'and', 'on']);

/** Verbs that introduce reported speech; a capitalised word right before one is a speaker. */
export const SPEECH_VERBS = new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'stressed', 'noted', 'warned', 'reiterated', 'countered',
  'declared', 'confirmed', 'claimed', 'argued', 'explained', 'insisted', 'wrote', 'writes', 'asked', 'replied',
  'acknowledged', 'announced', 'suggested', 'continued', 'concluded', 'tweeted', 'recalled', 'agreed', 'denied',
  'denies', 'stated', 'urged', 'pointed', 'emphasized', 'emphasised', 'cautioned', 'admitted', 'revealed',
  'commented', 'comments', 'informed', 'repeated',
]);

/** Adverbs that may stand between a speaker and the speech verb ("Kirby also confirmed"). */
export const SPEECH_ADVERBS = new Set(['also', 'further', 'then', 'later', 'again', 'separately', 'recently', 'previously', 'has', 'had', 'once']);

/** Capitalised words that are never names on their own (pronouns, function words, common nouns). */
export const NOT_NAMES = new Set([
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'here', 'the', 'a', 'an',
  'and', 'but', 'or', 'so', 'if', 'in', 'on', 'at', 'to', 'for', 'of', 'as', 'by', 'with', 'from', 'after', 'before',
  'while', 'when', 'where', 'what', 'who', 'why', 'how', 'yet', 'thus', 'still', 'even', 'both', 'all', 'some', 'many',
  'most', 'officials', 'official', 'sources', 'source', 'experts', 'analysts', 'people', 'critics', 'others', 'one',
  'two', 'also', 'however', 'meanwhile', 'separately', 'oddly', 'altogether', 'furthermore', 'finally', 'later',
  'is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'not', 'no', 'its', 'his', 'her',
  'their', 'our', 'my', 'your', 'told', 'said', 'says', 'explain', 'according', 'administration', 'government',
  'study', 'report', 'reports', 'letter', 'statement', 'article', 'time', 'advertisement', 'written', 'now', 'indeed',
  'instead', 'perhaps', 'maybe', 'only', 'just', 'soon', 'since', 'until', 'unlike', 'like', 'despite', 'during',
  'under', 'over', 'into', 'through', 'about', 'against', 'between', 'without', 'within', 'among', 'across', 'last',
  'next', 'first', 'earlier', 'mostly', 'notably', 'specifically', 'particularly', 'although', 'though', 'because',
  'unless', 'whether', 'asked', 'every', 'each', 'such', 'other', 'another', 'then', 'once', 'again', 'everyone',
  'everybody', 'nobody', 'someone', 'somebody', 'none', 'few', 'several', 'neither', 'either', 'which', 'whose', 'police',
  // Wire copy's unnamed sources with a capital ("A leading U.S. Banker said"), and adverbs opening a sentence.
  // (Not "dealer" or "economist": "CTC Dealer Holdings Ltd", "The Economist"; nor plurals: "American
  // Bankers Association".)
  'banker', 'trader', 'analyst', 'diplomat',
  'obviously', 'clearly', 'certainly', 'apparently', 'unfortunately', 'fortunately', 'interestingly', 'similarly', 'ultimately',
]);

/** Months, days and similar calendar words, never actors. */
export const CALENDAR = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'tomorrow', 'yesterday', 'christmas',
  'easter', 'ramadan', 'spring', 'summer', 'autumn', 'fall', 'winter',
]);

/**
 * Spans that look like proper names but are weapons, aircraft, treaties, agreements, events or
 * malware. Anything overlapping one is not an actor ("Vienna" in "Vienna Document").
 */
export const BLOCK_PATTERNS: RegExp[] = [
  // Designators such as B-2 Spirit, KC-135 Stratotanker, Tu-160 Blackjack, P-8A, F-16, S-400.
  // "G-7", "G-6" and "G-20" are the groups of nations, not designators.
  /\b(?!G-(?:5|6|7|8|10|20)\b)\p{Lu}[\p{L}]{0,3}-\d+\p{L}*(?:\s+\p{Lu}\p{Ll}+)?/gu,
  /\b(?:HIMARS|MLRS|NASAMS|Javelins?|Stingers?|Switchblades?|Bayraktars?|Iskanders?|Kinzhals?|Aegis Ashore|Phoenix Ghost|Patriot missiles?|Tomahawks?|Leopard tanks?|Abrams tanks?)\b/gu,
  /\b(?:Super Bowl(?:\s+[IVXLC]+)?|Olympics|Cold War|World War (?:I|II|One|Two)|(?:Not)?Petya|Nord Stream(?: \d)?)\b/gu,
  /\bArticle \d+\b/gu,
  /\b(?:INF|New START|START|CFE|INCSEA|SALT|ABM|Open Skies)(?: [Tt]reaty)?\b/gu,
  /\b(?:Minsk|Budapest|Paris|Geneva|Helsinki|Vienna)\s+(?:[Dd]ocument|[Aa]greements?|[Aa]ccords?|Memorandum|Protocol|Convention|Final Act)\b/gu,
  // Named instruments: "NATO Founding Act", "Incidents at Sea Agreement", "Treaty on Conventional Armed Forces in Europe".
  // (Not a town before "-based", nor GATT, the body: "the Geneva-based General Agreement on Tariffs and Trade".)
  // An issue defined with its acronym is no body either: "Philippine Investment Notes (PINs)".
  /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}-]*(?<!-based)\s+(?:(?:at|of|on|in|the)\s+)?){1,5}(?:Treaty|Agreement(?! on Tariffs)|Act|Document|Accords?|Memorandum|Protocol|Convention|Charter|Doctrine|Initiative|Tax(?= \(|[,.;])|(?:Notes|Bonds|Certificates)(?= \())\b(?! Organi[sz]ation)/gu,
  /\bTreaty (?:on|of) (?:(?:\p{Lu}[\p{L}-]*|in|of|and|the)\s*)+/gu,
  /\bEnhanced Forward Presence\b/gu,
  // A consent notice's "Social Media content"; a product, not its maker ("Google Maps").
  /\bSocial Media\b/gu,
  /\bGoogle (?:Maps|Earth|Translate)\b/gu,
  // "the Dow Jones index", "the Dow Jones industrial average", "the S and P pit": a share index, not
  // the publisher or the rating agency.
  /\b(?:Dow Jones|S and P|S&P|Standard and Poor['’]s)(?= (?:[Ii]ndex|[Ii]ndustrial|[Ii]ndustrials|[Aa]verage|[Tt]ransportation|[Uu]tilit|500|100|pit|futures|stock index))/gu,
];

/**
 * Block patterns that only a few sentences need, each after a cheap test for its keyword, so the
 * costlier pattern does not run on every sentence: [keyword test, pattern].
 */
export const HINTED_BLOCK_PATTERNS: [RegExp, RegExp][] = [
  // "Halliburton Co <HAL>": a wire's stock ticker after a firm, no name of its own.
  [/</u, /<\p{Lu}[\p{Lu}\d.]{0,7}>/gu],
  // "JOIN US ON TELEGRAM!": an outlet's plea for followers, not a mention of the network.
  [/\b(?:join|follow)\b/iu, /\b(?:join|follow) us on \p{L}+/giu],
  // "(Presidential Press Office via AP)": a picture's credit, which readers do not count.
  [/\bvia /u, /\((?:[^()]{0,80} )?via [^()]{1,40}\)/gu],
  // "Anna Brook/AFP via Getty Images", "(Ivo Stam/AP)": a photographer and agency credited under a
  // picture. Only known agencies after the slash, so "Russia/Ukraine" stays two places.
  [
    /\/(?:AFP|AP|Reuters|Getty|EPA|Bloomberg|Sputnik|TASS|Xinhua|Anadolu|Shutterstock|Alamy|NurPhoto|SOPA|ZUMA|UPI|Pool|PA)\b/u,
    /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}(?:\/(?:AFP|AP|Reuters|Getty Images|EPA(?:-EFE)?|Bloomberg|Sputnik|TASS|Xinhua|Anadolu Agency|Anadolu|Shutterstock|Alamy|NurPhoto|SOPA Images|ZUMA Press|ZUMA Wire|UPI|Pool|PA Wire|PA)\b)+(?: via (?:Getty Images|Reuters|AP|AFP|\p{Lu}\p{L}*))?/gu,
  ],
  // "Russian troops near Vorsk PAP", "A crater in Vorsk PAP/Anna Brook": a caption's credit after its
  // last word, the wire in capitals, and the photographer after the slash.
  // "…, reports TASS" and "according to AFP" name a source, not a credit.
  [/\b(?:PAP|EPA|AFP|TASS)\b/u, /(?<=[^\s.!?:;"”]\s)(?<!\b(?:reports|reported|said|says|told|tells|to|by|from|with|via|and|citing|of) )(?:PAP|EPA|AFP|TASS|EPA-EFE)(?:\s?\/\s?\p{Lu}[\p{L} .-]*)?\s*$/gu],
  // "the Uruguay Round", "the Uruguay trade round": negotiations named after where they opened.
  [/ (?:trade |GATT |negotiating )?[Rr]ound\b/u, /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+ (?:(?:trade|GATT|negotiating) [Rr]ound|Round(?! (?:Table|Robin)\b))\b/gu],
  // "the Russo-Japanese War": a war, not a person "Russo" nor a place.
  [/\bRusso-/u, /\bRusso-\p{L}+(?:\s+[Ww]ars?)?/gu],
  // "Watch TVN24 on the Internet": a broadcaster's plug, from there to the sentence's end.
  [/\bWatch /u, /\bWatch [\p{L}\d]+ (?:on the Internet|online|live on)\b.*/gu],
  // "the Normandy agreements", "the Minsk process", "the Normandy format": a deal or format named after a place.
  [/ (?:agreement|accord|format|process)/u, /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+ (?:agreements?|accords?|format|process)\b/gu],
  // "the Munich Security Conference", "Munich Security Report": the town names an event, not a place
  // of the story; "NATO Summit", "G20 Summit" (an acronym first) keep their body.
  [
    / (?:Conference|Summit|Report|Dialogue)\b/u,
    /(?<![\p{L}\p{N}])(?!(?:The|This|That|A|An|In|At|On|For|By|Last|Next|Each|Every|Since|After|Before|During)\b)\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}-]*){0,3} (?:Conference|Summit|Report|Dialogue)\b(?! (?:Cent(?:er|re)|Hall))/gu,
  ],
];

/** Names that are also common first names; a gazetteer place followed by a capitalised word is then a person. */
export const AMBIGUOUS_PLACE_NAMES = new Set(['Georgia', 'Jordan', 'Chad', 'Virginia', 'Austin', 'Paris', 'Sydney', 'Victoria', 'Florence', 'India', 'Chelsea', 'Dallas', 'Denver', 'Houston', 'Milan']);

/** A crown's forces keep the word in their name: "the Royal Australian Air Force". */
export const ROYAL = 'Royal ';

/** "kyiv" → "Kyiv". */
export const capitalise = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
// (With the words of an earnings table: "Shr Shell Transport and Trading Co PLC 1.38 dlrs".)
const STOP_CAPS = [...NOT_NAMES, ...CALENDAR, 'shr', 'qtr'].map(capitalise).join('|');
/** A regex source for one capitalised word that is not a common word or a calendar word ("Mercedes-Benz" too). */
export const CAP_WORD = String.raw`(?!(?:${STOP_CAPS})\b)\p{Lu}\p{L}*(?:-\p{Lu}\p{L}*)?`;

// An "and" inside a name joins remit words: "Security and Defense Council", "Congress and Exhibition Center".
export const AND_LEFT = new Set([...TITLE_MODIFIERS, ...VENUE_WORDS, 'Science', 'Technology', 'Research', 'Development', 'Culture', 'Education']);

/** A party's members in the plural ("Republicans say they are concerned"): a group, or a party's name's end. */
export const PARTY_MEMBERS = new Set(['Republicans', 'Democrats', 'Tories']);

/** A party's member ("the Texas Democrat"): a description of someone, never a name alone. */
export const PARTY_MEMBER_WORDS = new Set(['Democrat', 'Republican', 'Conservative', 'Liberal', 'Tory', 'Socialist', 'Communist']);
