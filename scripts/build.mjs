// Bundles the extension, the CLI, the benchmark, the evaluation script and the workers with esbuild. `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const entries = [
  { in: 'src/vscode/extension.ts', out: 'extension' },
  { in: 'src/node/cli.ts', out: 'cli' },
  { in: 'src/node/bench.ts', out: 'bench' },
  { in: 'src/node/evaluate.ts', out: 'evaluate' },
  { in: 'src/node/extractWorker.ts', out: 'extractWorker' },
  { in: 'src/node/detectWorker.ts', out: 'detectWorker' },
].filter((entry) => existsSync(entry.in));

const options = {
  entryPoints: entries,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external: ['vscode'],
  logLevel: 'warning',
};

if (watch) {
  const ctx = await esbuild.context(options);
  await ctx.watch();
} else {
  await esbuild.build(options);
}
