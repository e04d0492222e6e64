/**
 * The corpus step: fold per-document actors into corpus actors. Cheap (no text analysis), so it
 * runs once on the main thread after the per-document step ran wherever it ran.
 */
import type { Actor, ResolvedMention } from '../types';
import { surnameKey } from './cluster';
import { NAME_PARTICLES } from './lexicon';
import { actorId, slug } from './text';
import type { DocumentActors, LocalActor } from './types';

/**
 * Id of a local actor; document-scoped actors (unnamed sources) carry the document id, which is
 * unique in a corpus (citation keys are unique only once a corpus assigned them).
 */
export function localActorId(actor: LocalActor, name: string, documentId: string): string {
  const id = actorId(actor.kind, name);
  return actor.documentScoped ? `${id}--${slug(documentId)}` : id;
}

/**
 * Merges local actors across documents. A one-word person name ("Putin", "Austin") joins the
 * one full name in the corpus with that surname; when several full names share it, it stays apart.
 * A name that starts with a particle joins the one longer name it ends ("Von der Leyen").
 */
export function mergeDocumentActors(perDocument: DocumentActors[]): Actor[] {
  const fullNames = new Map<string, Set<string>>();
  for (const d of perDocument) {
    for (const a of d.actors) {
      if (a.kind !== 'person' || !a.name.includes(' ')) continue;
      const key = surnameKey(a.name);
      if (!fullNames.has(key)) fullNames.set(key, new Set());
      fullNames.get(key)?.add(a.name);
    }
  }
  const byId = new Map<string, Actor>();
  perDocument.forEach((d) => {
    for (const local of d.actors) {
      let name = local.name;
      if (local.kind === 'person') {
        // "Von der Leyen" is the tail of "Ursula von der Leyen", as "Putin" is of "Vladimir Putin".
        const words = name.split(' ');
        const tail = ` ${name.toLowerCase()}`;
        const sameSurname = [...(fullNames.get(surnameKey(name)) ?? [])];
        const longer = words.length === 1 ? sameSurname : NAME_PARTICLES.has(words[0].toLowerCase()) ? sameSurname.filter((n) => n.toLowerCase().endsWith(tail)) : [];
        if (longer.length === 1) name = longer[0];
      }
      const id = localActorId(local, name, d.documentId);
      let actor = byId.get(id);
      if (!actor) {
        actor = { id, name, kind: local.kind, aliases: [], roles: [], standsFor: local.standsFor, mentions: [] };
        byId.set(id, actor);
      }
      for (const r of local.roles) if (!actor.roles.includes(r)) actor.roles.push(r);
      actor.standsFor ??= local.standsFor;
      actor.mentions.push(...local.mentions);
    }
  });
  return [...byId.values()].map(finishActor);
}

/** Recomputes aliases from the mentions' surface forms and orders the mentions. */
export function finishActor(actor: Actor): Actor {
  const aliases = new Set(actor.aliases);
  for (const m of actor.mentions) aliases.add(m.text.replace(/\s+/g, ' '));
  aliases.delete(actor.name);
  return { ...actor, roles: specificRoles(actor.roles), aliases: [...aliases].sort(), mentions: [...actor.mentions].sort((a, b) => (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : a.start - b.start)) };
}

const roleKey = (role: string): string => ` ${role.toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim()}`;

/**
 * The roles worth showing: a role that only repeats the end of a more specific one goes
 * ("Secretary" beside "Defense Secretary"), and spellings that differ only in dots or case
 * count once ("U.S. Secretary of State", "US Secretary of State").
 */
export function specificRoles(roles: readonly string[]): string[] {
  const keys = roles.map(roleKey);
  return roles.filter((_, i) => {
    const key = keys[i];
    if (keys.indexOf(key) !== i) return false;
    return !keys.some((other) => other.length > key.length && other.endsWith(key));
  });
}

/** Actors by mention count (most first), then name, for a stable order. */
export function sortActors(actors: Actor[]): Actor[] {
  return [...actors].sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** Per-document mention lists, sorted by start (outer span first when one holds another). */
export function mentionIndex(actors: Actor[], documentIds: Iterable<string> = []): Map<string, ResolvedMention[]> {
  const index = new Map<string, ResolvedMention[]>();
  for (const id of documentIds) index.set(id, []);
  for (const actor of actors) {
    for (const m of actor.mentions) {
      let list = index.get(m.documentId);
      if (!list) index.set(m.documentId, (list = []));
      list.push({ start: m.start, end: m.end, actorId: actor.id, kind: actor.kind, sentenceIndex: m.sentenceIndex });
    }
  }
  for (const list of index.values()) list.sort((a, b) => a.start - b.start || b.end - a.end);
  return index;
}
