import type { TAuditAction } from './actions'
import { canonicalJson } from './canonical'
import type { TActorType, TJson, TOutcome } from './types'

/** What callers hand to recordAudit; seq, createdAt and the hashes are added by the writer. */
export type TAuditEntryInput = {
  actorType: TActorType
  actorId?: string | null
  actorLabel?: string | null
  action: TAuditAction
  targetType?: string | null
  targetId?: string | null
  outcome: TOutcome
  ip?: string | null
  userAgent?: string | null
  requestId?: string | null
  details?: Record<string, TJson> | null
}

export type TNormalizedEntry = Required<Omit<TAuditEntryInput, 'details' | 'action'>> & {
  // What is stored: the row keeps whatever action an older release wrote.
  action: string
  details: TJson | null
}

const LIMITS = {
  actorId: 100,
  actorLabel: 254,
  action: 100,
  targetType: 50,
  targetId: 100,
  ip: 64,
  userAgent: 400,
  requestId: 128,
} as const

/** Serialised details above this size are replaced by a marker: the log records events, not data. */
export const MAX_DETAILS_BYTES = 2048

/** Keys that smell of credentials are dropped from details, whatever a caller passes. */
const SECRET_KEY = /pass(word)?|secret|token|hash|salt|cookie|authori[sz]ation|otp|api[-_]?key/i

// PostgreSQL text and jsonb refuse NUL; other control characters only make log views lie.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g

function clip(value: string | null | undefined, max: number): string | null {
  if (value === undefined || value === null) return null
  const clean = value.replace(CONTROL, '').trim()
  return clean === '' ? null : clean.slice(0, max)
}

function scrub(value: TJson): TJson {
  if (typeof value === 'string') return value.replace(CONTROL, '')
  if (Array.isArray(value)) return value.map(scrub)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k, v]) => v !== undefined && !SECRET_KEY.test(k))
        .map(([k, v]) => [k, scrub(v)]),
    )
  }
  return value
}

export function normalizeDetails(details: Record<string, TJson> | null | undefined): TJson | null {
  if (!details) return null
  const clean = scrub(details)
  if (Buffer.byteLength(canonicalJson(clean), 'utf8') > MAX_DETAILS_BYTES)
    return { truncated: true }
  return clean
}

/** Bounded, clean values: the hash is computed over exactly what the database will store. */
export function normalizeEntry(input: TAuditEntryInput): TNormalizedEntry {
  return {
    actorType: input.actorType,
    actorId: clip(input.actorId, LIMITS.actorId),
    actorLabel: clip(input.actorLabel, LIMITS.actorLabel),
    action: clip(input.action, LIMITS.action) ?? 'unknown',
    targetType: clip(input.targetType, LIMITS.targetType),
    targetId: clip(input.targetId, LIMITS.targetId),
    outcome: input.outcome,
    ip: clip(input.ip, LIMITS.ip),
    userAgent: clip(input.userAgent, LIMITS.userAgent),
    requestId: clip(input.requestId, LIMITS.requestId),
    details: normalizeDetails(input.details),
  }
}
