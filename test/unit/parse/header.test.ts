import assert from 'node:assert/strict';
import { readHeader } from '../../../src/core/parse/header';

describe('readHeader', () => {
  describe('date line', () => {
    it('reads the date and a title, dropping a trailing video length', () => {
      const text = ' date 2022-04-26 What happened during the visit to Kyiv? 5:31\n\nBody.';
      const h = readHeader(text);
      assert.equal(h.format, 'date-line');
      assert.equal(h.date, '2022-04-26');
      assert.equal(h.title, 'What happened during the visit to Kyiv?');
      assert.equal(h.bodyStart, text.indexOf('\n'));
    });

    it('treats a long rest of line as body and starts the body there', () => {
      const rest = 'Kirby further pointed out that the French government is also preparing to send forces. Separately, more weapons are on the way.';
      const text = ` date 2022-02-02 ${rest}\n\nNext paragraph.`;
      const h = readHeader(text);
      assert.equal(h.title, null);
      assert.equal(h.date, '2022-02-02');
      assert.equal(text.slice(h.bodyStart, h.bodyStart + 5), 'Kirby');
    });

    it('treats two sentences as body even when short', () => {
      const text = ' date 2022-02-02 He left. She stayed.\n';
      const h = readHeader(text);
      assert.equal(h.title, null);
      assert.equal(text.slice(h.bodyStart), 'He left. She stayed.\n');
    });

    it('accepts a date line with nothing after the date', () => {
      const h = readHeader(' date 2022-02-02\n\nBody.');
      assert.equal(h.date, '2022-02-02');
      assert.equal(h.title, null);
      assert.equal(h.bodyStart, 16);
    });

    it('gives a null date for an impossible calendar date, never a guess', () => {
      assert.equal(readHeader(' date 2022-02-30 Title here\n').date, null);
      assert.equal(readHeader(' date 2022-13-01 Title here\n').date, null);
    });

    it('does not mistake a body line starting with "date" for a header', () => {
      const h = readHeader('Dates of the talks were not announced.\n');
      assert.equal(h.format, 'none');
      assert.equal(h.bodyStart, 0);
    });
  });

  describe('title, date and URL lines', () => {
    it('reads all three and starts the body after the URL', () => {
      const text = 'Talks end\n20220110\nhttps://www.wcbe.org/2022-01-10/talks\nFirst line of body.\n';
      const h = readHeader(text);
      assert.equal(h.format, 'title-date-url');
      assert.equal(h.title, 'Talks end');
      assert.equal(h.date, '2022-01-10');
      assert.equal(h.url, 'https://www.wcbe.org/2022-01-10/talks');
      assert.equal(text.slice(h.bodyStart).trimStart().slice(0, 5), 'First');
    });

    it('accepts the form without a URL line', () => {
      const h = readHeader('Talks end\n20220110\n\nBody.');
      assert.equal(h.format, 'title-date-url');
      assert.equal(h.url, null);
      assert.equal(h.date, '2022-01-10');
    });

    it('rejects an impossible YYYYMMDD date', () => {
      assert.equal(readHeader('Talks end\n20220231\nhttps://x.org/a\nBody').date, null);
    });

    it('does not fire when the third line is ordinary text', () => {
      assert.equal(readHeader('Title\n20220110\nSome body text here.\n').format, 'none');
    });
  });

  describe('YAML front matter', () => {
    it('reads quoted values, ISO date-times and author lists', () => {
      const text = [
        '---',
        'title: "Harbour: expansion approved"',
        "date: '2021-03-07T09:30:00Z'",
        'source: The Coastal Herald',
        'url: https://example.org/a',
        'authors:',
        '  - Maria Ortega',
        '  - Tom Berg',
        'tags: [a, b]',
        '---',
        'Body.',
      ].join('\n');
      const h = readHeader(text);
      assert.equal(h.format, 'front-matter');
      assert.equal(h.title, 'Harbour: expansion approved');
      assert.equal(h.date, '2021-03-07');
      assert.equal(h.source, 'The Coastal Herald');
      assert.equal(h.url, 'https://example.org/a');
      assert.equal(h.author, 'Maria Ortega and Tom Berg');
      assert.equal(text.slice(h.bodyStart).trim(), 'Body.');
    });

    it('reads an inline author list', () => {
      assert.equal(readHeader('---\nauthor: [Ann Lee, "Bo Chan"]\n---\nx').author, 'Ann Lee and Bo Chan');
    });

    it('ignores an unterminated front matter block', () => {
      assert.equal(readHeader('---\ntitle: x\n\nBody text without the closing line.').format, 'none');
    });
  });

  describe('key: value lines', () => {
    it('reads the bench corpus form', () => {
      const text = 'title: BAHIA COCOA REVIEW\ndate: 1987-02-26\nsource: Reuters\nurl: https://example.org/1\n\nShowers continued.';
      const h = readHeader(text);
      assert.equal(h.format, 'key-value');
      assert.equal(h.title, 'BAHIA COCOA REVIEW');
      assert.equal(h.date, '1987-02-26');
      assert.equal(h.source, 'Reuters');
      assert.equal(h.url, 'https://example.org/1');
      assert.equal(text.slice(h.bodyStart).trim(), 'Showers continued.');
    });

    it('matches keys case-insensitively and keeps colons in values', () => {
      const h = readHeader('Title: Time: 10:30 rally\nAUTHOR: Ann Lee\nPublished: March 3, 2021\n\nBody.');
      assert.equal(h.title, 'Time: 10:30 rally');
      assert.equal(h.author, 'Ann Lee');
      assert.equal(h.date, '2021-03-03');
    });

    it('marks a title the collector derived from the first line as inferred', () => {
      const h = readHeader('title: [derived: first line] Port workers walked out\ndate: 2022-06-07\n\nPort workers walked out.');
      assert.equal(h.title, 'Port workers walked out');
      assert.equal(h.titleInferred, true);
    });

    it('needs a known key on the first line and a blank line after the block', () => {
      assert.equal(readHeader('Note: this is body text.\n\nMore body.').format, 'none');
      assert.equal(readHeader('title: x\ndate: 2020-01-01\nBody runs straight on.').format, 'none');
    });

    it('skips a UTF-8 byte-order mark', () => {
      const h = readHeader('\uFEFFtitle: x\n\nBody.');
      assert.equal(h.format, 'key-value');
      assert.equal(h.title, 'x');
    });
  });

  it('returns an empty header for empty text', () => {
    const h = readHeader('');
    assert.equal(h.format, 'none');
    assert.equal(h.bodyStart, 0);
  });
});
