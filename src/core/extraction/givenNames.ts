import { MORE_EITHER, MORE_FEMALE, MORE_MALE } from './commonGivenNames';

/**
 * Given names common in news, by their usual gender. Pronoun resolution uses them to skip a person
 * "he" or "she" cannot mean, and actor detection to tell a first name from a capitalised word
 * opening a sentence ("Joining Biggs on the letter …").
 */
export const FEMALE_NAMES = new Set(
  (
    'alice amy angela ann anna anne annalena avril barbara betsy camila catherine christine claire ' +
    'christiane condoleezza diana elizabeth elena emily frederica gina giorgia hanna helen hillary ingrid irina ' +
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
    'wanda yana yuliia zoe ' +
    'agata agne alina alona alyona anastasiya annika antonina dalia dariya darya ebba ekaterina elisabeth ' +
    'elzbieta evgeniya galina halyna ingrida inna iuliia izabela judit karin katalin katerina katja ' +
    'kerstin ketevan khrystyna kristina ksenia kseniia kseniya larisa larysa lilia liliya liubov ludmila ' +
    'lyubov lyudmyla maia malgorzata manuela mariia mariya marjorie maryna marzena nadezhda nataliia ' +
    'oleksandra olexandra polina rachida raisa ruslana salome sigrid snizhana sofiya solomiia svenja ' +
    'svitlana ségolène tamar tatyana tetyana uliana ulla ulyana valentyna valeria valerie valeriya ' +
    'valérie veronika viktoriya vira yekaterina yelena yevgenia yevgeniya yevheniya yuliya zhanna zinaida ' +
    'zoya élisabeth'
  ).split(' '),
);

export const MALE_NAMES = new Set(
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
    'vladyslav vyacheslav walter witold wojciech yaroslav yevhen yuriy yury zbigniew ' +
    'abdel abdul abdullah abiy ahmed ahmet akhmat alassane alberto alejandro aleksei alessandro algirdas ' +
    'anatolii anatoliy anders andrej andres andrus andrés anton antti anwar arkadiy arkady arsen artis ' +
    'artyom arvydas assimi attila avigdor balazs balázs bashar benny benoit benoît bernd bezalel bidzina ' +
    'bilawal binali bjorn björn bob bobby bola brett bruno carsten cedric clement clément csaba cyril ' +
    'cédric daniil danilo danylo davit devlet dieter dilma dima dirk dorin dumitru dzhokhar ebrahim ' +
    'edgars edouard egils egor ehud emmerson enrico espen evgen evgenii evgeniy faisal faure federico ' +
    'fedir fedor felipe felix ferenc fernando filip florian florin francesco francois françois fumio ' +
    'félix gabor gabriel gennadiy gennady georgiy georgy gerald gergely gheorghe gideon giorgi giovanni ' +
    'giuseppe gleb grigoriy grigory guido gunter gustaf gustav gustavo gábor gérald günter hafez hage ' +
    'hakan hakeem hanno hasan hassan heiko heinz helmut hendrik hennadii hennadiy henning henrik heorhii ' +
    'heorhiy herve hervé hlib horst hosni hossein hryhorii hryhoriy hubertus hulusi hussein ibrahim ' +
    'idriss ievgen illia illya imran imre irakli ismail istvan istván itamar iulian jacques jair jamal ' +
    'jamie janis janos jared jaroslaw javad javier jean-claude jean-luc jean-marc jean-pierre jean-yves ' +
    'jiri jiří joerg joko jonas jorge joschka jose josep josé juan juergen juraj jussi jános jörg jürgen ' +
    'kacper kemal ken kestutis khaled khalid kostiantyn kostyantyn krisjanis kristian lars laszlo laurent ' +
    'laurynas lech lev levan levente linas lorenzo ludovit luigi luis luiz lukasz lászló macky magnus ' +
    'mahamat mahmoud mahmud maks maksim manuel marcel margus mariano markus massimo matteo matthias ' +
    'matvei mehmet mevlut mevlüt michal miguel mihai mikheil mikulas milos mindaugas misha mitt mohamed ' +
    'mohammad moshe muhammadu muhoozi mustafa mykhaylo mykyta nabil naftali narendra nawaz nicolae nikita ' +
    'nikolay norbert oleksander olexander olexandr olexiy olof omar osama oskar oscar ostap paolo pawel pedro pekka ' +
    'pete petteri philippe pyotr qasem radoslaw rafael rafal rahul rainer rasmus raul raúl rick riek ' +
    'rimantas roberto rodion rodrigo rolf rostislav rostyslav salva saulius sebastien semen semyon sergii ' +
    'sergio sergiy serguei serhey shalva shehbaz shinzo sigmar silvio stepan stephane stéphane sven ' +
    'svyatoslav szilard sébastien taavi tamas tamás tayyip teodoro thierry thorsten tim timofey timur ' +
    'tobias todd tomas tomáš toomas torsten tymofiy tymur uhuru ulf ulrich urmas uwe vaclav vadim valdas ' +
    'valentyn vasile vasiliy vasily volker vsevolod vytautas václav walid winfried wladyslaw wolfgang ' +
    'yair yakiv yasser yegor yehor yevgen yevgeniy yevhenii yevheniy yitzhak yoav yoshihide yoshimasa ' +
    'yousef youssef yoweri yusuf yves zakhar zoltan zoltán zurab édouard'
  ).split(' '),
);

// Given names as English, Polish and machine-translated copy spells them ("Wiktor Medwedczuk",
// "Wołodymyr Zelnski", "Serhij Łysak"), and common English ones, whose gender is not needed.
// Names that are also places or common words (Austin, Jordan, May, Will, Christian) are left out.
const MORE_GIVEN_NAMES = new Set(
  (
    'wiktor wołodymyr wolodymyr władimir wladimir serhij serhii andrij andrii mychajło mykola mykoła ' +
    'dmitrij jewgienij jewgenij siergiej sergiej aleksiej ołeksandr ołeksij oleksandr pawło pavlo jurij yurii ' +
    'iwan witalij vitalii walerij valerii ruslan anatolij borys hryhorij wasyl arsenij kyryło kyrylo jewhen ' +
    'wadym vadym swiatłana swietłana switłana julija ołena ljudmyła ludmiła marija darja anastazja zofia ' +
    'ewa dorota krystyna jolanta grażyna tomasz paweł krzysztof marcin michał łukasz marek grzegorz rafał ' +
    'janusz tadeusz radosław dariusz sławomir bogusław mirosław kazimierz stanisław władysław szymon bartosz ' +
    'przemysław mariusz arkadiusz bartłomiej kamil maciej ryszard waldemar zdzisław zygmunt czesław jacek ' +
    'józef leszek wiesław artur karol mikołaj hubert patryk dawid damian adrian ' +
    'urszula iwona aleksandra halina danuta bożena jadwiga ' +
    'joshua kenneth ronald jason jeffrey ' +
    'larry brandon benjamin samuel raymond dennis ' +
    'jerry tyler zachary kyle noah ethan roger ' +
    'lindsey chuck rand josh elise kirsten tammy debbie marsha jeanne ' +
    'jean sasha nika kai'
  ).split(' '),
);

/**
 * Given names that are as often a place or a common word ("Victoria Station", "Roman Catholic",
 * "Bill" and "Grace" in ordinary phrases): they tell a person's gender, but do not make the
 * capitalised word after them a surname on their own.
 */
const AMBIGUOUS_GIVEN_NAMES = new Set('victoria sofia regina charlotte roman grace frank mark bill jack chuck ted rand marine heather xi'.split(' '));

/** Whether `word` is a given name that alone shows the capitalised word after it is a surname. */
export function isTelltaleGivenName(word: string): boolean {
  return isGivenName(word) && !AMBIGUOUS_GIVEN_NAMES.has(word.toLowerCase());
}

const COMMON_FEMALE = new Set(MORE_FEMALE.split(' '));
const COMMON_MALE = new Set(MORE_MALE.split(' '));
const COMMON_EITHER = new Set(MORE_EITHER.split(' '));

/**
 * Whether `word` is only in the long lists of English given names (see commonGivenNames.ts): weaker
 * evidence, since many of them are surnames or words too ("Holt", "Tex", "Del").
 */
export function isCommonGivenName(word: string): boolean {
  const lower = word.toLowerCase();
  return !isGivenName(word) && (COMMON_EITHER.has(lower) || COMMON_FEMALE.has(lower) || COMMON_MALE.has(lower));
}

/** Whether `word` is a given name the lists know, in any case. */
export function isGivenName(word: string): boolean {
  const lower = word.toLowerCase();
  return FEMALE_NAMES.has(lower) || MALE_NAMES.has(lower) || MORE_GIVEN_NAMES.has(lower);
}

/**
 * The gender a given name usually shows, or null for a name of either or one the lists lack.
 * `longLists`: whether the long lists may answer too; not for a surname standing alone, which
 * they often hold as a first name ("Harris", "Murray").
 */
export function givenNameGender(word: string, longLists = true): 'female' | 'male' | null {
  const lower = word.toLowerCase();
  if (FEMALE_NAMES.has(lower)) return 'female';
  if (MALE_NAMES.has(lower)) return 'male';
  if (!longLists) return null;
  if (COMMON_FEMALE.has(lower)) return 'female';
  if (COMMON_MALE.has(lower)) return 'male';
  return null;
}
