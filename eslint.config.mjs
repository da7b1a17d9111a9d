import { readdirSync } from 'node:fs'

import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
    },
  },
  {
    // Settings are read and validated in one zod module (src/lib/env.ts); everywhere else in the
    // app imports `env` from it, so a missing or malformed variable fails at boot, not at use.
    files: ['src/**'],
    ignores: ['src/lib/env.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: "Read settings through `env` from '@/lib/env' (validated once at boot).",
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='env'][object.property.name='process']",
          message: "Read settings through `env` from '@/lib/env' (validated once at boot).",
        },
      ],
    },
  },
  {
    // Features are the portal's pages, actions, routes and components. One feature may render
    // another's components/, nothing else: logic two features share lives in src/lib (identity in
    // src/lib/auth), so it has one owner. src/lib never reaches back into a feature.
    files: ['src/**'],
    rules: {
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            ...FEATURES.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [
                `./${feature}`,
                ...FEATURES.filter((f) => f !== feature).map((f) => `./${f}/components`),
              ],
              message:
                "Import another feature's components/ only; shared logic belongs in src/lib.",
            })),
            {
              target: './src/lib',
              from: './src/features',
              message: 'src/lib is below the features: move what it needs into src/lib.',
            },
          ],
        },
      ],
    },
  },
  {
    // Imports in four blocks, a blank line between them: node builtins, packages, the app's own
    // aliases (@/…, @payload-config), then relative paths. Within a block the order is free.
    // Side-effect imports ('server-only') are not moved, so they stay first.
    files: ['**/*.{js,jsx,mjs,ts,tsx,mts,cts}'],
    rules: {
      'import/order': [
        'error',
        {
          groups: ['builtin', 'external', 'internal', ['parent', 'sibling', 'index']],
          pathGroups: [
            { pattern: '@/**', group: 'internal' },
            { pattern: '@payload-config', group: 'internal' },
          ],
          pathGroupsExcludedImportTypes: ['builtin'],
          'newlines-between': 'always',
        },
      ],
    },
  },
  {
    // Command-line scripts and test tooling talk to the terminal.
    files: ['scripts/**', 'tests/support/**'],
    rules: { 'no-console': 'off' },
  },
  {
    ignores: [
      '.next/',
      // Parallel runs build into .next-<name> (NEXT_DIST_DIR).
      '.next-*/',
      '.data/',
      'node_modules/',
      'src/payload-types.ts',
      'src/migrations/',
      'src/app/(payload)/admin/importMap.js',
      'next-env.d.ts',
      'test-results/',
      'playwright-report/',
    ],
  },
]

export default config
