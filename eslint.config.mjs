// Lint rules that guard the architecture: src/core stays pure (no vscode, no Node I/O), only
// src/vscode imports vscode, only the search module imports minisearch, and no promise floats.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['fs', 'fs/promises', 'node:fs', 'node:fs/promises', 'child_process',
  'node:child_process', 'worker_threads', 'node:worker_threads', 'path', 'node:path', 'os', 'node:os'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.vscode-test/**', 'test-output/**', 'corpus/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { project: './tsconfig.json', tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'Only src/vscode and test/integration import vscode.' }] }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'vscode', message: 'src/core is pure: no vscode.' },
          { name: 'minisearch', message: 'Only src/core/search/searchIndex.ts imports minisearch.' },
          ...nodeBuiltins.map((name) => ({ name, message: 'src/core is pure: no Node I/O.' })),
        ],
      }],
    },
  },
  {
    files: ['src/core/search/searchIndex.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'vscode', message: 'src/core is pure: no vscode.' },
          ...nodeBuiltins.map((name) => ({ name, message: 'src/core is pure: no Node I/O.' })),
        ],
      }],
    },
  },
  {
    files: ['src/vscode/**/*.ts', 'test/integration/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
