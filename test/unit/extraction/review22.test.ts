/**
 * Over-reach a review found in this session's rules (offices known by date, "today" of these
 * times, firms named by their analysts, years after "between"): each text here was read right
 * before those rules and must stay so.
 */
import assert from 'node:assert/strict';
import { sentenceDates as dates } from '../../fixtures/extraction/events/makeDoc';
import { articleActors, articleQuotes, named, namesOf } from '../../fixtures/extraction/actors/helpers';

const speakerIn = (date: string, ...paragraphs: string[]): string | null | undefined =>
  articleQuotes('review22q', date)(...paragraphs).at(-1)?.speakerName;
const organisations = (text: string): string[] => namesOf(articleActors('review22', '2023-03-01')(text), 'organization');

describe('review 22: offices known by date never outrank the article’s own titles', () => {
  it('keeps the person the article titled over a known office-holder named as an object', () => {
    assert.equal(speakerIn('2023-03-01', 'President Zelensky rejected Putin’s offer of talks.', '“Never,” the president said.'), 'Volodymyr Zelenskyy');
    assert.equal(speakerIn('2023-09-21', 'President Biden welcomed Zelensky to the White House on Thursday.', '“We will stand with you,” the president said.'), 'Joe Biden');
  });

  it('guesses no one when two known office-holders fit', () => {
    assert.equal(speakerIn('2023-03-01', 'Putin met Lukashenko in Minsk.', '“Our union is strong,” the head of state said.'), null);
    assert.equal(speakerIn('2023-03-01', 'Zelensky accused Putin of war crimes on Tuesday.', '“We will liberate every town,” the president said.'), null);
  });

  it('gives a bare office to no known holder when someone of unknown office is named near', () => {
    assert.equal(speakerIn('2025-03-01', 'Mark Carney held talks with Meloni in Rome.', '“We agreed on a great deal,” the prime minister said.'), null);
  });

  it('lets a former holder fit only “the former …”', () => {
    assert.equal(speakerIn('2023-02-02', 'Rishi Sunak met Zelensky, days after Boris Johnson visited Kyiv.', '“We will send tanks,” the British prime minister said.'), 'Rishi Sunak');
    assert.equal(speakerIn('2024-06-01', 'Andrei Belousov replaced Shoigu in May.', '“The army will grow,” the Russian defence minister said.'), null);
  });
});

describe('review 22: a pronoun after a description', () => {
  it('takes only a description that speaks for the pronoun’s person', () => {
    assert.equal(
      speakerIn('2023-03-01', 'President Zelensky spoke in Kyiv.', 'The Russian president had claimed victory in Mariupol.', '“We will rebuild every house,” he said.'),
      'Volodymyr Zelenskyy',
    );
  });
});

describe('review 22: “today” of a day’s happening', () => {
  it('still dates the day’s “today”', () => {
    for (const sentence of [
      'Today is the first anniversary of the full-scale invasion.',
      'Today is the deadline for Russia to respond.',
      'EU ministers today are meeting in Luxembourg.',
      'The meeting today is in Brussels.',
      'Zelensky, who today met Biden, thanked the Congress.',
      'We have today received the first Leopard tanks.',
      'It became clear today that the dam had been blown up.',
      'Kyiv today is under massive missile attack.',
    ]) assert.equal(dates('2023-03-01', sentence).length, 1, sentence);
    assert.deepEqual(dates('2023-03-01', 'Today the talks failed, and tomorrow they could resume in Istanbul.'), [['Today', '2023-03-01', 'day'], ['tomorrow', '2023-03-02', 'day']]);
  });
});

describe('review 22: years after “between” and hours', () => {
  it('reads counts and clock times as no years', () => {
    for (const sentence of ['Between 2000 and 3000 people died.', 'It costs between 2000 and 2500 dollars.', 'They lost between 1800 and 1900 tanks.', 'The talks went on as late as 1800 GMT.']) {
      assert.deepEqual(dates('2023-03-01', sentence), [], sentence);
    }
    assert.deepEqual(dates('2023-03-01', 'The famine struck between 1932 and 1933.'), [['1932', '1932', 'year'], ['1933', '1933', 'year']]);
  });
});

describe('review 22: names', () => {
  it('reads no firm in a qualifier, a field or a person before “analyst”', () => {
    assert.deepEqual(organisations('Former CIA analyst John Smith said so. Top Pentagon analysts agree.'), ['CIA', 'Pentagon']);
    assert.deepEqual(organisations('Senior Defence analyst Jane Roe said so. OSINT analysts found it. He is an economist with Vladimir Milov.'), []);
  });

  it('reads “Urals crude” as no place, and keeps a committee’s remit unless a request follows', () => {
    const actors = articleActors('review22', '2023-03-01')('Urals crude fell again.');
    assert.equal(named(actors, 'Urals'), undefined);
    assert.deepEqual(organisations('The Solidarity Committee for Ukraine met.'), ['Solidarity Committee for Ukraine']);
  });
});
