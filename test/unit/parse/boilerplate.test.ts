import assert from 'node:assert/strict';
import { findBoilerplate, isBoilerplateLine } from '../../../src/core/parse/boilerplate';

describe('boilerplate', () => {
  for (const line of [
    'Connect with us',
    'Hi, what are you looking for?',
    'Advertisement',
    'ADVERTISEMENT',
    'Written By',
    'Share this article',
    'Subscribe',
    'Subscribe to our newsletter',
    'Sign up for our daily briefing',
    'Follow us on Twitter',
    'Story continues below advertisement',
    'Getty Images',
    'Photo: A council meeting in January.',
    'Photo by Jane Smith/Reuters',
    'Image credit: NASA',
    'Image: Wikimedia Commons',
    '(U.S. Air Force photo by Airman 1st Class David D. McLoney)',
    '(AP Photo/Evan Vucci)',
    'Soldiers train near Kyiv. Sergei Supinsky/AFP via Getty Images',
    'A B-2 Spirit prepares to refuel, Feb 7, 2021. (U.S. Air Force photo by Airman 1st Class David D. McLoney)',
    '© 2022 The Harbour Post. All rights reserved.',
    '5:31',
    'Read more: Why the talks failed',
    'Other Topics of Interest Harbour Mayor Resigns After Flood – Weekly Update for May 20 Storm hits the coast; Ferries stop; Power cuts will continue “for months,” the utility says; Talks resume in the capital.',
    'Read also: Ministers agree on a grain corridor',
    'READ MORE: Twelve accounts to follow for the latest news from the front, from the capital and from the ministries, with analysis and maps every day',
    'More messages on Harbourpost.pl\'s main page',
    'More current information about the floods on the main page of Harbourpost.pl',
    'You can read more latest information on Harbourpost.pl.',
    'The views expressed in this opinion article are the author’s and not necessarily those of Harbour Post.',
    'Watch TV live on Harbour GO',
    'VIEW VIDEO Mayor Brook: The ferry will run again in May',
    'For more information, please visit Harbourpost',
    'We are glad that you are with us.Sign up for Harbourpost\'s newsletter to receive the most valuable content from us.',
    'skip past newsletter promotion Sign up to the daily briefing Privacy Notice: we do not share your data after newsletter promotion',
    'NEW You can now listen to Harbour News articles!',
    'GET OUR FREE HARBOUR NEWSLETTER • Sign up to Harbour’s weekly dispatch, a look inside the port',
    'A soldier climbs down from a lookout near the coast, Ukraine. Photograph by Anna Brook/Redux for Harbour News',
  ]) {
    it(`recognises "${line}"`, () => assert.equal(isBoilerplateLine(line), true));
  }

  for (const line of [
    'Residents who subscribe to the council newsletter learned of the vote on February 2.',
    'Share prices fell sharply on Monday.',
    'Need our number? Here’s where you can call us.',
    'The photo, taken by a soldier, shows the bridge (it was later destroyed).',
    'Advertisement revenue fell 10 percent, the company said.',
    'Written by hand, the letter reached Moscow on Friday.',
    'Force Posture: Don’t make us increase it.',
    'Positions versus interests in Ukraine',
    'He said the photo by the agency was accurate.',
    'Other topics were left for the next meeting, the minister said.',
    'More than 200 people gathered on the main square on Monday.',
    'You can read the full statement in Polish, the ministry said.',
    'The views expressed by the minister were not shared by the cabinet.',
    'Viewers watched the video on Harbourpost.pl before it was removed.',
    'View video of the storm was shared widely on Monday, the mayor said.',
    'The ministry told PAP.',
    'In an interview with PAP, the deputy minister confirmed the plan',
    'You can now listen to the minister in the archive, the mayor said.',
    'The photograph by Anna Brook shows the harbour/port at dawn',
    '“We will rebuild,” said the mayor. Pictures by Anna Brook/Redux for Harbour News',
    '',
  ]) {
    it(`keeps real content: "${line}"`, () => assert.equal(isBoilerplateLine(line), false));
  }

  it('includes a short caption title directly above a caption, with exact spans', () => {
    const text = 'Intro paragraph.\n\nB-2\nA bomber refuels over Missouri. (U.S. Air Force photo by Jane Roe)\n\nBody text.';
    const spans = findBoilerplate(text);
    assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), [
      'B-2', 'A bomber refuels over Missouri. (U.S. Air Force photo by Jane Roe)',
    ]);
  });

  it('does not take a heading above an ordinary paragraph for a caption title', () => {
    const text = 'Heading\nAn ordinary paragraph follows the heading.\n';
    assert.deepEqual(findBoilerplate(text), []);
  });

  it('starts looking at the offset given', () => {
    const text = 'Advertisement\n\nBody.\n\nAdvertisement';
    const spans = findBoilerplate(text, 5);
    assert.deepEqual(spans, [{ start: text.length - 13, end: text.length }]);
  });
});

describe('boilerplate: credits after real text', () => {
  it('keeps a quoted paragraph that ends with a text credit', () => {
    assert.equal(isBoilerplateLine('“It would be a disaster for the region,” said a politician on Sunday.(DPA, AFP/ viewer)'), false);
  });

  it('recognises an agency photo credit in capitals', () => {
    assert.equal(isBoilerplateLine('A soldier walks past a destroyed tank near Kyiv. (REUTERS/Gleb Garanich)'), true);
  });
});
