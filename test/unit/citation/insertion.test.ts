import assert from 'node:assert/strict';
import { formatExcerptInsertion, type ExcerptInsertionInput } from '../../../src/core/citation';
import { applyEdits, bareDoc, makeDoc } from './helpers';

const EXCERPT = 'We want to see Russia weakened.';

function insert(overrides: Partial<ExcerptInsertionInput>): {
  draft: string;
  result: ReturnType<typeof formatExcerptInsertion>;
} {
  const draftText = overrides.draftText ?? 'The Pentagon chief said ';
  const input: ExcerptInsertionInput = {
    doc: makeDoc(),
    excerpt: EXCERPT,
    style: 'plain',
    draftText,
    cursorOffset: draftText.length,
    ...overrides,
  };
  const result = formatExcerptInsertion(input);
  return { draft: applyEdits(input.draftText, result.draftEdits), result };
}

describe('citation: Markdown footnotes', () => {
  it('inserts the quotation with a footnote mark and appends the definition after a blank line', () => {
    const { draft } = insert({ style: 'markdown-footnote', sourceLink: 'corpus/cnn-weakened.txt' });
    assert.equal(
      draft,
      'The Pentagon chief said “We want to see Russia weakened.”[^cnn2022weakened]\n\n' +
        '[^cnn2022weakened]: Kevin Liptak, “US wants to see Russia weakened,” CNN, 26 April 2022, ' +
        'https://edition.cnn.com/2022/04/25/politics/russia-weakened. [source](corpus/cnn-weakened.txt)\n',
    );
  });
  it('adds the definition only once', () => {
    const first = insert({ style: 'markdown-footnote' }).draft;
    const second = insert({
      style: 'markdown-footnote',
      draftText: first,
      cursorOffset: first.indexOf('\n\n'),
    });
    assert.equal(second.draft.match(/^\[\^cnn2022weakened\]:/gm)?.length, 1);
    assert.equal(second.result.draftEdits.length, 1);
    assert.equal(second.draft.match(/\[\^cnn2022weakened\]/g)?.length, 3);
  });
  it('puts a new footnote directly under existing footnotes', () => {
    const draftText = 'Text.\n\n[^other]: Other source.\n';
    const { draft } = insert({ style: 'markdown-footnote', draftText, cursorOffset: 5, doc: bareDoc() });
    assert.equal(
      draft,
      'Text. “We want to see Russia weakened.”[^unknown2022]\n\n[^other]: Other source.\n[^unknown2022]: “Talks resume,” n.d.\n',
    );
  });
  it('keeps the insertion and the definition apart when the cursor is at the end', () => {
    const { result } = insert({ style: 'markdown-footnote', draftText: 'Text ', cursorOffset: 5 });
    assert.equal(result.draftEdits.length, 1);
    assert.equal(result.inserted, '“We want to see Russia weakened.”[^cnn2022weakened]');
  });
  it('adds a blank line even when the cursor sits in trailing newlines', () => {
    const { draft } = insert({
      style: 'markdown-footnote',
      draftText: 'Para.\n\n',
      cursorOffset: 6,
      doc: bareDoc(),
    });
    assert.equal(
      draft,
      'Para.\n“We want to see Russia weakened.”[^unknown2022]\n\n[^unknown2022]: “Talks resume,” n.d.\n',
    );
  });
  it('writes into an empty draft without leading blank lines', () => {
    const { draft } = insert({ style: 'markdown-footnote', draftText: '', doc: bareDoc() });
    assert.equal(
      draft,
      '“We want to see Russia weakened.”[^unknown2022]\n\n[^unknown2022]: “Talks resume,” n.d.\n',
    );
  });
  it('keeps CRLF line ends', () => {
    const { draft } = insert({
      style: 'markdown-footnote',
      draftText: 'A.\r\n',
      cursorOffset: 2,
      doc: bareDoc(),
    });
    assert.equal(
      draft,
      'A. “We want to see Russia weakened.”[^unknown2022]\r\n\r\n[^unknown2022]: “Talks resume,” n.d.\r\n',
    );
  });
  it('escapes Markdown in the reference and brackets a source path with spaces', () => {
    const doc = makeDoc({ title: 'Costs *rise* [again]', author: null, url: null });
    const { draft } = insert({ style: 'markdown-footnote', doc, sourceLink: 'corpus/my file.txt' });
    assert.match(
      draft,
      /\[\^cnn2022weakened\]: “Costs \\\*rise\\\* \\\[again\\\],” CNN, 26 April 2022\. \[source\]\(<corpus\/my file\.txt>\)\n$/,
    );
  });
  it('can write the footnote reference in APA', () => {
    const { draft } = insert({ style: 'markdown-footnote', footnoteReference: 'apa' });
    assert.match(draft, /\[\^cnn2022weakened\]: Liptak, K\. \(2022, April 26\)\./);
  });
  it('does not touch a bibliography', () => {
    const { result } = insert({
      style: 'markdown-footnote',
      bibliography: { path: 'refs.json', text: null },
    });
    assert.equal(result.bibliographyEdit, null);
  });
});

describe('citation: pandoc', () => {
  it('inserts a pandoc citation and creates the CSL-JSON bibliography', () => {
    const { draft, result } = insert({ style: 'pandoc', bibliography: { path: 'refs.json', text: null } });
    assert.equal(draft, 'The Pentagon chief said “We want to see Russia weakened.” [@cnn2022weakened]');
    assert.equal(result.bibliographyEdit?.path, 'refs.json');
    assert.equal(
      (JSON.parse(result.bibliographyEdit?.newText ?? '') as { id: string }[])[0].id,
      'cnn2022weakened',
    );
  });
  it('adds nothing to a bibliography that has the item', () => {
    const first =
      insert({ style: 'pandoc', bibliography: { path: 'refs.json', text: null } }).result.bibliographyEdit
        ?.newText ?? null;
    const { result } = insert({ style: 'pandoc', bibliography: { path: 'refs.json', text: first } });
    assert.equal(result.bibliographyEdit, null);
    assert.equal(result.bibliographyError, undefined);
  });
  it('reports an invalid bibliography and still inserts the quotation', () => {
    const { draft, result } = insert({ style: 'pandoc', bibliography: { path: 'refs.json', text: '[oops' } });
    assert.equal(result.bibliographyEdit, null);
    assert.match(result.bibliographyError ?? '', /^refs\.json: the bibliography is not valid JSON/);
    assert.match(draft, /\[@cnn2022weakened\]$/);
  });
  it('writes BibTeX when the bibliography is a .bib file', () => {
    const { result } = insert({ style: 'pandoc', bibliography: { path: 'refs.bib', text: null } });
    assert.match(result.bibliographyEdit?.newText ?? '', /^@article\{cnn2022weakened,/);
  });
  it('braces keys pandoc would not read bare', () => {
    assert.match(insert({ style: 'pandoc', doc: makeDoc({}, 'cnn2022-') }).draft, /\[@\{cnn2022-\}\]$/);
  });
  it('escapes an @handle so pandoc does not read it as a citation', () => {
    assert.match(
      insert({ style: 'pandoc', excerpt: 'Thanks @POTUS, see a@b.org' }).draft,
      /“Thanks \\@POTUS, see a@b\.org”/,
    );
  });
});

describe('citation: LaTeX', () => {
  it('inserts \\enquote and \\cite and creates the BibTeX file', () => {
    const { draft, result } = insert({ style: 'latex', bibliography: { path: 'refs.bib', text: null } });
    assert.equal(
      draft,
      'The Pentagon chief said \\enquote{We want to see Russia weakened.}\\cite{cnn2022weakened}',
    );
    assert.match(result.bibliographyEdit?.newText ?? '', /^@article\{cnn2022weakened,/);
  });
  it('uses backtick quotes on request', () => {
    assert.match(
      insert({ style: 'latex', latexQuotes: 'backticks' }).draft,
      /``We want to see Russia weakened\.''\\cite\{cnn2022weakened\}$/,
    );
  });
  it('escapes special characters in the excerpt', () => {
    const { draft } = insert({ style: 'latex', excerpt: 'Costs rose 50% & #1 fund_x {a} ~b ^c $d \\e' });
    assert.match(
      draft,
      /\\enquote\{Costs rose 50\\% \\& \\#1 fund\\_x \\\{a\\\} \\textasciitilde\{\}b \\textasciicircum\{\}c \\\$d \\textbackslash\{\}e\}/,
    );
  });
  it('appends to an existing .bib file once', () => {
    const text = '@book{other,\n  title = {Kept},\n}\n';
    const first =
      insert({ style: 'latex', bibliography: { path: 'refs.bib', text } }).result.bibliographyEdit?.newText ??
      '';
    assert.ok(first.startsWith(`${text}\n@article{cnn2022weakened,`));
    assert.equal(
      insert({ style: 'latex', bibliography: { path: 'refs.bib', text: first } }).result.bibliographyEdit,
      null,
    );
  });
  it('attributes with a tie before \\cite and the period after it', () => {
    const { draft } = insert({ style: 'latex', speakerName: 'Austin', addSpeaker: true });
    assert.match(
      draft,
      /\\enquote\{We want to see Russia weakened,\} Austin said~\\cite\{cnn2022weakened\}\.$/,
    );
  });
});

describe('citation: plain', () => {
  it('cites outlet and date in parentheses', () => {
    assert.equal(
      insert({}).draft,
      'The Pentagon chief said “We want to see Russia weakened.” (CNN, 26 April 2022)',
    );
  });
  it('writes n.d. and the title when outlet and date are unknown', () => {
    assert.match(insert({ doc: bareDoc() }).draft, /” \(“Talks resume,” n\.d\.\)$/);
  });
  it('writes n.d. when only the date is unknown', () => {
    assert.match(insert({ doc: makeDoc({ date: null }) }).draft, /\(CNN, n\.d\.\)$/);
  });
});

describe('citation: speaker attribution', () => {
  it('turns the final period into a comma and attributes the quotation', () => {
    const { draft } = insert({ draftText: '', speakerName: 'Austin', addSpeaker: true });
    assert.equal(draft, '“We want to see Russia weakened,” Austin said (CNN, 26 April 2022).');
  });
  it('puts the footnote mark after the attribution period', () => {
    const { result } = insert({
      style: 'markdown-footnote',
      draftText: '',
      speakerName: 'the spokesman',
      addSpeaker: true,
    });
    assert.equal(result.inserted, '“We want to see Russia weakened,” the spokesman said.[^cnn2022weakened]');
  });
  it('puts the pandoc citation before the period', () => {
    const { result } = insert({ style: 'pandoc', draftText: '', speakerName: 'Austin', addSpeaker: true });
    assert.equal(result.inserted, '“We want to see Russia weakened,” Austin said [@cnn2022weakened].');
  });
  it('keeps a question mark', () => {
    const { result } = insert({
      draftText: '',
      excerpt: 'Is it over?',
      speakerName: 'Austin',
      addSpeaker: true,
    });
    assert.equal(result.inserted, '“Is it over?” Austin said (CNN, 26 April 2022).');
  });
  it('uses another verb on request', () => {
    const { result } = insert({
      draftText: '',
      speakerName: 'Austin',
      addSpeaker: true,
      attributionVerb: 'told reporters',
    });
    assert.match(result.inserted, /,” Austin told reporters \(CNN/);
  });
  it('does nothing with a speaker unless asked', () => {
    assert.doesNotMatch(insert({ speakerName: 'Austin' }).draft, /Austin said/);
  });
  it('ignores an empty speaker name', () => {
    assert.doesNotMatch(insert({ speakerName: '  ', addSpeaker: true }).draft, /said \(/);
  });
});

describe('citation: excerpt text', () => {
  it('nests double quotes from the excerpt as single quotes', () => {
    const { result } = insert({ draftText: '', excerpt: 'Russia should be "weakened" now.' });
    assert.equal(result.inserted, '“Russia should be ‘weakened’ now.” (CNN, 26 April 2022)');
  });
  it('does not double the quotation marks of an excerpt selected with them', () => {
    const { result } = insert({
      draftText: '',
      excerpt: '"We want Ukraine to win."',
      speakerName: 'Austin',
      addSpeaker: true,
    });
    assert.equal(result.inserted, '“We want Ukraine to win,” Austin said (CNN, 26 April 2022).');
  });
  it('puts the attribution comma inside a closing inner quote', () => {
    const { result } = insert({
      draftText: '',
      excerpt: 'He told them "go."',
      speakerName: 'Austin',
      addSpeaker: true,
    });
    assert.equal(result.inserted, '“He told them ‘go,’” Austin said (CNN, 26 April 2022).');
  });
  it('collapses line breaks from hard-wrapped sources', () => {
    assert.equal(
      insert({ draftText: '', excerpt: '  We want\n  to see  it. ' }).result.inserted,
      '“We want to see it.” (CNN, 26 April 2022)',
    );
  });
  it('adds spaces where the insertion would touch words', () => {
    const { draft } = insert({ draftText: 'He said.Then', cursorOffset: 8, excerpt: 'Go' });
    assert.equal(draft, 'He said. “Go” (CNN, 26 April 2022) Then');
  });
  it('inserts the citation alone for an empty excerpt', () => {
    assert.equal(
      insert({ style: 'pandoc', draftText: '', excerpt: ' ' }).result.inserted,
      '[@cnn2022weakened]',
    );
  });
  it('clamps a cursor outside the draft', () => {
    assert.equal(
      insert({ draftText: 'ab', cursorOffset: 99, excerpt: 'x' }).draft,
      'ab “x” (CNN, 26 April 2022)',
    );
  });
});
