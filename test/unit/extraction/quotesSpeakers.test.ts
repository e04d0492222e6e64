import assert from 'node:assert/strict';
import {
  type ActorSpec,
  AUSTIN,
  CNN,
  NSC_SPOKESMAN,
  PUTIN,
  quotesOf,
  RYABKOV,
  SHERMAN,
  US_OFFICIALS,
} from '../../fixtures/extraction/quotes/helpers';

function who(text: string, specs: ActorSpec[]): Array<[string, string | null, string | null]> {
  return quotesOf(text, specs).map((q) => [q.text.slice(0, 20), q.speakerName, q.cue]);
}

describe('extractQuotes: speakers', () => {
  it('“…,” Austin said', () => {
    assert.deepEqual(who('“He’s already lost a lot of capability,” Austin said.', [AUSTIN]), [
      ['He’s already lost a ', 'Lloyd Austin', 'Austin said'],
    ]);
  });

  it('“…,” said Sherman, who …', () => {
    const [q] = quotesOf(
      '“Further talks could follow soon,” said Sherman, who called it a discussion with Putin.',
      [SHERMAN, PUTIN],
    );
    assert.equal(q.speaker, 'person:wendy-sherman');
    assert.equal(q.cue, 'said Sherman');
  });

  it('Austin told reporters … that “…”', () => {
    const [q] = quotesOf(
      'On Monday, Defense Secretary Lloyd Austin told reporters after a trip to Kyiv that “we want to see Russia weakened.”',
      [AUSTIN],
    );
    assert.equal(q.speakerName, 'Lloyd Austin');
    assert.equal(q.cue, 'Lloyd Austin told reporters');
  });

  it('X declared, “…” and X stressed that "…"', () => {
    assert.equal(
      quotesOf('Ryabkov emerged from the talks and declared, “There are no plans to attack.”', [RYABKOV])[0]
        .speakerName,
      'Sergei Ryabkov',
    );
    assert.equal(
      quotesOf('Sherman stressed that "the door to NATO stays open to all."', [SHERMAN])[0].speakerName,
      'Wendy Sherman',
    );
  });

  it('“…,” according to X', () => {
    const [q] = quotesOf('“The message will be repeated in Europe,” according to Lloyd Austin.', [AUSTIN]);
    assert.equal(q.speakerName, 'Lloyd Austin');
    assert.equal(q.cue, 'according to Lloyd Austin');
  });

  it('According to X, “…”', () => {
    const [q] = quotesOf('According to Austin, “the message will be repeated.”', [AUSTIN]);
    assert.equal(q.speakerName, 'Lloyd Austin');
  });

  it('X told CNN', () => {
    const [q] = quotesOf(
      '"We have made very clear that there is nothing about Europe," Sherman told CNN on Sunday.',
      [SHERMAN, CNN],
    );
    assert.equal(q.speakerName, 'Wendy Sherman');
    assert.equal(q.cue, 'Sherman told CNN');
  });

  it('X wrote', () => {
    const [q] = quotesOf('Putin wrote: “Russians and Ukrainians are one people.”', [PUTIN]);
    assert.equal(q.speakerName, 'Vladimir Putin');
    assert.equal(q.cue, 'Putin wrote');
  });

  it('X added, and a cue-verb inside the quotation is not a cue', () => {
    const text =
      '“We want Ukraine to win,” Austin added. “One goal is to limit Russia, as Putin said before.”';
    const qs = quotesOf(text, [AUSTIN, PUTIN]);
    assert.deepEqual(
      qs.map((q) => q.speakerName),
      ['Lloyd Austin', 'Lloyd Austin'],
    );
  });

  it('resolves "he said" to the last person mentioned before, in the paragraph or the one before', () => {
    const text =
      'Ambassador Lloyd Austin said the bottom line is clear.\n“As long as Putin is in charge, Russia will be a malign actor,” he said.';
    const [q] = quotesOf(text, [AUSTIN, PUTIN]);
    assert.equal(q.speakerName, 'Lloyd Austin'); // Putin is inside the quotation
    assert.equal(q.cue, 'he said');
  });

  it('resolves "he" to an unnamed singular source but not to a plural one', () => {
    const official: ActorSpec = {
      id: 'unnamed:ee-official',
      name: 'An Eastern European official',
      kind: 'unnamed',
      forms: ['An Eastern European official'],
    };
    const [q] = quotesOf(
      'An Eastern European official told CNN it was frustrating. “The only solution is for Ukraine to win,” he said.',
      [official, CNN],
    );
    assert.equal(q.speaker, 'unnamed:ee-official');
    const [r] = quotesOf(
      'They will meet US officials in Brussels.\n“Any progress has to be reciprocal for both,” he said.',
      [US_OFFICIALS],
    );
    assert.equal(r.speaker, null);
    assert.equal(r.cue, 'he said');
  });

  it('does not give "he" to a person whose name is a woman’s', () => {
    const text =
      'Further talks could follow, said Sherman.\n"Ukraine and Georgia will never become members of NATO," he said.';
    const [q] = quotesOf(text, [SHERMAN]);
    assert.equal(q.speaker, null);
    assert.equal(q.cue, 'he said');
  });

  it('links "the spokesman" back to the spokesman named before', () => {
    const text =
      'A National Security Council spokesman said the comments were in line with US goals.\n“We want Ukraine to win,” the spokesman added.';
    const [q] = quotesOf(text, [NSC_SPOKESMAN]);
    assert.equal(q.speaker, 'unnamed:nsc-spokesman');
    assert.equal(q.cue, 'the spokesman added');
  });

  it('links "the spokesman" even when the actor extractor made it an actor of its own', () => {
    const bare: ActorSpec = {
      id: 'unnamed:the-spokesman',
      name: 'the spokesman',
      kind: 'unnamed',
      forms: ['the spokesman'],
    };
    const text =
      'A National Security Council spokesman said the comments were in line.\n“We want Ukraine to win,” the spokesman added.';
    assert.equal(quotesOf(text, [NSC_SPOKESMAN, bare])[0].speaker, 'unnamed:nsc-spokesman');
  });

  it('links "the defense secretary" to Lloyd Austin through his role', () => {
    const text =
      'Lloyd Austin visited Kyiv on Monday.\n“We want them weakened for a long time,” the defense secretary said.';
    assert.equal(quotesOf(text, [AUSTIN])[0].speakerName, 'Lloyd Austin');
  });

  it('gives a quotation with no cue to the previous speaker of the paragraph', () => {
    const text = '“He’s already lost a lot of capability,” Austin said. “And a lot of his troops, frankly.”';
    const qs = quotesOf(text, [AUSTIN]);
    assert.equal(qs[1].speakerName, 'Lloyd Austin');
  });

  it('gives a paragraph-opening quotation with no cue to the source that closed the paragraph before', () => {
    const diplomat: ActorSpec = {
      id: 'unnamed:british-diplomat',
      name: 'a British diplomat',
      kind: 'unnamed',
      forms: ['a British diplomat'],
    };
    const text =
      'The change in strategy has come in recent weeks, a British diplomat said.\n“Even if they come up with some solution, logic would dictate there is further to go.”';
    const [q] = quotesOf(text, [diplomat]);
    assert.equal(q.speaker, 'unnamed:british-diplomat');
  });

  it('keeps the speaker null and shows the cue when the subject is not an actor', () => {
    const [q] = quotesOf(
      'But in a highlighted sentence, the letter warns: “Further Russian increases will force the United States to act.”',
    );
    assert.equal(q.speaker, null);
    assert.equal(q.speakerName, null);
    assert.equal(q.cue, 'the letter warns');
  });

  it('gives null, not a guess, to a quotation with no cue and nothing to continue', () => {
    const [q] = quotesOf(
      'Austin visited Kyiv.\nThe report was titled “Response to a Russian attack on NATO”.',
      [AUSTIN],
    );
    assert.equal(q.speaker, null);
    assert.equal(q.cue, null);
  });

  it('prefers the named subject before the quotation over a pronoun after it', () => {
    const source: ActorSpec = {
      id: 'unnamed:intel-source',
      name: 'A source familiar with intelligence',
      kind: 'unnamed',
      forms: ['A source familiar with intelligence'],
    };
    const text =
      'A source familiar with intelligence said there is a balancing act.\nThe source added that while Putin’s red lines have not changed, “one of those red lines is regime stability,” they said.';
    const [q] = quotesOf(text, [source, PUTIN]);
    assert.equal(q.speaker, 'unnamed:intel-source');
  });

  it('skips a relative clause between the subject and the verb', () => {
    const state: ActorSpec = {
      id: 'organization:state-department',
      name: 'State Department',
      kind: 'organization',
      forms: ['State Department'],
    };
    const text =
      'Ambassador Lloyd Austin, who served at the State Department, said that “a weaker Russia means a more stable world.”';
    assert.equal(quotesOf(text, [AUSTIN, state])[0].speakerName, 'Lloyd Austin');
  });
});
