import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './renderer/svelte.config.js';

/** Layering (VS Code style), checked on every import. */
const layer = (message, regex, paths = ['electron']) => [
  'error',
  { paths: paths.map((name) => ({ name, message })), patterns: [{ regex, message }] },
];

export default ts.config(
  { ignores: ['dist/', 'release/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig } },
  },
  {
    files: ['electron/shared/**/*.ts'],
    rules: { 'no-restricted-imports': layer('electron/shared is pure: no Node, Electron, DOM or other layers.', '^node:|/renderer/|/node/|/main/') },
  },
  {
    files: ['electron/node/**/*.ts'],
    rules: { 'no-restricted-imports': layer('electron/node runs under plain Node: no Electron.', '/renderer/|/main/|/preload/') },
  },
  {
    files: ['renderer/src/**/*'],
    rules: {
      'no-restricted-imports': layer(
        'The renderer imports only electron/shared; the host reaches Electron.',
        '^node:|/electron/(node|main|preload)/',
      ),
    },
  },
);
