import * as assert from 'node:assert/strict';
import { fnv1a } from '../../../src/core/parse/documentId';
import { hoverBlocks, renderHoverMarkdown } from '../../../src/core/views/hoverCard';
import type { HoverCard } from '../../../src/core/service';
import { doc, quoteIn } from './fixtures';

const commands = { insert: 'sourcebook.hover.insert', open: 'sourcebook.hover.open' };

describe('hover card rendering', () => {
  const d = doc();
  const sentence = d.sentences[0];
  const text = d.text.slice(sentence.start, sentence.end);
  const at = text.indexOf('Austin');

  const card: HoverCard = {
    actor: { id: 'person:lloyd-austin', name: 'Lloyd Austin', kind: 'person', roles: ['Defense Secretary'], mentionCount: 2, quotes: [quoteIn(d, 'We want to see Russia weakened,', 'person:lloyd-austin', 'Lloyd Austin')] },
    passages: [{ documentId: d.id, path: d.path, start: sentence.start, end: sentence.end, text, speakerName: 'Lloyd Austin', score: 3, highlights: [{ start: at, end: at + 6 }] }],
    range: { start: 0, end: 6 },
  };

  it('puts the actor first, then passages with speaker, outlet, date and links', () => {
    const blocks = hoverBlocks(card, () => d, 'file:///draft.md');
    assert.deepEqual(blocks.map((b) => b.type), ['actor', 'passage']);
    const md = renderHoverMarkdown(blocks, commands);
    assert.match(md, /^\*\*Lloyd Austin\*\* · person · Defense Secretary · 2 mentions/);
    assert.ok(md.includes('> “We want to see Russia weakened\\,”'));
    assert.ok(md.includes('**Austin**'));
    assert.ok(md.includes('— Lloyd Austin, quoted in CNN · 2022\\-04\\-26'));
    const links = [...md.matchAll(/\]\((command:[^ )]+)/g)].map((m) => m[1]);
    assert.equal(links.length, 3);
    const insert = links.find((l) => l.startsWith('command:sourcebook.hover.insert?'))!;
    const args = JSON.parse(decodeURIComponent(insert.slice(insert.indexOf('?') + 1)));
    assert.deepEqual(args, [{ documentId: d.id, start: sentence.start, end: sentence.end, draftUri: 'file:///draft.md', textHash: fnv1a(d.text.slice(sentence.start, sentence.end)) }]);
  });

  it('escapes hostile corpus text and speaker names', () => {
    const evil = '[x](command:workbench.action.quit) <img src=x onerror=alert(1)>';
    const hostile: HoverCard = {
      actor: { ...card.actor!, name: '[Boss](command:workbench.action.quit)', roles: ['<b>role</b>'] },
      passages: [{ ...card.passages[0], text: evil, speakerName: '<script>x</script>', highlights: [{ start: 1, end: 2 }] }],
      range: card.range,
    };
    const md = renderHoverMarkdown(hoverBlocks(hostile, () => undefined, 'file:///d.md'), commands);
    const withoutOurLinks = md.replace(/\[(Insert|Open)\]\(command:sourcebook\.hover\.(insert|open)\?[A-Za-z0-9%._-]+ "[^"]*"\)/g, '');
    assert.doesNotMatch(withoutOurLinks, /(?<!\\)[[<]/);
    assert.doesNotMatch(withoutOurLinks, /command:workbench/);
    assert.ok(md.includes('command\\:workbench'));
  });

  it('renders nothing for an empty card', () => {
    assert.equal(renderHoverMarkdown(hoverBlocks({ actor: null, passages: [], range: { start: 0, end: 0 } }, () => d, 'x'), commands), '');
  });
});
