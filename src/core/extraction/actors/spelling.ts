/**
 * Spelling variants of one person's name. Transliteration and machine translation spell the same
 * name several ways ("Aleksandr"/"Alexander", "Zelensky"/"Zelnski"/"Zelanski"); their consonants
 * mostly agree, so two names are matched on their consonant skeletons.
 */
import { GAZETTEER, type GazetteerEntry } from './gazetteer';
import { foldLetters } from './text';

/**
 * Lower-case consonants, "x" as "ks", doubled letters once: "Alexander" and "Aleksandr" → "lksndr".
 * Polish spelling writes "cz", "sz" where English writes "ch", "sh" ("Łukaszenko", "Lukashenko"), and
 * "ch" where English writes "kh" ("Mychajło", "Mykhailo"); "ph" is "f" ("Joseph", "Josef").
 */
export function skeleton(word: string): string {
  return foldLetters(word)
    .replace(/([cs])z/g, '$1h')
    .replace(/kh/g, 'ch')
    .replace(/ph/g, 'f')
    .replace(/x/g, 'ks')
    .replace(/w/g, 'v')
    .replace(/[^a-z]/g, '')
    .replace(/[aeiouyj]/g, '')
    .replace(/(.)\1+/g, '$1');
}

// Known people by the skeleton of each one-word surname variant ("Lukashenko", "Zelensky").
const BY_SURNAME = new Map<string, GazetteerEntry[]>();
for (const e of GAZETTEER) {
  if (e.kind !== 'person' || !e.name.includes(' ')) continue;
  for (const v of new Set([e.name.split(' ').pop() ?? '', ...e.variants.filter((x) => !x.includes(' '))])) {
    const key = skeleton(v);
    // Short skeletons ("Xi" → "") say too little to match on.
    if (key.length < 3) continue;
    const list = BY_SURNAME.get(key) ?? [];
    if (!list.includes(e)) list.push(e);
    BY_SURNAME.set(key, list);
  }
}

/**
 * Whether two first names are one: the same skeleton ("Aleksandr", "Alexander"), or one a short form
 * of the other ("Volodya", "Volodymyr"; three consonants at least).
 */
export function sameFirstName(a: string, b: string): boolean {
  const [x, y] = [skeleton(a), skeleton(b)];
  return x === y || (Math.min(x.length, y.length) >= 3 && (x.startsWith(y) || y.startsWith(x)));
}

/**
 * The known person a two-word name spells another way: first name and surname both agree in
 * skeleton with the known one ("Aleksandr Lukashenko" → "Alexander Lukashenko"); "Viktor
 * Lukashenko" or "Jill Biden" keep their own names.
 */
export function knownSpelling(name: string): string | undefined {
  const parts = name.split(/\s+/);
  if (parts.length !== 2 || skeleton(parts[0]).length < 2) return undefined;
  const found = (BY_SURNAME.get(skeleton(parts[1])) ?? []).filter((e) => sameFirstName(parts[0], e.name.split(' ')[0]));
  return found.length === 1 ? found[0].name : undefined;
}

/** A Slavic surname in its feminine form of "-ski"/"-sky": "Zelenska", "Kowalska". */
export const feminineSki = (word: string): boolean => /(?:sk|ck|zk)(?:a|á|aya|aja)$/u.test(word);

/**
 * Whether two surnames are one spelled two ways: the same skeleton, and not one of them the
 * feminine "-ska" of the other's "-ski" ("Zelenska" is his wife, not "Zelensky"). Transliteration
 * blurs "-ova" and "-ov" too often for those to tell ("Zacharowa", "Zacharów").
 */
export function sameSurname(a: string, b: string): boolean {
  return skeleton(a) === skeleton(b) && feminineSki(a) === feminineSki(b);
}

/**
 * Whether two surnames are one slip of the keyboard or of transliteration apart: two neighbouring
 * letters swapped ("Psaki"/"Pskai") or an "h" after c, s, z, k, t or g added or dropped
 * ("Cernea"/"Chernea", "Sevchenko"/"Shevchenko"). Both of five letters or more. A changed or an
 * added letter of any other kind is left alone: English surnames differ so ("Jones"/"Jonas",
 * "Johnson"/"Johnston", "Thompson"/"Thomson").
 */
export function oneSlipApart(a: string, b: string): boolean {
  const [x, y] = [foldLetters(a), foldLetters(b)];
  if (x === y || Math.min(x.length, y.length) < 5 || feminineSki(a) !== feminineSki(b)) return false;
  if (x.length === y.length) {
    const diff = [...x].flatMap((ch, i) => (ch === y[i] ? [] : [i]));
    return diff.length === 2 && diff[1] === diff[0] + 1 && x[diff[0]] === y[diff[1]] && x[diff[1]] === y[diff[0]];
  }
  if (Math.abs(x.length - y.length) !== 1) return false;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  for (let i = 1; i < long.length; i++) {
    if (long[i] === 'h' && /[csztkg]/.test(long[i - 1]) && long.slice(0, i) + long.slice(i + 1) === short) return true;
  }
  return false;
}
