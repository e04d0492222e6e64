/**
 * The Actors tree: actors grouped by kind, most mentioned first; under an actor its direct
 * quotes, then its mentions grouped per document.
 */
import type { CorpusDocument } from '../model';
import type { Actor, ActorKind, Mention, Quote } from '../extraction/types';
import { lazyTree, oneLine, plural, type TreeModel, type ViewIcon, type ViewNode } from './viewNode';
import { documentLabel, sentenceText } from './documentText';

export interface ActorTreeInput {
  actors: Actor[];
  quotes: Quote[];
  document(id: string): CorpusDocument | undefined;
  /** Case-insensitive text matched against names, aliases and roles; empty shows all. */
  filter?: string;
}

const KIND_ORDER: ActorKind[] = ['person', 'organization', 'place', 'group', 'unnamed'];

const KIND_LABEL: Record<ActorKind, string> = {
  person: 'People',
  organization: 'Organizations',
  place: 'Places',
  group: 'Groups',
  unnamed: 'Unnamed sources',
};

export const KIND_ICON: Record<ActorKind, ViewIcon> = {
  person: 'person',
  organization: 'organization',
  place: 'place',
  group: 'group',
  unnamed: 'unnamed',
};

/** Singular kind names for descriptions and hovers. */
export const KIND_NAME: Record<ActorKind, string> = {
  person: 'person',
  organization: 'organization',
  place: 'place',
  group: 'group',
  unnamed: 'unnamed source',
};

export function matchesActorFilter(actor: Actor, filter: string | undefined): boolean {
  const needle = filter?.trim().toLowerCase();
  if (!needle) return true;
  return [actor.name, ...actor.aliases, ...actor.roles].some((s) => s.toLowerCase().includes(needle));
}

/** Most mentioned first; ties by name so the order is stable. */
export function compareActors(a: Actor, b: Actor): number {
  return b.mentions.length - a.mentions.length || a.name.localeCompare(b.name);
}

const HONORIFIC = /^(?:mr|mrs|ms|miss|madam|dr)\.?$/i;

/**
 * The roles a reader wants to see: honorifics ("Mr.") stay in the data, where they tell a
 * speaker's gender to pronoun resolution, but are not roles worth showing.
 */
export function shownRoles(roles: readonly string[]): string[] {
  return roles.filter((r) => !HONORIFIC.test(r.trim()));
}

export function actorDescription(actor: Actor): string {
  const count = plural(actor.mentions.length, 'mention');
  const [role] = shownRoles(actor.roles);
  return role ? `${role} · ${count}` : count;
}

function actorTooltip(actor: Actor): string {
  const lines = [`${actor.name} (${KIND_NAME[actor.kind]})`];
  const roles = shownRoles(actor.roles);
  if (roles.length) lines.push(`Roles: ${roles.join(', ')}`);
  if (actor.aliases.length) lines.push(`Also: ${actor.aliases.join(', ')}`);
  if (actor.standsFor) lines.push(`Stands for: ${actor.standsFor}`);
  lines.push(plural(actor.mentions.length, 'mention'));
  return lines.join('\n');
}

export function buildActorTree(input: ActorTreeInput): TreeModel {
  const visible = input.actors.filter((a) => matchesActorFilter(a, input.filter));
  const byKind = new Map<ActorKind, Actor[]>();
  for (const actor of visible) {
    const list = byKind.get(actor.kind) ?? [];
    list.push(actor);
    byKind.set(actor.kind, list);
  }
  const quotesBySpeaker = new Map<string, Quote[]>();
  for (const quote of input.quotes) {
    if (!quote.speaker) continue;
    const list = quotesBySpeaker.get(quote.speaker) ?? [];
    list.push(quote);
    quotesBySpeaker.set(quote.speaker, list);
  }
  const actorsById = new Map(visible.map((a) => [a.id, a]));

  const roots: ViewNode[] = KIND_ORDER.filter((kind) => byKind.has(kind)).map((kind) => ({
    id: `kind:${kind}`,
    kind: 'actorKind',
    label: KIND_LABEL[kind],
    description: String(byKind.get(kind)!.length),
    collapsible: 'expanded',
  }));

  const actorNode = (actor: Actor): ViewNode => {
    const first = actor.mentions[0];
    return {
      id: `actor:${actor.id}`,
      kind: 'actor',
      label: actor.name,
      description: actorDescription(actor),
      tooltip: actorTooltip(actor),
      icon: KIND_ICON[actor.kind],
      collapsible: actor.mentions.length > 0 || quotesBySpeaker.has(actor.id) ? 'collapsed' : 'none',
      location: first ? { documentId: first.documentId, start: first.start, end: first.end } : undefined,
      actorId: actor.id,
    };
  };

  const quoteNode = (actor: Actor, quote: Quote): ViewNode => {
    const doc = input.document(quote.documentId);
    return {
      id: `actor:${actor.id}/quote:${quote.id}`,
      kind: 'quote',
      label: `“${oneLine(quote.text, 100)}”`,
      description: doc ? documentLabel(doc) : undefined,
      tooltip: `“${quote.text}”${quote.cue ? `\n— ${quote.cue}` : ''}`,
      icon: 'quote',
      collapsible: 'none',
      location: { documentId: quote.documentId, start: quote.start, end: quote.end },
      actorId: actor.id,
      quoteId: quote.id,
    };
  };

  const mentionsByDocument = (actor: Actor): Map<string, Mention[]> => {
    const map = new Map<string, Mention[]>();
    for (const mention of actor.mentions) {
      const list = map.get(mention.documentId) ?? [];
      list.push(mention);
      map.set(mention.documentId, list);
    }
    return map;
  };

  const childrenOf = (node: ViewNode): ViewNode[] => {
    if (node.kind === 'actorKind') {
      const kind = node.id.slice('kind:'.length) as ActorKind;
      return [...(byKind.get(kind) ?? [])].sort(compareActors).map(actorNode);
    }
    const actor = node.actorId ? actorsById.get(node.actorId) : undefined;
    if (!actor) return [];
    if (node.kind === 'actor') {
      const quotes = [...(quotesBySpeaker.get(actor.id) ?? [])].sort(
        (a, b) => a.documentId.localeCompare(b.documentId) || a.start - b.start,
      );
      const documents = [...mentionsByDocument(actor)].map(([documentId, mentions]) => {
        const doc = input.document(documentId);
        return {
          id: `actor:${actor.id}/doc:${documentId}`,
          kind: 'actorDocument',
          label: doc ? documentLabel(doc) : documentId,
          description: plural(mentions.length, 'mention'),
          tooltip: doc?.path,
          icon: 'document',
          collapsible: 'collapsed',
          actorId: actor.id,
          location: { documentId, start: mentions[0].start, end: mentions[0].end },
        } satisfies ViewNode;
      });
      return [...quotes.map((q) => quoteNode(actor, q)), ...documents];
    }
    if (node.kind === 'actorDocument' && node.location) {
      const documentId = node.location.documentId;
      const doc = input.document(documentId);
      const mentions = mentionsByDocument(actor).get(documentId) ?? [];
      return mentions.map((m) => {
        const sentence = doc ? sentenceText(doc, m.sentenceIndex, m) : m.text;
        return {
          id: `actor:${actor.id}/doc:${documentId}/m:${m.start}`,
          kind: 'mention',
          label: oneLine(sentence, 110),
          description: m.text !== actor.name ? m.text : undefined,
          tooltip: sentence,
          icon: 'mention',
          collapsible: 'none',
          location: { documentId, start: m.start, end: m.end },
          actorId: actor.id,
        } satisfies ViewNode;
      });
    }
    return [];
  };

  return lazyTree(roots, childrenOf);
}
