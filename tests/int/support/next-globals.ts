import { AsyncLocalStorage } from 'node:async_hooks'

// Next's server sets this global before it loads its request stores (next/headers needs them).
// A vitest setup file for the integration tests, so it is in place before any test file's imports.
;(globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage ??= AsyncLocalStorage
