// ESM resolve hook registered by server-only-off.cjs: `server-only` is an empty module here.
const empty = new URL('./empty.cjs', import.meta.url).href

export async function resolve(specifier, context, next) {
  if (specifier === 'server-only') return { url: empty, shortCircuit: true }
  return next(specifier, context)
}
