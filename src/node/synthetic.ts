/**
 * A deterministic synthetic news corpus for benchmarks: N articles in the `key: value` header
 * format, with names, quotations and dates so every extractor has work to do.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

const PEOPLE = [
  ['Defense Secretary', 'Lloyd Austin'], ['Secretary of State', 'Antony Blinken'], ['President', 'Joe Biden'],
  ['Russian President', 'Vladimir Putin'], ['Foreign Minister', 'Sergei Lavrov'], ['NATO Secretary General', 'Jens Stoltenberg'],
  ['Deputy Secretary of State', 'Wendy Sherman'], ['Press Secretary', 'John Kirby'], ['General', 'Mark Milley'],
  ['President', 'Volodymyr Zelensky'], ['Chancellor', 'Olaf Scholz'], ['President', 'Emmanuel Macron'],
];
const PLACES = ['Ukraine', 'Russia', 'the United States', 'Poland', 'Germany', 'France', 'Kyiv', 'Moscow', 'Brussels', 'Geneva', 'Romania', 'Belarus'];
const ORGS = ['NATO', 'the Pentagon', 'the Kremlin', 'the European Union', 'the State Department', 'the United Nations'];
const TOPICS = ['sanctions', 'export controls', 'arms control', 'troop deployments', 'missile defense', 'energy supplies',
  'peace talks', 'military aid', 'security guarantees', 'grain exports', 'cyberattacks', 'air defense'];
const VERBS = ['discussed', 'rejected', 'proposed', 'announced', 'criticised', 'welcomed', 'postponed', 'expanded'];
const WHEN = ['on Monday', 'on Tuesday', 'last week', 'on March 16', 'in 2014', 'last weekend', 'on February 24', 'earlier this month'];
const MONTHS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];

const SYLLABLES = ['ka', 'lo', 'mi', 'ter', 'san', 'vel', 'dor', 'pra', 'nis', 'tu', 'bre', 'gal', 'om', 'rest', 'quin', 'ha', 'zel', 'fo'];

/**
 * A vocabulary of pseudo-words drawn by a Zipf-like law, so the synthetic corpus has the long
 * tail of rare words real text has (a tiny vocabulary makes every word common and every query slow).
 */
const VOCABULARY: string[] = (() => {
  const rnd = random(7);
  const words = new Set<string>();
  while (words.size < 40_000) {
    const n = 2 + Math.floor(rnd() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rnd() * SYLLABLES.length)];
    words.add(w);
  }
  return [...words];
})();

function fillerWord(rnd: () => number): string {
  // u^3 concentrates draws on the first words: a few very common, most rare.
  return VOCABULARY[Math.floor(rnd() ** 3 * VOCABULARY.length)];
}

function fillerClause(rnd: () => number, words: number): string {
  return Array.from({ length: words }, () => fillerWord(rnd)).join(' ');
}

/** Small, fast, seedable PRNG (mulberry32) so every run writes the same corpus. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One synthetic article's text. */
export function syntheticArticle(n: number): string {
  const rnd = random(n + 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const date = `202${1 + Math.floor(rnd() * 3)}-${pick(MONTHS)}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
  const topic = pick(TOPICS);
  const paragraphs: string[] = [];
  const count = 4 + Math.floor(rnd() * 6);
  for (let p = 0; p < count; p++) {
    const [role, name] = pick(PEOPLE);
    const surname = name.split(' ').pop();
    const sentences = [
      `Observers noted the ${fillerClause(rnd, 4)} and the ${fillerClause(rnd, 5)} near ${pick(PLACES)}.`,
      `${role} ${name} ${pick(VERBS)} ${pick(TOPICS)} with officials from ${pick(PLACES)} ${pick(WHEN)}.`,
      `“We will not accept ${pick(TOPICS)} that undermine ${pick(PLACES)},” ${surname} said, adding that ${pick(ORGS)} had been informed.`,
      `According to ${pick(ORGS)}, talks on ${topic} in ${pick(PLACES)} could resume ${pick(['soon', 'next month', 'after the summit'])}.`,
      `Analysts in ${pick(PLACES)} said the U.S. position on ${pick(TOPICS)} was unchanged, and a senior official told reporters that “nothing has been decided yet.”`,
    ];
    const first = Math.floor(rnd() * 2);
    paragraphs.push(sentences.slice(first, first + 2 + Math.floor(rnd() * 3)).join(' '));
  }
  const title = `${pick(['Talks on', 'Allies weigh', 'New push for', 'Debate over'])} ${topic} ${pick(['continue', 'stall', 'in focus', 'deepens'])}`;
  return `title: ${title}\ndate: ${date}\nsource: Synthetic Wire\nurl: https://example.org/article/${n}\n\n${paragraphs.join('\n\n')}\n`;
}

/** Writes `count` articles under `folder` (reused when already complete) and returns the folder. */
export function writeSyntheticCorpus(folder: string, count: number): string {
  if (existsSync(path.join(folder, '.complete'))) return folder;
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < count; i++) writeFileSync(path.join(folder, `article-${String(i).padStart(6, '0')}.txt`), syntheticArticle(i));
  writeFileSync(path.join(folder, '.complete'), '');
  return folder;
}
