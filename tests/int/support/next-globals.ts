import { AsyncLocalStorage } from 'node:async_hooks'

// Next's server sets this global before it loads its request stores (next/headers needs them).
// Import this module before any code that imports next/headers.
;(globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage ??= AsyncLocalStorage
