/**
 * Patterns behind the thirteenth held-out round's misses, each written anew as a short text: a
 * body named "… Administration", "she" that cannot mean a man by his given name or a duchess by
 * her title, and an appositive closing a sentence's opening clause.
 */
import assert from 'node:assert/strict';
import { articleActors, mentionTexts, named, namesOf } from '../../fixtures/extraction/actors/helpers';
import { type ActorSpec, quotesOf } from '../../fixtures/extraction/quotes/helpers';
import { fitsPronoun, genderOf } from '../../../src/core/extraction/quotes/names';
import { dateRows } from '../../fixtures/extraction/events/makeDoc';

const actorsOf = articleActors('heldout13', '2024-04-29');

describe('held-out 13: bodies named "… Administration"', () => {
  it('reads a regional administration and a federal agency as organisations', () => {
    const actors = actorsOf('The Vorsk Regional Military Administration reported two dead. The U.S. Energy Information Administration expects prices to fall.');
    assert.equal(named(actors, 'Vorsk Regional Military Administration')?.kind, 'organization');
    assert.equal(named(actors, 'U.S. Energy Information Administration')?.kind, 'organization');
    assert.deepEqual(namesOf(actors, 'person'), []);
  });

  it('keeps "and Administration" as the second remit of a ministry', () => {
    const actors = actorsOf('The Ministry of the Interior and Administration said the border was closed.');
    assert.equal(named(actors, 'Ministry of the Interior and Administration')?.kind, 'organization');
  });

  it('ends a body in "Bureau", "Organisation", "Movement" or "Command", never making the head a person', () => {
    const actors = actorsOf('The National Security Bureau warned on Monday. The Land Forces Command reported losses. The Non-Aligned Movement met in Varna. Nordia’s Joint Intelligence Organisation said so.');
    for (const name of ['National Security Bureau', 'Land Forces Command', 'Non-Aligned Movement', 'Joint Intelligence Organisation']) {
      assert.equal(named(actors, name)?.kind, 'organization', name);
    }
    assert.deepEqual(namesOf(actors, 'person'), []);
  });

  it('reads a treaty organisation whole, and the Group of Seven as the G7', () => {
    const actors = actorsOf('The North Atlantic Treaty Organization met in Vilnius. Leaders of the Group of Seven met in Hiroshima. The New START Treaty lapsed.');
    assert.equal(named(actors, 'NATO')?.kind, 'organization');
    assert.equal(named(actors, 'G7')?.kind, 'organization');
    assert.equal(namesOf(actors, 'organization').length, 2);
  });

  it('reads a country’s armed forces as one body however written, lower case too', () => {
    const actors = actorsOf('The Armed Forces of Ukraine shot down drones. The Ukrainian armed forces said so, and the armed forces of Ukraine fired back. The Russian Armed Forces attacked. The Armed Forces of the Republic of Belarus drilled with the armed forces of Belarus.');
    assert.deepEqual(mentionTexts(named(actors, 'Armed Forces of Ukraine')), ['Armed Forces of Ukraine', 'Ukrainian armed forces', 'armed forces of Ukraine']);
    assert.deepEqual(mentionTexts(named(actors, 'Armed Forces of Belarus')), ['Armed Forces of the Republic of Belarus', 'armed forces of Belarus']);
    assert.equal(named(actors, 'Armed Forces of Russia')?.kind, 'organization');
  });

  it('does not start a body with "Administration" alone', () => {
    const actors = actorsOf('Administration officials declined to comment.');
    assert.deepEqual(namesOf(actors, 'organization'), []);
  });
});

describe('held-out 13: titles with a seat, peoples and agencies', () => {
  it('reads "the Duchess of Vorsk" and "the archbishop of Lenwick" as people, the bare title as the same person', () => {
    const actors = actorsOf('The Duchess of Vorsk has become the first royal to visit Kyiv. The Duchess said she was moved. The archbishop of Lenwick has said peace cannot mean injustice.');
    assert.deepEqual(namesOf(actors, 'person'), ['Archbishop of Lenwick', 'Duchess of Vorsk']);
    assert.deepEqual(mentionTexts(named(actors, 'Duchess of Vorsk')), ['Duchess', 'Duchess of Vorsk']);
    assert.deepEqual(namesOf(actors, 'place'), ['Kyiv']);
  });

  it('leaves a seat followed by another name word to the other rules', () => {
    const actors = actorsOf('The Prince of Vorsk Hospital treated the wounded.');
    assert.deepEqual(namesOf(actors, 'person'), []);
  });

  it('takes plural demonyms for groups, never for people', () => {
    const actors = actorsOf('Ethnic Serbs protested in the north. Tatars said they were afraid.');
    assert.deepEqual(namesOf(actors, 'group'), ['Serbs', 'Tatars']);
    assert.deepEqual(namesOf(actors, 'person'), []);
  });

  it('reads "Chinese" as a group only where it stands for people, not as an adjective', () => {
    const actors = actorsOf('Chinese President Xi Jinping met Japanese officials. The Japanese said they were pleased with Chinese trade.');
    assert.equal(named(actors, 'Japanese')?.mentions.length, 2);
    assert.equal(named(actors, 'Chinese'), undefined);
  });

  it('knows towns of the front line as Polish copy spells them', () => {
    const actors = actorsOf('Fighting went on near Bachmut and Pokrowsk, and drones hit Charków.');
    assert.deepEqual(namesOf(actors, 'place'), ['Bakhmut', 'Kharkiv', 'Pokrovsk']);
  });

  it('knows the energy firms, networks and aid bodies news of the war names in passing', () => {
    const actors = actorsOf('Aramco said profits rose, and Shell left Russia. The director of NATO Stratcom Coe said bots spread it on Vkontakte. World Central Kitchen fed them.');
    assert.deepEqual(namesOf(actors, 'organization'), ['NATO StratCom COE', 'Saudi Aramco', 'Shell', 'VKontakte', 'World Central Kitchen']);
    assert.deepEqual(namesOf(actors, 'person'), []);
  });

  it('knows agencies spelt as Polish copy spells them', () => {
    const actors = actorsOf('Russian agencies Ria Nowosti and Tass said so.');
    assert.deepEqual(namesOf(actors, 'organization'), ['RIA Novosti', 'TASS']);
    assert.deepEqual(namesOf(actors, 'person'), []);
  });
});

describe('people’s names read across the unannotated gdelt articles', () => {
  it('takes undotted ranks and offices before a name as roles', () => {
    const actors = actorsOf('Gen Varga described the build-up as the largest since the Cold War. Analyst Oskar Lind said the strikes were precise. First Lady Mira Holt met survivors.');
    assert.deepEqual(namesOf(actors, 'person'), ['Mira Holt', 'Oskar Lind', 'Varga']);
  });

  it('does not join a verb opening a sentence to the surname after it', () => {
    const actors = actorsOf('Senator Tom Brekke wrote the letter. Joining Brekke on the letter were two others. Does Brekke expect an answer?');
    assert.deepEqual(namesOf(actors, 'person'), ['Tom Brekke']);
  });

  it('cuts a known name, an acronym or a body’s last word off the front of a person’s name', () => {
    const actors = actorsOf('He met the secretary general NATO Jens Stoltenberg in Brussels. The head of the Committee of the Chamber of Representatives Oskar Lind recently stated it.');
    assert.deepEqual(namesOf(actors, 'person'), ['Jens Stoltenberg', 'Oskar Lind']);
  });

  it('reads a known given name and the capitalised word after it as a person, with no cue', () => {
    const actors = actorsOf('Wiktor Brodczuk was placed under house arrest. Brodczuk escaped in February.', 'The presentation was attended by Foreign Affairs Annalena Vorbeck and others.');
    assert.deepEqual(namesOf(actors, 'person'), ['Annalena Vorbeck', 'Wiktor Brodczuk']);
    assert.deepEqual(mentionTexts(named(actors, 'Wiktor Brodczuk')), ['Brodczuk', 'Wiktor Brodczuk']);
  });

  it('takes no initial, plural, -ism or longer run after a given name for a surname', () => {
    const actors = actorsOf('George W. Bush spoke. Roman Catholicism is old. The train reached Alice Springs. They met at St Andrew Hall.');
    const people = namesOf(actors, 'person');
    for (const wrong of ['George W', 'Roman Catholicism', 'Alice Springs', 'Andrew Hall']) assert.ok(!people.includes(wrong), wrong);
  });

  it('makes no person of an office that speaks', () => {
    const actors = actorsOf('The Prosecutor General’s Office also suggested awarding the camp a new status.');
    assert.deepEqual(namesOf(actors, 'person'), []);
  });
});

describe('held-out 13: pronouns and gender', () => {
  it('knows common given names and noble titles', () => {
    assert.equal(genderOf('Martin Harris', []), 'male');
    assert.equal(genderOf('Oksana Markarova', []), 'female');
    assert.equal(genderOf('Duchess', []), 'female');
    assert.equal(genderOf('Anders Brekke', ['Lady']), 'female');
    assert.equal(genderOf('Brekke', ['Sir']), 'male');
    assert.equal(genderOf('Kim Brekke', []), null);
    assert.equal(fitsPronoun('Martin Harris', [], 'she'), false);
  });

  const DUCHESS: ActorSpec = { id: 'person:duchess', name: 'Duchess', kind: 'person', roles: [], forms: ['Duchess'] };
  const HARRIS: ActorSpec = { id: 'person:martin-harris', name: 'Martin Harris', kind: 'person', roles: [], forms: ['Martin Harris', 'Harris'] };

  it('lets "she" pass a man named in an opening clause and its appositive back to the duchess', () => {
    const text = [
      'The Duchess later said she would take the stories home.',
      'Speaking at a reception at the residence of Martin Harris, the ambassador to Nordia, she also thanked the survivors.',
      'She said she had travelled to many countries where “women and girls pay the highest price”.',
    ].join('\n\n');
    const quotes = quotesOf(text, [DUCHESS, HARRIS]);
    assert.deepEqual(quotes.map((q) => q.speakerName), ['Duchess']);
  });

  it('still takes the opening clause’s appositive as the subject when a name, not a pronoun, follows', () => {
    const text = [
      'After the talks, the ambassador, Martin Harris, met reporters.',
      '“We made progress,” he said.',
    ].join('\n\n');
    assert.deepEqual(quotesOf(text, [HARRIS]).map((q) => q.speakerName), ['Martin Harris']);
  });
});

describe('quotations: cues met across the unannotated gdelt articles', () => {
  const CRANE: ActorSpec = { id: 'person:sam-crane', name: 'Sam Crane-Evans', kind: 'person', roles: [], forms: ['Sam Crane-Evans', 'Crane-Evans'] };
  const MAKSYM: ActorSpec = { id: 'person:maksym-bor', name: 'Maksym Bor', kind: 'person', roles: [], forms: ['Maksym Bor'] };
  const GUARDIAN: ActorSpec = { id: 'org:guardian', name: 'The Guardian', kind: 'organization', forms: ['the Guardian'] };
  const MINISTRY: ActorSpec = { id: 'org:ministry', name: 'Nordian Interior Ministry', kind: 'organization', forms: ['Nordian Interior Ministry'] };
  const NORDIA: ActorSpec = { id: 'place:nordia', name: 'Nordia', kind: 'place', forms: ['Nordia'] };
  const KESS: ActorSpec = { id: 'person:ola-kess', name: 'Ola Kess', kind: 'person', roles: [], forms: ['Ola Kess', 'Kess'] };
  const speakerOf = (text: string, specs: ActorSpec[]) => quotesOf(text, specs).map((q) => q.speakerName);

  it('reads a verb-first cue after a gloss set off by commas', () => {
    const text = '"Nordia is wary of what it calls contact warfare," that is, forces fighting on the ground, said Sam Crane-Evans, an analyst.';
    assert.deepEqual(speakerOf(text, [CRANE, NORDIA]), ['Sam Crane-Evans']);
  });

  it('never takes whom "told" addresses after a gloss for the speaker', () => {
    const text = '“We are still in shock,” a neighbour, a sales manager from the block, told the Guardian.';
    assert.deepEqual(speakerOf(text, [GUARDIAN]), [null]);
  });

  it('reads a name, an age and an appositive before "told"', () => {
    const text = '“We are still in shock,” Maksym Bor, 29, a sales manager, told the Guardian.';
    assert.deepEqual(speakerOf(text, [MAKSYM, GUARDIAN]), ['Maksym Bor']);
  });

  it('takes "underscores", "asserts" and "comments" as cues', () => {
    const text = [
      'The Nordian Interior Ministry underscores that “the aggressor failed to reach its goal.”',
      'Kess correctly asserts: “You could hold every road within 200 kilometres.”',
    ].join('\n\n');
    assert.deepEqual(speakerOf(text, [MINISTRY, KESS]), ['Nordian Interior Ministry', 'Ola Kess']);
  });

  it('reads no cue in a compound adjective ("self-proclaimed")', () => {
    const text = 'He defends people in two self-proclaimed territories from “genocide” but gives no proof.';
    assert.deepEqual(quotesOf(text, []).map((q) => q.text), []);
  });

  it('does not make the words after a closing participle ("…, emphasizing that Nordia …") a speaker', () => {
    const text = 'Ola Kess called out as a “lie” the reports about himself, emphasizing that Nordia is free.';
    assert.deepEqual(speakerOf(text, [KESS, NORDIA]), ['Ola Kess']);
  });

  it('takes a quoted word after "the phrase", "the term" or "the word" for a term', () => {
    const text = 'The authors ask the media not to overuse the phrase ‘Kess’s war’. Kess said the word "imminent" was wrong.';
    assert.deepEqual(quotesOf(text, [KESS]).map((q) => q.text), []);
  });

  it('gives a gerund after "by" to the name opening its clause, not to a person named in between', () => {
    const text = 'The Nordian Interior Ministry justified the warrant for Ola Kess by stating that he is "wanted under an article of the criminal code."';
    assert.deepEqual(speakerOf(text, [MINISTRY, KESS]), ['Nordian Interior Ministry']);
  });

  it('gives no speaker to a cue whose subject is the writer’s "we"', () => {
    const text = 'Nordia’s preparations are well known to us, as we observed in 2014, when the "little green men" came.';
    assert.deepEqual(speakerOf(text, [NORDIA]).filter((s) => s !== null), []);
  });
});

describe('quotations: the sentence before and views agreed with', () => {
  const OFFICIAL: ActorSpec = { id: 'unnamed:nordian-official', name: 'Nordian defence official', kind: 'unnamed', forms: ['a Nordian defence official'] };
  const LIND: ActorSpec = { id: 'person:oskar-lind', name: 'Oskar Lind', kind: 'person', roles: [], forms: ['Oskar Lind', 'Lind'] };
  const speakerOf = (text: string, specs: ActorSpec[]) => quotesOf(text, specs).map((q) => q.speakerName);

  it('goes on quoting the source that closed the sentence before', () => {
    const text = 'Nordia does not expect an offensive soon, a Nordian defence official said. The goal was to help its forces “regain the initiative in the months ahead”.';
    assert.deepEqual(speakerOf(text, [OFFICIAL]), ['Nordian defence official']);
  });

  it('does not when the sentence names someone else first', () => {
    const text = 'Nordia does not expect an offensive soon, a Nordian defence official said. Oskar Lind wants its forces to “regain the initiative in the months ahead”.';
    assert.notEqual(speakerOf(text, [OFFICIAL, LIND])[0], 'Nordian defence official');
  });

  it('reads "agrees that" as a cue, "agreed to" not', () => {
    const text = [
      'Oskar Lind, an expert at a think tank, agrees that if “the talks yield fruit, it would pave the way for more trade.”',
      'The two sides agreed to “a lasting ceasefire” last year.',
    ].join('\n\n');
    assert.deepEqual(speakerOf(text, [LIND]), ['Oskar Lind', null]);
  });
});

describe('held-out 14: sources named again and the present as an era', () => {
  const JONES: ActorSpec = { id: 'person:seth-jones', name: 'Seth G. Jones', kind: 'person', roles: [], forms: ['Seth G. Jones', 'Jones'] };
  const CENTRE: ActorSpec = { id: 'org:centre', name: 'Centre for Naval Studies', kind: 'organization', forms: ['Centre for Naval Studies', 'CNS'] };
  const speakerOf = (text: string, specs: ActorSpec[]) => quotesOf(text, specs).map((q) => q.speakerName);

  it('reads a name with a middle initial after "said"', () => {
    assert.deepEqual(speakerOf('“Those fields become critical,” said Seth G. Jones, a senior fellow.', [JONES]), ['Seth G. Jones']);
  });

  it('links "the organization added" to the body named last', () => {
    const text = 'CNS said: “The navy depends on the strait.”\n\nSince 2014, the organization added, the fleet has “expanded and modernized.”';
    assert.deepEqual(speakerOf(text, [CENTRE]), ['Centre for Naval Studies', 'Centre for Naval Studies']);
  });

  it('does not carry a speaker over a paragraph that cites another source with "according to"', () => {
    const text = [
      '“Those fields become critical,” said Seth G. Jones, a senior fellow.',
      'The marshes might not decide it, according to a written analysis by the Centre for Naval Studies in answer to questions a newspaper sent about the marshes. “While these marshes were flagged as a hazard, troops have long proved adept at handling them.”',
    ].join('\n\n');
    assert.deepEqual(speakerOf(text, [JONES, CENTRE]), ['Seth G. Jones', null]);
  });

  it('ends a body’s remit before a country that starts another name', () => {
    const actors = actorsOf('A written analysis by the Centre for Naval Analyses Russia Studies Program (CNA) said so.');
    assert.equal(named(actors, 'Centre for Naval Analyses')?.kind, 'organization');
  });
});

describe('held-out 14: "today" as these times', () => {
  const texts = (...sentences: string[]) => dateRows('2022-09-17', [sentences]).map((r) => r[0]);

  it('is no event in "today is a difficult time", "What about today?", "truer today", "Today X, tomorrow Y"', () => {
    assert.deepEqual(texts('He noted that today is a difficult time.', 'What about today?', 'This advice rings even truer today.', 'Today Nordia, tomorrow it will be Vorsk.'), []);
  });

  it('is the article’s day in "today and tomorrow" and in plain reports', () => {
    assert.deepEqual(texts('We must send a strong signal today and tomorrow.', 'The minister met him today.'), ['today', 'tomorrow', 'today']);
  });
});

describe('held-out 14: dates still to come and years naming a war', () => {
  it('reads "as soon as Wednesday" and "By 3 July, we will …" as the future', () => {
    assert.deepEqual(dateRows('2022-02-12', [['An invasion could happen as soon as Wednesday.']]), [['Wednesday', '2022-02-16', 'day']]);
    assert.deepEqual(dateRows('2024-05-07', [['"By 3 July, we will hold several more events."']]), [['3 July', '2024-07-03', 'day']]);
    assert.deepEqual(dateRows('2022-02-12', [['By Monday, the troops had left.']]), [['Monday', '2022-02-07', 'day']]);
  });

  it('dates a war or crisis named after its year', () => {
    assert.deepEqual(dateRows('2024-04-27', [['Israel encircled the army in the 1973 Yom Kippur War and in the 1962 Cuban Missile Crisis.']]).map((r) => r[0]), ['1973', '1962']);
  });
});
