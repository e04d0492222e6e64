/**
 * A person's surname spelt another way in the subject of a cue: translated copy writes one name
 * several ways ("Varga" then "Warga"), and the tagger does not always see the second spelling as a
 * name. The quotation still belongs to the person the document has already named.
 */
import { skeleton } from '../actors/spelling';
import { type SpeakerContext } from './context';

/** Shorter skeletons ("Li", "Wu") say too little to match on, as in the actor clustering. */
const MIN_SKELETON = 4;

/**
 * The one person named before `before` whose surname (or one-word alias) has the consonant
 * skeleton of `word`, a capitalised word the tagger left unlinked; null when none or several do.
 */
export function personSpelledAs(ctx: SpeakerContext, word: string, before: number): string | null {
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(word)) return null;
  const key = skeleton(word);
  if (key.length < MIN_SKELETON) return null;
  const found = new Set<string>();
  const seen = new Set<string>();
  for (const m of ctx.mentions) {
    if (m.start >= before) break;
    if (seen.has(m.actorId)) continue;
    seen.add(m.actorId);
    const actor = ctx.actorsById.get(m.actorId);
    if (actor?.kind !== 'person') continue;
    const surnames = [actor.name, ...actor.aliases].map((n) => n.split(/\s+/).pop() ?? '');
    if (surnames.some((s) => skeleton(s) === key)) found.add(actor.id);
  }
  return found.size === 1 ? [...found][0] : null;
}
