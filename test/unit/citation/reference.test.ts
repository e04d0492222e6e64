import assert from 'node:assert/strict';
import {
  formatReference,
  parentheticalCitation,
  parseAuthors,
  toBibtexEntry,
  toCslItem,
} from '../../../src/core/citation';
import { bareDoc, makeDoc } from './helpers';

describe('citation: authors', () => {
  it('parses a personal name into given and family parts', () => {
    assert.deepEqual(parseAuthors('Kevin Liptak'), [{ given: 'Kevin', family: 'Liptak' }]);
  });
  it('drops a leading "By" and splits co-authors', () => {
    assert.deepEqual(parseAuthors('By Kevin Liptak and Jane Doe'), [
      { given: 'Kevin', family: 'Liptak' },
      { given: 'Jane', family: 'Doe' },
    ]);
  });
  it('keeps particles and suffixes', () => {
    assert.deepEqual(parseAuthors('Lloyd J. Austin III'), [
      { given: 'Lloyd J.', suffix: 'III', family: 'Austin' },
    ]);
    assert.deepEqual(parseAuthors('Jane de la Cruz'), [
      { given: 'Jane', 'non-dropping-particle': 'de la', family: 'Cruz' },
    ]);
  });
  it('keeps desks, agencies and one-word bylines whole', () => {
    assert.deepEqual(parseAuthors('CNN Staff'), [{ literal: 'CNN Staff' }]);
    assert.deepEqual(parseAuthors('Reuters'), [{ literal: 'Reuters' }]);
  });
  it('does not split "Family, Given" at the comma', () => {
    assert.deepEqual(parseAuthors('Austin, Lloyd'), [{ given: 'Lloyd', family: 'Austin' }]);
  });
  it('gives nothing for an unknown author', () => {
    assert.deepEqual(parseAuthors(null), []);
    assert.deepEqual(parseAuthors('  '), []);
  });
});

describe('citation: CSL item', () => {
  it('maps every known field', () => {
    assert.deepEqual(toCslItem(makeDoc()), {
      id: 'cnn2022weakened',
      type: 'article-newspaper',
      title: 'US wants to see Russia weakened',
      'container-title': 'CNN',
      author: [{ given: 'Kevin', family: 'Liptak' }],
      issued: { 'date-parts': [[2022, 4, 26]] },
      URL: 'https://edition.cnn.com/2022/04/25/politics/russia-weakened',
    });
  });
  it('leaves unknown fields out instead of inventing them', () => {
    assert.deepEqual(toCslItem(bareDoc()), {
      id: 'unknown2022',
      type: 'article-newspaper',
      title: 'Talks resume',
    });
  });
  it('keeps only the known parts of a partial date', () => {
    assert.deepEqual(toCslItem(makeDoc({ date: '2022-04' })).issued, { 'date-parts': [[2022, 4]] });
  });
  it('falls back to the file name when the title is empty', () => {
    assert.equal(toCslItem(makeDoc({ title: '' })).title, 'cnn-weakened');
  });
});

describe('citation: references', () => {
  it('writes the plain reference in note order', () => {
    assert.equal(
      formatReference(makeDoc(), 'plain'),
      'Kevin Liptak, “US wants to see Russia weakened,” CNN, 26 April 2022, https://edition.cnn.com/2022/04/25/politics/russia-weakened.',
    );
  });
  it('writes n.d. and leaves out what is unknown', () => {
    assert.equal(formatReference(bareDoc(), 'plain'), '“Talks resume,” n.d.');
  });
  it('keeps a question mark in the title instead of adding a comma', () => {
    assert.equal(
      formatReference(makeDoc({ title: 'Is Russia weakened?', author: null, url: null }), 'plain'),
      '“Is Russia weakened?” CNN, 26 April 2022.',
    );
  });
  it('nests quotes inside the title', () => {
    assert.match(
      formatReference(makeDoc({ title: 'Russia "weakened"' }), 'plain'),
      /“Russia ‘weakened,’” CNN/,
    );
  });
  it('writes an APA reference with citation-js', () => {
    assert.equal(
      formatReference(makeDoc(), 'apa'),
      'Liptak, K. (2022, April 26). US wants to see Russia weakened. CNN. https://edition.cnn.com/2022/04/25/politics/russia-weakened',
    );
  });
  it('writes the parenthetical citation with outlet and date', () => {
    assert.equal(parentheticalCitation(makeDoc()), '(CNN, 26 April 2022)');
  });
  it('uses the title when the outlet is unknown', () => {
    assert.equal(parentheticalCitation(bareDoc()), '(“Talks resume,” n.d.)');
  });
});

describe('citation: BibTeX entries', () => {
  it('writes an @article entry under the document key', () => {
    const entry = toBibtexEntry(makeDoc());
    assert.match(entry, /^@article\{cnn2022weakened,/);
    assert.match(entry, /author = \{Liptak, Kevin\}/);
    assert.match(entry, /journal = \{CNN\}/);
    assert.match(entry, /year = \{2022\}/);
  });
  it('lets citation-js escape LaTeX in the title', () => {
    assert.match(toBibtexEntry(makeDoc({ title: 'Costs up 50% & rising' })), /50\\% \\& rising/);
  });
  it('keeps keys with punctuation BibTeX accepts', () => {
    assert.match(toBibtexEntry(makeDoc({}, 'liptak:2022-weakened')), /^@article\{liptak:2022-weakened,/);
  });
  it('refuses keys BibTeX cannot take', () => {
    assert.throws(() => toBibtexEntry(makeDoc({}, 'bad key')), /cannot be used as a BibTeX key/);
  });
  it('writes an entry with unknown fields left out', () => {
    assert.equal(toBibtexEntry(bareDoc()), '@article{unknown2022,\n\ttitle = {Talks resume},\n}');
  });
});
