import { APIError, type CollectionBeforeOperationHook, type SanitizedConfig } from 'payload'

/** Operators the PostgreSQL adapter implements (@payloadcms/drizzle's operator map). */
const OPERATORS = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
])
const LIST_OPERATORS = new Set(['in', 'not_in'])
const MAX_DEPTH = 12

type TScalar = string | number | boolean | null

const isScalar = (v: unknown): v is TScalar =>
  v === null || ['string', 'number', 'boolean'].includes(typeof v)

class BadWhereError extends APIError {
  constructor(path: string, problem: string) {
    super(`Query parameter ${path}: ${problem}`, 400, null, true)
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Checks the shape of a `where` filter before Payload turns it into SQL: objects of field paths
 * whose values are `{ operator: value }` with an operator the database implements and a plain
 * value (a list for `in`/`not_in`), combined with `and`/`or` lists. Anything else is the caller's
 * error, named by its path (`where[id][all]`), instead of a crash deep in the query builder.
 */
export function assertWhereShape(where: unknown, path = 'where', depth = 0): void {
  if (where === undefined || where === null) return
  if (depth > MAX_DEPTH) throw new BadWhereError(path, 'nested too deeply.')
  if (!isObject(where)) throw new BadWhereError(path, 'expected field conditions.')
  for (const [key, value] of Object.entries(where)) {
    const at = `${path}[${key}]`
    if (key === 'and' || key === 'or') {
      const list = isObject(value) ? Object.values(value) : value
      if (!Array.isArray(list)) throw new BadWhereError(at, 'expected a list of conditions.')
      list.forEach((w, i) => assertWhereShape(w, `${at}[${i}]`, depth + 1))
      continue
    }
    if (!isObject(value)) throw new BadWhereError(at, 'expected an operator, e.g. [equals].')
    for (const [op, operand] of Object.entries(value)) {
      const opAt = `${at}[${op}]`
      if (!OPERATORS.has(op)) throw new BadWhereError(opAt, `unknown operator "${op}".`)
      const ok = LIST_OPERATORS.has(op)
        ? isScalar(operand) || (Array.isArray(operand) && operand.every(isScalar))
        : isScalar(operand)
      if (!ok) throw new BadWhereError(opAt, 'expected a plain value.')
    }
  }
}

/** Filters from outside (REST, GraphQL); our own Local API calls may pass e.g. Date values. */
const checkWhere: CollectionBeforeOperationHook = ({ args, req }) => {
  if (req.payloadAPI !== 'local') assertWhereShape((args as { where?: unknown }).where)
  return args
}

/** Every collection, Payload's own included, checks `where` that comes in through REST or GraphQL. */
export function checkWhereEverywhere(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    collection.hooks.beforeOperation = [checkWhere, ...(collection.hooks.beforeOperation ?? [])]
  }
  return config
}
