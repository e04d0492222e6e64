import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decideHoverCard, sameTerm } from '../../../src/core/hover/decideHoverCard';
import { createHoverCorpus } from '../../../src/core/hover/hoverCorpus';
import { createCorpusService, type ManagedCorpusService } from '../../../src/core/corpusService';
import type { SearchOptions, SearchResult } from '../../../src/core/search/types';
import { actor, doc, mentionsOf, quoteIn } from '../views/fixtures';

const DRAFT = `After a trip to Kyiv, Defense Secretary Lloyd Austin said the United States wanted to see Russia
weakened. The sanctions and export controls aimed at Russia's defense industry were described as
tools to limit its ability to attack its neighbours again. The banana republic metaphor is ours.`;

function at(word: string, nth = 0): number {
  let i = -1;
  for (let n = 0; n <= nth; n++) i = DRAFT.indexOf(word, i + 1);
  return i + 1;
}

describe('hover decisions (small corpus)', () => {
  const d = doc();
  const austin = actor('person:lloyd-austin', 'Lloyd Austin', 'person', mentionsOf(d, 'Austin'), { aliases: ['Austin'], roles: ['Defense Secretary'] });
  const quote = quoteIn(d, 'We want to see Russia weakened,', austin.id, 'Lloyd Austin');
  const searches: { query: string; options?: SearchOptions }[] = [];
  const index = createCorpusService();
  index.upsert({ path: d.path, text: d.text, id: d.id });
  const corpus = createHoverCorpus({
    search: (query, options) => {
      searches.push({ query, options });
      return index.search(query, options);
    },
    document: (id) => (id === d.id ? d : undefined),
    actors: () => [austin],
    quotes: () => [quote],
  });

  it('shows the actor card first for a name, with quotes', () => {
    const card = decideHoverCard({ draft: DRAFT, offset: at('Austin') }, corpus);
    assert.equal(card.actor?.name, 'Lloyd Austin');
    assert.equal(card.actor?.mentionCount, 3);
    assert.deepEqual(card.actor?.quotes.map((q) => q.text), ['We want to see Russia weakened,']);
    assert.equal(DRAFT.slice(card.range.start, card.range.end), 'Austin');
    assert.ok(card.passages.length > 0);
  });

  it('boosts the hovered word and lets the words around it help', () => {
    searches.length = 0;
    const card = decideHoverCard({ draft: DRAFT, offset: at('sanctions') }, corpus);
    assert.equal(card.actor, null);
    assert.deepEqual(searches[0].options?.boostTerms, { sanctions: 4 });
    assert.match(searches[0].query, /^sanctions \w/);
    assert.ok(card.passages.length >= 1 && card.passages.length <= 5);
    for (const p of card.passages) {
      assert.match(p.text, /sanctions/);
      const h = p.highlights.find((x) => p.text.slice(x.start, x.end) === 'sanctions');
      assert.ok(h, 'the hovered word is highlighted');
    }
  });

  it('asks the search for passages that contain the hovered word', () => {
    searches.length = 0;
    decideHoverCard({ draft: DRAFT, offset: at('sanctions') }, corpus);
    assert.deepEqual(searches[0].options?.requiredTerms, ['sanctions']);
    assert.equal(searches[0].options?.minRequired, 1);
  });

  it('keeps the hovered word\'s passages however many passages match only the words around it', () => {
    const service = createCorpusService();
    for (let i = 0; i < 80; i++) service.upsert({ path: `n${i}.txt`, text: `Officials said talks on energy continued in round ${i}.\n`, id: `n${i}` });
    // Unrelated sentences make the context words rare enough to outrank a passage with the hovered word alone.
    service.upsert({ path: 'o.txt', text: Array.from({ length: 3000 }, (_, i) => `Unrelated filler number ${i}.`).join(' ') + '\n', id: 'o' });
    service.upsert({ path: 'z.txt', text: 'The embargo stays, officials said.\n', id: 'z' });
    const draft = 'Officials said talks on energy continued despite the embargo.';
    const card = service.hover(draft, draft.indexOf('embargo') + 2);
    assert.deepEqual(card.passages.map((p) => p.documentId), ['z']);
  });

  it('gives the speaker of a quoted passage', () => {
    const card = decideHoverCard({ draft: 'He said Russia should be weakened.', offset: 26 }, corpus);
    const quoted = card.passages.find((p) => p.text.includes('We want to see'));
    assert.equal(quoted?.speakerName, 'Lloyd Austin');
  });

  it('shows nothing for stop words, short words, spaces and unknown words', () => {
    for (const offset of [at('the'), at('to'), at('were'), DRAFT.indexOf('  '), at('banana'), at('metaphor')]) {
      const card = decideHoverCard({ draft: DRAFT, offset }, corpus);
      assert.equal(card.actor, null);
      assert.deepEqual(card.passages, [], `offset ${offset}: ${DRAFT.slice(offset - 1, offset + 8)}`);
    }
  });

  it('does not take a lowercase word for a capitalised name', () => {
    const card = decideHoverCard({ draft: 'the austin of it', offset: 6 }, corpus);
    assert.equal(card.actor, null);
  });

  it('uses a selection as the query and as the actor name', () => {
    const start = DRAFT.indexOf('Lloyd Austin');
    const card = decideHoverCard({ draft: DRAFT, offset: start, end: start + 'Lloyd Austin'.length }, corpus);
    assert.equal(card.actor?.id, austin.id);
    const sel = DRAFT.indexOf('export controls');
    const passages = decideHoverCard({ draft: DRAFT, offset: sel - 1, end: sel + 'export controls'.length + 1 }, corpus);
    assert.equal(passages.range.start, sel);
    assert.equal(passages.range.end, sel + 'export controls'.length);
  });

  it('in actors mode gives the actor card only', () => {
    const card = decideHoverCard({ draft: DRAFT, offset: at('Austin') }, corpus, { mode: 'actors' });
    assert.equal(card.actor?.name, 'Lloyd Austin');
    assert.deepEqual(card.passages, []);
  });

  it('drops passages far below the best score', () => {
    const fake = (scores: number[]): SearchResult[] =>
      scores.map((score, i) => ({ passageId: `p${i}`, documentId: d.id, start: 0, end: 5, text: `sanctions ${i}`, score, terms: ['sanctions'], highlights: [{ start: 0, end: 9 }] }));
    const card = decideHoverCard(
      { draft: 'the sanctions', offset: 6 },
      { ...corpus, search: () => fake([100, 50, 5]), document: () => ({ ...d, text: 'sanctions' }) },
    );
    assert.deepEqual(card.passages.map((p) => p.score), [100, 50]);
  });

  it('treats inflections as the same term', () => {
    assert.ok(sameTerm('sanction', 'sanctions'));
    assert.ok(sameTerm('austin', "austin's"));
    assert.ok(!sameTerm('war', 'warning'));
    assert.ok(!sameTerm('band', 'banana'));
  });
});

describe('hover decisions (bundled corpus)', () => {
  let service: ManagedCorpusService;
  const draft = readFileSync(join(__dirname, '../../../../test/workspace-sample/draft.md'), 'utf8');

  before(() => {
    service = createCorpusService();
    const dir = join(__dirname, '../../../../corpus');
    for (const name of readdirSync(dir).sort()) service.upsert({ path: join(dir, name), text: readFileSync(join(dir, name), 'utf8'), id: name });
  });

  it('hovering "sanctions" shows passages about sanctions, the draft\'s source first', () => {
    const card = service.hover(draft, draft.indexOf('sanctions') + 2);
    assert.ok(card.passages.length >= 2 && card.passages.length <= 5, `${card.passages.length} passages`);
    assert.match(card.passages[0].text, /sanctions and export controls/);
    for (const p of card.passages) assert.match(p.text, /sanction/i);
  });

  it('hovering "Austin" shows the Lloyd Austin card and his words', () => {
    const card = service.hover(draft, draft.indexOf('Austin') + 1);
    assert.equal(card.actor?.name, 'Lloyd Austin');
    assert.ok(card.actor!.quotes.length >= 1);
    assert.match(card.passages[0].text, /Austin/);
  });

  it('stays silent on words the sources do not contain', () => {
    const card = service.hover('A banana quietly.', 3);
    assert.equal(card.actor, null);
    assert.deepEqual(card.passages, []);
  });
});
