import * as assert from 'node:assert/strict';
import { commandLink, escapeMarkdown, renderRuns, splitHighlights, strictUriEncode } from '../../../src/core/views/markdown';

/** Characters that would start a Markdown or HTML construct if left unescaped. */
function unescapedSpecials(md: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < md.length; i++) {
    if (md[i] === '\\') {
      i++; // the escaped character is literal
      continue;
    }
    if (/[[\]()<>`*_#!|&:$~]/.test(md[i])) found.push(md[i]);
  }
  return found;
}

describe('markdown escaping of corpus text', () => {
  const hostile = [
    '[click me](command:workbench.action.quit)',
    '[x](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%22%7D)',
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script><b>bold</b>',
    '<a href="command:workbench.action.quit">quit</a>',
    '![image](https://evil.example/x.png)',
    '`code` **bold** _em_ ~~strike~~',
    '# Heading\n- list\n1. item\n> quote\n| a | b |',
    'https://evil.example and www.evil.example and <https://evil.example>',
    '&lt;img src=x&gt; &#60;script&#62;',
    '$(zap) theme icon',
    '[ref]: command:workbench.action.quit',
    'line one\n\n    indented code\n---',
    'back\\slash \\[escaped\\](command:x)',
  ];

  for (const input of hostile) {
    it(`leaves nothing live in ${JSON.stringify(input.slice(0, 40))}`, () => {
      const out = escapeMarkdown(input);
      assert.deepEqual(unescapedSpecials(out), []);
      assert.ok(!out.includes('\n'), 'no line breaks survive');
      // Every original visible character is still there, in order (escapes only add backslashes).
      assert.equal(out.replace(/\\(.)/g, '$1'), input.replace(/\s+/g, ' ').trim());
    });
  }

  it('drops control characters', () => {
    assert.equal(escapeMarkdown('a\u0000b\u0007c\u007f'), 'abc');
  });

  it('renders highlighted runs bold with escaped content', () => {
    const text = 'The [sanctions](command:x) hit <b>Russia</b>';
    const start = text.indexOf('[sanctions]');
    const runs = splitHighlights(text, [{ start, end: start + '[sanctions](command:x)'.length }]);
    const md = renderRuns(runs);
    assert.match(md, /^The \*\*/);
    assert.ok(md.includes('**\\[sanctions\\]\\(command\\:x\\)**'));
    assert.deepEqual(unescapedSpecials(md.replace(/\*\*/g, '')), []);
  });

  it('merges overlapping and clips out-of-range highlights', () => {
    const runs = splitHighlights('abcdef', [
      { start: 1, end: 3 },
      { start: 2, end: 4 },
      { start: 5, end: 99 },
      { start: -3, end: 0 },
    ]);
    assert.deepEqual(runs, [
      { text: 'a', bold: false },
      { text: 'bc', bold: true },
      { text: 'd', bold: true },
      { text: 'e', bold: false },
      { text: 'f', bold: true },
    ]);
  });

  it('keeps spaces outside bold markers', () => {
    assert.equal(renderRuns([{ text: 'a', bold: false }, { text: ' b ', bold: true }, { text: 'c', bold: false }]), 'a **b** c');
  });

  it('encodes command arguments so no character can end the link early', () => {
    const encoded = strictUriEncode(JSON.stringify([{ documentId: "x)(evil' *!~", start: 1 }]));
    assert.doesNotMatch(encoded, /[()'*!~ "[\]]/);
    assert.deepEqual(JSON.parse(decodeURIComponent(encoded)), [{ documentId: "x)(evil' *!~", start: 1 }]);
  });

  it('builds command links only for plain command ids', () => {
    const link = commandLink('Open [x]', 'sourcebook.hover.open', [{ documentId: 'a)b', start: 0, end: 1 }], 'Tip "q"');
    assert.match(link, /^\[Open \\\[x\\\]\]\(command:sourcebook\.hover\.open\?[A-Za-z0-9%._-]+ "Tip \\"q\\""\)$/);
    assert.throws(() => commandLink('x', 'a) [y](command:evil', []));
  });
});
