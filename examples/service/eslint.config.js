// How a team would configure the plugin: the recommended config for TypeScript, plus the names of
// its own helpers in settings.reliability. `npm run demo` lints this folder with this file.
import tsParser from '@typescript-eslint/parser';
import reliability from 'eslint-plugin-reliability';

export default [
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tsParser },
  },
  reliability.configs.recommended,
  {
    settings: {
      reliability: {
        loggers: ['audit'],
        metrics: ['stats'],
      },
    },
    rules: {
      // `audit.info(message, fields)`: the message comes first, as in winston.
      'reliability/prefer-structured-logging': ['error', { style: 'winston' }],
    },
  },
];
