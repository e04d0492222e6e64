import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument, titleFromSentence } from '../../../src/core/parse/document';
import {
  CORPUS, FIXTURES, assertOffsetsConsistent, boilerplateTexts, loadCorpusFile, loadFixture, paragraphTexts,
  parseText, sentenceTexts,
} from './helpers';

describe('parseDocument', () => {
  describe('header formats', () => {
    it('date line with a title: stated title, video length dropped, outlet from the dateline', () => {
      const doc = loadFixture('date-line-title.txt');
      assert.equal(doc.metadata.title, 'Envoys end first round of Geneva talks');
      assert.equal(doc.metadata.titleInferred, false);
      assert.equal(doc.metadata.date, '2021-03-04');
      assert.equal(doc.metadata.dateInferred, false);
      assert.equal(doc.metadata.source, 'Reuters');
      assert.equal(doc.metadata.sourceInferred, true);
      assert.ok(!paragraphTexts(doc).some((p) => p.includes('12:05')));
      assert.equal(doc.key, 'reuters2021envoys');
    });

    it('date line followed by body text: the text is body and the title is inferred', () => {
      const doc = loadFixture('date-line-body.txt');
      assert.equal(doc.metadata.date, '2021-03-05');
      assert.equal(doc.metadata.titleInferred, true);
      assert.ok(doc.metadata.title.startsWith('The mayor of Springfield said on Friday'));
      assert.ok(doc.metadata.title.length <= 91 && doc.metadata.title.endsWith('…'));
      assert.ok(doc.text.slice(doc.bodyStart).startsWith('The mayor of Springfield'));
      assert.equal(sentenceTexts(doc)[0].slice(0, 24), 'The mayor of Springfield');
      assert.equal(paragraphTexts(doc).length, 2);
    });

    it('title, YYYYMMDD and URL lines: outlet from the URL host, one paragraph per line', () => {
      const doc = loadFixture('title-date-url.txt');
      assert.equal(doc.metadata.title, 'Talks end without a deal');
      assert.equal(doc.metadata.date, '2021-03-06');
      assert.equal(doc.metadata.url, 'https://www.kqed.org/news/2021-03-06/talks-end-without-a-deal');
      assert.equal(doc.metadata.source, 'KQED');
      assert.equal(doc.metadata.sourceInferred, true);
      assert.deepEqual(paragraphTexts(doc), [
        '"We are not there yet," the mediator told reporters on Saturday.',
        'The two delegations will report back to their capitals.',
        'But the Russian troops remain in place',
        'Another round is planned for April.',
      ]);
    });

    it('YAML front matter', () => {
      const doc = loadFixture('front-matter.md');
      assert.deepEqual(
        { ...doc.metadata },
        {
          title: 'Harbour expansion approved', titleInferred: false, date: '2021-03-07', dateInferred: false,
          source: 'The Coastal Herald', sourceInferred: false, url: 'https://www.coastalherald.example/2021/03/07/harbour',
          author: 'Maria Ortega and Tom Berg', authorInferred: false,
        },
      );
      assert.equal(doc.key, 'ortega2021harbour');
      assert.deepEqual(paragraphTexts(doc), [
        'The council approved the harbour expansion on Sunday by seven votes to two.',
        'Work is due to begin in the autumn.',
      ]);
    });

    it('key: value lines, with an impossible date left null rather than guessed', () => {
      const doc = loadFixture('key-value.txt');
      assert.equal(doc.metadata.title, 'Grain prices steady');
      assert.equal(doc.metadata.date, null);
      assert.equal(doc.metadata.dateInferred, false);
      assert.equal(doc.metadata.source, 'Farm Wire');
      assert.equal(doc.metadata.author, 'Ann Lee');
      assert.equal(doc.key, 'leendgrain');
      assert.deepEqual(sentenceTexts(doc), ['Grain prices held steady on Monday.', 'Traders expect little change this week.']);
    });

    it('key: value lines with a derived title mark it inferred', () => {
      const doc = loadFixture('key-value-derived.txt');
      assert.equal(doc.metadata.titleInferred, true);
      assert.equal(doc.metadata.title, 'Port workers walked out on Tuesday over pay and...');
    });

    it('a derived title that is a site prompt gives way to the first sentence of the body', () => {
      const text = 'title: [derived: first line] NEW You can now listen to Harbour News articles!\ndate: 2022-02-17\n\nNEW You can now listen to Harbour News articles!\n\nThe port reopened on Tuesday after a week of strikes.\n';
      const doc = parseDocument({ path: 'p.txt', text }, { id: 'p' });
      assert.equal(doc.metadata.title, 'The port reopened on Tuesday after a week of strikes');
      assert.equal(doc.metadata.titleInferred, true);
      assert.deepEqual(sentenceTexts(doc), ['The port reopened on Tuesday after a week of strikes.']);
    });

    it('keeps a derived headline that merely starts like a prompt ("Watch: …")', () => {
      const text = 'title: [derived: first line] Watch: The mayor opens the new ferry\ndate: 2022-02-17\n\nWatch: The mayor opens the new ferry\n\nThe port reopened on Tuesday.\n';
      assert.equal(parseDocument({ path: 'w.txt', text }, { id: 'w' }).metadata.title, 'Watch: The mayor opens the new ferry');
    });

    it('CRLF line endings', () => {
      const doc = loadFixture('crlf.txt');
      assert.equal(doc.metadata.title, 'Windows line endings');
      assert.deepEqual(sentenceTexts(doc), ['First paragraph here.', 'Second sentence.', 'Third paragraph.']);
    });

    it('hard-wrapped paragraphs stay whole', () => {
      const doc = loadFixture('hard-wrapped.txt');
      assert.equal(doc.paragraphs.length, 2);
      assert.equal(doc.sentences.length, 3);
    });
  });

  describe('web page without a header', () => {
    const doc = loadFixture('web-page.txt');

    it('takes the site name line for the outlet and the next heading for the title', () => {
      assert.equal(doc.metadata.source, 'The Harbour Post');
      assert.equal(doc.metadata.sourceInferred, true);
      assert.equal(doc.metadata.title, 'Why the City Council Voted to Sell the Old Pier');
      assert.equal(doc.metadata.titleInferred, true);
    });

    it('takes the author from the "Written By" box', () => {
      assert.equal(doc.metadata.author, 'Peter Walsh');
      assert.equal(doc.metadata.authorInferred, true);
      assert.equal(doc.key, 'walshndcity');
    });

    it('never takes a date from a caption or the body', () => {
      assert.equal(doc.metadata.date, null);
      assert.equal(doc.metadata.dateInferred, false);
    });

    it('records boilerplate and keeps it out of paragraphs, never out of the text', () => {
      assert.deepEqual(boilerplateTexts(doc), [
        'Connect with us', 'Hi, what are you looking for?', 'The Harbour Post', 'Pier',
        'The old pier at sunset, Feb 7, 2021. Fishermen gather there every morning. (Photo by Jane Smith)',
        'Getty Images', 'Share this article', 'Advertisement', 'Photo: A council meeting in January.',
        'Written By', 'Advertisement',
      ]);
      const body = paragraphTexts(doc).join('\n');
      for (const b of boilerplateTexts(doc)) assert.ok(!body.includes(b), `"${b}" kept out of the body`);
      assert.equal(doc.text, fs.readFileSync(path.join(FIXTURES, 'web-page.txt'), 'utf8'));
    });

    it('keeps real content that mentions boilerplate words', () => {
      assert.ok(sentenceTexts(doc).includes('Residents who subscribe to the council newsletter learned of the vote on February 2, before it was public.'));
      assert.ok(sentenceTexts(doc).includes('“This is a sad day,” said Dr. Alan Brooks, who has fished there for decades.'));
    });
  });

  it('reads a "By" line and keeps it out of title and body', () => {
    const doc = loadFixture('byline.txt');
    assert.equal(doc.metadata.author, 'Jane Doe and John Roe');
    assert.equal(doc.metadata.authorInferred, true);
    assert.equal(doc.metadata.title, 'The bridge reopened on Friday after three months of repairs');
    assert.ok(!paragraphTexts(doc).some((p) => p.startsWith('By ')));
  });

  it('segments abbreviations and initials correctly', () => {
    assert.deepEqual(sentenceTexts(loadFixture('abbreviations.txt')), [
      'The U.S. delegation met Mr. Smith and Gen. Jones on Feb. 7 in Kansas City, Mo., before talks.',
      'Sen. Clark spoke next.',
      'Dr. Lee lives at No. 5 St. James Road with Martin Luther King Jr. Day approaching.',
      'The guests included many, e.g. farmers, i.e. growers, ie. people on the land.',
      'A photo by David D. McLoney showed the scene.',
      'Then the talks with the U.S.',
      'The delegates left on Jan. 9, 2021.',
    ]);
  });

  it('keeps multi-sentence quotations whole, bounded by the paragraph', () => {
    const doc = loadFixture('quotes.txt');
    assert.deepEqual(sentenceTexts(doc), [
      'The minister said: “We will not move. Not today. Not ever.”',
      'Then she left the room.',
      'He added: "This is final. There is nothing to discuss."',
      'Reporters waited.',
      '“The talks will continue. We have time. We have patience. The other side knows this.',
      'This paragraph starts fresh.',
      'It has two sentences.',
      'Officials spoke of ‘a long road. A hard one.’',
      'The talks ended.',
    ]);
  });

  it('copes with empty, blank and header-only files', () => {
    for (const text of ['', '   \n\n', ' date 2022-01-01 Only a title\n', 'title: x\ndate: 2022-01-01\n\n']) {
      const doc = parseText(text, 'odd.txt');
      assert.deepEqual(doc.sentences, []);
      assertOffsetsConsistent(doc);
      assert.ok(doc.metadata.title.length > 0, 'a title is always present');
    }
  });

  it('falls back to the file name for a title when there is no text at all', () => {
    assert.equal(parseText('', 'notes/my-draft_file.txt').metadata.title, 'my draft file');
  });

  it('takes an undated article’s date from the full date of its opening dateline', () => {
    const doc = parseDocument(
      { path: 'harbour.txt', text: 'Harbour talks resume\n\nTALLINN, 3 March 2023 (Harbour Wire) — Envoys met on Friday, the mayor said.\n' },
      { id: 'h' },
    );
    assert.equal(doc.metadata.date, '2023-03-03');
    assert.equal(doc.metadata.dateInferred, true);
    assert.equal(doc.metadata.source, 'Harbour Wire');
    const dated = parseDocument({ path: 'd.txt', text: 'date: 2023-03-04\n\nTALLINN, 3 March 2023 — Envoys met.\n' }, { id: 'd' });
    assert.equal(dated.metadata.date, '2023-03-04', 'a stated date wins');
  });

  it('passes the id and path through', () => {
    const doc = parseDocument({ path: '/x/y.txt', text: 'Hello there.' }, { id: 'abc' });
    assert.equal(doc.id, 'abc');
    assert.equal(doc.path, '/x/y.txt');
  });

  it('shortens long sentences to titles on a word boundary', () => {
    assert.equal(titleFromSentence('Short sentence.'), 'Short sentence');
    assert.equal(titleFromSentence('He met the U.S.'), 'He met the U.S.');
    const long = titleFromSentence('word '.repeat(40));
    assert.ok(long.length <= 91 && long.endsWith('word…'));
  });

  describe('offsets map back to the exact text', () => {
    for (const name of fs.readdirSync(FIXTURES).sort()) {
      it(`fixture ${name}`, () => assertOffsetsConsistent(loadFixture(name)));
    }
    for (const name of fs.readdirSync(CORPUS).filter((n) => n.endsWith('.txt')).sort()) {
      it(`bundled ${name}`, () => assertOffsetsConsistent(loadCorpusFile(name)));
    }
    it('synthetic texts with odd spacing and quotes', () => {
      const pieces = ['“Quote.', 'Mr.', 'U.S.', '"', '”', '’', 'end.', '\n', '\n\n', '  ', 'Word', 'e.g.', '?', '5:31', 'Advertisement\n'];
      let seed = 7;
      const rand = (n: number): number => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed % n;
      };
      for (let round = 0; round < 200; round++) {
        const parts: string[] = [];
        for (let i = 0, n = rand(40); i < n; i++) parts.push(pieces[rand(pieces.length)], ' ');
        assertOffsetsConsistent(parseText(parts.join(''), `synthetic-${round}.txt`));
      }
    });
  });
});
