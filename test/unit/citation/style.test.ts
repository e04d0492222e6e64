import assert from 'node:assert/strict';
import { defaultStyleFor, formatDate, dateParts } from '../../../src/core/citation';

describe('citation: default style per language', () => {
  it('uses footnotes for Markdown', () => assert.equal(defaultStyleFor('markdown'), 'markdown-footnote'));
  it('uses \\cite for LaTeX and TeX', () => {
    assert.equal(defaultStyleFor('latex'), 'latex');
    assert.equal(defaultStyleFor('tex'), 'latex');
  });
  it('uses pandoc citations for R Markdown and Quarto', () => {
    assert.equal(defaultStyleFor('rmd'), 'pandoc');
    assert.equal(defaultStyleFor('quarto'), 'pandoc');
  });
  it('uses plain citations for plain text and anything unknown', () => {
    assert.equal(defaultStyleFor('plaintext'), 'plain');
    assert.equal(defaultStyleFor('python'), 'plain');
    assert.equal(defaultStyleFor(''), 'plain');
  });
  it('ignores case and surrounding spaces', () =>
    assert.equal(defaultStyleFor(' Markdown '), 'markdown-footnote'));
});

describe('citation: dates', () => {
  it('writes a full date day first', () => assert.equal(formatDate('2022-04-26'), '26 April 2022'));
  it('writes a month date', () => assert.equal(formatDate('2022-04'), 'April 2022'));
  it('writes a year', () => assert.equal(formatDate('2022'), '2022'));
  it('writes n.d. for an unknown date', () => {
    assert.equal(formatDate(null), 'n.d.');
    assert.equal(formatDate(undefined), 'n.d.');
    assert.equal(formatDate(''), 'n.d.');
  });
  it('writes n.d. for malformed or impossible dates rather than guessing', () => {
    assert.equal(formatDate('26/04/2022'), 'n.d.');
    assert.equal(formatDate('2022-13-01'), 'n.d.');
    assert.equal(formatDate('2022-02-30'), 'n.d.');
  });
  it('knows leap days', () => {
    assert.equal(formatDate('2024-02-29'), '29 February 2024');
    assert.equal(formatDate('2023-02-29'), 'n.d.');
  });
  it('gives the known parts as numbers', () => {
    assert.deepEqual(dateParts('2022-04-26'), [2022, 4, 26]);
    assert.deepEqual(dateParts('2022-04'), [2022, 4]);
    assert.equal(dateParts(null), null);
  });
});
