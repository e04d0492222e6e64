import assert from 'node:assert/strict';
import type { DocumentMetadata } from '../../../src/core/model';
import { asciiFold, citationKey } from '../../../src/core/parse/citationKey';
import { documentIdFor, fnv1a } from '../../../src/core/parse/documentId';

function meta(over: Partial<DocumentMetadata>): DocumentMetadata {
  return {
    title: 'Untitled', titleInferred: false, date: null, dateInferred: false, source: null,
    sourceInferred: false, url: null, author: null, authorInferred: false, ...over,
  };
}

describe('citation keys', () => {
  it('uses outlet, year and the first significant title word', () => {
    const m = meta({ source: 'CNN', date: '2022-04-26', title: 'What happened during the visit of Secretaries Blinken and Austin to Kyiv?' });
    assert.equal(citationKey(m), 'cnn2022happened');
  });

  it('prefers the author surname, folds accents and marks a missing date "nd"', () => {
    const m = meta({ author: 'Sébastien Roblin', source: 'The Embassy', title: 'Here’s What Joe Biden Is Offering to Russia' });
    assert.equal(citationKey(m), 'roblinndjoe');
  });

  it('uses the first author of several and skips name suffixes', () => {
    assert.equal(citationKey(meta({ author: 'Maria Ortega and Tom Berg', date: '2021-03-07', title: 'Harbour expansion' })), 'ortega2021harbour');
    assert.equal(citationKey(meta({ author: 'John Smith Jr.', date: '2021-03-07', title: 'Harbour' })), 'smith2021harbour');
  });

  it('skips "The" in outlet names and falls back to "anon"', () => {
    assert.equal(citationKey(meta({ source: 'The Harbour Post', date: '2020-01-01', title: 'The Pier' })), 'harbour2020pier');
    assert.equal(citationKey(meta({ title: 'A Pier' })), 'anonndpier');
  });

  it('folds to ASCII letters and digits', () => {
    assert.equal(asciiFold('Zelenskyy’s Ünïcode—Test 1'), 'zelenskyysunicodetest1');
  });
});

describe('documentIdFor', () => {
  it('is deterministic and readable', () => {
    const id = documentIdFor('news/cnn-2022-04-26-weakened-russia.txt');
    assert.equal(id, documentIdFor('news/cnn-2022-04-26-weakened-russia.txt'));
    assert.match(id, /^cnn-2022-04-26-weakened-russia-[0-9a-f]{8}$/);
  });

  it('treats Windows and POSIX separators alike and tells folders apart', () => {
    assert.equal(documentIdFor('a\\b.txt'), documentIdFor('a/b.txt'));
    assert.notEqual(documentIdFor('a/b.txt'), documentIdFor('c/b.txt'));
  });

  it('copes with names without letters or digits', () => {
    assert.match(documentIdFor('—.txt'), /^[0-9a-f]{8}$/);
  });

  it('hashes with FNV-1a', () => {
    assert.equal(fnv1a(''), '811c9dc5');
    assert.equal(fnv1a('a'), 'e40c292c');
  });
});
