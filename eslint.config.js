import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

// Dependencies point one way: lib <- data <- state <- url, and the features (timeline, filters, reader)
// never import each other; app/ composes them. Type-only imports obey the same rule.
// The feature folders: each may use lib/, data/, authoring/, state/ and url/, never another feature.
const FEATURES = ['timeline', 'filters', 'reader', 'map', 'export', 'open'];
const NODE_BUILTINS = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'url',
  'util',
  'stream',
  'http',
  'https',
  'net',
  'worker_threads',
  'module',
  'process',
  'buffer',
];

const layer = (files, forbidden, why) => ({
  files,
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      { patterns: forbidden.map((dir) => ({ group: [`**/${dir}/*`, `**/${dir}`], message: why })) },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'bench-results', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // No import cycles: a value cycle means a module can run before the one it needs has finished loading.
  // Type-only imports are erased at build time, so they cannot form one and are not followed.
  {
    files: ['src/**/*.{ts,tsx}', 'tools/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  layer(
    ['src/lib/**'],
    ['ui', 'data', 'authoring', 'state', 'url', 'app', ...FEATURES],
    'lib/ is pure and depends on nothing else in src/.',
  ),
  layer(['src/data/**'], ['ui', 'authoring', 'state', 'url', 'app', ...FEATURES], 'data/ may use lib/ only.'),
  layer(
    ['src/authoring/**'],
    ['ui', 'state', 'url', 'app', ...FEATURES],
    'authoring/ is a pure core over lib/ and data/: no Node APIs, no UI.',
  ),
  // The authoring core runs in the browser too: no Node module and no Node global, however it is spelt.
  {
    files: ['src/authoring/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...['state', 'url', 'app', ...FEATURES].map((dir) => ({
              group: [`**/${dir}/*`, `**/${dir}`],
              message: 'authoring/ is a pure core over lib/ and data/.',
            })),
            {
              group: ['node:*', ...NODE_BUILTINS, ...NODE_BUILTINS.map((m) => `${m}/*`)],
              message: 'authoring/ is a pure core: no Node APIs (the CLI in tools/ does the file system).',
            },
            {
              group: ['**/tools/*', '**/tools'],
              message: 'src/ never imports tools/: the CLI wraps the core, not the other way round.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['process', 'Buffer', '__dirname', '__filename', 'require', 'global'].map((name) => ({
          name,
          message: 'authoring/ is a pure core: no Node globals.',
        })),
      ],
    },
  },
  // tools/ (the CLI) wraps src/; src/ never imports tools/.
  {
    files: ['src/**'],
    ignores: ['src/authoring/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/tools/*', '**/tools'],
              message: 'src/ never imports tools/: the CLI wraps the core, not the other way round.',
            },
          ],
        },
      ],
    },
  },
  layer(
    ['src/ui/**'],
    ['data', 'authoring', 'state', 'url', 'app', ...FEATURES],
    'ui/ holds shared React pieces over lib/ only.',
  ),
  layer(['src/state/**'], ['ui', 'authoring', 'url', 'app', ...FEATURES], 'state/ may use lib/ and data/ only.'),
  layer(['src/url/**'], ['ui', 'authoring', 'app', ...FEATURES], 'url/ may use lib/, data/ and state/ only.'),
  ...FEATURES.map((f) =>
    layer(
      [`src/${f}/**`],
      ['app', ...FEATURES.filter((o) => o !== f)],
      'Features never import each other; app/ composes them.',
    ),
  ),
);
