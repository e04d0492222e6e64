import assert from 'node:assert/strict';
import { inferAuthor, inferLeadingTitle, outletFromDateline, outletFromUrl } from '../../../src/core/parse/infer';

describe('inference', () => {
  describe('outletFromUrl', () => {
    it('reads call signs and short names as acronyms', () => {
      assert.equal(outletFromUrl('https://www.wcbe.org/2022-01-10/story'), 'WCBE');
      assert.equal(outletFromUrl('https://www.kqed.org/news/1'), 'KQED');
      assert.equal(outletFromUrl('https://npr.org/x'), 'NPR');
    });

    it('uses known names where the host is not the name', () => {
      assert.equal(outletFromUrl('https://edition.cnn.com/2022/04/26/politics/x'), 'CNN');
      assert.equal(outletFromUrl('https://www.nytimes.com/2022/01/01/world/x.html'), 'The New York Times');
      assert.equal(outletFromUrl('https://www.bbc.co.uk/news/world-1'), 'BBC');
    });

    it('capitalises other names and looks past country second-level domains', () => {
      assert.equal(outletFromUrl('https://www.coastalherald.example/2021/03/07/h'), 'Coastalherald');
      assert.equal(outletFromUrl('https://www.heraldsun.com.au/news'), 'Heraldsun');
    });

    it('gives null for things that are not URLs', () => {
      assert.equal(outletFromUrl('not a url'), null);
      assert.equal(outletFromUrl('file:///tmp/x.txt'), null);
    });
  });

  describe('outletFromDateline', () => {
    it('reads the outlet in parentheses after the place', () => {
      assert.equal(outletFromDateline('Washington (CNN) — As Russia’s invasion of Ukraine has morphed…'), 'CNN');
      assert.equal(outletFromDateline('KYIV, Ukraine (AP) — Ukrainian forces said…'), 'AP');
      assert.equal(outletFromDateline('LONDON, March 3 (Reuters) - Britain said…'), 'Reuters');
      assert.equal(outletFromDateline('(Reuters) - Britain said…'), 'Reuters');
    });

    it('does not read ordinary parentheses as a dateline', () => {
      assert.equal(outletFromDateline('Even if they come up with some solution where (Putin) gets a little.'), null);
      assert.equal(outletFromDateline('The treaty (CFE) — signed in 1990 — limits forces.'), null);
    });
  });

  describe('inferAuthor', () => {
    it('reads a "Written By" author box', () => {
      const text = 'Body text.\n\nWritten By\n\nSebastien Roblin writes on security for publications.\n';
      const a = inferAuthor(text, 0);
      assert.equal(a?.author, 'Sebastien Roblin');
      assert.deepEqual(a?.spans.map((s) => text.slice(s.start, s.end)), ['Written By']);
    });

    it('counts a bare name line under "Written By" as byline', () => {
      const text = 'Body text.\n\nWritten By\nJane Doe\n';
      const a = inferAuthor(text, 0);
      assert.equal(a?.author, 'Jane Doe');
      assert.deepEqual(a?.spans.map((s) => text.slice(s.start, s.end)), ['Written By', 'Jane Doe']);
    });

    it('reads "By" lines without job titles', () => {
      assert.equal(inferAuthor('By Jane Doe\n\nBody.', 0)?.author, 'Jane Doe');
      assert.equal(inferAuthor('By Jane Doe and John Roe, Staff Writers\n\nBody.', 0)?.author, 'Jane Doe and John Roe');
      assert.equal(inferAuthor('BY Anna K. Smith | Reuters\n\nBody.', 0)?.author, 'Anna K. Smith');
      assert.equal(inferAuthor('Written by Ann Lee\n\nBody.', 0)?.author, 'Ann Lee');
    });

    it('does not take body sentences for bylines', () => {
      assert.equal(inferAuthor('By the end of the week, prices had fallen.\n\nBody.', 0), null);
      assert.equal(inferAuthor('By Monday the talks had ended.\n', 0), null);
      assert.equal(inferAuthor('Written by hand, the letter reached Moscow on Friday.\n', 0), null);
    });
  });

  describe('inferLeadingTitle', () => {
    it('takes a short name above the headline for the site name', () => {
      const text = 'The Embassy\n\nHere’s What Joe Biden Is Offering to Russia\n\nOn Monday, talks began.';
      const t = inferLeadingTitle(text, 0, []);
      assert.equal(t?.title, 'Here’s What Joe Biden Is Offering to Russia');
      assert.equal(t?.site, 'The Embassy');
      assert.equal(text.slice(t?.end), '\n\nOn Monday, talks began.');
    });

    it('takes a lone heading line for the headline', () => {
      const t = inferLeadingTitle('Talks end without a deal\n\nThe talks ended on Monday.', 0, []);
      assert.equal(t?.title, 'Talks end without a deal');
      assert.equal(t?.site, null);
    });

    it('finds nothing when the body starts with a paragraph', () => {
      assert.equal(inferLeadingTitle('The talks ended on Monday, officials said.\n\nMore.', 0, []), null);
    });
  });
});
