// ESLint (flat config): typescript-eslint's recommended rules, React hooks' rules, and the app's architecture
// (eslint-plugin-boundaries): a feature (src/features/<name>) uses src/lib/ and src/components/ and its own files, never
// another feature; whatever several features share lives in lib/ (data, logic) or components/ (UI). Only app/ (the shell
// and the router) puts features together.
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dev-dist/', 'node_modules/', 'e2e/screenshots/', 'playwright-report/', 'test-results/', 'src/lib/api/schema.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}', 'vite.config.ts', 'playwright.config.ts', 'e2e/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.app.json' } },
      'boundaries/include': ['src/**/*'],
      'boundaries/elements': [
        { type: 'app', pattern: 'src/app' },
        { type: 'feature', pattern: 'src/features/*', capture: ['feature'] },
        { type: 'lib', pattern: 'src/lib' },
        { type: 'components', pattern: 'src/components' },
        { type: 'test', pattern: 'src/test' },
      ],
      // The entry points beside the folders (main.tsx, silent-renew.ts): they start the app.
      'boundaries/files': [{ category: 'entry', pattern: 'src/*.{ts,tsx}' }],
    },
    rules: {
      'boundaries/no-unknown-files': 'error',
      'boundaries/no-unknown-dependencies': 'error',
      'boundaries/dependencies': ['error', {
        default: 'disallow',
        policies: [
          { from: { file: { categories: { anyOf: ['entry'] } } }, allow: { to: { element: { types: { anyOf: ['app', 'lib', 'components'] } } } } },
          { from: { element: { type: 'app' } }, allow: { to: { element: { types: { anyOf: ['app', 'feature', 'lib', 'components'] } } } } },
          // A feature: its own files, lib/ and components/; another feature's files are refused.
          { from: { element: { type: 'feature' } }, allow: { to: { element: { types: { anyOf: ['lib', 'components'] } } } } },
          { from: { element: { type: 'feature' } },
            allow: { to: { element: { type: 'feature', captured: { feature: '{{ from.element.captured.feature }}' } } } } },
          { from: { element: { type: 'components' } }, allow: { to: { element: { types: { anyOf: ['components', 'lib'] } } } } },
          { from: { element: { type: 'lib' } }, allow: { to: { element: { type: 'lib' } } } },
          // Test helpers render with the app's providers; any test may use them.
          { from: { element: { type: 'test' } }, allow: { to: { element: { types: { anyOf: ['lib', 'components', 'test'] } } } } },
          { from: { file: { path: '**/*.test.{ts,tsx}' } }, allow: { to: { element: { type: 'test' } } } },
        ],
      }],
    },
  },
);
