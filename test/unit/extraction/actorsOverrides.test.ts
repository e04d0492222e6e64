import assert from 'node:assert/strict';
import { parseDocument } from '../../../src/core/parse';
import { extractActors, parseActorOverrides } from '../../../src/core/extraction/actors';
import type { ActorOverrides } from '../../../src/core/extraction/types';

const text =
  'Defense Secretary Lloyd Austin spoke in Kyiv. Austin said more. The Pentagon Press Secretary stressed it. ' +
  'Kirby said the Kremlin listened. A US official said so.';
const d = parseDocument({ path: 'o.txt', text }, { id: 'o' });
const run = (o: ActorOverrides) => extractActors([d], o);
const ids = (o: ActorOverrides): string[] => run(o).actors.map((a) => a.id).sort();

describe('actors: user overrides', () => {
  it('adds aliases, found as mentions too', () => {
    const { actors, mentionsByDocument } = run({ aliases: { Kirby: ['Pentagon Press Secretary'] } });
    const kirby = actors.find((a) => a.name === 'Kirby');
    assert.equal(kirby?.mentions.length, 2);
    assert.ok(kirby?.aliases.includes('Pentagon Press Secretary'));
    assert.ok((mentionsByDocument.get('o') ?? []).some((m) => m.actorId === 'person:kirby' && text.slice(m.start, m.end) === 'Pentagon Press Secretary'));
  });

  it('merges actors', () => {
    const { actors } = run({ merge: { 'Lloyd Austin': ['Kirby'] } });
    assert.equal(actors.find((a) => a.id === 'person:lloyd-austin')?.mentions.length, 3);
    assert.ok(!actors.some((a) => a.id === 'person:kirby'));
  });

  it('renames, keeping the old name as an alias and updating ids and mentions', () => {
    const { actors, mentionsByDocument } = run({ rename: { 'Lloyd Austin': 'Lloyd J. Austin III' } });
    const austin = actors.find((a) => a.id === 'person:lloyd-j-austin-iii');
    assert.ok(austin?.aliases.includes('Lloyd Austin'));
    assert.ok((mentionsByDocument.get('o') ?? []).some((m) => m.actorId === 'person:lloyd-j-austin-iii'));
  });

  it('splits a wrongly merged alias into its own actor', () => {
    const { actors } = run({ split: ['Austin'] });
    assert.equal(actors.find((a) => a.id === 'person:lloyd-austin')?.mentions.length, 1);
    assert.equal(actors.find((a) => a.id === 'person:austin')?.mentions[0].text, 'Austin');
  });

  it('hides actors by name or id, mentions included', () => {
    const { actors, mentionsByDocument } = run({ hide: ['Kirby', 'place:kyiv'] });
    assert.ok(!actors.some((a) => a.id === 'person:kirby' || a.id === 'place:kyiv'));
    assert.ok(!(mentionsByDocument.get('o') ?? []).some((m) => m.actorId === 'person:kirby' || m.actorId === 'place:kyiv'));
  });

  it('forces a kind, and the id follows', () => {
    const { actors, mentionsByDocument } = run({ kinds: { Kremlin: 'organization' } });
    assert.equal(actors.find((a) => a.name === 'Kremlin')?.id, 'organization:kremlin');
    assert.ok((mentionsByDocument.get('o') ?? []).some((m) => m.actorId === 'organization:kremlin' && m.kind === 'organization'));
  });

  it('re-points standsFor when the target is renamed or hidden', () => {
    const r = parseDocument({ path: 'r.txt', text: 'The Kremlin said Russia would wait.' }, { id: 'r' });
    const renamed = extractActors([r], { rename: { Russia: 'Russian Federation' } }).actors;
    assert.equal(renamed.find((a) => a.name === 'Kremlin')?.standsFor, 'place:russian-federation');
    const hidden = extractActors([r], { hide: ['Russia'] }).actors;
    assert.equal(hidden.find((a) => a.name === 'Kremlin')?.standsFor, null);
  });

  it('keeps document-scoped ids for unnamed sources', () => {
    assert.ok(ids({}).includes('unnamed:us-official--o'));
    assert.ok(ids({ rename: { 'US official': 'US defense official' } }).includes('unnamed:us-defense-official--o'));
  });
});

describe('parseActorOverrides', () => {
  it('accepts a well-formed file', () => {
    const { overrides, errors } = parseActorOverrides(
      JSON.stringify({ aliases: { Kirby: ['John Kirby'] }, merge: { A: ['B'] }, rename: { A: 'C' }, split: ['Austin'], hide: ['x'], kinds: { Kremlin: 'organization' } }),
    );
    assert.deepEqual(errors, []);
    assert.deepEqual(overrides.kinds, { Kremlin: 'organization' });
    assert.deepEqual(overrides.split, ['Austin']);
  });

  it('reports invalid JSON and wrong shapes clearly, keeping the good parts', () => {
    assert.match(parseActorOverrides('{').errors[0], /not valid JSON/);
    assert.match(parseActorOverrides('[]').errors[0], /must hold an object/);
    const { overrides, errors } = parseActorOverrides(
      JSON.stringify({ aliases: { Kirby: 'John' }, hide: 'x', kinds: { K: 'city' }, rename: { A: '' }, colour: 1, split: ['ok'] }),
    );
    assert.deepEqual(overrides.split, ['ok']);
    assert.equal(errors.length, 5);
    assert.ok(errors.some((e) => e.includes('"aliases.Kirby" must be a list')));
    assert.ok(errors.some((e) => e.includes('"kinds.K" must be one of')));
    assert.ok(errors.some((e) => e.includes('Unknown key "colour"')));
  });
});
