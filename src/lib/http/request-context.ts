import type { AsyncLocalStorage } from 'node:async_hooks'

/**
 * The production server (scripts/lib/access-log.mjs) runs every request inside this store and
 * writes one access-log line when the answer is sent. Authentication notes here who the caller
 * was, so that line carries the user id. Outside that server (next dev, tests) there is no store
 * and noting is a no-op.
 */
type TRequestContext = {
  requestId: string
  userType: 'customer' | 'staff' | null
  userId: string | null
}

const CONTEXT_KEY = Symbol.for('donkervoort.portal.request-context')

function store(): TRequestContext | undefined {
  const storage = (globalThis as { [CONTEXT_KEY]?: AsyncLocalStorage<TRequestContext> })[
    CONTEXT_KEY
  ]
  return storage?.getStore()
}

export function noteRequestUser(user: { collection?: string; id?: string | number } | null) {
  const context = store()
  if (!context || !user?.id) return
  context.userType = user.collection === 'staff' ? 'staff' : 'customer'
  context.userId = String(user.id)
}
