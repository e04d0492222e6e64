import assert from 'node:assert/strict';
import { parseDocument } from '../../../src/core/parse';
import { detectMentions, extractActors } from '../../../src/core/extraction/actors';
import { specificRoles } from '../../../src/core/extraction/actors/merge';
import type { Actor } from '../../../src/core/extraction/types';
import type { CorpusDocument } from '../../../src/core/model';

let counter = 0;
function doc(text: string, id = `doc${++counter}`): CorpusDocument {
  return parseDocument({ path: `${id}.txt`, text }, { id });
}
function actorsOf(...texts: string[]): Actor[] {
  return extractActors(texts.map((t) => doc(t))).actors;
}
const byName = (actors: Actor[], name: string): Actor | undefined => actors.find((a) => a.name === name);
const names = (actors: Actor[]): string[] => actors.map((a) => a.name).sort();

describe('actors: alias merging', () => {
  it('merges title + full name, surname and "Secretary Austin" into one person, even when the surname comes first', () => {
    const actors = actorsOf('Austin spoke first, officials noted. Later, Defense Secretary Lloyd Austin told reporters the plan. As Secretary Austin said, it works. Lloyd Austin left.');
    const people = actors.filter((a) => a.kind === 'person');
    assert.deepEqual(people.map((a) => a.id), ['person:lloyd-austin']);
    assert.equal(people[0].mentions.length, 4);
    assert.deepEqual(people[0].aliases, ['Austin']);
  });

  it('merges US, U.S., United States and America', () => {
    const actors = actorsOf('The US said no. The U.S. agreed. The United States waited. America is tired.');
    const us = actors.filter((a) => a.kind === 'place');
    assert.deepEqual(us.map((a) => a.id), ['place:united-states']);
    assert.deepEqual(us[0].aliases, ['America', 'U.S.', 'US']);
  });

  it('merges Zelensky/Zelenskyy, Kyiv/Kiev and Donbas/Donbass across documents', () => {
    const actors = actorsOf('President Zelensky visited Kiev. Fighting in Donbas continued.', 'Zelenskyy returned to Kyiv, far from the Donbass.');
    assert.equal(byName(actors, 'Volodymyr Zelenskyy')?.mentions.length, 2);
    assert.equal(byName(actors, 'Kyiv')?.mentions.length, 2);
    assert.equal(byName(actors, 'Donbas')?.mentions.length, 2);
    assert.equal(actors.length, 3);
  });

  it('links a surname in one document to the only full name in the corpus', () => {
    const actors = actorsOf('Kirby said the talks went well.', 'Pentagon spokesman John Kirby declined. Kirby said later that he would.');
    const kirby = actors.filter((a) => a.kind === 'person');
    assert.deepEqual(kirby.map((a) => a.id), ['person:john-kirby']);
    assert.equal(kirby[0].mentions.length, 3);
  });
});

describe('actors: roles and standsFor', () => {
  it('keeps titles as roles, not in the name', () => {
    const actors = actorsOf(
      'Deputy Secretary of State Wendy Sherman met NATO Secretary General Jens Stoltenberg. Russian President Vladimir Putin did not. Russian Deputy Foreign Minister Sergei Ryabkov said so.',
    );
    assert.deepEqual(byName(actors, 'Wendy Sherman')?.roles, ['Deputy Secretary of State']);
    assert.deepEqual(byName(actors, 'Jens Stoltenberg')?.roles, ['NATO Secretary General']);
    assert.deepEqual(byName(actors, 'Vladimir Putin')?.roles, ['Russian President']);
    assert.deepEqual(byName(actors, 'Sergei Ryabkov')?.roles, ['Russian Deputy Foreign Minister']);
    assert.ok(byName(actors, 'NATO'), 'the organisation in a role is still mentioned');
    assert.equal(actors.filter((a) => a.kind === 'place').length, 0, 'Russian is an adjective, not Russia');
  });

  it('reads a role written after the name', () => {
    const actors = actorsOf('Retired Admiral Michael Mullen spoke. Later, Mark Milley, former Chairman of the Joint Chiefs of Staff, agreed.');
    assert.deepEqual(byName(actors, 'Michael Mullen')?.roles, ['Retired Admiral']);
    assert.deepEqual(byName(actors, 'Mark Milley')?.roles, ['former Chairman of the Joint Chiefs of Staff']);
  });

  it('gives both names of "Secretaries Blinken and Austin" the role', () => {
    const actors = actorsOf('Secretaries Blinken and Austin went to Kyiv.');
    assert.deepEqual(byName(actors, 'Antony Blinken')?.roles, ['Secretary']);
    assert.deepEqual(byName(actors, 'Austin')?.roles, ['Secretary']);
  });

  it('links government seats to the country they stand for', () => {
    const actors = actorsOf('The Kremlin and Moscow objected, while Washington and Kyiv agreed.');
    assert.equal(byName(actors, 'Kremlin')?.standsFor, 'place:russia');
    assert.equal(byName(actors, 'Moscow')?.standsFor, 'place:russia');
    assert.equal(byName(actors, 'Washington')?.standsFor, 'place:united-states');
    assert.equal(byName(actors, 'Kyiv')?.standsFor, 'place:ukraine');
  });
});

describe('actors: precision rules', () => {
  it('does not read "State Antony" as a place', () => {
    const actors = actorsOf('Secretary of State Antony Blinken said in March that the deal was off.');
    assert.deepEqual(names(actors), ['Antony Blinken']);
  });

  it('tells Austin the person from Austin the city', () => {
    const person = actorsOf('Austin said the troops would stay. Defense Secretary Lloyd Austin added more.');
    assert.deepEqual(person.map((a) => a.id), ['person:lloyd-austin']);
    const city = actorsOf('The conference moved to Austin, Texas, last year.');
    assert.equal(byName(city, 'Austin')?.kind, 'place');
  });

  it('does not take a capitalised sentence start for an actor', () => {
    const actors = actorsOf('Weakening Russia is a goal. Separately, officials said more. Altogether the plan failed.');
    assert.deepEqual(names(actors), ['Russia']);
  });

  it('does not take weapons, treaties and events for actors', () => {
    const actors = actorsOf(
      'A B-2 Spirit refuelled from a KC-135 Stratotanker before the Super Bowl. HIMARS arrived. ' +
        'The Vienna Document and Article 5 were cited, as was the INF treaty. Aegis Ashore sites in Poland were offered.',
    );
    assert.deepEqual(names(actors), ['Poland']);
  });

  it('does not take months or days for actors', () => {
    const actors = actorsOf('On Monday, in March, the talks resumed. By February 24, troops had moved.');
    assert.deepEqual(actors, []);
  });
});

describe('actors: unnamed sources and groups', () => {
  it('finds unnamed sources that speak and links "the spokesman" back', () => {
    const actors = actorsOf(
      'A National Security Council spokesman said the goal was clear. "We want Ukraine to win," the spokesman added. ' +
        'US officials traveling with Austin said this was the message. It was welcome, a British diplomat said. ' +
        'Officials said nothing else.',
    );
    const unnamed = actors.filter((a) => a.kind === 'unnamed');
    assert.deepEqual(unnamed.map((a) => a.name).sort(), ['British diplomat', 'National Security Council spokesman', 'US officials traveling with Austin']);
    assert.equal(byName(actors, 'National Security Council spokesman')?.mentions.length, 2);
  });

  it('keeps unnamed sources of different documents apart', () => {
    const actors = actorsOf('A US official said yes.', 'A US official said no.');
    assert.equal(actors.filter((a) => a.kind === 'unnamed').length, 2);
  });

  it('finds collective groups', () => {
    const actors = actorsOf('Ukrainians fled while Russian-backed separatists advanced and the Europeans waited.');
    assert.deepEqual(actors.filter((a) => a.kind === 'group').map((a) => a.name).sort(), ['Europeans', 'Russian-backed separatists', 'Ukrainians']);
  });
});

describe('actors: mentions', () => {
  it('gives exact offsets, surface forms and sentence indexes, possessives left out', () => {
    const d = doc('Russia’s army moved. Later, Defense Secretary Lloyd Austin’s trip to Kyiv ended; “Putin] lost,” Austin said.');
    const { actors, mentionsByDocument } = extractActors([d]);
    for (const a of actors) {
      for (const m of a.mentions) {
        assert.equal(d.text.slice(m.start, m.end), m.text);
        assert.equal(m.documentId, d.id);
        const s = d.sentences[m.sentenceIndex];
        assert.ok(m.start >= s.start && m.end <= s.end);
      }
    }
    assert.deepEqual(byName(actors, 'Russia')?.mentions.map((m) => m.text), ['Russia']);
    const list = mentionsByDocument.get(d.id) ?? [];
    assert.deepEqual(list.map((m) => m.start), [...list.map((m) => m.start)].sort((a, b) => a - b));
    assert.equal(list.length, actors.reduce((n, a) => n + a.mentions.length, 0));
  });

  it('produces plain JSON per document', () => {
    const d = doc('Defense Secretary Lloyd Austin met NATO allies in Brussels.');
    const out = detectMentions(d);
    assert.deepEqual(JSON.parse(JSON.stringify(out)), out);
    assert.equal(out.documentId, d.id);
  });

  it('sorts actors by mention count', () => {
    const actors = actorsOf('Russia and Ukraine talked. Russia left. Russia came back.');
    assert.deepEqual(actors.map((a) => a.name), ['Russia', 'Ukraine']);
  });
});

describe('actor roles shown', () => {
  it('drop a role that only repeats the end of a more specific one, and dot/case variants', () => {
    assert.deepEqual(specificRoles(['Defense Secretary', 'Secretary']), ['Defense Secretary']);
    assert.deepEqual(specificRoles(['U.S. Secretary of State', 'Secretary of State', 'US Secretary of State']), ['U.S. Secretary of State']);
    assert.deepEqual(specificRoles(['Russian President', 'Foreign Minister']), ['Russian President', 'Foreign Minister']);
  });
});
