import * as assert from 'node:assert/strict';
import { globProblem, globToRegExp, isIncluded } from '../../../src/vscode/corpusGlob';

describe('corpus include/exclude globs', () => {
  it('matches the usual patterns', () => {
    assert.ok(globToRegExp('**/*.txt').test('a.txt'));
    assert.ok(globToRegExp('**/*.txt').test('x/y/a.TXT'));
    assert.ok(!globToRegExp('*.txt').test('x/a.txt'));
    assert.ok(globToRegExp('**/*.{txt,md}').test('x/a.md'));
    assert.ok(globToRegExp('2022/**').test('2022/a/b.txt'));
    assert.ok(globToRegExp('draft?.md').test('draft1.md'));
    assert.ok(globToRegExp('[ab].md').test('a.md'));
    assert.ok(!globToRegExp('[!ab].md').test('a.md'));
    assert.ok(globToRegExp('a+b (1).txt').test('a+b (1).txt'));
  });

  it('includes unless excluded', () => {
    assert.ok(isIncluded('news/a.txt', ['**/*.txt'], []));
    assert.ok(!isIncluded('drafts/a.txt', ['**/*.txt'], ['drafts/**']));
    assert.ok(!isIncluded('README.md', ['**/*.txt'], []));
    assert.ok(isIncluded('README.md', [], []));
  });
});

describe('corpus globs that are not valid patterns', () => {
  const bad = ['**/*.{txt', '{a,{b}', '[z-a].txt', 'x/[b-a]*.md', '**/{'];

  it('never throw, and are reported', () => {
    for (const glob of bad) {
      assert.doesNotThrow(() => globToRegExp(glob), glob);
      assert.ok(globProblem(glob), `${glob} is reported`);
    }
    assert.strictEqual(globProblem('**/*.{txt,md}'), undefined);
    assert.strictEqual(globProblem('[ab].md'), undefined);
  });

  it('match only a path spelled like them, literally', () => {
    assert.ok(!globToRegExp('**/*.{txt').test('a.txt'));
    assert.ok(globToRegExp('**/*.{txt').test('**/*.{txt'));
    assert.ok(globToRegExp('[z-a].txt').test('[z-a].txt'));
    assert.ok(!globToRegExp('[z-a].txt').test('z.txt'));
  });

  it('leave the other include and exclude patterns working', () => {
    assert.doesNotThrow(() => isIncluded('news/a.txt', ['**/*.{txt', '**/*.txt'], ['[z-a]/**']));
    assert.ok(isIncluded('news/a.txt', ['**/*.{txt', '**/*.txt'], ['[z-a]/**']));
    assert.ok(!isIncluded('news/a.md', ['**/*.{txt'], []));
    assert.ok(!isIncluded('drafts/a.txt', [], ['drafts/**', '{oops']));
  });
});
