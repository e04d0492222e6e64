/**
 * User corrections from `.sourcebook/actors.json`: extra aliases, merges, renames, splits,
 * hidden actors and forced kinds. Applied to corpus actors, so every view built from them
 * (actor list, mentions, quotes, events) sees the corrected result.
 */
import type { Actor, ActorKind, ActorOverrides } from '../types';
import { finishActor } from './merge';
import { actorId, nameKey } from './text';

/** Finds an actor by id, name or alias; an exact name beats an alias. */
function finder(actors: Actor[]): (ref: string) => Actor | undefined {
  return (ref) => {
    const key = nameKey(ref);
    return (
      actors.find((a) => a.id === ref) ??
      actors.find((a) => nameKey(a.name) === key) ??
      actors.find((a) => a.aliases.some((x) => nameKey(x) === key))
    );
  };
}

function fold(target: Actor, other: Actor): void {
  if (target === other) return;
  target.mentions.push(...other.mentions);
  target.aliases.push(other.name, ...other.aliases);
  for (const r of other.roles) if (!target.roles.includes(r)) target.roles.push(r);
  target.standsFor ??= other.standsFor;
}

/** The part of an id after `${kind}:${slug(name)}` (the document scope of unnamed sources). */
function scopeOf(actor: Actor): string {
  const base = actorId(actor.kind, actor.name);
  return actor.id.startsWith(base) ? actor.id.slice(base.length) : '';
}

/**
 * Applies user corrections in a fixed order — aliases, merge, split, kinds, rename, hide — then
 * recomputes ids (`${kind}:${slug(name)}`) and folds actors that now share one.
 */
export function applyOverrides(input: Actor[], overrides: ActorOverrides): Actor[] {
  let actors: Actor[] = input.map((a) => ({ ...a, aliases: [...a.aliases], roles: [...a.roles], mentions: [...a.mentions] }));
  const scopes = new Map<Actor, string>(actors.map((a) => [a, scopeOf(a)]));
  const oldIds = new Map<Actor, string>(actors.map((a) => [a, a.id]));
  const remove = (gone: Set<Actor>): void => {
    actors = actors.filter((a) => !gone.has(a));
  };

  for (const [canonical, names] of Object.entries(overrides.aliases ?? {})) {
    const find = finder(actors);
    const target = find(canonical) ?? names.map(find).find((a) => a);
    if (!target) continue;
    if (nameKey(target.name) !== nameKey(canonical)) {
      target.aliases.push(target.name);
      target.name = canonical;
    }
    const gone = new Set<Actor>();
    for (const n of names) {
      const other = find(n);
      if (other && other !== target && !gone.has(other)) {
        fold(target, other);
        gone.add(other);
      }
      target.aliases.push(n);
    }
    remove(gone);
  }

  for (const [key, names] of Object.entries(overrides.merge ?? {})) {
    const find = finder(actors);
    const target = find(key);
    if (!target) continue;
    const gone = new Set<Actor>();
    for (const n of names) {
      const other = find(n);
      if (other && other !== target) {
        fold(target, other);
        gone.add(other);
      }
    }
    remove(gone);
  }

  for (const alias of overrides.split ?? []) {
    const key = nameKey(alias);
    for (const actor of [...actors]) {
      if (nameKey(actor.name) === key) continue;
      const moved = actor.mentions.filter((m) => nameKey(m.text) === key);
      if (moved.length === 0) continue;
      actor.mentions = actor.mentions.filter((m) => nameKey(m.text) !== key);
      actor.aliases = actor.aliases.filter((x) => nameKey(x) !== key);
      const own: Actor = { id: '', name: alias, kind: actor.kind, aliases: [], roles: [], standsFor: null, mentions: moved };
      scopes.set(own, scopes.get(actor) ?? '');
      actors.push(own);
    }
  }

  for (const [ref, kind] of Object.entries(overrides.kinds ?? {})) {
    const actor = finder(actors)(ref);
    if (actor) actor.kind = kind;
  }

  for (const [from, to] of Object.entries(overrides.rename ?? {})) {
    const actor = finder(actors)(from);
    if (!actor || !to.trim()) continue;
    actor.aliases.push(actor.name);
    actor.name = to.trim();
  }

  const hidden = new Set((overrides.hide ?? []).map((ref) => finder(actors)(ref)).filter((a): a is Actor => !!a));
  remove(hidden);

  // New ids; actors that now share an id are one actor.
  const byId = new Map<string, Actor>();
  const renamed = new Map<string, string>();
  for (const actor of actors) {
    const id = actorId(actor.kind, actor.name) + (scopes.get(actor) ?? '');
    const old = oldIds.get(actor);
    if (old) renamed.set(old, id);
    const existing = byId.get(id);
    if (existing) fold(existing, actor);
    else byId.set(id, { ...actor, id });
  }
  for (const h of hidden) renamed.set(h.id, '');
  return [...byId.values()].map((a) => {
    const standsFor = a.standsFor === null ? null : renamed.has(a.standsFor) ? renamed.get(a.standsFor) || null : a.standsFor;
    const finished = finishActor({ ...a, standsFor });
    return { ...finished, aliases: finished.aliases.filter((x, i, all) => all.indexOf(x) === i && x !== a.name) };
  });
}

const KINDS: readonly ActorKind[] = ['person', 'organization', 'place', 'group', 'unnamed'];
const KEYS = ['aliases', 'merge', 'rename', 'split', 'hide', 'kinds'] as const;

/**
 * Reads `.sourcebook/actors.json`. Keeps every well-formed part and reports each problem in a
 * sentence a user can act on; unknown keys are reported, not fatal.
 */
export function parseActorOverrides(jsonText: string): { overrides: ActorOverrides; errors: string[] } {
  const errors: string[] = [];
  const overrides: ActorOverrides = {};
  let data: unknown;
  try {
    data = JSON.parse(jsonText);
  } catch (e) {
    return { overrides, errors: [`actors.json is not valid JSON: ${(e as Error).message}`] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { overrides, errors: ['actors.json must hold an object such as { "aliases": { … }, "hide": [ … ] }.'] };
  }
  const obj = data as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!(KEYS as readonly string[]).includes(key)) errors.push(`Unknown key "${key}" in actors.json (expected one of: ${KEYS.join(', ')}).`);
  }
  const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const stringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

  for (const key of ['aliases', 'merge'] as const) {
    if (obj[key] === undefined) continue;
    if (!isRecord(obj[key])) {
      errors.push(`"${key}" must be an object mapping a name to a list of names.`);
      continue;
    }
    const out: Record<string, string[]> = {};
    for (const [name, list] of Object.entries(obj[key])) {
      if (stringList(list)) out[name] = list;
      else errors.push(`"${key}.${name}" must be a list of names (strings).`);
    }
    overrides[key] = out;
  }
  if (obj.rename !== undefined) {
    if (!isRecord(obj.rename)) errors.push('"rename" must be an object mapping a current name to a new name.');
    else {
      overrides.rename = {};
      for (const [from, to] of Object.entries(obj.rename)) {
        if (typeof to === 'string' && to.trim()) overrides.rename[from] = to;
        else errors.push(`"rename.${from}" must be a non-empty string.`);
      }
    }
  }
  for (const key of ['split', 'hide'] as const) {
    if (obj[key] === undefined) continue;
    if (stringList(obj[key])) overrides[key] = obj[key];
    else errors.push(`"${key}" must be a list of names (strings).`);
  }
  if (obj.kinds !== undefined) {
    if (!isRecord(obj.kinds)) errors.push('"kinds" must be an object mapping a name to a kind.');
    else {
      overrides.kinds = {};
      for (const [name, kind] of Object.entries(obj.kinds)) {
        if (typeof kind === 'string' && (KINDS as readonly string[]).includes(kind)) overrides.kinds[name] = kind as ActorKind;
        else errors.push(`"kinds.${name}" must be one of ${KINDS.join(', ')} (got ${JSON.stringify(kind)}).`);
      }
    }
  }
  return { overrides, errors };
}
