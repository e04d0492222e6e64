/**
 * Patterns behind the seventeenth held-out round's misses, each written anew as a short text.
 */
import assert from 'node:assert/strict';
import { sentenceDates as dates } from '../../fixtures/extraction/events/makeDoc';
import { articleActors, articleQuotes, mentionTexts, named, namesOf } from '../../fixtures/extraction/actors/helpers';

const actorsOf = articleActors('heldout17', '2023-06-28');
const quotesOf = articleQuotes('heldout17q', '2022-09-06');

describe('held-out 17: dates', () => {
  it('dates "last night" to the day before the article, with no other date word in the sentence', () => {
    assert.deepEqual(dates('2023-02-13', 'President Zelensky last night reiterated calls for more sanctions.'), [['last night', '2023-02-12', 'day']]);
    assert.deepEqual(dates('2023-02-13', 'Last night it was announced there would be no blackouts.'), [['Last night', '2023-02-12', 'day']]);
  });

  it('dates both years of a range "from 2008 to 2012"', () => {
    assert.deepEqual(dates('2023-07-31', 'Medvedev, who served as president from 2008 to 2012, struck a bellicose tone.'), [
      ['2008', '2008', 'year'],
      ['2012', '2012', 'year'],
    ]);
  });

  it('leaves a lone year after "to" undated ("rose to 2012 points")', () => {
    assert.deepEqual(dates('2023-07-31', 'The index rose to 2012 points on the news.'), []);
  });

  it('reads "by the end of the summer" as the summer, the one the article is written in', () => {
    assert.deepEqual(dates('2023-07-31', 'Putin said the weapons would be moved by the end of the summer.'), [['summer', '2023-06', 'season']]);
    assert.deepEqual(dates('2023-04-01', 'Austin said Ukraine had a good chance of a counteroffensive during the spring.'), [['spring', '2023-03', 'season']]);
  });

  it('still reads a season told in the past outside it as the last one', () => {
    assert.deepEqual(dates('2023-07-31', 'The offensive stalled in the winter.'), [['winter', '2022-12', 'season']]);
  });
});

describe('held-out 17: actors', () => {
  it('knows more Polish given names, so an unknown surname after one is a person', () => {
    const actors = actorsOf('The note was handed over by the deputy minister Arkadiusz Mularczyk. Meanwhile, Mularczyk, asked by Die Welt, replied.');
    assert.deepEqual(mentionTexts(named(actors, 'Arkadiusz Mularczyk')), ['Arkadiusz Mularczyk', 'Mularczyk']);
  });

  it('reads a federation, union or association "of" a people as one organisation, not a person', () => {
    const actors = actorsOf(
      'The Federation of American Scientists said the figures were estimates.',
      'The Union of Concerned Scientists and the Association of American Universities agreed.',
    );
    assert.deepEqual(namesOf(actors, 'person'), []);
    assert.deepEqual(namesOf(actors, 'organization'), ['Association of American Universities', 'Federation of American Scientists', 'Union of Concerned Scientists']);
  });

  it('keeps a country named before "of" the country ("the Russian Federation of Ukrainian territories")', () => {
    const actors = actorsOf('The annexation by the Russian Federation of Ukrainian territories was condemned.');
    assert.deepEqual(namesOf(actors, 'organization'), []);
    assert.equal(named(actors, 'Russia')?.kind, 'place');
  });

  it('ends a body’s remit where a person’s given name starts', () => {
    const actors = actorsOf('The head of the Foreign Affairs Committee of the Chamber of Representatives Michael McCaul stated it.');
    assert.ok(named(actors, 'Michael McCaul'));
  });

  it('gives a bare "Foreign Ministry" to the one country’s Foreign Ministry the document names', () => {
    const one = actorsOf('The Russian Foreign Ministry summoned the ambassador. The Foreign Ministry added that he was warned.');
    assert.deepEqual(mentionTexts(named(one, 'Russian Foreign Ministry')), ['Foreign Ministry', 'Russian Foreign Ministry']);
    const two = actorsOf('The Polish Defence Ministry said it. The Ukrainian Defence Ministry denied it. Later the Defence Ministry added more.');
    assert.ok(named(two, 'Defence Ministry'));
  });

  it('reads capitalised words before a corporate suffix, and "the X group", as a firm', () => {
    const actors = actorsOf('Shares of Siemens Energy AG fell. Its owner, the ADEO group, stayed in Russia. The Russian group left.');
    assert.deepEqual(namesOf(actors, 'organization'), ['ADEO', 'Siemens Energy AG']);
  });

  it('keeps "St." at the front of a body’s name', () => {
    const actors = actorsOf('Speaking at the St. Petersburg International Economic Forum, Putin said the weapons would move.');
    assert.ok(named(actors, 'St. Petersburg International Economic Forum'));
  });

  it('makes no person of a gerund opening the sentence before "continued"', () => {
    assert.deepEqual(namesOf(actorsOf('Fighting continued near the town on Monday. Shelling continued too.'), 'person'), []);
  });

  it('reads a nuclear power plant with capitalised words as a place of its own', () => {
    const actors = actorsOf('Fighting raged near the Zaporizhzhia Nuclear Power Plant on Monday.');
    assert.equal(named(actors, 'Zaporizhzhia Nuclear Power Plant')?.kind, 'place');
  });

  it('knows brands whose staying in Russia made news', () => {
    const actors = actorsOf('The French network of DIY stores Leroy Merlin is one of them, as are Renault, Decathlon, Metro AG and Credit Suisse.');
    assert.deepEqual(namesOf(actors, 'person'), []);
    assert.deepEqual(namesOf(actors, 'organization'), ['Credit Suisse', 'Decathlon', 'Leroy Merlin', 'Metro AG', 'Renault']);
  });
});

describe('held-out 17: speakers', () => {
  it('gives a quotation after a sentence of reported speech to the person its cue between commas names', () => {
    const quotes = quotesOf(
      'Russia is unlikely to subjugate Ukraine, Paul Dibb said, but Ukraine is unlikely to drive Russia out. “Most likely there’ll be a negotiated conclusion.”',
      'Regardless, Dibb argued, the Russian president, Vladimir Putin, was unlikely to be deposed.',
      '“There’s little doubt that Putin is the sort of person who won’t resile from the use of nuclear weapons.”',
    );
    assert.deepEqual(quotes.map((q) => q.speakerName), ['Paul Dibb', 'Paul Dibb']);
  });

  it('gives "the statement continued" to the body that "said in a statement", not to the sentence’s subject', () => {
    const quotes = quotesOf(
      'Moscow summoned the British ambassador Nigel Casey in protest against the interview, the Russian Foreign Ministry said in a statement released on Monday.',
      '“Casey firmly pointed out that the attack contradicts earlier assurances,” the statement continued.',
    );
    assert.equal(quotes.at(-1)?.speakerName, 'Russian Foreign Ministry');
  });

  it('reads two words in a that-clause after a time and a comma as the speaker’s', () => {
    const quotes = quotesOf('President Alexander Lukashenko said last month that in the face of aggression, he would show “no hesitation” in using them.');
    assert.deepEqual(quotes.map((q) => [q.text, q.speakerName]), [['no hesitation', 'Alexander Lukashenko']]);
  });

  it('gives an office named before its holder to the person the next cue names ("the president said … Lukashenko recalled")', () => {
    const quotes = quotesOf(
      '“Destabilizing wars create thousands of refugees. Who benefits?” the president said.',
      'In his speech, Aleksandr Lukashenko recalled the conflicts after the war. “This is true,” Lukashenko said.',
    );
    assert.deepEqual(quotes.map((q) => q.speakerName), ['Alexander Lukashenko', 'Alexander Lukashenko']);
  });

  it('does not give an office to the next speaker when someone else is named first', () => {
    const quotes = quotesOf('“We will not give up,” the president said.', 'Ana Vidal, a farmer, listened. “This is true,” Petr Holm said.');
    assert.equal(quotes[0].speakerName, null);
  });

  it('links a five-word description back to its holder ("the Belarusian minister of foreign affairs")', () => {
    const quotes = quotesOf(
      'Belarusian Minister of Foreign Affairs Vladimir Makei met the press.',
      '“The counterparts have been trying to downplay the Russian proposals,” the Belarusian minister of foreign affairs said.',
    );
    assert.equal(quotes[0].speakerName, 'Vladimir Makei');
  });

  it('takes an unnamed source, but no body, from a cue between commas', () => {
    const fromSource = quotesOf('The war will go on, a Kremlin official said, and talks are not planned. “We are ready for anything.”');
    assert.equal(fromSource[0].speakerName, 'Kremlin official');
    const fromBody = quotesOf('The war will go on, the Kremlin said, and talks are not planned. “We are ready for anything.”');
    assert.equal(fromBody[0].speakerName, null);
  });
});

describe('held-out 20: patterns', () => {
  const quoted = articleQuotes('heldout20q', '2024-04-24');
  const actorsIn = articleActors('heldout20a', '2022-07-25');

  it('reads a modal of possibility as looking ahead, unless in a relative clause or before a past verb', () => {
    assert.deepEqual(dates('2022-09-29', 'Russia may be preparing its forces for a new offensive in the winter.'), [['winter', '2022-12', 'season']]);
    assert.deepEqual(dates('2022-01-20', 'Biden said there was a distinct possibility Russia could launch an invasion in February.'), [['February', '2022-02', 'month']]);
    assert.deepEqual(dates('2022-09-29', 'The ship, which could carry 500 people, sank on Monday.'), [['Monday', '2022-09-26', 'day']]);
    assert.deepEqual(dates('2022-09-29', 'Russia could have struck on Monday.'), [['Monday', '2022-09-26', 'day']]);
  });

  it('reads "both earlier and today" as the present era, "yesterday and today" as two days', () => {
    assert.deepEqual(dates('2022-09-30', 'This is why, both earlier and today, we have always come forward.'), []);
    assert.deepEqual(dates('2022-02-19', 'Yesterday and today, Ukraine insists on holding the meeting.').map(([text]) => text), ['Yesterday', 'today']);
  });

  it('gives "The institute recalled" to the institute named before', () => {
    const quotes = quoted('“Russian forces will attack,” analysts of the Institute for the Study of War said.', 'The institute recalled that the city “plays an important role” for Moscow.');
    assert.equal(quotes[1].speakerName, 'Institute for the Study of War');
  });

  it('knows the capitals of the countries that seldom make the news, as standing for their states', () => {
    const actors = actorsIn('Ethiopia, where Lavrov will travel after Kampala, might be a tougher sell. Wagner fought near Tripoli and Bangui.');
    assert.equal(named(actors, 'Kampala')?.standsFor, 'place:uganda');
    assert.ok(named(actors, 'Tripoli'));
    assert.ok(named(actors, 'Bangui'));
  });

  it('knows rivers apart from the city of Dnipro, outlets, and rulers by their titles', () => {
    const actors = actorsIn('They crossed the Dnipro River near Kherson, then reached the Dnieper. Dnipro was struck.', 'Julia Davis of The Daily Beast wrote about Tsar Nicholas II.');
    assert.deepEqual(mentionTexts(named(actors, 'Dnieper')), ['Dnieper', 'Dnipro River']);
    assert.deepEqual(mentionTexts(named(actors, 'Dnipro')), ['Dnipro']);
    assert.equal(named(actors, 'The Daily Beast')?.kind, 'organization');
    assert.ok(named(actors, 'Nicholas II'));
  });

  it('gives a participle to a seat of government opening its clause, not to a possessive one', () => {
    const own = quoted('Moscow has sought to highlight this history, repeatedly saying that Russia has “never colonised” any African country.');
    assert.equal(own[0].speakerName, 'Moscow');
    const possessive = quoted('Beijing’s claim to neutrality has been undermined by its refusal, as it avoided calling the war an “unprovoked full-scale invasion” so far.');
    assert.notEqual(possessive[0]?.speakerName, 'Beijing');
  });

  it('reads "the office of the President of Ukraine", in lower case too, as that office', () => {
    const actors = actorsIn('Andrij Jermak, head of the office of the President of Ukraine, wrote on Telegram.', 'The video was shared by the press office of the President of Ukraine.');
    assert.deepEqual(mentionTexts(named(actors, 'Office of the President of Ukraine')), ['office of the President of Ukraine', 'press office of the President of Ukraine']);
  });

  it('joins a full name whose surname machine translation spelt one letter apart, not a feminine form', () => {
    assert.deepEqual(mentionTexts(named(actorsIn('Wasyl Zarycz said it. Later Wasyl Zwarycz added more.'), 'Wasyl Zarycz')), ['Wasyl Zarycz', 'Wasyl Zwarycz']);
    const couple = actorsIn('Anna Kowalski met Anna Kowalska in Warsaw.');
    assert.ok(named(couple, 'Anna Kowalski'));
    assert.ok(named(couple, 'Anna Kowalska'));
  });

  it('knows the outlets the region’s news quotes', () => {
    const actors = actorsIn('According to Mediazona and Voice of America, the Global Times and Nasha Niva disagreed.');
    assert.deepEqual(namesOf(actors, 'organization'), ['Global Times', 'Mediazona', 'Nasha Niva', 'Voice of America']);
  });

  it('reads "Omar al-Bashir", "the dictator …" and a son set off by commas as people', () => {
    const actors = actorsIn('Goldmines have run since the fall of the dictator Omar al-Bashir in 2019.', 'Museveni’s influential son and aspirant successor, Muhoozi Kainerugaba, has said it on Twitter.');
    assert.ok(named(actors, 'Omar al-Bashir'));
    assert.ok(named(actors, 'Muhoozi Kainerugaba'));
  });
});

describe('held-out 17: review of the round’s rules', () => {
  const quoted = articleQuotes('review17q', '2023-05-02');
  const actorsIn = articleActors('review17a', '2023-05-02');

  it('keeps the cue verb’s subject when the owned words are its object', () => {
    assert.equal(quoted('Kremlin spokesman Dmitry Peskov said Joe Biden’s comments “do not help” efforts to end the conflict.')[0].speakerName, 'Dmitry Peskov');
    assert.equal(quoted('Foreign Minister Dmytro Kuleba called Sergei Lavrov’s remarks “absurd and cynical”.')[0].speakerName, 'Dmytro Kuleba');
    assert.equal(quoted('Jens Stoltenberg said of Vladimir Putin’s warnings: “He is trying to intimidate us, and it will not work.”')[0].speakerName, 'Jens Stoltenberg');
  });

  it('takes only adjectives between an owner and the speech noun', () => {
    assert.equal(quoted('Emmanuel Macron’s visit drew accusations that he was “selling out Europe to please his hosts”.')[0].speakerName, null);
  });

  it('gives "In his opinion" to a person named since the last quotation', () => {
    const quotes = quoted('“We will win this war,” Volodymyr Zelensky said on Monday.', 'Military analyst John Smith disagrees. In his opinion, the war “will last for years”.');
    assert.equal(quotes[1].speakerName, 'John Smith');
  });

  it('reads no reporting cue in a clause of comparison (", as Boris Johnson had promised,")', () => {
    const quotes = quoted('Rishi Sunak told MPs the new deal, as Boris Johnson had promised, would protect the union. “This is a good deal for the whole country.”');
    assert.notEqual(quotes[0].speakerName, 'Boris Johnson');
  });

  it('keeps a quoted name inside a relative clause of a that-clause a term', () => {
    assert.deepEqual(quoted('Interior Minister Nancy Faeser said that the protesters, who call themselves “patriots”, were organised online.'), []);
  });

  it('takes a statement’s issuer from the verb’s subject, not a place after "in"', () => {
    const quotes = quoted('The US embassy in Moscow said in a statement on Friday that the visit had been postponed.', '“The new date will be agreed through diplomatic channels,” the statement added.');
    assert.equal(quotes[0].speakerName, 'US embassy');
  });

  it('merges no bare body into a supranational one, nor one placed elsewhere', () => {
    assert.ok(named(actorsIn('The European Central Bank raised rates on Thursday.', 'In Moscow, the Central Bank kept its key rate at 7.5%.'), 'Central Bank'));
    assert.ok(named(actorsIn('The Russian Foreign Ministry summoned the Polish ambassador.', 'In response, the Foreign Ministry in Warsaw summoned the Russian envoy.'), 'Foreign Ministry'));
    assert.ok(named(actorsIn('The European Union imposed new sanctions.', 'Separately, the European Union of Medical Specialists condemned the attacks.'), 'European Union'));
  });

  it('reads no firm in an attorney general’s title, a country as a business or a description before a name', () => {
    const actors = actorsIn('Texas AG Ken Paxton sued the company. Critics said Great Britain Plc could not afford it. The LGBT group Stonewall protested.');
    const organizations = namesOf(actors, 'organization');
    for (const wrong of ['Texas AG', 'Great Britain Plc', 'LGBT']) assert.ok(!organizations.includes(wrong), wrong);
    assert.ok(named(actors, 'Ken Paxton'));
    assert.ok(named(actors, 'Texas'));
  });

  it('names a firm with its suffix as the gazetteer names it ("Siemens AG" is Siemens)', () => {
    assert.deepEqual(mentionTexts(named(actorsIn('Siemens AG said profits rose. Siemens also said it would cut jobs.'), 'Siemens')), ['Siemens', 'Siemens AG']);
  });

  it('runs "St." into a name only when it opens it ("Main St. City Council" is no body)', () => {
    assert.equal(named(actorsIn('Protesters gathered on Main St. City Council members later voted to close it.'), 'Main St. City Council'), undefined);
  });

  it('reads a given name before a one-word firm as a person ("Pierre Renault")', () => {
    assert.ok(named(actorsIn('Pierre Renault, a French farmer, said the crops failed.'), 'Pierre Renault'));
  });

  it('still reads a surname ending in -ing before "said" as a speaker', () => {
    assert.ok(named(actorsIn('The former chancellor was blunt.', 'Darling said: “We have no money left.”'), 'Darling'));
  });

  it('dates no "last night" of something, no palace or festival, and no count after a range', () => {
    assert.deepEqual(dates('2023-05-02', 'It was his last night in Downing Street before the move.'), []);
    assert.deepEqual(dates('2023-10-10', 'Xi Jinping received the envoy at the Summer Palace in Beijing.'), []);
    assert.deepEqual(dates('2023-10-10', 'Putin hosted the summit in the Winter Palace in St Petersburg.'), []);
    assert.deepEqual(dates('2023-05-02', 'The index climbed from 1980 to 2012 points on the news.').filter(([text]) => text === '2012'), []);
  });

  it('reads a season just begun, told in the past, as the last one', () => {
    assert.deepEqual(dates('2023-12-02', 'Russia battered the power grid in the winter, but the lights stayed on.'), [['winter', '2022-12', 'season']]);
  });

  it('ends no remit at a given name opening it ("the European Union of Ursula von der Leyen")', () => {
    const actors = actorsIn('The leaders of the European Union of Ursula von der Leyen met in Brussels.');
    assert.ok(named(actors, 'Ursula von der Leyen'));
    assert.ok(named(actors, 'European Union'));
  });
});

describe('held-out 20: second review of the rules', () => {
  const quoted = articleQuotes('review18q', '2023-05-10');
  const actorsIn = articleActors('review18a', '2023-05-10');

  it('reads a modal before a weekday, or one negated, seen or in a relative clause, as no sign of the future', () => {
    assert.deepEqual(dates('2023-05-03', 'Rescuers could not reach the village on Monday because of the shelling.'), [['Monday', '2023-05-01', 'day']]);
    assert.deepEqual(dates('2023-05-10', 'A drone that could fly 1,000 km hit a refinery on Monday.'), [['Monday', '2023-05-08', 'day']]);
    assert.deepEqual(dates('2023-05-10', 'The two leaders could be seen shaking hands at the summit in April.'), [['April', '2023-04', 'month']]);
    assert.deepEqual(dates('2023-05-10', 'Russia may still be counting the cost of its failed offensive in February.'), [['February', '2023-02', 'month']]);
    assert.deepEqual(dates('2023-05-10', 'Prime Minister Theresa May announced her resignation on Tuesday.'), [['Tuesday', '2023-05-09', 'day']]);
  });

  it('links "the bank said" or "the government said" to no body by its noun alone', () => {
    const quotes = quoted('The World Bank pledged $1.5 billion. Meanwhile the central bank kept its key rate at 25%.', '“Inflation is slowing faster than we expected,” the bank said.');
    assert.equal(quotes[0].speakerName, null);
  });

  it('gives an office to the next speaker only when he comes in as going on', () => {
    const quotes = quoted('“We will not give up an inch of our land,” the Ukrainian president said.', 'In Moscow, Russian President Vladimir Putin told officials: “The operation will continue.”');
    assert.equal(quotes[0].speakerName, null);
  });

  it('lets no description of one nationality fall back to an official titled with another', () => {
    const quotes = quoted(
      'Belarusian Minister of Foreign Affairs Sergei Aleinik held talks in Minsk.',
      '“The West is pushing the world towards a big war,” the Russian minister said.',
    );
    assert.equal(quotes[0].speakerName, null);
  });

  it('keeps surnames and given names that are also capitals, cities or titles', () => {
    const actors = actorsIn('Former Maltese prime minister Joseph Muscat was charged. “I am innocent,” Muscat said.', 'COP28 president Sultan Al Jaber spoke. Milan Kundera wrote novels.');
    assert.deepEqual(mentionTexts(named(actors, 'Joseph Muscat')), ['Joseph Muscat', 'Muscat']);
    assert.ok(named(actors, 'Sultan Al Jaber'));
    assert.equal(named(actors, 'Milan'), undefined);
  });

  it('reads a place or firm before a speech verb as the surname of a person the document names in full', () => {
    assert.deepEqual(mentionTexts(named(actorsIn('Republican Rep. Jim Jordan opposed the aid. Jordan said the bill was wrong.'), 'Jim Jordan')), ['Jim Jordan', 'Jordan']);
    assert.deepEqual(mentionTexts(named(actorsIn('Pierre Renault, a farmer, said the crops failed. Renault also said prices were too low.'), 'Pierre Renault')), ['Pierre Renault', 'Renault']);
    assert.equal(named(actorsIn('King Abdullah of Jordan met the envoy. Jordan said it supports Ukraine.'), 'Jordan')?.kind, 'place');
  });

  it('lets a capital that shares its name with another city stand for no state ("Tripoli, Lebanon")', () => {
    assert.equal(named(actorsIn('Clashes broke out in Tripoli, Lebanon’s second-largest city.'), 'Tripoli')?.standsFor, null);
  });
});
