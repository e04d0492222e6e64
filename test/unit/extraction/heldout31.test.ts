/**
 * Patterns behind the misses of held-out rounds 30 and 31 (read this session after they were
 * measured unread), each written anew as a short text.
 */
import assert from 'node:assert/strict';
import { articleActors, named, namesOf } from '../../fixtures/extraction/actors/helpers';

const actors = articleActors('heldout31', '2024-05-11');

describe('held-out 31: the platform X', () => {
  it('is an organisation where a post is made on it or it is called formerly Twitter', () => {
    for (const text of ['The minister said on X: “We will not go.”', 'She wrote on the portal X on Friday.', 'In a post on X, he said so.', 'X, formerly Twitter, removed the post.']) {
      assert.equal(named(actors(text), 'X')?.kind, 'organization', text);
    }
  });

  it('is a letter anywhere else', () => {
    for (const text of ['On Day X the troops moved.', 'He relied on X and Y.', 'The X-ray showed nothing.', 'Plan X was ready.']) {
      assert.deepEqual(namesOf(actors(text), 'organization'), [], text);
    }
  });
});
