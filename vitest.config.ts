import path from 'node:path'
import { createRequire } from 'node:module'

import { defineConfig } from 'vitest/config'

const src = path.resolve(import.meta.dirname, 'src')
const require = createRequire(import.meta.url)

export default defineConfig({
  resolve: {
    alias: [
      { find: '@payload-config', replacement: path.join(src, 'payload.config.ts') },
      { find: /^@\/(.*)$/, replacement: `${src}/$1` },
      // graphql ships CJS and ESM builds; our code must get the same one Payload gets from Node, or
      // the two copies reject each other's types ("from another module or realm").
      { find: /^graphql$/, replacement: require.resolve('graphql') },
      // `server-only` throws outside React Server Components; tests are server code too.
      {
        find: 'server-only',
        replacement: path.resolve(import.meta.dirname, 'tests/support/empty.ts'),
      },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'int',
          include: ['tests/int/**/*.int.test.ts'],
          environment: 'node',
          // Next's request scope for TestBrowser (tests/int/support/test-browser.ts).
          setupFiles: ['tests/int/support/next-globals.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Payload instance per worker; two workers keep a 2-core machine responsive.
          maxWorkers: 2,
        },
      },
    ],
  },
})
