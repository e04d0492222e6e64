/**
 * Patterns behind the fifteenth held-out round's misses, each written anew as a short text: a
 * speaker named by a full name and an affiliation, a quoted name inside a description, a
 * description by standing ("the activist") for the one person the paragraph has named, a
 * statement issued by a body named again by its noun, "it" carrying that body on, and an office
 * written without its article.
 */
import assert from 'node:assert/strict';
import { articleQuotes } from '../../fixtures/extraction/actors/helpers';

const quotesOf = articleQuotes('heldout15', '2024-04-22');

describe('held-out 15: speakers', () => {
  it('ends a full name after "said" at its affiliation', () => {
    const [q] = quotesOf('“This is a challenge for export control,” said William A. Reinsch from the Center for Strategic and International Studies in Washington.');
    assert.equal(q.speakerName, 'William A Reinsch');
  });

  it('reads a quoted name before "initiative" as a name inside the cue, not as speech', () => {
    const quotes = quotesOf('“We joined them,” said the leader of the “Voice of Nordia” initiative Anna Sihnaievska.');
    assert.deepEqual(quotes.map((q) => q.text), ['We joined them,']);
    assert.equal(quotes[0].speakerName, 'Anna Sihnaievska');
  });

  it('gives "according to the activist" to the one person the paragraph has named, even after another speaker', () => {
    const quotes = quotesOf(
      '“This is an initiative by Czech activists,” said Vitali Klitschko.',
      'The co-organizer of the rally, Michal Meisner, noted that the performance aims to support Estonia. According to the activist, the funds should be enough because “they will not be able to drag it on financially.”',
    );
    assert.equal(quotes[1].speakerName, 'Michal Meisner');
  });

  it('gives "the statement said" to the body that "said this in a statement", and "It also added" to that body', () => {
    const quotes = quotesOf(
      'The Nordian Foreign Ministry has called on all states to support the creation of a special tribunal.',
      'According to Ukrinform, the ministry said this in an Independence Day statement published on its website.',
      '“On August 24, Nordia celebrates the anniversary of its independence,” the statement said.',
      'It also added, “We are grateful to our partners and friends who introduced sanctions against Vorsk.”',
    );
    assert.deepEqual(quotes.map((q) => q.speakerName), ['Nordian Foreign Ministry', 'Nordian Foreign Ministry']);
  });

  it('reads an office with no article after the verb ("added IDF spokesman") as the person titled so before', () => {
    const quotes = quotesOf('A spokesman for the Israeli army, Rear Admiral Daniel Hagari, said that Iran “wants war.” “Over the past few hours, we have approved operational plans,” added IDF spokesman.');
    assert.deepEqual(quotes.map((q) => q.speakerName), ['Daniel Hagari', 'Daniel Hagari']);
  });
});

