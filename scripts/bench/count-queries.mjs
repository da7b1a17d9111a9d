// Preloaded into the portal by scripts/bench/queries.mjs (NODE_OPTIONS=--import): appends each SQL
// statement that a request with a `qcount-` request id sends to PostgreSQL to QUERY_LOG, one line
// per statement (request id, tab, statement). Other requests and start-up are not logged.
import { appendFileSync } from 'node:fs'
import { createRequire } from 'node:module'

// The CommonJS instance the server's database adapter loads, not an ESM copy of it.
const pg = createRequire(import.meta.url)('pg')

/** The production server's per-request store (scripts/lib/access-log.mjs). */
const CONTEXT_KEY = Symbol.for('donkervoort.portal.request-context')
const out = process.env.QUERY_LOG
const query = pg.Client.prototype.query

if (out)
  pg.Client.prototype.query = function (config, values, callback) {
    const requestId = globalThis[CONTEXT_KEY]?.getStore?.()?.requestId
    if (typeof requestId === 'string' && requestId.startsWith('qcount-')) {
      const text = typeof config === 'string' ? config : config?.text
      appendFileSync(out, `${requestId}\t${String(text).replace(/\s+/g, ' ')}\n`)
    }
    return query.call(this, config, values, callback)
  }
