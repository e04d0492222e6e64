import assert from 'node:assert/strict';
import { addToBibtex, addToCslJson, bibliographyFormatFor, hasBibtexEntry } from '../../../src/core/citation';
import { bareDoc, makeDoc } from './helpers';

describe('citation: CSL-JSON bibliography', () => {
  it('creates the file when there is none', () => {
    const { newText } = addToCslJson(null, makeDoc());
    assert.ok(newText);
    const items = JSON.parse(newText) as { id: string }[];
    assert.deepEqual(
      items.map((item) => item.id),
      ['cnn2022weakened'],
    );
    assert.ok(newText.endsWith(']\n'));
  });
  it('pretty-prints with two spaces and date parts on one line', () => {
    const { newText } = addToCslJson(null, makeDoc());
    assert.match(newText ?? '', /^\[\n {2}\{\n {4}"id": "cnn2022weakened",/);
    assert.match(newText ?? '', /"date-parts": \[\[2022, 4, 26\]\]/);
  });
  it('treats an empty file and an empty array as no entries', () => {
    assert.equal(JSON.parse(addToCslJson('', makeDoc()).newText ?? '').length, 1);
    assert.equal(JSON.parse(addToCslJson('[]\n', makeDoc()).newText ?? '').length, 1);
  });
  it('appends to an existing array and leaves the other entries byte for byte', () => {
    const existing = '[\n    {"id": "other", "type": "book", "title": "Kept    as is"}\n]\n';
    const { newText } = addToCslJson(existing, makeDoc());
    assert.ok(newText?.startsWith('[\n    {"id": "other", "type": "book", "title": "Kept    as is"},\n  {'));
    assert.deepEqual(
      (JSON.parse(newText ?? '') as { id: string }[]).map((item) => item.id),
      ['other', 'cnn2022weakened'],
    );
    assert.ok(newText?.endsWith('}\n]\n'));
  });
  it('never adds an item twice', () => {
    const once = addToCslJson(null, makeDoc()).newText;
    assert.deepEqual(addToCslJson(once, makeDoc()), { newText: null });
  });
  it('refuses invalid JSON instead of overwriting it', () => {
    const result = addToCslJson('[{"id": "a",}', makeDoc());
    assert.equal(result.newText, null);
    assert.match(result.error ?? '', /not valid JSON.*left unchanged/);
  });
  it('refuses JSON that is not an array', () => {
    const result = addToCslJson('{"id": "a"}', makeDoc());
    assert.equal(result.newText, null);
    assert.match(result.error ?? '', /not a CSL-JSON array/);
  });
  it('keeps a byte-order mark and CRLF line ends', () => {
    const { newText } = addToCslJson('\uFEFF[\r\n  {"id": "a"}\r\n]\r\n', bareDoc());
    assert.ok(newText?.startsWith('\uFEFF[\r\n  {"id": "a"},\r\n  {\r\n'));
    assert.ok(!/[^\r]\n/.test(newText ?? ''));
  });
});

describe('citation: BibTeX bibliography', () => {
  it('creates the file when there is none', () => {
    const { newText } = addToBibtex(null, makeDoc());
    assert.match(newText ?? '', /^@article\{cnn2022weakened,[\s\S]*\}\n$/);
  });
  it('appends after existing entries with a blank line', () => {
    const existing = '@book{other,\n  title = {Kept},\n}';
    const { newText } = addToBibtex(existing, makeDoc());
    assert.ok(newText?.startsWith(`${existing}\n\n@article{cnn2022weakened,`));
  });
  it('does not add an entry whose key is there already, in any case', () => {
    assert.deepEqual(addToBibtex('@article{CNN2022Weakened,\n title={x}\n}\n', makeDoc()), { newText: null });
    assert.deepEqual(addToBibtex('@Article ( cnn2022weakened , title={x})', makeDoc()), { newText: null });
  });
  it('is not fooled by a key that merely starts the same', () => {
    assert.ok(addToBibtex('@article{cnn2022weakened2,\n}\n', makeDoc()).newText);
    assert.equal(hasBibtexEntry('@comment{cnn2022weakened, x}', 'cnn2022weakened'), false);
  });
  it('reports a key BibTeX cannot take', () => {
    assert.match(addToBibtex(null, makeDoc({}, 'bad key')).error ?? '', /cannot be used/);
  });
});

describe('citation: bibliography format', () => {
  it('follows the file extension', () => {
    assert.equal(bibliographyFormatFor('refs.json', 'latex'), 'csl-json');
    assert.equal(bibliographyFormatFor('refs.bib', 'pandoc'), 'bibtex');
  });
  it('falls back to the style', () => {
    assert.equal(bibliographyFormatFor('refs', 'pandoc'), 'csl-json');
    assert.equal(bibliographyFormatFor('refs', 'latex'), 'bibtex');
    assert.equal(bibliographyFormatFor('refs', 'plain'), null);
  });
});
