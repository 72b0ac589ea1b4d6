import tsParser from '@typescript-eslint/parser';
import reliability from 'eslint-plugin-reliability';

export default [
  { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
  reliability.configs.recommended,
];
