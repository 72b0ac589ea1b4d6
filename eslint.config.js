import tsParser from '@typescript-eslint/parser';
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import { defineConfig } from 'eslint/config';

import reliability from './dist/index.js';

export default defineConfig(
  { ignores: ['dist/**', 'coverage/**', 'examples/**', 'tests/fixtures/**', 'tests/e2e/consumer/**', 'tests/integration/fixtures/**', 'fuzz-failures/**', 'node_modules/**'] },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tsParser },
  },
  // Dogfood: the plugin's own code meets its own standards.
  reliability.configs.recommended,
  {
    files: ['src/rules/**/*.ts'],
    extends: [eslintPlugin.configs['rules-recommended']],
    rules: {
      'eslint-plugin/meta-property-ordering': [
        'error',
        ['type', 'docs', 'fixable', 'hasSuggestions', 'deprecated', 'schema', 'defaultOptions', 'messages'],
      ],
      'eslint-plugin/report-message-format': ['error', '^[A-Z].*\\.$'],
      'eslint-plugin/require-meta-docs-description': ['error', { pattern: '^(Require|Disallow|Enforce) .+[^.]$' }],
      'eslint-plugin/require-meta-schema-description': 'error',
      'eslint-plugin/prefer-placeholders': 'error',
      'eslint-plugin/no-property-in-node': 'off',
    },
  },
  {
    files: ['tests/rules/**/*.ts'],
    extends: [eslintPlugin.configs['tests-recommended']],
    rules: {
      'eslint-plugin/test-case-property-ordering': [
        'error',
        ['name', 'filename', 'code', 'output', 'options', 'settings', 'languageOptions', 'errors'],
      ],
      'eslint-plugin/test-case-shorthand-strings': 'off',
    },
  },
  {
    files: ['src/rules/index.ts'],
    rules: { 'sort-keys': ['error', 'asc', { natural: true }] },
  },
);
