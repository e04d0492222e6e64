/**
 * Patterns behind the misses of held-out round 29 (read this session after it was measured
 * unread), each written anew as a short text.
 */
import assert from 'node:assert/strict';
import { sentenceDates as dates } from '../../fixtures/extraction/events/makeDoc';
import { articleActors, articleQuotes, speakerOf } from '../../fixtures/extraction/actors/helpers';


describe('held-out 29: dates', () => {
  it('reads “today” held up against another time, or what it demands, as these times', () => {
    assert.deepEqual(dates('2024-05-08', 'Ukrainians think that Russia today, like Nazi Germany in 1945, is a fascist regime.'), [['1945', '1945', 'year']]);
    assert.deepEqual(dates('2023-02-24', 'Today, it must be done for a new century.'), []);
    assert.deepEqual(dates('2024-05-08', 'Today, we must decide on the package, Scholz said.'), [['Today', '2024-05-08', 'day']]);
  });

  it('dates no day that comes round every year', () => {
    assert.deepEqual(dates('2024-05-08', 'Every year on May 9, Russia celebrates Victory Day.'), []);
    assert.deepEqual(dates('2024-05-08', 'This year Russia celebrates Victory Day on May 9 with a smaller parade.'), [['This year', '2024', 'year'], ['May 9', '2024-05-09', 'day']]);
  });
});

describe('held-out 29: bodies and their documents', () => {
  it('reads a ministry after country initials, one with the demonym’s', () => {
    const actors = articleActors('heldout29', '2022-06-20')('The British defence ministry said so. The UK defence ministry agreed. The U.K. defence ministry too.');
    const ministries = actors.filter((a) => a.kind === 'organization');
    assert.deepEqual(ministries.map((a) => [a.name, a.mentions.length]), [['UK defence ministry', 3]]);
  });

  it('gives “the report” to the body that issued an assessment', () => {
    const quotes = articleQuotes('heldout29', '2024-05-07')(
      'The Institute for the Study of War (ISW) said this in a new Russian offensive campaign assessment, Ukrinform reports.',
      '“Russia has frequently used nuclear saber-rattling,” the report said.',
    );
    assert.equal(speakerOf(quotes, 'Russia has frequently'), 'Institute for the Study of War');
  });
});
