/**
 * The shape of an audit entry, shared by the collection, the writer, the verifier and the
 * `npm run audit:verify` script (which imports these modules through tsx, so no `@/` paths here).
 */
export const ACTOR_TYPES = ['customer', 'staff', 'system', 'integration'] as const
export type TActorType = (typeof ACTOR_TYPES)[number]

export const OUTCOMES = ['success', 'failure', 'denied'] as const
export type TOutcome = (typeof OUTCOMES)[number]

export type TJson = string | number | boolean | null | TJson[] | { [key: string]: TJson }

/** The fields an entry's hash covers, in the form they have after a round trip through the database. */
export type TAuditContent = {
  seq: number
  createdAt: string
  actorType: TActorType
  actorId: string | null
  actorLabel: string | null
  action: string
  targetType: string | null
  targetId: string | null
  outcome: TOutcome
  ip: string | null
  userAgent: string | null
  requestId: string | null
  details: TJson | null
}

export const CONTENT_FIELDS = [
  'seq',
  'createdAt',
  'actorType',
  'actorId',
  'actorLabel',
  'action',
  'targetType',
  'targetId',
  'outcome',
  'ip',
  'userAgent',
  'requestId',
  'details',
] as const satisfies readonly (keyof TAuditContent)[]

export type TAuditRow = TAuditContent & { prevHash: string; hash: string }

/**
 * A row as a database driver or Payload may hand it over: numeric columns as strings, timestamps
 * as Date objects, absent values as undefined. canonical.ts normalises all of these.
 */
export type TAuditRowLike = {
  [K in keyof TAuditContent]?: unknown
} & { prevHash?: unknown; hash?: unknown }
