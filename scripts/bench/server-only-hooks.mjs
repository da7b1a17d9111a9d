// Module hooks for benchmarks that run server code outside Next (as vitest.config.ts aliases
// it for tests): `server-only` guards against client bundles and throws anywhere else.
import { register } from 'node:module'

const EMPTY = 'data:text/javascript,export {}'

export async function resolve(specifier, context, next) {
  if (specifier === 'server-only') return { url: EMPTY, shortCircuit: true }
  return next(specifier, context)
}

if (!process.env.SERVER_ONLY_HOOKS_LOADED) {
  process.env.SERVER_ONLY_HOOKS_LOADED = '1'
  register(import.meta.url)
}
