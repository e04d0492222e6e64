import assert from 'node:assert/strict';
import { escapeLatex } from '../../../src/core/citation';
import {
  endWithComma,
  latexQuotation,
  renderLatex,
  renderUnicode,
  stripEnclosingQuotes,
  tokenizeQuotes,
} from '../../../src/core/citation/quotes';

const unicode = (text: string): string => renderUnicode(stripEnclosingQuotes(tokenizeQuotes(text)));
const comma = (text: string): string => renderUnicode(endWithComma(tokenizeQuotes(text)));

describe('citation: nested quotation marks', () => {
  it('turns straight inner double quotes into single curly quotes', () => {
    assert.equal(unicode('Russia should be "weakened" now'), 'Russia should be ‘weakened’ now');
  });
  it('turns curly inner double quotes into single curly quotes', () => {
    assert.equal(unicode('He called it “a test” of will'), 'He called it ‘a test’ of will');
  });
  it('alternates back to double quotes one level deeper', () => {
    assert.equal(unicode('She said "he told me “go” twice" later'), 'She said ‘he told me “go” twice’ later');
  });
  it('reads German low-high quotes as a pair', () => {
    assert.equal(unicode('Er sagte „nein“ dazu'), 'Er sagte ‘nein’ dazu');
  });
  it('drops quotation marks that enclose the whole excerpt', () => {
    assert.equal(unicode('"We want Ukraine to win."'), 'We want Ukraine to win.');
  });
  it('keeps marks that open and close separate quotations', () => {
    assert.equal(unicode('"Yes," he said, "now"'), '‘Yes,’ he said, ‘now’');
  });
  it('renders an unpaired closing mark as a closing single quote', () => {
    assert.equal(unicode('ready," he said'), 'ready,’ he said');
  });
  it('leaves apostrophes alone', () => assert.equal(unicode("it can't"), "it can't"));
});

describe('citation: punctuation before an attribution', () => {
  it('turns a final period into a comma', () =>
    assert.equal(comma('We want Ukraine to win.'), 'We want Ukraine to win,'));
  it('adds a comma when there is no final punctuation', () =>
    assert.equal(comma('a weakened Russia'), 'a weakened Russia,'));
  it('keeps question and exclamation marks', () => {
    assert.equal(comma('Is it over?'), 'Is it over?');
    assert.equal(comma('Never!'), 'Never!');
  });
  it('keeps an ellipsis and a dash', () => {
    assert.equal(comma('We will...'), 'We will...');
    assert.equal(comma('We will…'), 'We will…');
    assert.equal(comma('We will —'), 'We will —');
  });
  it('keeps the period of a final abbreviation', () =>
    assert.equal(comma('talks with the U.S.'), 'talks with the U.S.,'));
  it('puts the comma inside a closing inner quote', () => {
    assert.equal(comma('He told them "go."'), 'He told them ‘go,’');
  });
});

describe('citation: LaTeX', () => {
  it('escapes every special character', () => {
    assert.equal(
      escapeLatex('& % $ # _ { } ~ ^ \\'),
      '\\& \\% \\$ \\# \\_ \\{ \\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
  });
  it('does not escape its own escapes again', () => assert.equal(escapeLatex('\\{'), '\\textbackslash{}\\{'));
  it('nests inner quotations with \\enquote', () => {
    assert.equal(renderLatex(tokenizeQuotes('a "b" c'), 'enquote'), 'a \\enquote{b} c');
  });
  it('nests inner quotations with backticks', () => {
    assert.equal(renderLatex(tokenizeQuotes('a "b" c'), 'backticks'), "a `b' c");
  });
  it('separates touching inner and outer backtick quotes with a thin space', () => {
    assert.equal(
      latexQuotation(renderLatex(tokenizeQuotes('"b" c "d"'), 'backticks'), 'backticks'),
      "``\\,`b' c `d'\\,''",
    );
  });
  it('keeps braces balanced with an unpaired mark', () => {
    assert.equal(renderLatex(tokenizeQuotes('ready," he said'), 'enquote'), "ready,' he said");
  });
});
