// Activation and hover latency in the real editor, printed for the closing note and the README.
// Figures only: nothing here asserts a duration (timing is the benchmark's job, not a test's).
import * as assert from 'assert';
import { performance } from 'perf_hooks';
import * as vscode from 'vscode';
import * as Mocha from 'mocha';
import { hoverText, positionOf, sourcebook, workspaceUri } from './helpers';

/** Through mocha's own console, which the code-server launcher redirects to its log. */
const report = (line: string) => Mocha.reporters.Base.consoleLog(line);
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

describe('latency (printed, not asserted)', () => {
  it('reports activation, first index and first extraction times', async () => {
    const api = await sourcebook();
    const t = api.timings();
    assert.ok(t.indexedMs !== null && t.extractedMs !== null);
    report(`    activation ${t.activateMs.toFixed(1)} ms; index ready at ${t.indexedMs.toFixed(0)} ms; actors/events/quotes at ${t.extractedMs.toFixed(0)} ms`);
  });

  it('reports hover latency over a real draft (vscode.executeHoverProvider)', async () => {
    await sourcebook();
    const draft = await vscode.workspace.openTextDocument(workspaceUri('draft.md'));
    const words = ['sanctions', 'Austin', 'NATO', 'weakened', 'Kyiv', 'export', 'Russia', 'defense'];
    const latencies: number[] = [];
    let cards = 0;
    for (let round = 0; round < 3; round++) {
      for (const word of words) {
        const started = performance.now();
        const { text } = await hoverText(draft.uri, positionOf(draft, word));
        latencies.push(performance.now() - started);
        if (text.includes('command:sourcebook')) cards++;
      }
    }
    assert.ok(cards > 0, 'no hover card at all');
    report(`    hover p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms over ${latencies.length} hovers (${cards} with a card)`);
  });
});
