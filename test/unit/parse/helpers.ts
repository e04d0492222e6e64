// Shared helpers for the parse tests: fixture loading and the offset invariants every parsed
// document must satisfy.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CorpusDocument } from '../../../src/core/model';
import { parseDocument } from '../../../src/core/parse/document';
import { documentIdFor } from '../../../src/core/parse/documentId';

/** The repository root, from out/test/unit/parse. */
export const REPO = path.resolve(__dirname, '../../../..');
export const FIXTURES = path.join(REPO, 'test/fixtures/loader');
export const CORPUS = path.join(REPO, 'corpus');

export function parseText(text: string, name = 'inline.txt'): CorpusDocument {
  return parseDocument({ path: name, text }, { id: documentIdFor(name) });
}

export function loadFixture(name: string): CorpusDocument {
  return parseText(fs.readFileSync(path.join(FIXTURES, name), 'utf8'), name);
}

export function loadCorpusFile(name: string): CorpusDocument {
  return parseText(fs.readFileSync(path.join(CORPUS, name), 'utf8'), name);
}

export function sentenceTexts(doc: CorpusDocument): string[] {
  return doc.sentences.map((s) => doc.text.slice(s.start, s.end));
}

export function paragraphTexts(doc: CorpusDocument): string[] {
  return doc.paragraphs.map((p) => doc.text.slice(p.start, p.end));
}

export function boilerplateTexts(doc: CorpusDocument): string[] {
  return doc.boilerplate.map((b) => doc.text.slice(b.start, b.end));
}

/**
 * Offsets invariants: spans inside the text, trimmed, ordered and disjoint; sentences inside
 * their paragraph and covering all of its non-space text; paragraphs clear of boilerplate.
 */
export function assertOffsetsConsistent(doc: CorpusDocument): void {
  const { text } = doc;
  const label = doc.path;
  assert.ok(doc.bodyStart >= 0 && doc.bodyStart <= text.length, `${label}: bodyStart in range`);
  let previousEnd = -1;
  for (const [i, b] of doc.boilerplate.entries()) {
    assert.ok(b.start >= 0 && b.end <= text.length && b.start < b.end, `${label}: boilerplate ${i} in range`);
    assert.ok(b.start >= previousEnd, `${label}: boilerplate ordered and disjoint`);
    assert.equal(text.slice(b.start, b.end).trim(), text.slice(b.start, b.end), `${label}: boilerplate trimmed`);
    previousEnd = b.end;
  }
  previousEnd = doc.bodyStart;
  for (const [i, p] of doc.paragraphs.entries()) {
    assert.equal(p.index, i, `${label}: paragraph index`);
    assert.ok(p.start >= previousEnd && p.start < p.end && p.end <= text.length, `${label}: paragraph ${i} ordered, in range`);
    const slice = text.slice(p.start, p.end);
    assert.equal(slice, slice.trim(), `${label}: paragraph ${i} trimmed`);
    for (const b of doc.boilerplate) {
      assert.ok(b.end <= p.start || b.start >= p.end, `${label}: paragraph ${i} overlaps boilerplate`);
    }
    previousEnd = p.end;
  }
  previousEnd = -1;
  for (const [i, s] of doc.sentences.entries()) {
    assert.equal(s.index, i, `${label}: sentence index`);
    const p = doc.paragraphs[s.paragraphIndex];
    assert.ok(p, `${label}: sentence ${i} has a paragraph`);
    assert.ok(s.start >= p.start && s.end <= p.end && s.start < s.end, `${label}: sentence ${i} inside its paragraph`);
    assert.ok(s.start >= previousEnd, `${label}: sentence ${i} ordered`);
    const slice = text.slice(s.start, s.end);
    assert.equal(slice, slice.trim(), `${label}: sentence ${i} trimmed`);
    assert.ok(slice.length > 0, `${label}: sentence ${i} not empty`);
    previousEnd = s.end;
  }
  // Every paragraph is fully covered: only whitespace lies between its sentences.
  for (const p of doc.paragraphs) {
    const inside = doc.sentences.filter((s) => s.paragraphIndex === p.index);
    assert.ok(inside.length > 0, `${label}: paragraph ${p.index} has sentences`);
    let at = p.start;
    for (const s of inside) {
      assert.equal(text.slice(at, s.start).trim(), '', `${label}: gap before sentence ${s.index} is whitespace`);
      at = s.end;
    }
    assert.equal(text.slice(at, p.end).trim(), '', `${label}: paragraph ${p.index} tail is whitespace`);
  }
}
