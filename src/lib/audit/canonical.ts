import { CONTENT_FIELDS, type TAuditRowLike, type TJson } from './types'

/**
 * Deterministic JSON: object keys sorted, undefined members dropped, no whitespace. PostgreSQL's
 * jsonb keeps neither key order nor spacing, so this is the only form that survives a round trip.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null'
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : 'null'
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value)
  if (value instanceof Date) return JSON.stringify(value.toISOString())
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(',')}]`
  if (typeof value === 'object') {
    const members = Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
    return `{${members.join(',')}}`
  }
  throw new TypeError(`cannot canonicalise a ${typeof value}`)
}

const text = (v: unknown) => (v === undefined || v === null ? null : String(v))

function isoTime(v: unknown): string | null {
  if (v === undefined || v === null || v === '') return null
  const date = new Date(v as string)
  return Number.isNaN(date.getTime()) ? String(v) : date.toISOString()
}

/** The hashed content of an entry, normalised the same way whether it came from code or a database row. */
export function canonicalEntry(row: TAuditRowLike): string {
  const normalised: Record<string, unknown> = {}
  for (const field of CONTENT_FIELDS) {
    const v = row[field]
    if (field === 'seq') normalised.seq = Number(v)
    else if (field === 'createdAt') normalised.createdAt = isoTime(v)
    else if (field === 'details') normalised.details = (v ?? null) as TJson | null
    else normalised[field] = text(v)
  }
  return canonicalJson(normalised)
}
