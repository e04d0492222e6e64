/**
 * Companies as business copy names them ("McLean Industries Inc said …, McLean said"), and the
 * countries and regions a world-news story may name that the war's news rarely does.
 */
import assert from 'node:assert/strict';
import { articleActors, mentionTexts, named, namesOf } from '../../fixtures/extraction/actors/helpers';
import { isFirmName } from '../../../src/core/extraction/actors/firms';

const actorsOf = articleActors('firms', '1987-03-27');

describe('firms in business copy', () => {
  it('knows a corporate suffix', () => {
    assert.equal(isFirmName('Chrysler Corp'), true);
    assert.equal(isFirmName('Vining Inc.'), true);
    assert.equal(isFirmName('Robert Gates'), false);
  });

  it('reads a name ending in "Inc" or "Corp" before a speech verb as a firm, and its first word alone as the same firm', () => {
    const actors = actorsOf(
      'McLean Industries Inc said its two shipping subsidiaries agreed to sell their assets.',
      'McLean said the buyer will pay 125 mln dlrs. Exxon Corp said it was not interested.',
    );
    assert.deepEqual(namesOf(actors, 'person'), []);
    assert.deepEqual(namesOf(actors, 'organization'), ['Exxon Corp', 'McLean Industries Inc']);
    assert.deepEqual(mentionTexts(named(actors, 'McLean Industries Inc')), ['McLean', 'McLean Industries Inc']);
  });

  it('runs a tagged name on into the firm suffix after it', () => {
    const actors = actorsOf('Pennzoil Co chairman Hugh Liedtke said so. Dixie Yarns Inc and Computer Memories Inc joined. Roger Birk, of Dorsey Kemble and Co, spoke.');
    assert.deepEqual(namesOf(actors, 'person'), ['Hugh Liedtke', 'Roger Birk']);
    assert.deepEqual(namesOf(actors, 'organization'), ['Computer Memories Inc', 'Dixie Yarns Inc', 'Dorsey Kemble and Co', 'Pennzoil Co']);
  });

  it('knows the central banks and the exchange business copy names bare', () => {
    const actors = actorsOf('The Fed said borrowings rose. The Bundesbank disagreed. Bonn is expected to act. Shares fell on the Nasdaq.');
    assert.deepEqual(namesOf(actors, 'organization'), ['Bundesbank', 'Federal Reserve', 'Nasdaq']);
    assert.deepEqual(namesOf(actors, 'person'), []);
  });

  it('keeps a person whose surname a firm shares', () => {
    const actors = actorsOf('Hilton Hotels Corp said profits rose. Barron Hilton said he was pleased. Hilton said so again.');
    assert.deepEqual(namesOf(actors, 'person'), ['Barron Hilton']);
    assert.deepEqual(namesOf(actors, 'organization'), ['Hilton Hotels Corp']);
  });

  it('makes no person of a lone letter or of an exchange', () => {
    const actors = actorsOf('The issue is rated AA-minus by S and P. It will be listed on the Luxembourg Stock Exchange.');
    assert.deepEqual(namesOf(actors, 'person'), []);
  });
});

describe('countries and regions of world news', () => {
  it('knows small states and breakaway regions as places', () => {
    const actors = actorsOf('Costa Rica said sugar output fell. Officials in Transnistria, Abkhazia and Nagorno-Karabakh met envoys from Fiji and Sierra Leone.');
    assert.deepEqual(namesOf(actors, 'place'), ['Abkhazia', 'Costa Rica', 'Fiji', 'Nagorno-Karabakh', 'Sierra Leone', 'Transnistria']);
    assert.deepEqual(namesOf(actors, 'person'), []);
  });
});

describe('bodies of world news named bare', () => {
  it('knows the Joint Chiefs, the IDF and Russian broadcasters however spelt', () => {
    const actors = actorsOf('The IDF said it struck. Rossija 1 broadcast the speech. The chairman of the Joint Chiefs of Staff spoke to RT.');
    assert.deepEqual(namesOf(actors, 'organization'), ['Israel Defense Forces', 'Joint Chiefs of Staff', 'RT', 'Rossiya 1']);
  });

  it('keeps BBC World apart from the BBC', () => {
    const actors = actorsOf('He said so in an interview with BBC World. The BBC reported it too.');
    assert.deepEqual(namesOf(actors, 'organization'), ['BBC', 'BBC World Service']);
  });
});

describe('places of history and geography', () => {
  it('reads a name after "Port", "Fort" or "Cape" as a place, and knows the regions of old treaties', () => {
    const actors = actorsOf('Russia was forced to evacuate Manchuria and give up its sphere of interest over Korea. It ceded its 25-year Port Arthur leasehold to Japan. Moldova, the Caucasus and the Taiwan Strait were named.');
    assert.deepEqual(namesOf(actors, 'person'), []);
    assert.deepEqual(namesOf(actors, 'place'), ['Caucasus', 'Japan', 'Korea', 'Manchuria', 'Moldova', 'Port Arthur', 'Russia', 'Taiwan Strait']);
  });
});
