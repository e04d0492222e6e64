import assert from 'node:assert/strict';
import { segmentParagraphs, segmentSentences } from '../../../src/core/parse/segment';
import { quotationRanges } from '../../../src/core/parse/quotes';

function sentences(text: string): string[] {
  const paragraphs = segmentParagraphs(text, 0);
  return segmentSentences(text, paragraphs).map((s) => text.slice(s.start, s.end));
}

function paragraphs(text: string, excluded: { start: number; end: number }[] = []): string[] {
  return segmentParagraphs(text, 0, excluded).map((p) => text.slice(p.start, p.end));
}

describe('segmentParagraphs', () => {
  it('splits on blank lines and trims each paragraph', () => {
    assert.deepEqual(paragraphs('  One.  \n\n\n Two.\n \nThree.'), ['One.', 'Two.', 'Three.']);
  });

  it('makes each long line its own paragraph when lines are not hard-wrapped', () => {
    const long1 = 'NATO said back in 2008 that Ukraine and Georgia could seek membership in the alliance, officials recalled on Monday.';
    const long2 = 'While the Russians prefer direct talks with the U.S., the Biden administration says it will not work out any deals.';
    assert.deepEqual(paragraphs(`${long1}\n${long2}\nShort heading\n`), [long1, long2, 'Short heading']);
  });

  it('keeps a hard-wrapped block together as one paragraph', () => {
    const text = 'This paragraph was wrapped by an old newswire system at a fixed width\nof about seventy characters, so single newlines fall inside sentences\nand must not split them.';
    assert.deepEqual(paragraphs(text), [text]);
  });

  it('leaves out excluded lines, which also separate paragraphs', () => {
    const text = 'First line of text.\nAdvertisement\nSecond line of text.';
    const start = text.indexOf('Advertisement');
    assert.deepEqual(paragraphs(text, [{ start, end: start + 'Advertisement'.length }]), ['First line of text.', 'Second line of text.']);
  });

  it('starts at bodyStart and handles CRLF', () => {
    const text = 'header\r\n\r\nOne.\r\n\r\nTwo.\r\n';
    const ps = segmentParagraphs(text, 8).map((p) => text.slice(p.start, p.end));
    assert.deepEqual(ps, ['One.', 'Two.']);
  });

  it('returns nothing for empty or blank text', () => {
    assert.deepEqual(paragraphs(''), []);
    assert.deepEqual(paragraphs(' \n\t\n'), []);
  });
});

describe('segmentSentences', () => {
  it('splits ordinary sentences and trims them', () => {
    assert.deepEqual(sentences('One thing happened.  Then another!   Why? Nobody knows.'), [
      'One thing happened.', 'Then another!', 'Why?', 'Nobody knows.',
    ]);
  });

  for (const [abbr, example] of [
    ['U.S.', 'The U.S. delegation arrived late.'],
    ['Mr.', 'They met Mr. Smith at noon.'],
    ['Gen.', 'They met Gen. Jones at noon.'],
    ['Sen.', 'Sen. Clark spoke next.'],
    ['Feb.', 'They met on Feb. 7 in Geneva.'],
    ['Jan.', 'They met on Jan. 9, 2021, in Geneva.'],
    ['Mo.', 'It happened in Kansas City, Mo., last week.'],
    ['No.', 'He lives at No. 5 on the square.'],
    ['St.', 'He lives on St. James Road.'],
    ['Dr.', 'Dr. Lee agreed.'],
    ['Jr.', 'Martin Luther King Jr. Day is a holiday.'],
    ['e.g.', 'Some, e.g. Farmers, objected.'],
    ['i.e.', 'The growers, i.e. Farmers, objected.'],
    ['ie.', 'Their positions, ie. the specific solution they propose, differ.'],
    ['initial', 'A photo by David D. McLoney showed the scene.'],
    ['two initials', 'The report by J. R. Smith was late.'],
  ] as const) {
    it(`does not end a sentence at ${abbr}`, () => {
      assert.deepEqual(sentences(`${example} Another sentence follows.`), [example, 'Another sentence follows.']);
    });
  }

  it('still ends a sentence at an ambiguous abbreviation before a sentence opener', () => {
    assert.deepEqual(sentences('They held talks with the U.S. The delegates then left.'), [
      'They held talks with the U.S.', 'The delegates then left.',
    ]);
  });

  it('joins a break followed by a lowercase word', () => {
    assert.deepEqual(sentences('“Can it be done?” he asked. Yes.'), ['“Can it be done?” he asked.', 'Yes.']);
  });

  it('keeps a quotation of several sentences inside one sentence', () => {
    assert.deepEqual(sentences('The minister said: “We will not move. Not today. Not ever.” Then she left.'), [
      'The minister said: “We will not move. Not today. Not ever.”', 'Then she left.',
    ]);
  });

  it('does the same with straight double quotes', () => {
    assert.deepEqual(sentences('He added: "This is final. There is nothing to discuss." Reporters waited.'), [
      'He added: "This is final. There is nothing to discuss."', 'Reporters waited.',
    ]);
  });

  it('does the same with single curly quotes, but not for apostrophes', () => {
    assert.deepEqual(sentences('Officials spoke of ‘a long road. A hard one.’ The talks ended.'), [
      'Officials spoke of ‘a long road. A hard one.’', 'The talks ended.',
    ]);
    assert.deepEqual(sentences('Russia’s view is clear. The allies’ view is not. Talks go on.'), [
      'Russia’s view is clear.', 'The allies’ view is not.', 'Talks go on.',
    ]);
  });

  it('bounds an unclosed quotation to its paragraph', () => {
    const text = '“The talks will continue. We have time. We have patience.\n\nThis paragraph starts fresh. It has two sentences.';
    assert.deepEqual(sentences(text), [
      '“The talks will continue. We have time. We have patience.', 'This paragraph starts fresh.', 'It has two sentences.',
    ]);
  });

  it('keeps separate quotations in separate sentences', () => {
    assert.deepEqual(sentences('“We want Ukraine to win,” the spokesman added. “One goal is clear. We will act.”'), [
      '“We want Ukraine to win,” the spokesman added.', '“One goal is clear. We will act.”',
    ]);
  });

  it('does not break sentences at line breaks inside a wrapped paragraph', () => {
    const text = 'This paragraph was wrapped by an old newswire system at a fixed width\nof about seventy characters, so single newlines fall inside sentences\nand must not split them. It has two sentences.';
    const out = sentences(text);
    assert.equal(out.length, 2);
    assert.ok(out[0].endsWith('must not split them.'));
  });

  it('gives offsets into the original text, with paragraph indices', () => {
    const text = 'Intro line here.\n\nFirst one. Second one.';
    const ps = segmentParagraphs(text, 0);
    const ss = segmentSentences(text, ps);
    assert.deepEqual(ss.map((s) => [s.start, s.end, s.index, s.paragraphIndex]), [
      [0, 16, 0, 0], [18, 28, 1, 1], [29, 40, 2, 1],
    ]);
  });
});

describe('quotationRanges', () => {
  it('pairs curly and straight double quotes and runs an unclosed one to the end', () => {
    const p = 'a “b” c "d" e “f';
    assert.deepEqual(quotationRanges(p).map((r) => p.slice(r.start, r.end)), ['“b”', '"d"', '“f']);
  });

  it('ignores a stray closing quote and an unclosed single quote', () => {
    assert.deepEqual(quotationRanges('a” b ‘c d'), []);
  });

  it('ends an unclosed quotation where the next one opens', () => {
    const p = '“one two “three”';
    assert.deepEqual(quotationRanges(p).map((r) => p.slice(r.start, r.end)), ['“one two ', '“three”']);
  });
});
