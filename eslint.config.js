import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Dates from Sheets and from the vm-loaded bundle belong to other realms.
const NO_INSTANCEOF_DATE = { selector: "BinaryExpression[operator='instanceof'][right.name='Date']", message: 'Use isDate(): Dates may come from another realm.' };

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.cache/', '.preview-data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      'no-restricted-syntax': ['error', NO_INSTANCEOF_DATE],
    },
  },
  {
    // The add-on itself runs in Apps Script: no Node built-ins, no browser.
    files: ['src/**/*.ts'],
    ignores: ['src/sidebar/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*'] }],
      'no-restricted-syntax': [
        'error',
        NO_INSTANCEOF_DATE,
        // Code.js's modules take each other's exports once, as they load (scripts/chapters.mjs).
        { selector: "ExportNamedDeclaration > VariableDeclaration[kind!='const']", message: 'Export a const: a reassigned export would not reach the modules that took it.' },
      ],
    },
  },
  {
    files: ['src/sidebar/**/*.ts', 'preview/client/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // The browser typecheck knows Apps Script's types (to check callServer against src/main.ts),
      // but its services exist only on the server.
      'no-restricted-globals': [
        'error',
        ...['SpreadsheetApp', 'HtmlService', 'Session', 'LockService', 'PropertiesService', 'CalendarApp', 'ScriptApp', 'Utilities', 'Logger'].map(
          (name) => ({ name, message: 'Apps Script services run on the server: reach them through callServer().' }),
        ),
      ],
      'no-restricted-properties': [
        'error',
        // User text is never parsed as HTML in the sidebar (PRODUCT.md §5).
        { property: 'innerHTML', message: 'Build elements with el(); set text with textContent.' },
        { property: 'outerHTML', message: 'Build elements with el(); set text with textContent.' },
        { property: 'insertAdjacentHTML', message: 'Build elements with el(); set text with textContent.' },
      ],
    },
  },
);
