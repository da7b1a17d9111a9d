import { APIError, type Payload } from 'payload'

/**
 * PostgreSQL errors caused by a value the caller put in a query: class 22 (data exception, e.g.
 * `invalid input syntax for type uuid`), and an operator applied to a column type it does not
 * fit (`where[id][like]=…` on a uuid). https://www.postgresql.org/docs/current/errcodes-appendix.html
 */
const CALLER_CODES = /^(22...|42883|42804)$/

/** Adapter methods that run a caller-supplied `where`; their type errors are the caller's. */
const QUERY_METHODS = [
  'count',
  'countGlobalVersions',
  'countVersions',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'find',
  'findDistinct',
  'findGlobalVersions',
  'findOne',
  'findVersions',
  'queryDrafts',
  'updateMany',
  'updateOne',
] as const

function pgCode(err: unknown): string | null {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code
    e = (e as { cause?: unknown }).cause
  }
  return null
}

/** Thrown instead of the database error: a 400 whose message names the offending parameter. */
export class BadQueryValueError extends APIError {
  constructor(type: string | null) {
    super(
      `A value in "where" does not fit its field${type ? ` (expected ${type})` : ''}.`,
      400,
      null,
      true,
    )
  }
}

export function toBadQueryValue(err: unknown): unknown {
  const code = pgCode(err)
  if (!code || !CALLER_CODES.test(code)) return err
  const message = String((err as { cause?: { message?: unknown } }).cause?.message ?? err)
  return new BadQueryValueError(/for type (\w+)/.exec(message)?.[1] ?? null)
}

/**
 * A where-filter with a value of the wrong type (`where[customer][in]=a,b`) reaches PostgreSQL,
 * which refuses it; unwrapped, that is a 500 with SQL in an error-level log line. Each query
 * method of the adapter turns such refusals into a 400 for the caller (REST, GraphQL and Local
 * API alike), so 5xx and error logs stay for our own faults.
 */
export function refuseBadQueryValues(payload: Payload): void {
  const db = payload.db as unknown as Record<string, unknown>
  for (const name of QUERY_METHODS) {
    const original = db[name]
    if (typeof original !== 'function') continue
    db[name] = async function (this: unknown, ...args: unknown[]) {
      try {
        return await original.apply(this, args)
      } catch (err) {
        throw toBadQueryValue(err)
      }
    }
  }
}
