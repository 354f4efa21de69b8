// Lint: TypeScript + Svelte, and the boundary that keeps the pure core (engine, paste, rules loader,
// report builders) free of UI, storage and grid imports.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

const UI_IMPORTS = {
  patterns: [
    { group: ['svelte', 'svelte/*'], message: 'src/engine and src/paste stay pure: no Svelte.' },
    { group: ['handsontable', 'handsontable/*'], message: 'src/engine and src/paste stay pure: no grid.' },
    { group: ['idb', 'idb/*'], message: 'src/engine and src/paste stay pure: no storage.' },
    { group: ['**/ui/**', '**/store/**', '*.svelte'], message: 'the core must not import the UI or the store.' },
  ],
};

export default tseslint.config(
  { basePath: '..' },
  { ignores: ['dist/**', 'dist-single/**', 'node_modules/**', 'test-results/**', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, __SINGLE_FILE__: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-globals': ['error', { name: 'parseFloat', message: 'amounts go through parseAmount (decimal.js).' }],
      'no-restricted-properties': ['error', { object: 'Number', property: 'parseFloat', message: 'amounts go through parseAmount.' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    files: ['src/engine/**', 'src/paste/**', 'src/rules/**', 'src/checks/**'],
    rules: { 'no-restricted-imports': ['error', UI_IMPORTS] },
  },
);
