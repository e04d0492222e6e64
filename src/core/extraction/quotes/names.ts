/**
 * Given names whose usual gender lets "he" or "she" skip a person who cannot be meant (WCBE:
 * "…,” he said. just after "said Sherman" must not go to Wendy Sherman). Only names common in
 * news are listed: an unknown name fits either pronoun, so a missing name costs nothing but a
 * wrong one would. Titles (Mr, Ms) in an actor's roles count as well.
 */
const FEMALE = new Set(
  (
    'alice amy angela ann anna anne annalena avril barbara betsy camila catherine christine claire ' +
    'condoleezza diana elizabeth elena emily frederica gina giorgia hanna helen hillary ingrid irina ' +
    'iryna janet jen jennifer jessica jill julia kaja kamala karen karine kate katherine kristalina ' +
    'laura linda lisa liz liza madeleine margaret maria marie marine mary melania mette michelle ' +
    'nancy natalia nikki olena olga rachel rebecca roberta ruth samantha sanna sarah sophie susan ' +
    'svetlana tatiana theresa tulsi ursula victoria wendy yulia zuzana ' +
    'agnieszka alexandra alla anastasia anastasiia angelina annette antje beata brigitte carla caroline ' +
    'charlotte christina claudia cynthia daria dorothy edith elina eliza elżbieta emma eva evgenia fiona ' +
    'francesca gabriela grace heather heidi ilona irene isabel jacinda jane joanna josephine judith julie ' +
    'justyna kamila karolina katarzyna kateryna katrin kristin lesia lesya liudmyla lucy lyudmila magdalena ' +
    'małgorzata mariana marianna marina marta martha megan melanie meredith monika nadia nadiya nataliya ' +
    'natalya nina oksana olha pamela patricia paula petra priti regina renata sabine sandra sara sharon ' +
    'silvia sofia sonia stephanie suella tamara teresa tetiana tina valentina vera viktoria viktoriia ' +
    'wanda yana yuliia zoe'
  ).split(' '),
);

const MALE = new Set(
  (
    'alexander alexei andrew andriy antony anthony barack ben bill boris brian charles chris dan ' +
    'daniel david denis dmitry dmytro donald emmanuel george igor ivan jack jake james jens jim joe ' +
    'john joseph justin keir kevin kurt lloyd mark matthew michael mike mykhailo nathan ned nikolai ' +
    'nolan olaf oleksii oleksiy paul peter recep richard rishi robert ron sergei sergey steve ' +
    'thomas tom tony valery viktor vladimir volodymyr william xi yevgeny yuri ' +
    'aaron adam alan albert aleksander aleksandr alexey andrei andrey andrzej anatol anatoly antonio arseniy ' +
    'arthur artem bogdan bohdan carl carlos christopher colin craig denys dmitri dominic douglas eduard ' +
    'edward emil eric erik evgeny frank friedrich fyodor gabrielius gary gavin gerhard gitanas greg gregory ' +
    'hans harry henry hugh ian ihor ilya jacob jakub jarosław jeff jeremy jerzy joachim johannes jonathan ' +
    'karl keith kirill klaus konstantin leo leonid lukas maksym marco mario martin mateusz maxim mikhail ' +
    'mitch mohammed muhammad nicholas nicolas oleg oleh oliver olivier patrick pavel petr petro philip ' +
    'pierre piotr ralph ramzan roman rustem ryan scott sebastian serhiy simon stanislav stefan stephen ' +
    'steven sviatoslav taras ted timothy valentin valeriy vasyl victor vitali vitaliy vitaly vladislav ' +
    'vladyslav vyacheslav walter witold wojciech yaroslav yevhen yuriy yury zbigniew'
  ).split(' '),
);

export type Gender = 'female' | 'male' | null;

const FEMALE_TITLE = /^(?:mrs|ms|miss|madam|madame|lady|dame|queen|princess|duchess|countess|baroness)\.?$/i;
const MALE_TITLE = /^(?:mr|sir|lord|king|prince|duke|earl|count|baron)\.?$/i;

/** The gender a person's name or title makes plain, or null when it does not. */
export function genderOf(name: string, roles: readonly string[]): Gender {
  for (const role of roles) {
    if (FEMALE_TITLE.test(role)) return 'female';
    if (MALE_TITLE.test(role)) return 'male';
  }
  const first = name.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  // "the Duchess added": a title alone may be the name an article gives.
  if (FEMALE_TITLE.test(first)) return 'female';
  if (MALE_TITLE.test(first)) return 'male';
  if (FEMALE.has(first)) return 'female';
  if (MALE.has(first)) return 'male';
  return null;
}

/** Whether "he" or "she" can mean this person: true unless the name or title says otherwise. */
export function fitsPronoun(name: string, roles: readonly string[], pronoun: string): boolean {
  const gender = genderOf(name, roles);
  return gender === null || gender === (pronoun.toLowerCase() === 'she' ? 'female' : 'male');
}

// Nouns naming several people: "he" cannot refer to "US officials".
const PLURAL_PEOPLE =
  /\b(?:officials|sources|diplomats|people|officers|analysts|experts|members|leaders|aides|lawmakers|authorities|negotiators|advisers|advisors|commanders|residents|soldiers|troops|ministers|representatives|spokespeople|administrations|governments|allies)\b/i;

/** Whether an unnamed actor's words ("US officials", "sources") name more than one person. */
export function isPluralDescription(text: string): boolean {
  return PLURAL_PEOPLE.test(text);
}

/** Nouns naming one person by office or standing, as a regular-expression alternation. */
export const OFFICE_NOUNS =
  'minister|president|premier|chancellor|secretary|spokes(?:man|woman|person)|official|ambassador|envoy|diplomat|' +
  'leader|chief|commander|general|adviser|advisor|director|mayor|governor|senator|author|co-author|' +
  'pope|patriarch|king|queen|prince|cardinal|archbishop';
