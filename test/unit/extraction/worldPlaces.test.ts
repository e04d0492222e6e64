/**
 * Towns and cities known from GeoNames alone (worldPlaces.ts and the list the build script writes).
 */
import assert from 'node:assert/strict';
import { isWorldPlace } from '../../../src/core/extraction/actors/worldPlaces';
import { articleActors, named, namesOf } from '../../fixtures/extraction/actors/helpers';

const actors = articleActors('world-places', '2024-04-25');

describe('world places: the list', () => {
  it('holds towns of the region and large cities, whatever their accents or soft signs', () => {
    for (const name of ['Soroca', 'Balti', 'Bălţi', 'Iasi', 'Manhush', 'Novofedorivka', 'Stavropol', 'Guangzhou', 'Chasiv Yar']) assert.ok(isWorldPlace(name), name);
  });

  it('leaves out common words, given names, surnames of small towns and towns named like firms', () => {
    for (const name of ['Reading', 'Police', 'Bar', 'Sofia', 'Austin', 'Victoria', 'Sokolov', 'Mendoza', 'Toyota', 'Nokia', 'Pravda', 'Azov', 'Long Beach']) {
      assert.ok(!isWorldPlace(name), name);
    }
  });
});

describe('world places: in a text', () => {
  it('takes a listed town named without a word saying what it is', () => {
    const found = actors('The talks, hosted by Iasi, drew envoys who later toured Soroca and Tulcea.');
    for (const name of ['Iasi', 'Soroca', 'Tulcea']) assert.equal(named(found, name)?.kind, 'place', name);
  });

  it('reads a map’s legend of towns and countries in capitals', () => {
    const found = actors('Map: Uman UKRAINE Balti Ribnita MOLDOVA Dubasari Tiraspol ROMANIA.');
    for (const name of ['Uman', 'Balti', 'Ribnita', 'Dubasari', 'Tiraspol']) assert.equal(named(found, name)?.kind, 'place', name);
  });

  it('leaves a listed town that runs on into another name to the rules for names', () => {
    const found = actors('The political scientist Francis Fukuyama argued the point in an essay.');
    assert.deepEqual(namesOf(found, 'place'), []);
    assert.equal(named(found, 'Francis Fukuyama')?.kind, 'person');
  });

  it('takes the town for the person the document names in full', () => {
    const found = actors('Francis Fukuyama wrote an essay.', 'In the essay, Fukuyama argues that the war will end.');
    assert.deepEqual(namesOf(found, 'place'), []);
    assert.deepEqual(named(found, 'Francis Fukuyama')?.mentions.map((m) => m.text), ['Francis Fukuyama', 'Fukuyama']);
  });

  it('takes a sentence’s first word for the town only when the town is named elsewhere too', () => {
    assert.deepEqual(namesOf(actors('Comrat lies south of the capital.'), 'place'), []);
    const found = actors('Comrat lies south of the capital.', 'Envoys travelled to Comrat and Cahul.');
    assert.deepEqual(named(found, 'Comrat')?.mentions.length, 2);
  });
});
