/**
 * Patterns behind the misses of held-out round 28 (read this session after it was measured
 * unread), each written anew as a short text.
 */
import assert from 'node:assert/strict';
import { sentenceDates as dates } from '../../fixtures/extraction/events/makeDoc';
import { articleActors, articleQuotes, named, speakerOf } from '../../fixtures/extraction/actors/helpers';

const actorsOf = articleActors('heldout28', '2022-08-11');
const quotesOf = articleQuotes('heldout28', '2022-08-11');

describe('held-out 28: names given and names listed', () => {
  it('merges a call sign or nickname with the person named before it', () => {
    const text = ['Denys Prokhorov commands a battalion. He has since been dubbed “Kyt”, which means “whale”.', 'Kyt commands over 300 soldiers.', '“Russia suffers losses,” Kyt said.'];
    const prokhorov = named(actorsOf(...text), 'Denys Prokhorov');
    assert.deepEqual(prokhorov?.mentions.map((m) => m.text), ['Denys Prokhorov', 'Kyt', 'Kyt', 'Kyt']);
    assert.equal(speakerOf(quotesOf(...text), 'Russia suffers losses'), 'Denys Prokhorov');
  });

  it('gives no person a nickname that names someone else', () => {
    const actors = actorsOf('Yevgeny Prigozhin, known as Putin’s chef, spoke on Monday. Putin agreed.');
    assert.equal(named(actors, 'Vladimir Putin')?.kind, 'person');
    assert.equal(named(actors, 'Yevgeny Prigozhin')?.mentions.length, 1);
  });

  it('reads each name listed after a title in the plural as a person with that title', () => {
    const actors = actorsOf('Senators Risch, Cardin, Wicker, Blumenthal and Graham presented a resolution. Foreign Ministers Kuleba and Lavrov met in Antalya.');
    for (const name of ['Risch', 'Cardin', 'Wicker', 'Blumenthal']) {
      assert.equal(named(actors, name)?.kind, 'person', name);
      assert.deepEqual(named(actors, name)?.roles, ['Senator'], name);
    }
    assert.equal(named(actors, 'Dmytro Kuleba')?.kind, 'person');
    assert.equal(named(actors, 'Antalya')?.kind, 'place');
  });
});

describe('held-out 28: speakers', () => {
  it('reads a party’s members as a group that speaks', () => {
    const quotes = quotesOf('The letter says only Congress has the power to declare war and Republicans say they are “concerned” about it.');
    assert.equal(speakerOf(quotes, 'concerned'), 'Republicans');
    assert.equal(named(actorsOf('House Republicans from the War Powers Caucus wrote to Biden.'), 'Republicans')?.kind, 'group');
  });

  it('gives “the letter” to its sender, not to the person it was sent to', () => {
    const quotes = quotesOf('Andy Biggs sent a letter to Biden on Thursday.', '“Congress must weigh the national interest,” the letter states.');
    assert.equal(speakerOf(quotes, 'Congress must weigh'), 'Andy Biggs');
  });
});

describe('held-out 28: dates', () => {
  it('reads “This is Russia today” and “today it can be seen” as these times', () => {
    assert.deepEqual(dates('2022-02-16', 'This is Russia today, this is the Kremlin today.'), []);
    assert.deepEqual(dates('2022-02-16', 'After all, today it can be seen that we must settle in the West.'), []);
    assert.deepEqual(dates('2022-06-09', 'Today we can say there is a report.'), [['Today', '2022-06-09', 'day']]);
  });

  it('stops a future cue at a run-together sentence end', () => {
    assert.deepEqual(dates('2022-09-03', 'A weapon is to be handed over from the USA.Biden said Ukrainians will be able to buy defenses.Biden also turned to Congress on August 30 for more money.'), [['August 30', '2022-08-30', 'day']]);
  });
});
