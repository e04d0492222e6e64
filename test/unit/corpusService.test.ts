import assert from 'node:assert/strict';
import {
  createCorpusService,
  type CreateCorpusServiceOptions,
  type ManagedCorpusService,
} from '../../src/core/corpusService';
import type { CorpusDocument } from '../../src/core/model';
import type { ActorOverrides, Extraction } from '../../src/core/extraction/types';

const HARBOUR = `Title: Harbour council approves the lighthouse plan
Date: 2021-03-07
Source: The Coastal Herald

The harbour council approved the lighthouse plan on Sunday by seven votes to two.

"We have waited a decade for this lighthouse," said Mayor Ines Duarte after the vote.
`;

const GRAIN = `Title: Grain prices steady as the barley harvest ends
Date: 2021-08-16
Source: Farm Wire

Grain prices held steady on Monday as the barley harvest came to an end.
`;

/** The same outlet, year and first title word as HARBOUR: the same base citation key. */
const HARBOUR_TOO = `Title: Harbour dredging starts in May
Date: 2021-04-02
Source: The Coastal Herald

Dredging of the harbour mouth starts in May, the port authority said.
`;

const EMPTY: Extraction = { actors: [], events: [], quotes: [] };

/** An extractor that counts its calls and returns a fresh (distinguishable) result each time. */
function countingExtractor(): {
  calls: CorpusDocument[][];
  extract: (docs: CorpusDocument[], overrides: ActorOverrides) => Extraction;
} {
  const calls: CorpusDocument[][] = [];
  return {
    calls,
    extract: (docs) => {
      calls.push([...docs]);
      return { actors: [], events: [], quotes: [] };
    },
  };
}

function service(options: CreateCorpusServiceOptions = {}): ManagedCorpusService {
  // Tests that do not look at extraction never pay for the real one.
  return createCorpusService({ extract: () => ({ actors: [], events: [], quotes: [] }), ...options });
}

/** The paths of the documents with passages matching `query`, each once. */
function hitPaths(s: ManagedCorpusService, query: string): string[] {
  return [...new Set(s.search(query).map((r) => s.document(r.documentId)?.path ?? '?'))];
}

describe('corpus service (createCorpusService)', () => {
  describe('upsert and remove', () => {
    it('upsert adds a document that search then finds, with exact offsets', () => {
      const s = service();
      const { document, warning } = s.upsert({ path: 'harbour.txt', text: HARBOUR });
      assert.equal(warning, null);
      assert.ok(document);
      assert.equal(document.metadata.title, 'Harbour council approves the lighthouse plan');
      assert.equal(document.metadata.date, '2021-03-07');
      assert.deepEqual(
        s.documents().map((d) => d.path),
        ['harbour.txt'],
      );
      assert.equal(s.documentByPath('harbour.txt'), document);
      assert.equal(s.document(document.id), document);
      const results = s.search('lighthouse');
      assert.ok(results.length > 0);
      for (const r of results) {
        assert.equal(r.documentId, document.id);
        assert.equal(HARBOUR.slice(r.start, r.end), r.text);
        assert.equal(s.passage(r.passageId)?.text, r.text);
      }
    });

    it('upsert of the same path replaces the text: search finds the new text only, the id is kept', () => {
      const s = service();
      const first = s.upsert({ path: 'a.txt', text: HARBOUR }).document;
      const second = s.upsert({ path: 'a.txt', text: GRAIN }).document;
      assert.ok(first && second);
      assert.equal(second.id, first.id);
      assert.equal(s.documents().length, 1);
      assert.deepEqual(s.search('lighthouse'), []);
      assert.deepEqual(hitPaths(s, 'barley'), ['a.txt']);
      assert.equal(s.documentByPath('a.txt')?.text, GRAIN);
    });

    it('remove drops the document from documents and search; removing again is false', () => {
      const s = service();
      s.upsert({ path: 'harbour.txt', text: HARBOUR });
      s.upsert({ path: 'grain.txt', text: GRAIN });
      const id = s.documentByPath('harbour.txt')?.id;
      assert.ok(id);
      assert.equal(s.remove('harbour.txt'), true);
      assert.deepEqual(s.search('lighthouse'), []);
      assert.deepEqual(hitPaths(s, 'barley'), ['grain.txt']);
      assert.deepEqual(
        s.documents().map((d) => d.path),
        ['grain.txt'],
      );
      assert.equal(s.document(id), undefined);
      assert.equal(s.documentByPath('harbour.txt'), undefined);
      assert.equal(s.remove('harbour.txt'), false);
      assert.equal(s.remove('never-there.txt'), false);
    });

    it('uses the id the host gives, and derives a stable one from the path otherwise', () => {
      const s = service();
      assert.equal(s.upsert({ path: '/c/harbour.txt', text: HARBOUR, id: 'my-id' }).document?.id, 'my-id');
      const derived = s.upsert({ path: '/c/grain.txt', text: GRAIN }).document?.id;
      assert.equal(service().upsert({ path: '/c/grain.txt', text: GRAIN }).document?.id, derived);
    });
  });

  describe('citation keys', () => {
    it('are unique across documents: a clash gets a letter suffix', () => {
      const s = service();
      const a = s.upsert({ path: 'a.txt', text: HARBOUR }).document;
      const b = s.upsert({ path: 'b.txt', text: HARBOUR_TOO }).document;
      const c = s.upsert({ path: 'c.txt', text: HARBOUR.replace('2021-03-07', '2021-03-08') }).document;
      assert.ok(a && b && c);
      const keys = [a.key, b.key, c.key];
      assert.equal(new Set(keys).size, 3, keys.join(', '));
      assert.match(b.key, new RegExp(`^${a.key}[a-z]+$`));
      assert.match(c.key, new RegExp(`^${a.key}[a-z]+$`));
    });

    it('a key freed by a removed document is used again; replacing a document keeps its key', () => {
      const s = service();
      const a = s.upsert({ path: 'a.txt', text: HARBOUR }).document;
      const b = s.upsert({ path: 'b.txt', text: HARBOUR_TOO }).document;
      assert.ok(a && b);
      const [keyA, keyB] = [a.key, b.key];
      assert.equal(
        s.upsert({ path: 'b.txt', text: HARBOUR_TOO + '\nMore dredging news.\n' }).document?.key,
        keyB,
        'replacement keeps the key',
      );
      s.remove('a.txt');
      const c = s.upsert({ path: 'c.txt', text: HARBOUR }).document;
      assert.equal(c?.key, keyA, 'the freed key is reused');
      s.remove('b.txt');
      assert.equal(s.upsert({ path: 'd.txt', text: HARBOUR_TOO }).document?.key, keyB);
      const keys = s.documents().map((d) => d.key);
      assert.equal(new Set(keys).size, keys.length);
    });
  });

  describe('refused files', () => {
    it('refuses empty, whitespace-only, NUL-containing and oversized text with a warning, never a throw', () => {
      const s = service({ maxChars: 200 });
      const cases: [string, string, RegExp][] = [
        ['empty.txt', '', /empty/i],
        ['blank.txt', ' \n\t\n', /empty/i],
        ['binary.txt', 'Title\n\nabc\u0000def', /binary|NUL/i],
        ['big.txt', `Big file\n\n${'word '.repeat(60)}`, /larger|limit/i],
      ];
      for (const [path, text, reason] of cases) {
        const before = s.version;
        const result = s.upsert({ path, text });
        assert.equal(result.document, null, path);
        assert.ok(result.warning, path);
        assert.equal(result.warning.path, path);
        assert.match(result.warning.reason, reason, `${path}: ${result.warning.reason}`);
        assert.equal(s.version, before, `${path}: a refused new file changes nothing`);
      }
      assert.deepEqual(s.documents(), []);
      assert.equal(s.upsert({ path: 'ok.txt', text: GRAIN }).warning, null);
      assert.equal(s.documents().length, 1);
    });

    it('a file refused on update leaves the corpus instead of keeping its old text', () => {
      const s = service();
      s.upsert({ path: 'a.txt', text: HARBOUR });
      const before = s.version;
      const { document, warning } = s.upsert({ path: 'a.txt', text: '' });
      assert.equal(document, null);
      assert.ok(warning);
      assert.equal(s.documentByPath('a.txt'), undefined);
      assert.deepEqual(s.search('lighthouse'), []);
      assert.ok(s.version > before);
      // It comes back like any new file.
      assert.equal(s.upsert({ path: 'a.txt', text: HARBOUR }).warning, null);
      assert.deepEqual(hitPaths(s, 'lighthouse'), ['a.txt']);
    });
  });

  describe('versions and extraction', () => {
    it('version increases on every upsert, remove and overrides change, and only then', () => {
      const s = service();
      const v0 = s.version;
      s.upsert({ path: 'a.txt', text: HARBOUR });
      const v1 = s.version;
      assert.ok(v1 > v0);
      s.upsert({ path: 'a.txt', text: GRAIN });
      const v2 = s.version;
      assert.ok(v2 > v1);
      s.search('grain');
      s.documents();
      s.extraction();
      assert.equal(s.version, v2, 'reading changes nothing');
      s.remove('nope.txt');
      assert.equal(s.version, v2);
      s.remove('a.txt');
      const v3 = s.version;
      assert.ok(v3 > v2);
      s.setActorOverrides({ hide: ['Nobody'] });
      assert.ok(s.version > v3);
      assert.deepEqual(s.actorOverrides(), { hide: ['Nobody'] });
    });

    it('inline: extraction runs once per version and is cached in between', () => {
      const counter = countingExtractor();
      const s = createCorpusService({ extract: counter.extract });
      s.upsert({ path: 'a.txt', text: HARBOUR });
      assert.equal(s.hasExtraction(), false);
      assert.equal(counter.calls.length, 0, 'nothing is extracted before it is asked for');
      const first = s.extraction();
      assert.equal(counter.calls.length, 1);
      assert.equal(s.hasExtraction(), true);
      assert.equal(s.extraction(), first);
      s.actors();
      s.events();
      s.quotes();
      s.hover('The lighthouse plan', 5);
      assert.equal(counter.calls.length, 1, 'actors, events, quotes and hover reuse it');
      s.upsert({ path: 'b.txt', text: GRAIN });
      assert.equal(s.hasExtraction(), false);
      assert.notEqual(s.extraction(), first);
      assert.equal(counter.calls.length, 2);
      assert.deepEqual(
        counter.calls[1].map((d) => d.path),
        ['a.txt', 'b.txt'],
        'extracted over every document',
      );
      s.setActorOverrides({ rename: { 'Ines Duarte': 'Mayor Duarte' } });
      s.extraction();
      assert.equal(counter.calls.length, 3, 'new overrides, new extraction');
    });

    it('inline: passes the current overrides to the extractor', () => {
      const seen: ActorOverrides[] = [];
      const s = createCorpusService({
        actorOverrides: { hide: ['X'] },
        extract: (_d, o) => (seen.push(o), EMPTY),
      });
      s.upsert({ path: 'a.txt', text: HARBOUR });
      s.extraction();
      s.setActorOverrides({ hide: ['Y'] });
      s.extraction();
      assert.deepEqual(seen, [{ hide: ['X'] }, { hide: ['Y'] }]);
    });

    it('inline: an extraction installed for the current version is used without computing', () => {
      const counter = countingExtractor();
      const s = createCorpusService({ extract: counter.extract });
      s.upsert({ path: 'a.txt', text: HARBOUR });
      const mine: Extraction = { actors: [], events: [], quotes: [] };
      assert.equal(s.setExtraction(mine, s.version), true);
      assert.equal(s.extraction(), mine);
      assert.equal(counter.calls.length, 0);
    });

    it('external: never calls the extractor; returns the last extraction installed', () => {
      const s = createCorpusService({
        extractionMode: 'external',
        extract: () => assert.fail('the extractor must not run in external mode'),
      });
      s.upsert({ path: 'a.txt', text: HARBOUR });
      assert.deepEqual(s.extraction(), EMPTY, 'empty until one is installed');
      assert.deepEqual(s.actors(), []);
      assert.equal(s.hasExtraction(), false);
      const v1 = s.version;

      const first: Extraction = { actors: [], events: [], quotes: [] };
      assert.equal(s.setExtraction(first, v1), true);
      assert.equal(s.extraction(), first);
      assert.equal(s.hasExtraction(), true);

      s.upsert({ path: 'b.txt', text: GRAIN });
      assert.equal(s.hasExtraction(), false);
      assert.equal(s.extraction(), first, 'the last one is still shown while a new one is computed');
      s.hover('The lighthouse plan', 5);

      const stale: Extraction = { actors: [], events: [], quotes: [] };
      assert.equal(s.setExtraction(stale, v1), false, 'a late result for an old version is refused');
      assert.equal(s.extraction(), first);

      const current: Extraction = { actors: [], events: [], quotes: [] };
      assert.equal(s.setExtraction(current, s.version), true);
      assert.equal(s.extraction(), current);
      assert.equal(s.hasExtraction(), true);
    });

    it('external: a stale result is accepted when there is none yet (better than nothing)', () => {
      const s = createCorpusService({ extractionMode: 'external' });
      s.upsert({ path: 'a.txt', text: HARBOUR });
      const old = s.version;
      s.upsert({ path: 'b.txt', text: GRAIN });
      const late: Extraction = { actors: [], events: [], quotes: [] };
      assert.equal(s.setExtraction(late, old), true);
      assert.equal(s.extraction(), late);
      assert.equal(s.hasExtraction(), false, 'still out of date');
      assert.equal(
        s.setExtraction({ actors: [], events: [], quotes: [] }, old),
        false,
        'refused once one exists',
      );
    });
  });

  describe('documents()', () => {
    it('is sorted by path whatever the order of upserts and removals', () => {
      const s = service();
      for (const p of ['c/z.txt', 'a.txt', 'c/b.txt', 'b.md']) s.upsert({ path: p, text: GRAIN });
      assert.deepEqual(
        s.documents().map((d) => d.path),
        ['a.txt', 'b.md', 'c/b.txt', 'c/z.txt'],
      );
      assert.equal(s.documents(), s.documents(), 'the same array until something changes');
      s.remove('b.md');
      s.upsert({ path: 'B.txt', text: HARBOUR });
      s.upsert({ path: 'a.txt', text: HARBOUR });
      assert.deepEqual(
        s.documents().map((d) => d.path),
        ['B.txt', 'a.txt', 'c/b.txt', 'c/z.txt'],
      );
    });
  });

  describe('hover', () => {
    it('returns a card with the hovered word’s range and passages that contain it', () => {
      const s = createCorpusService();
      s.upsert({ path: 'harbour.txt', text: HARBOUR });
      s.upsert({ path: 'grain.txt', text: GRAIN });
      const draft = 'The new lighthouse will guide ships.';
      const card = s.hover(draft, draft.indexOf('lighthouse') + 3);
      assert.deepEqual(card.range, {
        start: draft.indexOf('lighthouse'),
        end: draft.indexOf('lighthouse') + 'lighthouse'.length,
      });
      assert.ok(card.passages.length > 0);
      const harbour = s.documentByPath('harbour.txt');
      for (const p of card.passages) {
        assert.equal(p.path, 'harbour.txt');
        assert.equal(p.documentId, harbour?.id);
        assert.match(p.text, /lighthouse/i);
        assert.equal(HARBOUR.slice(p.start, p.end), p.text);
        for (const h of p.highlights) assert.match(p.text.slice(h.start, h.end), /lighthouse/i);
      }
    });

    it('gives an empty card for a stop word', () => {
      const s = service();
      s.upsert({ path: 'harbour.txt', text: HARBOUR });
      const card = s.hover('the', 1);
      assert.equal(card.actor, null);
      assert.deepEqual(card.passages, []);
    });

    it('follows a change to the corpus', () => {
      const s = service();
      s.upsert({ path: 'harbour.txt', text: HARBOUR });
      assert.ok(s.hover('barley', 2).passages.length === 0);
      s.upsert({ path: 'grain.txt', text: GRAIN });
      assert.deepEqual(
        s.hover('barley', 2).passages.map((p) => p.path),
        ['grain.txt'],
      );
      s.remove('grain.txt');
      assert.deepEqual(s.hover('barley', 2).passages, []);
    });
  });
});
