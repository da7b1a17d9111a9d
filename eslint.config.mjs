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
