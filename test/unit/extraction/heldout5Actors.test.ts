// Actor rules for error types the fifth held-out evaluation found. Every text here is written for
// the test; people, bodies and towns are invented unless the rule is about a well-known name.
import assert from 'node:assert/strict';
import { articleActors, named, namesOf, mentionTexts as texts } from '../../fixtures/extraction/actors/helpers';

const actorsOf = articleActors('heldout5', '2022-08-16');

describe('held-out 5: one person under several spellings', () => {
  it('maps a transliterated first name onto the known person', () => {
    const actors = actorsOf('Aleksandr Lukashenko spoke to the farmers on Monday.', 'Lukashenko said the harvest was good.');
    assert.deepEqual(namesOf(actors, 'person'), ['Alexander Lukashenko']);
  });

  it('joins a surname misspelt by machine translation to the full name', () => {
    const actors = actorsOf('The mayor met Volodymyr Zelnski in the capital.', 'He thanked President Zelanski for the visit.');
    assert.deepEqual(namesOf(actors, 'person'), ['Volodymyr Zelenskyy']);
  });

  it('reads a name across its particles', () => {
    const actors = actorsOf('The union was represented by Ursula von der Leyen and Charles Michel.');
    assert.ok(named(actors, 'Ursula von der Leyen'));
    assert.ok(!named(actors, 'Ursula'));
  });

  it('keeps the title in a pope’s name and reads “the Pope” as him', () => {
    const actors = actorsOf('Pope Francis met the pilgrims on Sunday.', 'Later the Pope said the war must end.');
    assert.deepEqual(texts(named(actors, 'Pope Francis')), ['Francis', 'Pope']);
  });

  it('drops a rank word left before a translated general’s name', () => {
    const actors = actorsOf('The dead included General of Division Andrey Kowalik, a deputy commander.');
    assert.deepEqual(namesOf(actors, 'person'), ['Andrey Kowalik']);
  });

  it('stops a speaker’s name at the town before it', () => {
    const actors = actorsOf('The adviser to the mayor of the occupied Mariupol Petro Dziedzic informed about it.');
    assert.deepEqual(namesOf(actors, 'person'), ['Petro Dziedzic']);
  });
});

describe('held-out 5: bodies with a shape of their own', () => {
  it('names an embassy by its country and town, and keeps the town a place', () => {
    const actors = actorsOf('“Leave now,” the U.S. Embassy in Moscow warned.');
    assert.deepEqual(texts(named(actors, 'U.S. Embassy in Moscow')), ['U.S. Embassy']);
    assert.ok(named(actors, 'Moscow'));
  });

  it('names a channel by the words after it', () => {
    const actors = actorsOf('The death was confirmed by the pro -Russian Channel Grey Lantern on Friday.');
    assert.deepEqual(namesOf(actors, 'organization'), ['Grey Lantern']);
  });

  it('finds units in lower case and units of a district', () => {
    const actors = actorsOf('Troops of the 157th naval infantry took the hill.', 'He was deputy commander of the 44th Army of the Central Military District.');
    assert.deepEqual(namesOf(actors, 'organization'), ['157th naval infantry', '44th Army', 'Central Military District']);
  });

  it('finds a ministry written in lower case', () => {
    const actors = actorsOf('The ship will sail on Friday, Ukraine’s infrastructure ministry said.', 'The defence ministry said the fire was out.');
    assert.deepEqual(namesOf(actors, 'organization'), ["Ukraine's infrastructure ministry", 'defence ministry']);
  });

  it('reads G-7 and G-20 as the groups, not as designators', () => {
    const actors = actorsOf('Leaders will skip the G-20 and G-7 meetings.');
    assert.deepEqual(namesOf(actors, 'organization'), ['G20', 'G7']);
  });

  it('does not take an outlet’s plea for followers as a mention', () => {
    const actors = actorsOf('JOIN US ON TELEGRAM! Follow our coverage of the war.');
    assert.deepEqual(namesOf(actors, 'organization'), []);
  });
});

describe('held-out 5: places', () => {
  it('names a nuclear plant after its town and a port after "port of"', () => {
    const actors = actorsOf('Shells fell near the Zaporizhzhia nuclear plant.', 'The ship left the port of Zelenodar on Tuesday.');
    assert.deepEqual(namesOf(actors, 'place'), ['Zaporizhzhia nuclear plant', 'Zelenodar']);
  });
});
