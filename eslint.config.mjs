import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

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
