import * as assert from 'node:assert/strict';
import { globToRegExp, isIncluded } from '../../../src/vscode/corpusGlob';

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
