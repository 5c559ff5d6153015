import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import checkFile from 'eslint-plugin-check-file';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/', '**/dist/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: globals.node,
    },
    plugins: { 'check-file': checkFile },
    rules: {
      // Named exports only: one name per concept, the same everywhere it is imported.
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
        { selector: 'TSEnumDeclaration', message: 'Use an `as const` object instead of an enum.' },
      ],
      // Files are named after their export: camelCase for functions and values, PascalCase for
      // classes and types. Folders are kebab-case.
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,mjs}': '+([a-z])*([a-zA-Z0-9])|+([A-Z])*([a-zA-Z0-9])' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { '**/': 'KEBAB_CASE' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    // The core's contract ships to browsers inside the typed client: it may import only zod/mini.
    files: ['core/src/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!zod/mini$|zod/locales$|\\./).*',
              message: 'The contract may import only zod/mini, zod/locales and its own files.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests are outside the packages' build projects; tsconfig.tests.json covers them all.
    files: ['*/test/**/*.ts', 'connectors/*/test/**/*.ts', 'test/e2e/**/*.ts', 'test/jest/**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: false, project: './tsconfig.tests.json', tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    // Tool configuration files whose tools require a default export.
    files: ['*.config.mjs', 'test/jest/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
);
