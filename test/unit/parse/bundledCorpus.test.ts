// Metadata and segmentation of the five articles bundled in corpus/, read with fs here so the
// core parser is tested on real scraped text.
import assert from 'node:assert/strict';
import { boilerplateTexts, loadCorpusFile, paragraphTexts, sentenceTexts } from './helpers';

describe('bundled corpus articles', () => {
  it('CNN: title without the video length, outlet from the dateline', () => {
    const doc = loadCorpusFile('cnn-2022-04-26-weakened-russia.txt');
    assert.equal(doc.metadata.title, 'What happened during the visit of Secretaries Blinken and Austin to Kyiv?');
    assert.equal(doc.metadata.titleInferred, false);
    assert.equal(doc.metadata.date, '2022-04-26');
    assert.equal(doc.metadata.source, 'CNN');
    assert.equal(doc.metadata.sourceInferred, true);
    assert.equal(doc.key, 'cnn2022happened');
    assert.ok(paragraphTexts(doc)[0].startsWith('Washington (CNN) — As Russia’s invasion'));
    // The spokesman's quotation runs to the end of its paragraph without a closing mark.
    const quote = sentenceTexts(doc).find((s) => s.startsWith('“One of our goals'));
    assert.ok(quote?.endsWith('attack their neighbors.'));
  });

  it('WCBE: title, date and URL lines; outlet from the host; one paragraph per line', () => {
    const doc = loadCorpusFile('wcbe-2022-01-10-russia-us-talks.txt');
    assert.equal(doc.metadata.title, 'In highstakes meeting Russia tells US it isnt planning to invade Ukraine');
    assert.equal(doc.metadata.date, '2022-01-10');
    assert.equal(doc.metadata.source, 'WCBE');
    assert.equal(doc.metadata.sourceInferred, true);
    assert.match(doc.metadata.url ?? '', /^https:\/\/www\.wcbe\.org\//);
    assert.ok(paragraphTexts(doc).length >= 20);
    assert.ok(sentenceTexts(doc).includes(
      'While the Russians prefer direct talks with the U.S., the Biden administration says it will not work out any deals on Ukraine, or on any other issue involving European security, without the Europeans at the table.',
    ));
  });

  for (const [file, date, first] of [
    ['2023-01-05-stoltenberg-milley-peace-talks.txt', '2023-01-05', 'NATO Secretary General Jens Stoltenberg'],
    ['2022-02-02-kirby-nato-deployments.txt', '2022-02-02', 'Kirby further pointed out'],
  ] as const) {
    it(`${file}: the date line's body text is body, the title inferred from it`, () => {
      const doc = loadCorpusFile(file);
      assert.equal(doc.metadata.date, date);
      assert.equal(doc.metadata.titleInferred, true);
      assert.ok(doc.metadata.title.startsWith(first));
      assert.ok(doc.metadata.title.length <= 91);
      assert.ok(doc.text.slice(doc.bodyStart).startsWith(first));
      assert.ok(sentenceTexts(doc)[0].startsWith(first));
    });
  }

  describe('The Embassy', () => {
    const doc = loadCorpusFile('the-embassy-biden-offer-to-russia.txt');

    it('infers the title, outlet and author and leaves the date unknown', () => {
      assert.equal(doc.metadata.title, 'Here’s What Joe Biden Is Offering to Russia to End the Ukraine Crisis');
      assert.equal(doc.metadata.titleInferred, true);
      assert.equal(doc.metadata.source, 'The Embassy');
      assert.equal(doc.metadata.sourceInferred, true);
      assert.equal(doc.metadata.author, 'Sebastien Roblin');
      assert.equal(doc.metadata.authorInferred, true);
      // "Feb 7, 2021" (a photo caption) and "on February 2" (the body) are not its date.
      assert.equal(doc.metadata.date, null);
      assert.equal(doc.metadata.dateInferred, false);
      assert.equal(doc.key, 'roblinndjoe');
    });

    it('marks web boilerplate and the photo caption', () => {
      const boiler = boilerplateTexts(doc);
      for (const b of ['Connect with us', 'Hi, what are you looking for?', 'The Embassy', 'B-2', 'Written By', 'Advertisement']) {
        assert.ok(boiler.includes(b), `boilerplate includes "${b}"`);
      }
      assert.ok(boiler.some((b) => b.endsWith('(U.S. Air Force photo by Airman 1st Class David D. McLoney)')));
      assert.ok(!sentenceTexts(doc).some((s) => s.includes('Stratotanker')));
    });

    it('starts the body after the headline and keeps section headings', () => {
      assert.ok(sentenceTexts(doc)[0].startsWith('On Monday, Russia’s Foreign Minister Sergei Lavrov'));
      assert.ok(paragraphTexts(doc).includes('Positions versus interests in Ukraine'));
      assert.ok(sentenceTexts(doc).includes(
        'In the field of conflict resolution, there’s a mantra that one must separate a party’s interests (their fundamental needs) from their positions, ie. the specific solution they propose to meet those needs.',
      ));
    });
  });
});
